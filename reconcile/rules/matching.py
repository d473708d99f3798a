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
    return f.step()


def equal(x: float, y: float) -> bool:
    """Return whether two normalised values are the same number."""
    return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12)


def written_to(f: Fact) -> float:
    """Return the precision of a figure read from its trailing zeros (see Fact.written_to)."""
    return f.written_to()


def rounds_to(a: Fact, b: Fact) -> bool:
    """Return whether the finer of two values rounds to the coarser at the coarser's precision.

    Between two units of measure ("3,500 nautical miles", "6,500 km") a figure also counts as
    written to its last non-zero digit, since one of them was converted and rounded; such a
    rounding moves the value by a few percent at most.
    """
    if not isinstance(a.value, float | int) or not isinstance(b.value, float | int):
        return False
    if (a.attr("loose") or b.attr("loose")) and _unit_word(a) and _unit_word(a) == _unit_word(b):
        return True  # "within minutes" and "within ten minutes": a span told in its own unit
    if just_past(a, b) or just_past(b, a):
        return True  # "11% of phones" and "just over one in ten": the figure the hedge rounds
    converted = bool(a.attr("unit") and b.attr("unit")) and a.attr("unit") != b.attr("unit")
    # A span of time put in another unit is counted, not rounded: "two weeks" for "15 days"
    # moves a deadline by a day, "two years" for "22 months" an age by two months, where
    # "1.2 billion" for "1.23 billion" only drops a digit; under a hedge ("more than half an
    # hour" for "34 minutes") it is rounded as any figure.
    counted = converted and a.key in ("s", "month") and not (a.attr("hedge") or b.attr("hedge"))
    if not counted and _rounds_at(a, b, step):
        return True
    if not converted or counted:
        return False  # "the five-week campaign" for "the 36-day campaign" is a day short
    gap = abs(float(a.value) - float(b.value))
    return gap <= 0.05 * max(abs(float(a.value)), abs(float(b.value))) and _rounds_at(
        a, b, written_to
    )


def _unit_word(f: Fact) -> str:
    return str(f.attr("unit") or "").lower().removesuffix("s")


def just_past(exact: Fact, hedged: Fact) -> bool:
    """Return whether ``hedged`` says "just over", "just under" or "nearly" a figure it is near.

    ``exact`` is the figure. Near means on the side the hedge says and within a tenth of it:
    11% is "just over 10%", 9.2% "just under 10%", 29 "nearly 30".
    """
    hedge = hedged.attr("hedge")
    if exact.attr("hedge") or hedge not in _JUST_PAST:
        return False
    if not isinstance(exact.value, float | int) or not isinstance(hedged.value, float | int):
        return False
    e, h = float(exact.value), float(hedged.value)
    if hedge == "just over":
        return h < e <= 1.1 * h + 1e-9
    return 0.9 * h - 1e-9 <= e < h


# Hedges that say a figure is a little past the one given: "just over 10%" for 11%, "nearly
# 30" or "just under 30" for 29.
_JUST_PAST = frozenset(
    ("just over", "just under", "nearly", "almost", "close to", "just short of", "just below")
)


def _rounds_at(a: Fact, b: Fact, precision: Callable[[Fact], float]) -> bool:
    fine, coarse = (a, b) if precision(a) < precision(b) else (b, a)
    unit = precision(coarse)
    if unit <= precision(fine) or not isinstance(fine.value, float | int):
        return False
    scaled = float(fine.value) / unit
    # "1 million" for "1.2 million": a figure changed by a fifth, not rounded; a hedge allows
    # twice as much ("about 2.2 million" for "about 2 million"), but not "about $1 billion"
    # for "about 1.3 billion dollars".
    allowed = 0.2 if fine.attr("hedge") or coarse.attr("hedge") else 0.1
    if isinstance(coarse.value, float | int) and abs(
        float(fine.value) - float(coarse.value)
    ) > allowed * abs(float(coarse.value)):
        return False
    # Halves round away from zero, as copy does: 146.5 m is "147 metres", never "146 metres",
    # and "$6.5 billion" is not "6 billion dollars".
    nearest = math.copysign(math.floor(abs(scaled) + 0.5 + 1e-9), scaled)
    return isinstance(coarse.value, float | int) and equal(nearest * unit, float(coarse.value))


