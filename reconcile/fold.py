"""Fold text for comparison, shared by the extractors and the rules that compare their facts."""

from __future__ import annotations

import re


def fold_words(text: str) -> str:
    """Return the words of ``text`` with case, punctuation, dashes and quote style folded."""
    # Apostrophes go entirely: copy that lost them ("dont") still quotes the same words.
    text = re.sub(r"['’‘]", "", text.lower())
    text = re.sub(r"[-–—]", " ", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())
