"""Pair the quantities of two aligned passages: equal, rounded, differing, dropped or added."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reconcile.model import Fact

# "¥" is both yen and yuan: it matches either. Percent and points differ but are confused.
_AMBIGUOUS = {frozenset({"JPY/CNY", "JPY"}), frozenset({"JPY/CNY", "CNY"})}
_CONFUSABLE = {frozenset({"percent", "pp"})}


@dataclass(frozen=True, slots=True)
class Match:
    """How a fact of A relates to a fact of B.

    ``status`` is ``same``, ``reworded``, ``rounded``, ``differs``, ``points`` (percent against
    percentage points), ``dropped`` (B is None) or ``added`` (A is None).
    """

    status: str
    a: Fact | None
    b: Fact | None


def step(f: Fact) -> float:
    """Return the precision the writer used, in the fact's normalised unit."""
    try:
        return float(f.attr("step", "1"))
    except ValueError:
        return 1.0


def equal(x: float, y: float) -> bool:
    """Return whether two normalised values are the same number."""
    return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12)


def rounds_to(a: Fact, b: Fact) -> bool:
    """Return whether the finer of two values rounds to the coarser at the coarser's precision."""
    if not isinstance(a.value, float | int) or not isinstance(b.value, float | int):
        return False
    fine, coarse = (a, b) if step(a) < step(b) else (b, a)
    unit = step(coarse)
    if unit <= step(fine) or not isinstance(fine.value, float | int):
        return False
    scaled = float(fine.value) / unit
    candidates = {math.floor(scaled + 0.5), round(scaled)}
    return any(
        equal(c * unit, float(coarse.value))
        for c in candidates
        if isinstance(coarse.value, float | int)
    )


def same_key(a: Fact, b: Fact) -> bool:
    """Return whether two facts are in the same unit of measure.

    A bare count matches an amount of money: a rewrite that lost its currency sign ("£810,000"
    and "810,000") still gives the same figure.
    """
    if a.key == b.key or frozenset({a.key, b.key}) in _AMBIGUOUS:
        return True
    keys = {a.key, b.key}
    # An age is often a bare number ("Ardent, 61," and "the 61-year-old").
    return "count" in keys and (any(k.isupper() for k in keys) or "age" in keys)


def compatible(a: Fact, b: Fact) -> bool:
    """Return whether two facts measure the same thing (and so can disagree).

    Stricter than ``same_key``: a bare count equals money that lost its sign, but a count that
    differs from an amount of money says nothing about it.
    """
    return (
        a.key == b.key
        or frozenset({a.key, b.key}) in _AMBIGUOUS
        or frozenset({a.key, b.key}) in _CONFUSABLE
        # Two currencies: "270 million euros" against "$270 million" is a changed amount.
        or (a.key.isupper() and b.key.isupper() and "/" not in a.key + b.key)
    )


def surface(f: Fact) -> str:
    """Return the fact's wording folded for comparison (case, spaces, dashes)."""
    return "".join(f.text.lower().replace("-", " ").split())


def pair(a: Sequence[Fact], b: Sequence[Fact]) -> list[Match]:
    """Pair ``a`` with ``b``: equal values first, then rounded ones, then like with like."""
    left = list(a)
    right = list(b)
    matches: list[Match] = []

    def take(test: Callable[[Fact, Fact], bool], status: Callable[[Fact, Fact], str]) -> None:
        for x in list(left):
            options = [y for y in right if test(x, y)]
            if not options:
                continue
            # Prefer the partner counting the same thing ("40 flights" with "14 flights").
            y = min(options, key=lambda y: (_noun(x) != _noun(y), abs(_rank(a, x) - _rank(b, y))))
            left.remove(x)
            right.remove(y)
            matches.append(Match(status(x, y), x, y))

    take(
        lambda x, y: same_key(x, y) and _same_value(x, y),
        lambda x, y: "same" if surface(x) == surface(y) else "reworded",
    )
    take(lambda x, y: same_key(x, y) and rounds_to(x, y), lambda x, y: "rounded")
    take(
        lambda x, y: compatible(x, y),
        lambda x, y: "points" if x.key != y.key and "pp" in (x.key, y.key) else "differs",
    )
    matches.extend(Match("dropped", x, None) for x in left)
    matches.extend(Match("added", None, y) for y in right)
    return matches


def _same_value(x: Fact, y: Fact) -> bool:
    if isinstance(x.value, float | int) and isinstance(y.value, float | int):
        return equal(float(x.value), float(y.value))
    return x.value == y.value


def _noun(f: Fact) -> str:
    return f.attr("noun")[:5]


def _rank(facts: Sequence[Fact], f: Fact) -> float:
    """Return the relative position of ``f`` among ``facts`` (0 first, 1 last)."""
    i = facts.index(f)
    return i / max(len(facts) - 1, 1)