def same_key(a: Fact, b: Fact) -> bool:
    """Return whether two facts are in the same unit of measure.

    A bare count matches an amount of money: a rewrite that lost its currency sign ("£810,000"
    and "810,000") still gives the same figure.
    """
    if a.key == b.key or frozenset({a.key, b.key}) in _AMBIGUOUS:
        return True
    if _currencies(a.key) & _currencies(b.key):
        return True  # "¥" is yen or yuan, "crowns" any of five: each matches what it can mean
    if _local_dollar(a, b) or _local_dollar(b, a):
        return True
    keys = {a.key, b.key}
    if keys == {"multiple", "count"} and "times" in (a.attr("noun"), b.attr("noun")):
        return True  # "risen tenfold" and "grown ten times since 2019"
    # An age is often a bare number ("Ardent, 61," and "the 61-year-old"), and so is a
    # temperature ("an average of minus 24" and "-24C").
    return "count" in keys and (any(map(is_currency, keys)) or bool(keys & {"age", "points", "°C"}))


def _pounds_of_sterling(a: Fact, b: Fact) -> bool:
    """Return whether ``a`` counts "pounds" and ``b`` is an amount in sterling."""
    return (
        a.key == "count" and a.attr("noun") in ("pounds", "pound") and "GBP" in _currencies(b.key)
    )


def compatible(a: Fact, b: Fact) -> bool:
    """Return whether two facts measure the same thing (and so can disagree).

    Stricter than ``same_key``: a bare count equals money that lost its sign, but a count that
    differs from an amount of money says nothing about it.
    """
    return (
        a.key == b.key
        or frozenset({a.key, b.key}) in _AMBIGUOUS
        or frozenset({a.key, b.key}) in _CONFUSABLE
        # "within four months" vs "within four weeks": the same count of another unit, or
        # spans within three times each other ("six weeks" vs "two months").
        or (
            {a.key, b.key} == {"s", "month"}
            # "for months" vs "for weeks": two spans given by their units alone.
            and (_count_word(a) == _count_word(b) or _near(a, b) or _both_loose(a, b))
        )
        # Two currencies: "270 million euros" against "$270 million" is a changed amount.
        or (bool(_currencies(a.key)) and bool(_currencies(b.key)))
        # A bare figure against money ("468 million" and "486 million kroner"): the same
        # amount, with its currency lost.
        or (is_currency(a.key) and _bare(b))
        or (is_currency(b.key) and _bare(a))
        # "68,500 pounds in damages" against "£65,800": the word names sterling as often as a
        # weight, which the extractor reads only after "weighed" and its kin.
        or _pounds_of_sterling(a, b)
        or _pounds_of_sterling(b, a)
        # "Ferrante, 41," and "Ferrante is 44": an age and a bare figure.
        or (a.key == "age" and _bare(b))
        or (b.key == "age" and _bare(a))
    )


def _local_dollar(a: Fact, b: Fact) -> bool:
    """Return whether ``a`` is a bare "$" figure and ``b`` a figure in dollars of any country.

    An Australian outlet writes "$2" for the "A$2" of a wire story, as a Canadian one writes
    "$38.5 million" for "38.5 million Canadian dollars": the bare sign names no country.
    """
    return (
        a.key == "USD"
        and bool(_BARE_DOLLAR.match(a.text))
        and bool(_currencies(b.key))
        and _currencies(b.key) <= _DOLLARS
    )


