"""Pair the quantities of two aligned passages: equal, rounded, differing, dropped or added."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reconcile.model import Fact

# Bare points are percentage points after a percentage ("at 24%, down 3 points"). Percent and
# points differ but are confused.
_AMBIGUOUS = {frozenset({"points", "pp"})}
_CONFUSABLE = {frozenset({"percent", "pp"}), frozenset({"percent", "points"})}


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
    if _currencies(a.key) & _currencies(b.key):
        return True  # "¥" is yen or yuan, "crowns" any of five: each matches what it can mean
    keys = {a.key, b.key}
    # An age is often a bare number ("Ardent, 61," and "the 61-year-old").
    return "count" in keys and (any(map(is_currency, keys)) or bool(keys & {"age", "points"}))


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
        or (bool(_currencies(a.key)) and bool(_currencies(b.key)))
        # A bare figure against money ("468 million" and "486 million kroner"): the same
        # amount, with its currency lost.
        or (is_currency(a.key) and _bare(b))
        or (is_currency(b.key) and _bare(a))
    )


def _bare(f: Fact) -> bool:
    return f.key == "count" and not f.attr("noun")


def is_currency(key: str) -> bool:
    """Return whether a quantity's key is money: ``USD``, or ``JPY/CNY`` for "¥"."""
    return bool(_CURRENCY_KEY.fullmatch(key))


def _currencies(key: str) -> frozenset[str]:
    """Return the currencies a key can mean: ``JPY/CNY`` is either; not a currency, none."""
    return frozenset(key.split("/")) if _CURRENCY_KEY.fullmatch(key) else frozenset()


_CURRENCY_KEY = re.compile(r"[A-Z]{3,5}(?:/[A-Z]{3,5})*")


def surface(f: Fact) -> str:
    """Return the fact's wording folded for comparison (case, spaces, dashes)."""
    return "".join(f.text.lower().replace("-", " ").split())


_MAX_PAIRS = 40_000


def pair(a: Sequence[Fact], b: Sequence[Fact]) -> list[Match]:
    """Pair ``a`` with ``b``: equal values first, then rounded ones, then like with like.

    Identical wordings pair first, through a dictionary, so a passage with thousands of
    numbers stays linear; the slower passes only see what is left over.
    """
    pos_a = {id(f): n / max(len(a) - 1, 1) for n, f in enumerate(a)}
    pos_b = {id(f): n / max(len(b) - 1, 1) for n, f in enumerate(b)}
    matches: list[Match] = []
    waiting: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for y in b:
        waiting[(y.key, surface(y))].append(y)
    left: list[Fact] = []
    paired_b: set[int] = set()
    for x in a:
        bucket = waiting.get((x.key, surface(x)))
        if bucket:
            y = bucket.pop(0)
            paired_b.add(id(y))
            matches.append(Match("same", x, y))
        else:
            left.append(x)
    right = [y for y in b if id(y) not in paired_b]

    def take(test: Callable[[Fact, Fact], bool], status: Callable[[Fact, Fact], str]) -> None:
        nonlocal right
        if len(left) * len(right) > _MAX_PAIRS:
            # A pathological passage (thousands of different figures): pair in order instead.
            options: list[tuple[bool, bool, float, int, int]] = [
                (False, False, 0.0, n, n)
                for n in range(min(len(left), len(right)))
                if test(left[n], right[n])
            ]
        else:
            # Best pairs first across the whole passage, so that the result does not depend on
            # which version is read first.
            options = sorted(
                (
                    _noun(x) != _noun(y),
                    surface(x) != surface(y),
                    abs(pos_a[id(x)] - pos_b[id(y)]),
                    ia,
                    ib,
                )
                for ia, x in enumerate(left)
                for ib, y in enumerate(right)
                if test(x, y)
            )
        used_a: set[int] = set()
        used_b: set[int] = set()
        for *_, ia, ib in options:
            if ia in used_a or ib in used_b:
                continue
            used_a.add(ia)
            used_b.add(ib)
            matches.append(Match(status(left[ia], right[ib]), left[ia], right[ib]))
        left[:] = [x for n, x in enumerate(left) if n not in used_a]
        right = [y for n, y in enumerate(right) if n not in used_b]

    take(
        lambda x, y: same_key(x, y) and _same_value(x, y),
        lambda x, y: "same" if surface(x) == surface(y) else "reworded",
    )
    take(lambda x, y: same_key(x, y) and rounds_to(x, y), lambda x, y: "rounded")
    take(
        lambda x, y: compatible(x, y),
        lambda x, y: "points" if frozenset({x.key, y.key}) in _CONFUSABLE else "differs",
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
