"""The one place that knows the order of the stages: load, segment, align, extract, judge."""

from __future__ import annotations

from reconcile.align import THRESHOLD, align
from reconcile.extract import extract
from reconcile.judge import Selection, judge
from reconcile.load import load
from reconcile.model import Document, Fact, Report, Source
from reconcile.segment import segment


def compare(
    a: str,
    b: str,
    *,
    a_path: str = "a",
    b_path: str = "b",
    selection: Selection | None = None,
    threshold: float = THRESHOLD,
) -> Report:
    """Compare two versions of a story given as text; A is the reference."""
    return compare_sources(
        Source(a_path, a), Source(b_path, b), selection=selection, threshold=threshold
    )


def compare_sources(
    a: Source,
    b: Source,
    *,
    selection: Selection | None = None,
    threshold: float = THRESHOLD,
) -> Report:
    """Compare two loaded versions of a story; A is the reference."""
    doc_a = segment(a)
    doc_b = segment(b)
    groups = align(doc_a, doc_b, threshold=threshold)
    facts_a = _facts(doc_a)
    facts_b = _facts(doc_b)
    findings = judge(doc_a, doc_b, groups, facts_a, facts_b, selection)
    return Report(a=doc_a, b=doc_b, groups=groups, findings=findings)


def compare_files(
    a_path: str,
    b_path: str,
    *,
    encoding: str | None = None,
    selection: Selection | None = None,
    threshold: float = THRESHOLD,
) -> Report:
    """Load and compare the versions at two paths (``-`` for standard input)."""
    return compare_sources(
        load(a_path, encoding=encoding),
        load(b_path, encoding=encoding),
        selection=selection,
        threshold=threshold,
    )


def _facts(doc: Document) -> tuple[tuple[Fact, ...], ...]:
    return tuple(extract(s) for s in doc.sentences)