_BARE_DOLLAR = re.compile(r"[-\u2212(]?\$")
_DOLLARS = frozenset({"USD", "AUD", "CAD", "NZD", "HKD", "SGD"})


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
    nouns_a = {f.attr("noun") for f in a} - {""}
    nouns_b = {f.attr("noun") for f in b} - {""}

    def counts_other(x: Fact, y: Fact) -> bool:
        # "12 trains a day" vs "12 trains a week": the same figure in another period.
        if _other_period(x, y):
            return True
        # "seven women and five men" vs "seven men and five women": each side counts the
        # other's noun with another figure, so equal figures are not the same count.
        nx, ny = x.attr("noun"), y.attr("noun")
        return bool(nx and ny and nx != ny and nx in nouns_b and ny in nouns_a)

    matches: list[Match] = []
    waiting: dict[tuple[str, str, str], list[Fact]] = defaultdict(list)
    # By value too: "minus 14 degrees" is worded "14 degrees" when its sign stands before it.
    for y in b:
        waiting[(y.key, surface(y), str(y.value))].append(y)
    left: list[Fact] = []
    paired_b: set[int] = set()
    for x in a:
        bucket = waiting.get((x.key, surface(x), str(x.value)))
        if bucket and len(bucket) > 1:
            # Of several identical figures, the one counting the same thing; else one whose
            # noun no other figure of A counts ("Two of the injured" leaves "Two helicopters"
            # to A's "Three helicopters").
            bucket.sort(key=lambda y: (_noun(y) != _noun(x), y.attr("noun") in nouns_a))
        if bucket and not counts_other(x, bucket[0]):
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
        lambda x, y: same_key(x, y) and _same_value(x, y) and not counts_other(x, y),
        lambda x, y: "same" if surface(x) == surface(y) else "reworded",
    )
    take(_calendar_equal, lambda x, y: "reworded")
    take(
        lambda x, y: (
            same_key(x, y)
            and rounds_to(x, y)
            and not _other_period(x, y)
            and not _money_for_things(x, y)
        ),
        lambda x, y: "rounded",
    )
    take(
        lambda x, y: compatible(x, y) and not _one_of_another(x, y),
        lambda x, y: "points" if frozenset({x.key, y.key}) in _CONFUSABLE else "differs",
    )
    matches.extend(Match("dropped", x, None) for x in left)
    matches.extend(Match("added", None, y) for y in right)
    return matches


# A mean Gregorian month in seconds: "52 weeks" is "a year", "30 days" "a month".
_MONTH_SECONDS = 30.436875 * 86400


def _in_months(x: Fact, y: Fact) -> tuple[float, float, Fact] | None:
    """Return a span in seconds and one in months, both in months, and the months fact.

    None unless one of the two is in seconds and the other in months, with a value.
    """
    if {x.key, y.key} != {"s", "month"}:
        return None
    seconds, months = (x, y) if x.key == "s" else (y, x)
    if not isinstance(seconds.value, float | int) or not isinstance(months.value, float | int):
        return None
    if not months.value:
        return None
    return float(seconds.value) / _MONTH_SECONDS, float(months.value), months


def _calendar_equal(x: Fact, y: Fact) -> bool:
    """Return whether a span in days or weeks is a span in months or years.

    Within 2% ("52 weeks" and "a year"), or within the precision the months were given in
    ("six weeks" and "a month and a half", given to half a month).
    """
    spans = _in_months(x, y)
    if spans is None:
        return False
    in_months, given, months = spans
    if in_months * _MONTH_SECONDS < 28 * 86400:
        return False
    if abs(in_months / given - 1) <= 0.02:
        return True
    if bound(x) == bound(y) == "~" and abs(in_months / given - 1) <= 0.1:
        return True  # "about 12 weeks" and "roughly three months": both only approximate
    return step(months) < 1 and abs(in_months - given) <= step(months) / 2


def _near(a: Fact, b: Fact) -> bool:
    """Return whether a span in seconds and one in months are within three times each other."""
    spans = _in_months(a, b)
    if spans is None:
        return False
    in_months, given, _ = spans
    if in_months < 0.2:
        return False  # a few days against months: not one span told two ways
    return 1 / 3 <= in_months / given <= 3


def _both_loose(a: Fact, b: Fact) -> bool:
    return bool(a.attr("loose") and b.attr("loose"))


def _count_word(f: Fact) -> str:
    """Return the figure a quantity was written with ("four" in "four weeks")."""
    return re.split(r"[\s-]", f.text.strip().lower(), maxsplit=1)[0]


def same_figure(x: Fact, y: Fact) -> bool:
    """Return whether two facts give the same figure in the same unit ("£6.8m", "£6.8 million")."""
    return same_key(x, y) and _same_value(x, y)


