"""The one place that knows the order of the stages: load, segment, align, extract, judge."""

from __future__ import annotations

from dataclasses import replace

from reconcile.align import THRESHOLD, align
from reconcile.extract import extract
from reconcile.judge import Selection, judge
from reconcile.load import load
from reconcile.model import Document, Fact, Kind, Report, Settings, Source
from reconcile.segment import segment


def compare(
    a: str,
    b: str,
    *,
    a_path: str = "a",
    b_path: str = "b",
    selection: Selection | None = None,
    threshold: float = THRESHOLD,
    settings: Settings | None = None,
) -> Report:
    """Compare two versions of a story given as text; A is the reference."""
    return compare_sources(
        Source(a_path, a),
        Source(b_path, b),
        selection=selection,
        threshold=threshold,
        settings=settings,
    )


def compare_sources(
    a: Source,
    b: Source,
    *,
    selection: Selection | None = None,
    threshold: float = THRESHOLD,
    settings: Settings | None = None,
) -> Report:
    """Compare two loaded versions of a story; A is the reference."""
    settings = settings or Settings()
    doc_a = segment(a, boilerplate=settings.boilerplate)
    doc_b = segment(b, boilerplate=settings.boilerplate)
    groups = align(doc_a, doc_b, threshold=threshold)
    aliases = {name.lower(): canonical for name, canonical in settings.aliases}
    facts_a = _facts(doc_a, aliases)
    facts_b = _facts(doc_b, aliases)
    findings = judge(doc_a, doc_b, groups, facts_a, facts_b, selection)
    return Report(a=doc_a, b=doc_b, groups=groups, findings=findings)


def compare_files(
    a_path: str,
    b_path: str,
    *,
    encoding: str | None = None,
    selection: Selection | None = None,
    threshold: float = THRESHOLD,
    settings: Settings | None = None,
) -> Report:
    """Load and compare the versions at two paths (``-`` for standard input)."""
    return compare_sources(
        load(a_path, encoding=encoding),
        load(b_path, encoding=encoding),
        selection=selection,
        threshold=threshold,
        settings=settings,
    )


def _facts(doc: Document, aliases: dict[str, str]) -> tuple[tuple[Fact, ...], ...]:
    facts = tuple(extract(s) for s in doc.sentences)
    if not aliases:
        return facts
    # Configured aliases fold names after extraction, so extractors stay free of settings.
    return tuple(
        tuple(
            replace(f, value=aliases[f.text.lower()], display=aliases[f.text.lower()])
            if f.kind is Kind.ENTITY and f.text.lower() in aliases
            else f
            for f in sentence_facts
        )
        for sentence_facts in facts
    )
