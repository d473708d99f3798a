"""The pair the project started from: a Bloomberg story and GMT Eight's rewrite of it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from reconcile import Report, compare_files
from reconcile.model import Kind, Role, Severity

SCHEMA = Path(__file__).resolve().parent.parent / "reconcile" / "schema" / "report.schema.json"


@pytest.fixture(scope="module")
def report(seed_paths: tuple[Path, Path]) -> Report:
    return compare_files(str(seed_paths[0]), str(seed_paths[1]))


def groups_by_start(report: Report) -> dict[str, tuple[list[str], list[str]]]:
    out = {}
    for g in report.groups:
        a = [report.a.sentences[i].text for i in g.a]
        b = [report.b.sentences[j].text for j in g.b]
        out[(a or b)[0][:40]] = (a, b)
    return out


# Each Bloomberg body sentence (by its opening words) and the GMT Eight sentences it pairs with.
CORRESPONDENCES = [
    ("Russia is ready to cooperate", ["The Kremlin has stated that since"]),
    ("“The Americans need rare-earth metals", ["Dmitry Peskov, spokesman for Russian"]),
    ("“This opens up rather broad prospects", ["This creates quite broad prospects"]),
    ("Russia floated the idea of cooperating", ["After Ukraine rejected the United"]),
    ("Trump on multiple occasions has said", ["Trump has repeatedly stated that"]),
    ("“We certainly have many more", ["In an official media interview posted"]),
    ("“Russia is one of the undisputed leaders", ['"Russia is unquestionably one of']),
    ("Russia has one of the biggest reserves", ["According to the US Geological Survey"]),
    ("Putin on Monday urged the government", ["Putin urged the government on Monday"]),
    ("Putin also offered to supply 2 million", ["Putin also said that if import"]),
    (
        "He didn’t provide more details",
        ["Putin did not disclose more details.", "This proposal came two weeks after"],
    ),
    ("The country is the world’s largest", ["The country is the second largest"]),
    ("Russia was once a major supplier", ["Russia used to be a major supplier"]),
    ("Even before that, Russia hadn’t", ["Even before that, Russia's aluminum"]),
]


@pytest.mark.parametrize(("a_start", "b_starts"), CORRESPONDENCES)
def test_every_body_sentence_finds_its_partner(
    report: Report, a_start: str, b_starts: list[str]
) -> None:
    (group,) = [
        g for g in report.groups if g.a and report.a.sentences[g.a[0]].text.startswith(a_start)
    ]
    assert len(group.a) == 1
    partners = [report.b.sentences[j].text for j in group.b]
    assert len(partners) == len(b_starts), partners
    for text, start in zip(partners, b_starts, strict=True):
        assert text.startswith(start)


def test_every_body_sentence_is_aligned(report: Report) -> None:
    for doc, side in ((report.a, "a"), (report.b, "b")):
        aligned = {i for g in report.groups if g.a and g.b for i in getattr(g, side)}
        body = {s.index for s in doc.sentences if s.role is Role.BODY}
        assert body == aligned


def test_framing_lines_stay_unmatched_as_boilerplate(report: Report) -> None:
    roles_a = {s.role for s in report.a.sentences if s.role is not Role.BODY}
    roles_b = {s.role for s in report.b.sentences if s.role is not Role.BODY}
    assert {Role.CAPTION, Role.CREDIT, Role.COPYRIGHT} <= roles_a
    assert {Role.HEADLINE, Role.DATE, Role.OUTLET} <= roles_b
    boiler = [f for f in report.findings if f.code in ("R905", "R906")]
    assert len(boiler) == len(roles_a_units(report)) + len(roles_b_units(report))
    assert all(f.severity is Severity.INFO for f in boiler)


def roles_a_units(report: Report) -> list[int]:
    return [s.index for s in report.a.sentences if s.role is not Role.BODY]


def roles_b_units(report: Report) -> list[int]:
    return [s.index for s in report.b.sentences if s.role is not Role.BODY]


def test_rank_finding_explains_both_readings(report: Report) -> None:
    (rank,) = [f for f in report.findings if f.kind is Kind.RANK]
    assert rank.severity is Severity.WARNING and rank.code == "R302"
    assert rank.a is not None and rank.b is not None
    assert rank.a.text == "largest aluminum producer after China"
    assert rank.b.text == "second largest"
    assert "rank 2" in rank.message and "one place below China" in rank.message
    assert rank.values == ("rank 2 (one place below China)", "rank 2")


def test_dropped_about_is_a_hedge_warning(report: Report) -> None:
    (hedge,) = [f for f in report.findings if f.kind is Kind.HEDGE]
    assert hedge.code == "R701" and hedge.severity is Severity.WARNING
    assert hedge.a is not None and hedge.b is not None
    assert (hedge.a.text, hedge.b.text) == ("about two weeks", "two weeks")


EQUAL_FACTS = [
    "$500 billion",
    "25%",
    "200%",
    "2023",
    "2 million tons",
    "1 million tons",
    "Monday",
    "biggest",
    "largest reserves",
]


def test_equal_facts_raise_nothing_above_info(report: Report) -> None:
    loud = [f for f in report.findings if f.severity > Severity.INFO]
    assert not [f for f in loud if f.kind in (Kind.NUMBER, Kind.DATE)], [f.message for f in loud]
    for f in loud:
        if f.kind is Kind.HEDGE:
            continue  # "about two weeks": checked above
        for side in (f.a, f.b):
            if side is not None and f.kind is not Kind.RANK:
                assert not any(e in side.text for e in EQUAL_FACTS), f.message


def test_cli_exit_status_and_json(seed_paths: tuple[Path, Path]) -> None:
    a, b = map(str, seed_paths)
    text = subprocess.run(
        [sys.executable, "-m", "reconcile", "diff", a, b],
        capture_output=True,
        text=True,
        env={"NO_COLOR": "1", "PATH": ""},
    )
    assert text.returncode == 1, text.stderr
    assert "R302 rank-reworded" in text.stdout and text.stderr == ""
    run = subprocess.run(
        [sys.executable, "-m", "reconcile", "diff", a, b, "--format", "json"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1
    data = json.loads(run.stdout)
    jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text())).validate(data)
    texts = [Path(a).read_bytes().decode("utf-8-sig"), Path(b).read_bytes().decode("utf-8-sig")]
    for doc, text_ in zip(data["documents"], texts, strict=True):
        for s in doc["sentences"]:
            assert text_[s["start"] : s["end"]] == s["text"]
    for f in data["findings"]:
        for side, text_ in (("a", texts[0]), ("b", texts[1])):
            if f[side] is not None:
                assert text_[f[side]["start"] : f[side]["end"]] == f[side]["text"]
    assert data["summary"]["error"] == 0
    assert data["summary"]["warning"] == len(
        [f for f in data["findings"] if f["severity"] == "warning"]
    )
    one_to_two = [g for g in data["alignment"] if len(g["a"]) == 1 and len(g["b"]) == 2]
    assert len(one_to_two) == 1