# Days in each period a count is given for ("140 flights a week" = "20 flights a day").
_PERIOD_DAYS = {
    "second": 1 / 86400,
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "month": 30.436875,
    "year": 365.2425,
}


def _per_day(f: Fact) -> float:
    return float(f.value) / _PERIOD_DAYS[f.attr("per")]  # type: ignore[arg-type]


def _money_for_things(x: Fact, y: Fact) -> bool:
    """Return whether one is money and the other counts things ("$11.50" and "12 trains")."""
    return any(
        is_currency(p.key) and q.key == "count" and q.attr("noun") for p, q in ((x, y), (y, x))
    )


def _other_period(x: Fact, y: Fact) -> bool:
    """Return whether two counts are given for periods that make them differ."""
    if not (x.attr("per") and y.attr("per")) or x.attr("per") == y.attr("per"):
        return False
    return not equal(_per_day(x), _per_day(y))


def _same_value(x: Fact, y: Fact) -> bool:
    if x.attr("per") and y.attr("per") and x.attr("per") != y.attr("per"):
        return not _other_period(x, y)  # "14 weekly landing slots" = "two daily slots"
    if isinstance(x.value, float | int) and isinstance(y.value, float | int):
        if (x.attr("also") or y.attr("also")) and any(
            equal(p, q) for p in _readings(x) for q in _readings(y)
        ):
            return True  # "25 km (15 miles)" = "15 miles (25 km)": one figure in two units
        if x.key == y.key == "s" and _workdays(x) != _workdays(y):
            work, days = (x.value, y.value) if _workdays(x) else (y.value, x.value)
            return _within_weekends(float(work), float(days))
        return equal(float(x.value), float(y.value))
    return x.value == y.value


def _readings(f: Fact) -> list[float]:
    """Return a figure's value and the conversion given with it in brackets, if any."""
    also = f.attr("also")
    return [float(f.value), float(also)] if also else [float(f.value)]  # type: ignore[arg-type]


_WORKDAYS = ("trading ", "business ", "working ")


def _workdays(f: Fact) -> bool:
    """Return whether a span counts days of business ("15 trading days", "two sessions")."""
    return f.attr("unit").startswith(_WORKDAYS)


def _within_weekends(work: float, days: float) -> bool:
    """Return whether calendar days (in seconds) span the days of business, weekends and all.

    "15 trading days" = "three weeks", "two sessions" = "two days": five days of business
    to the week, and a weekend either side.
    """
    return work - 1 <= days <= work * 7 / 5 + 2 * 86400


def _noun(f: Fact) -> str:
    return f.attr("noun")[:5]


_PLURALS = {"people": "person", "men": "man", "women": "woman", "children": "child"}


def _one_of_another(x: Fact, y: Fact) -> bool:
    """Return whether one of two counts is "one firefighter" and the other counts another noun.

    "One firefighter was killed and four others injured" against "A firefighter died and five
    colleagues were hurt": the one is the firefighter B calls "a", not B's five.
    """
    for one, other in ((x, y), (y, x)):
        if one.value == 1 and one.attr("loose") and one.attr("noun"):
            mine, theirs = one.attr("noun"), other.attr("noun")
            theirs = _PLURALS.get(theirs, theirs.removesuffix("s"))
            return _PLURALS.get(mine, mine) != theirs
    return False


# What a hedge says about the true value relative to the number given.
_APPROX = (
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "an estimated",
    "estimated",
    "or so",
    "a reported",
    "reportedly",
)
_ABOVE = (
    "more than",
    "over",
    "at least",
    "just over",
    "upwards of",
    "no fewer than",
    "no less than",
    "a minimum of",
    "as early as",
    "no earlier than",
    "shortly after",
    "just after",
    "soon after",
    "exceeded",
    "exceeding",
    "exceeds",
    "exceed",
    "surpassed",
    "surpassing",
    "surpasses",
    "surpass",
    "topped",
    "topping",
    "top",
    "tops",
    "above",
    "in excess of",
    "longer than",
    "as low as",
    "as little as",
    "low of",
    "older than",
)
_BELOW = (
    "up to",
    "as many as",
    "as much as",
    "fewer than",
    "less than",
    "at most",
    "a maximum of",
    "as deep as",
    "high of",
    "peak of",
    "younger than",
    "as high as",
    "as long as",
    "as far as",
    "under",
    "just under",
    "no more than",
    "as late as",
    "no later than",
    "below",
    "as often as",
    "shorter than",
)
# Just under: as close as "about", as bounded as "up to"; it differs from neither.
_NEAR = ("nearly", "almost", "close to", "just short of", "shortly before", "just before")


