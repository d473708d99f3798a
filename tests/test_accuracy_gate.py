"""Regression gate: accuracy must not fall below the levels recorded in accuracy_floor.json.

The floor is raised as the engine improves and never lowered to let a change pass.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from benchmarks import accuracy

FLOOR = json.loads(
    (Path(__file__).resolve().parent.parent / "benchmarks" / "accuracy_floor.json").read_text()
)


@pytest.fixture(scope="module")
def corpus() -> dict[str, Any]:
    paths = sorted(accuracy.CORPUS.glob("*.toml"))
    if not paths:
        pytest.skip("no labelled corpus in benchmarks/corpus")
    return accuracy.evaluate_corpus(paths)


def test_corpus_alignment(corpus: dict[str, Any]) -> None:
    floor = FLOOR["corpus"]
    assert corpus["alignment"]["f1"] >= floor["alignment_f1"], corpus["alignment"]


def test_corpus_disagreement_recall(corpus: dict[str, Any]) -> None:
    floor = FLOOR["corpus"]
    assert corpus["disagreements"]["recall"] >= floor["disagreement_recall"], corpus["missed"]
    for kind, minimum in floor["per_kind_recall"].items():
        got = corpus["per_kind"][kind]["recall"]
        assert got is not None and got >= minimum, (kind, got, corpus["missed"])


def test_corpus_equivalences_stay_quiet(corpus: dict[str, Any]) -> None:
    eq = corpus["equivalences"]
    assert eq["rate"] <= FLOOR["corpus"]["equivalence_loud_rate_max"], eq["examples"]


def test_injected_changes() -> None:
    if not accuracy.OSE.exists():
        pytest.skip("../shared/data/onestopenglish is absent")
    floor = FLOOR["injected"]
    result = accuracy.evaluate_injected(limit=floor["articles"], per_kind=floor["per_kind"])
    assert result["recall"] >= floor["recall"], result["missed_sample"]


def test_holdout_does_not_regress() -> None:
    """The held-out set (written apart from the rules) must not fall below its recorded level."""
    paths = sorted(accuracy.HOLDOUT.glob("*.toml"))
    if not paths:
        pytest.skip("no held-out set in benchmarks/holdout")
    # Sealed: a failure reports the figures per kind, never the labels, which would stop the
    # set being held out.
    held = accuracy.sealed(accuracy.evaluate_corpus(paths))
    floor = FLOOR["holdout"]
    assert held["alignment"]["f1"] >= floor["alignment_f1"], held["alignment"]
    assert held["disagreements"]["recall"] >= floor["disagreement_recall"], held["per_kind"]
    assert held["equivalences"]["rate"] <= floor["equivalence_loud_rate_max"], held["equivalences"]


def test_sealed_result_keeps_figures_and_drops_labels() -> None:
    """A sealed result (how the held-out set is reported) names no label it missed."""
    result = next(
        r
        for path in sorted(accuracy.CORPUS.glob("*.toml"))
        if (r := accuracy.evaluate_corpus([path]))["missed"]
    )
    missed = list(result["missed"])
    held = accuracy.sealed(result)
    assert held["missed"] == [] and held["equivalences"]["examples"] == []
    assert held["disagreements"] == result["disagreements"]
    assert held["per_kind"] == result["per_kind"]
    assert held["equivalences"]["rate"] == result["equivalences"]["rate"]
    assert result["missed"] == missed  # the result it was given is left as it was


def test_finding_credited_to_a_disagreement_is_not_loud_on_an_equal_label(tmp_path: Path) -> None:
    # The whole quotation is one R601 finding; it catches the changed words, so it is not also
    # a false alarm on the label that says the change of quotation marks alone is equivalent.
    # An unlabelled change beside an equal label still counts as loud.
    pair = tmp_path / "quote-and-count.toml"
    pair.write_text(
        """id = "quote-and-count"
domain = "test"
original = '''
"We will find out who is responsible for this," the mayor told Radio Litoral.
The festival was licensed for 40,000 people, the fire brigade said.
'''
rewrite = '''
\u201cWe will find out who is to blame,\u201d the mayor told Radio Litoral.
The festival was licensed for 45,000 people, the fire brigade said.
'''

[[disagree]]
kind = "quote"
a = "who is responsible for this"
b = "who is to blame"

[[equal]]
kind = "quote"
a = '"We will find out'
b = "\u201cWe will find out"

[[equal]]
kind = "attribution"
a = "the fire brigade said"
b = "the fire brigade said"

[[equal]]
kind = "number"
a = "40,000 people"
b = "45,000 people"
""",
        encoding="utf-8",
    )
    result = accuracy.evaluate_corpus([pair])
    assert result["disagreements"]["recall"] == 1.0
    assert result["equivalences"]["reported_above_info"] == 1, result["equivalences"]
    assert "40,000 people" in result["equivalences"]["examples"][0]
