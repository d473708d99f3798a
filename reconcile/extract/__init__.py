"""Fact extractors, one module per kind of fact; each maps sentence text to spanned facts."""

from __future__ import annotations

from collections.abc import Callable

from reconcile.extract import (
    attributions,
    dates,
    entities,
    extents,
    numbers,
    polarity,
    quotes,
    ranks,
)
from reconcile.model import Fact, Sentence

Extractor = Callable[[str, int], list[Fact]]

# A new kind of fact is a new module here plus its rules in reconcile.rules.
EXTRACTORS: tuple[Extractor, ...] = (
    numbers.extract,
    dates.extract,
    ranks.extract,
    quotes.extract,
    attributions.extract,
    polarity.extract,
    entities.extract,
    extents.extract,
)


def extract(sentence: Sentence) -> tuple[Fact, ...]:
    """Return every fact in ``sentence``, with spans into the document text."""
    facts: list[Fact] = []
    for extractor in EXTRACTORS:
        facts.extend(extractor(sentence.text, sentence.start))
    facts.sort(key=lambda f: (f.start, f.end))
    return tuple(facts)