def bound(f: Fact) -> str:
    """Return what the hedge on ``f`` claims: ``~`` about, ``>`` at least, ``<`` at most, ``=``."""
    hedge = f.attr("hedge")
    if not hedge:
        return "="
    if hedge in _NEAR:
        sign = "≲"
    elif hedge in _APPROX:
        sign = "~"
    elif hedge in _ABOVE:
        sign = ">"
    elif hedge in _BELOW:
        sign = "<"
    else:
        return "="
    if f.attr("negated") and sign in ("<", ">"):
        # "did not exceed 1 million" and "hadn't supplied more than 1 million" both mean "at most".
        sign = "<" if sign == ">" else ">"
    return sign


# Bounds that say nothing else: "more than 30 witnesses" allows 38; "over", "under" and the
# verbs ("exceeded") are too often something else.
_PLAIN_BOUNDS = frozenset(
    "more than|fewer than|less than|at least|at most|upwards of|in excess of|no more than|"
    "no fewer than|no less than|up to|as many as|as much as|a maximum of|a minimum of".split("|")
)


def consistent_bound(x: Fact, y: Fact, text_x: str, text_y: str) -> bool:
    """Return whether one figure is exact and the other a bound it satisfies.

    "38 witnesses" and "more than 30 witnesses": less precise, not a different figure. Given
    the texts, a figure set as a limit ("caps recruitment at 1,200") is no exact one.
    """
    bx, by = limited(x, text_x), limited(y, text_y)
    if "=" not in (bx, by) or bx == by:
        return False
    exact, hedged, sign = (x, y, by) if bx == "=" else (y, x, bx)
    if hedged.attr("hedge") not in _PLAIN_BOUNDS:
        return False  # "over 14 months" may be the time it took: a different figure
    if not isinstance(exact.value, float | int) or not isinstance(hedged.value, float | int):
        return False
    e, h = float(exact.value), float(hedged.value)
    return (sign == ">" and e > h) or (sign == "<" and e < h)


_LIMIT = re.compile(
    # "the speed limit from 130 km/h to 110 km/h": a figure may stand between, or an aside
    # ("the ceiling for the mission, known as UNMIVA, to 9,500 troops").
    r"\b(?:limit|cap|ceiling)(?:\s+(?!and\b|or\b)[\w’'/.,%-]+){0,6}?\s+(?:is|of|at|was|to)\s+$"
    # "caps the deficit at 2.8%", "already limited to 90 km/h".
    r"|\b(?:cap(?:s|ped|ping)?|limit(?:s|ed|ing))"
    # "limited foreign ownership of listed banks to 30 percent": what is limited, named;
    # "caps the number of nurses its hospitals can recruit each year at 1,200".
    r"(?:\s+(?!and\b|or\b)[\w’'-]+){0,12}?\s+(?:at|to)\s+$",
    re.IGNORECASE,
)


# "the EU's 60 per cent ceiling": the limit named after its figure; "an 8-knot (15 km/h) speed
# limit", with a conversion and what is limited between.
_LIMIT_AFTER = re.compile(
    r"(?:\s*\([^()]{1,30}\))?(?:[\s-]+(?!(?:a|an|the|its|their|his|her|this|that|on|of|in|to|"
    r"for|and|or)\b)[a-z]+){0,2}?[\s-]+(?:limit|cap|ceiling)\b",
    re.IGNORECASE,
)


def limited(f: Fact, text: str) -> str:
    """Return the bound a figure claims, reading a limit as "at most"."""
    sign = bound(f)
    # Not "flights capped from 0600 to 2200": a clock time ends a span of the day.
    if (
        sign == "="
        and f.key != "time"
        and (_LIMIT.search(text, max(0, f.start - 90), f.start) or _LIMIT_AFTER.match(text, f.end))
    ):
        return "<"
    return sign
