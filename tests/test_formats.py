"""Renderers for CI and batch use: JSON Lines, SARIF, GitHub commands, JUnit, Markdown, lines."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import reconcile
from reconcile.baseline import fingerprint as baseline_fingerprint
from reconcile.model import PairResult, Report, Severity
from reconcile.render import github, jsonl, junit, line, markdown, sarif
from reconcile.render.json import report_object
from reconcile.render.position import LineIndex, Locator, line_col
from reconcile.rules import RULES

GOLDEN = Path(__file__).resolve().parent / "golden" / "formats"
SCHEMAS = Path(__file__).resolve().parents[2] / "shared" / "schemas"

A_PATH = "wire/copper.txt"
B_PATH = "partner/copper.txt"
A_TEXT = (
    "By Jane Reporter\n"
    "Northfield Mining agreed to sell its Chilean copper unit for $4.15 billion,"
    " the company said on Tuesday.\n"
    "The deal values the unit at about 12 times its annual earnings.\n"
    '"We chose growth over size, and this sale funds both: the mine and the smelter,"'
    " chief executive Maria Lopez said.\n"
    "Shares rose 3.2% in early trading in Toronto.\n"
    "The unit employs 2,400 people in the Atacama region.\n"
)
B_TEXT = (
    "Northfield Mining agreed to sell its Chilean copper unit for $4.5 billion,"
    " the company said on Tuesday.\r\n"
    "The deal values the unit at 12 times its annual earnings.\r\n"
    '"We chose growth over size, and this sale pays for both: the mine and the smelter,"'
    " chief executive Maria Lopez said.\r\n"
    "Shares rose 3% in early trading in Toronto.\r\n"
)
SUPPRESSED = "R701"  # the dropped hedge, accepted in a baseline
MISSING = PairResult(
    "partner/missing.txt",
    "wire/missing.txt",
    "partner/missing.txt",
    None,
    "partner/missing.txt: no such file",
)

Render = Callable[[Sequence[PairResult]], str]
FORMATS: dict[str, tuple[ModuleType, str]] = {
    "jsonl": (jsonl, "jsonl"),
    "sarif": (sarif, "sarif"),
    "github": (github, "github"),
    "junit": (junit, "junit.xml"),
    "markdown": (markdown, "md"),
    "line": (line, "txt"),
}


def build_report() -> Report:
    report = reconcile.compare(A_TEXT, B_TEXT, a_path=A_PATH, b_path=B_PATH)
    findings = tuple(
        replace(f, suppressed=True) if f.code == SUPPRESSED else f for f in report.findings
    )
    return replace(report, findings=findings)


def build_results() -> list[PairResult]:
    return [PairResult(B_PATH, A_PATH, B_PATH, build_report()), MISSING]


@pytest.fixture(scope="module")
def results() -> list[PairResult]:
    return build_results()


@pytest.fixture(scope="module")
def report(results: list[PairResult]) -> Report:
    assert results[0].report is not None
    return results[0].report


def active(report: Report) -> list[reconcile.Finding]:
    return [f for f in report.findings if not f.suppressed]


def test_fixture_covers_the_cases_the_formats_must_handle(report: Report) -> None:
    codes = {f.code: f for f in report.findings}
    amount = codes["R101"]
    assert amount.a is not None and amount.a.text == "$4.15 billion"
    assert amount.b is not None and amount.b.text == "$4.5 billion"
    assert codes[SUPPRESSED].suppressed
    assert sum(f.suppressed for f in report.findings) == 1
    assert any(f.b is None for f in report.findings), "an omission, located in A"
    assert any(f.severity is Severity.INFO for f in active(report))
    assert any("%" in f.message for f in active(report))
    assert any(f.b is not None and "," in f.b.text and ":" in f.b.text for f in active(report))
    assert "\r\n" in report.b.text


# Golden snapshots and determinism


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_golden(fmt: str, results: list[PairResult], update_golden: bool) -> None:
    module, ext = FORMATS[fmt]
    out = module.render(results)
    path = GOLDEN / f"fixture.{ext}"
    if update_golden or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(out.encode("utf-8"))
    assert out == path.read_bytes().decode("utf-8")


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_renderers_are_deterministic(fmt: str, results: list[PairResult]) -> None:
    render: Render = FORMATS[fmt][0].render
    first = render(results)
    assert render(results) == first
    assert render(build_results()) == first  # a fresh run of the pipeline renders the same
    assert first.endswith("\n")


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_renderers_accept_an_empty_batch(fmt: str) -> None:
    FORMATS[fmt][0].render([])


# line_col


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [
        ("", 0, (1, 1)),
        ("abc", 0, (1, 1)),
        ("abc", 3, (1, 4)),
        ("ab\ncd", 2, (1, 3)),  # on the break itself
        ("ab\ncd", 3, (2, 1)),
        ("ab\ncd", 5, (2, 3)),
        ("ab\r\ncd", 2, (1, 3)),
        ("ab\r\ncd", 3, (1, 4)),  # between CR and LF: still line 1
        ("ab\r\ncd", 4, (2, 1)),
        ("ab\r\ncd\r\n", 8, (3, 1)),
        ("ab\rcd", 3, (2, 1)),
        ("ab\rcd\ref", 7, (3, 2)),
        ("a\r\rb", 3, (3, 1)),  # two lone CRs are two breaks
        ("a\n\r\nb", 2, (2, 1)),
        ("a\n\r\nb", 4, (3, 1)),
        ("a\r\n\nb", 4, (3, 1)),
        ("\n\n\n", 3, (4, 1)),
        ("é€\n𝔘x", 4, (2, 2)),  # columns count characters, not bytes or UTF-16 units
    ],
)
def test_line_col(text: str, offset: int, expected: tuple[int, int]) -> None:
    assert line_col(text, offset) == expected
    assert LineIndex(text).line_col(offset) == expected


@pytest.mark.parametrize("offset", [-1, 4])
def test_line_col_refuses_offsets_outside_the_text(offset: int) -> None:
    with pytest.raises(ValueError, match="outside"):
        line_col("abc", offset)


def naive_line_col(text: str, offset: int) -> tuple[int, int]:
    starts, i = [0], 0
    while i < len(text):
        i += 2 if text.startswith("\r\n", i) else 1
        if text[i - 1] in "\r\n":
            starts.append(i)
    line = max(n for n, start in enumerate(starts) if start <= offset)
    return line + 1, offset - starts[line] + 1


@given(st.text(alphabet="a\r\n", max_size=30), st.data())
def test_line_col_agrees_with_a_character_walk(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(0, len(text)))
    assert line_col(text, offset) == naive_line_col(text, offset)


# JSON Lines


def test_jsonl_has_one_sorted_compact_object_per_pair(
    results: list[PairResult], report: Report
) -> None:
    lines = jsonl.render(results).splitlines()
    assert len(lines) == len(results)
    objects = [json.loads(x) for x in lines]
    for raw, obj in zip(lines, objects, strict=True):
        assert raw == json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert objects[0] == json.loads(json.dumps({**report_object(report), "id": B_PATH}))
    assert objects[1] == {
        "id": "partner/missing.txt",
        "a": "wire/missing.txt",
        "b": "partner/missing.txt",
        "error": "partner/missing.txt: no such file",
    }


# SARIF


@pytest.fixture(scope="module")
def log(results: list[PairResult]) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(sarif.render(results))
    return data


def test_sarif_validates_against_the_official_schema(log: dict[str, Any]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMAS.is_dir():
        pytest.skip(f"{SCHEMAS} is absent: the SARIF schema is not in this checkout")
    files = sorted(SCHEMAS.glob("sarif*2.1.0*.json"))
    assert files, f"no SARIF 2.1.0 schema in {SCHEMAS}"
    schema = json.loads(files[0].read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator
    validator.check_schema(schema)
    errors = list(validator(schema, format_checker=validator.FORMAT_CHECKER).iter_errors(log))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors]


def test_sarif_run_header(log: dict[str, Any]) -> None:
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "reconcile"
    assert driver["version"] == reconcile.__version__
    assert "informationUri" not in driver
    assert [r["id"] for r in driver["rules"]] == sorted(RULES)
    for entry in driver["rules"]:
        rule = RULES[entry["id"]]
        assert entry["name"] == rule.name
        assert entry["shortDescription"]["text"] == rule.summary
        assert entry["properties"] == {"kind": rule.kind.value}
        level = {"error": "error", "warning": "warning", "info": "note"}[rule.severity.label]
        assert entry["defaultConfiguration"]["level"] == level
    assert run["columnKind"] == "unicodeCodePoints"
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"] == [
        {"level": "error", "message": {"text": "partner/missing.txt: no such file"}}
    ]


def test_sarif_without_failed_pairs_is_successful(results: list[PairResult]) -> None:
    (run,) = json.loads(sarif.render(results[:1]))["runs"]
    assert run["invocations"] == [{"executionSuccessful": True}]


def region_text(text: str, region: dict[str, int]) -> str:
    """Cut a region out of ``text`` by its lines and columns, independently of LineIndex."""
    lines = re.split(r"(?<=\r\n)|(?<=\r)(?!\n)|(?<=\n)", text)
    starts = [0]
    for piece in lines:
        starts.append(starts[-1] + len(piece))
    start = starts[region["startLine"] - 1] + region["startColumn"] - 1
    end = starts[region["endLine"] - 1] + region["endColumn"] - 1
    return text[start:end]


def test_sarif_results_point_at_the_right_text(log: dict[str, Any], report: Report) -> None:
    (run,) = log["runs"]
    rules = run["tool"]["driver"]["rules"]
    texts = {A_PATH: report.a.text, B_PATH: report.b.text}
    assert len(run["results"]) == len(report.findings)
    for result, finding in zip(run["results"], report.findings, strict=True):
        assert result["ruleId"] == finding.code
        assert rules[result["ruleIndex"]]["id"] == finding.code
        assert result["message"]["text"] == finding.message
        level = {"error": "error", "warning": "warning", "info": "note"}[finding.severity.label]
        assert result["level"] == level
        assert result["partialFingerprints"] == {
            "reconcile/v1": baseline_fingerprint(report, finding)
        }
        (location,) = result["locations"]
        physical = location["physicalLocation"]
        uri = physical["artifactLocation"]["uri"]
        span = finding.b if finding.b is not None else finding.a
        assert span is not None
        assert uri == (B_PATH if finding.b is not None else A_PATH)
        region = physical["region"]
        assert region["snippet"]["text"] == span.text
        assert region_text(texts[uri], region) == span.text
        assert (region["charOffset"], region["charLength"]) == (span.start, span.end - span.start)
        if finding.a is None:
            assert "relatedLocations" not in result
        else:
            (related,) = result["relatedLocations"]
            sentence = report.a.sentences[finding.a.sentence]
            assert related["id"] == 1
            assert related["message"]["text"] == "original"
            assert related["physicalLocation"]["artifactLocation"]["uri"] == A_PATH
            assert region_text(A_TEXT, related["physicalLocation"]["region"]) == sentence.text
        if finding.suppressed:
            assert result["suppressions"] == [
                {"kind": "external", "justification": "accepted in baseline"}
            ]
        else:
            assert "suppressions" not in result


def test_sarif_lines_count_crlf_once(log: dict[str, Any]) -> None:
    (run,) = log["runs"]
    rounded = next(r for r in run["results"] if r["ruleId"] == "R102")
    region = rounded["locations"][0]["physicalLocation"]["region"]
    # "Shares rose 3% ..." is the fourth line of B, after three CR LF breaks.
    assert (region["startLine"], region["startColumn"]) == (4, 13)
    assert (region["endLine"], region["endColumn"]) == (4, 15)


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("partner/copper.txt", "partner/copper.txt"),
        ("partner/copper story.txt", "partner/copper%20story.txt"),
        ("/srv/wire/copper.txt", "file:///srv/wire/copper.txt"),
        ("C:\\wire\\copper.txt", "file:///C:/wire/copper.txt"),
    ],
)
def test_sarif_artifact_uri(path: str, uri: str) -> None:
    assert sarif.artifact_uri(path) == uri


# GitHub workflow commands


@pytest.mark.parametrize(
    ("raw", "data", "prop"),
    [
        ("plain", "plain", "plain"),
        ("50%", "50%25", "50%25"),
        ("a:b,c", "a:b,c", "a%3Ab%2Cc"),
        ("one\ntwo", "one%0Atwo", "one%0Atwo"),
        ("one\r\ntwo", "one%0D%0Atwo", "one%0D%0Atwo"),
        ("%0A", "%250A", "%250A"),  # an escape already in the text is not taken as one
        ("up 3%: a, b\r\nc", "up 3%25: a, b%0D%0Ac", "up 3%25%3A a%2C b%0D%0Ac"),
    ],
)
def test_github_escaping(raw: str, data: str, prop: str) -> None:
    assert github.escape_data(raw) == data
    assert github.escape_property(raw) == prop


COMMAND = re.compile(r"^::(error|warning|notice) ([^:]*)::(.*)$")


def unescape(text: str) -> str:
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(code, char)
    return text


def parse_command(raw: str) -> tuple[str, dict[str, str], str]:
    match = COMMAND.match(raw)
    assert match, raw
    props = dict(pair.split("=", 1) for pair in match.group(2).split(","))
    return match.group(1), {k: unescape(v) for k, v in props.items()}, unescape(match.group(3))


def test_github_escapes_messages_and_paths_through_render(report: Report) -> None:
    odd = replace(report, b=replace(report.b, path="odd:dir,1/copper.txt"))
    tricky = "rose 3%: from 1,000\r\nto 2,000\nnow"
    finding = replace(next(f for f in active(report) if f.b is not None), message=tricky)
    odd = replace(odd, findings=(finding,))
    out = github.render([PairResult("odd", A_PATH, "odd:dir,1/copper.txt", odd)])
    (raw,) = out.splitlines()
    assert "\r" not in raw
    _, props, message = parse_command(raw)
    assert props["file"] == "odd:dir,1/copper.txt"
    assert props["title"] == f"{finding.code} {finding.name}"
    assert message.startswith(tricky + "\n")


def test_github_annotates_each_active_finding(results: list[PairResult], report: Report) -> None:
    lines = github.render(results).splitlines()
    expected = active(report)
    assert len(lines) == len(expected) + 1
    locator = Locator(report)
    for raw, finding in zip(lines[:-1], expected, strict=True):
        level, props, message = parse_command(raw)
        assert (
            level
            == {"error": "error", "warning": "warning", "info": "notice"}[finding.severity.label]
        )
        where = locator.primary(finding)
        assert props == {
            "file": B_PATH if finding.b is not None else A_PATH,
            "line": str(where.line),
            "col": str(where.column),
            "endLine": str(where.end_line),
            "endColumn": str(where.end_column),
            "title": f"{finding.code} {finding.name}",
        }
        assert message.splitlines()[0] == finding.message
        for span in (finding.a, finding.b):
            if span is not None:
                assert f"“{span.text}”" in message
    assert lines[-1] == "::error file=wire/missing.txt::partner/missing.txt: no such file"


# JUnit


def test_junit_parses_with_the_right_counts(results: list[PairResult], report: Report) -> None:
    out = junit.render(results)
    root = ET.fromstring(out)
    assert root.tag == "testsuites"
    (suite,) = root.findall("testsuite")
    for element in (root, suite):
        assert element.get("tests") == "2"
        assert element.get("failures") == "1"
        assert element.get("errors") == "1"
    cases = suite.findall("testcase")
    assert [(c.get("classname"), c.get("name")) for c in cases] == [
        ("reconcile", B_PATH),
        ("reconcile", "partner/missing.txt"),
    ]
    failing = [f for f in active(report) if f.severity >= Severity.WARNING]
    (failure,) = cases[0].findall("failure")
    assert failure.get("message") == f"{len(failing)} findings at warning or above"
    assert failure.get("type") == "reconcile"
    assert failure.text is not None
    failure_lines = failure.text.splitlines()
    assert len(failure_lines) == len(failing)
    for text, finding in zip(failure_lines, failing, strict=True):
        assert f"{finding.code} [{finding.severity.label}] {finding.message}" in text
    assert not any(SUPPRESSED in text for text in failure_lines)
    out_text = cases[0].findtext("system-out")
    assert out_text is not None
    info = sum(1 for f in active(report) if f.severity is Severity.INFO)
    assert out_text.splitlines()[0] == f"{info} info, 1 accepted in baseline"
    assert cases[0].find("error") is None
    (error,) = cases[1].findall("error")
    assert error.get("message") == "partner/missing.txt: no such file"
    assert cases[1].find("failure") is None


def test_junit_passes_a_clean_pair() -> None:
    clean = reconcile.compare(B_TEXT, B_TEXT, a_path=B_PATH, b_path=B_PATH)
    root = ET.fromstring(junit.render([PairResult("same", B_PATH, B_PATH, clean)]))
    assert root.get("failures") == "0"
    (case,) = root.iter("testcase")
    assert case.find("failure") is None
    assert case.findtext("system-out") == "0 info, 0 accepted in baseline"


def test_junit_replaces_characters_xml_cannot_hold(report: Report) -> None:
    amount = next(f for f in report.findings if f.code == "R101")
    finding = replace(amount, message="bell \x07 and form feed \x0c")
    odd = replace(report, findings=(finding,))
    root = ET.fromstring(junit.render([PairResult("odd\x00id", A_PATH, B_PATH, odd)]))
    (case,) = root.iter("testcase")
    assert case.get("name") == "odd\ufffdid"
    failure = case.find("failure")
    assert failure is not None and failure.text is not None
    assert "bell \ufffd and form feed \ufffd" in failure.text


# Markdown


def test_markdown_tables_and_escaping(results: list[PairResult], report: Report) -> None:
    out = markdown.render(results)
    lines = out.splitlines()
    assert lines[0] == "## reconcile"
    assert "### `wire/copper.txt` → `partner/copper.txt`" in lines
    assert "### `wire/missing.txt` → `partner/missing.txt`" in lines
    assert "| severity | rule | original | copy | message |" in lines
    rows = [x for x in lines if x.startswith("| ") and not x.startswith("| severity")]
    rows = [x for x in rows if not x.startswith("| ---")]
    assert len(rows) == len(report.findings)
    cells = re.compile(r"(?<!\\)\|")
    for row in rows:
        assert len(cells.findall(row)) == 6, row  # no unescaped pipe inside a cell
    assert sum("(accepted)" in row for row in rows) == 1
    assert "partner/missing.txt: no such file" in out
    assert "1 pair compared:" in lines[2] and "1 accepted in baseline" in lines[2]


def test_markdown_escapes_pipes_and_line_breaks(report: Report) -> None:
    finding = replace(active(report)[0], message="a | b\r\nc\nd $5 and $6")
    a_span = replace(finding.a, text="x | y\nz") if finding.a else None
    odd = replace(report, findings=(replace(finding, a=a_span),))
    out = markdown.render([PairResult("odd", A_PATH, B_PATH, odd)])
    (row,) = [x for x in out.splitlines() if x.startswith(f"| {finding.severity.label}")]
    assert "a \\| b<br>c<br>d \\$5 and \\$6" in row
    assert "`x \\| y z`" in row
    assert markdown.cell("p|q") == "p\\|q"
    assert markdown.code("a`b") == "``a`b``"


def test_markdown_says_no_findings_for_a_clean_pair() -> None:
    clean = reconcile.compare(B_TEXT, B_TEXT, a_path=B_PATH, b_path=B_PATH)
    out = markdown.render([PairResult("same", B_PATH, B_PATH, clean)])
    assert "No findings." in out.splitlines()
    assert "|" not in out


# Line format


def test_line_format(results: list[PairResult], report: Report) -> None:
    lines = line.render(results).splitlines()
    locator = Locator(report)
    expected = [
        f"{where.path}:{where.line}:{where.column}: {f.code} [{f.severity.label}] {f.message}"
        for f in active(report)
        for where in [locator.primary(f)]
    ]
    expected.append("wire/missing.txt:1:1: E000 [error] partner/missing.txt: no such file")
    assert lines == expected
    assert any(x.startswith(f"{A_PATH}:") for x in lines[:-1]), "the omission is placed in A"


def test_line_format_keeps_one_finding_per_line(report: Report) -> None:
    finding = replace(active(report)[0], message="first\r\nsecond\rthird\nfourth")
    out = line.render([PairResult("x", A_PATH, B_PATH, replace(report, findings=(finding,)))])
    assert out.count("\n") == 1
    assert out.rstrip("\n").endswith("first second third fourth")
