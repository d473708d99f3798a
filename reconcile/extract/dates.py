"""Find calendar facts in a sentence: dates in any common form, weekdays and clock times."""

from __future__ import annotations

import re

from reconcile.model import Fact, Kind

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?P<{name}>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_DAY = r"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{name}>(?:1[89]|20)\d\d)"

_DATE = re.compile(
    "|".join(
        [
            r"\b" + _YEAR.format(name="iy") + r"-(?P<im>[01]?\d)-(?P<id>[0-3]?\d)\b",
            r"\b(?P<n1>[0-3]?\d)[/.](?P<n2>[0-3]?\d)[/.](?P<ny>(?:1[89]|20)?\d\d)\b",
            r"\b"
            + _DAY.format(name="d1")
            + r"\s+(?:of\s+)?"
            + _MONTH.format(name="m1")
            + r"(?:,?\s+"
            + _YEAR.format(name="y1")
            + r")?\b",
            r"\b"
            + _MONTH.format(name="m2")
            + r"\s+"
            + _DAY.format(name="d2")
            + r"(?![\d,]\d)(?:,?\s+"
            + _YEAR.format(name="y2")
            + r")?\b",
            r"\b" + _MONTH.format(name="m3") + r",?\s+" + _YEAR.format(name="y3") + r"\b",
        ]
    )
)
_ORDINAL_VALUE = {
    w: i
    for i, w in enumerate(
        "zeroth first second third fourth fifth sixth seventh eighth ninth tenth".split()
    )
}
# "in the 19th minute", "on the third day": a moment counted within the story's own events.
_MOMENT = re.compile(
    r"\b(?P<n>\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth)\s+(?P<unit>minute|hour|day|week|month|lap|round|inning|innings|half)\b",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_TIME = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.|[ap]m\b)"
    r"|\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)\b(?!:\d)(?=\s*(?:GMT|UTC|[A-Z]{2,4}T|local|hours|h\b))",
    re.IGNORECASE,
)


def extract(text: str, offset: int = 0) -> list[Fact]:
    """Return the dates, weekdays and times in ``text``; spans shifted by ``offset``."""
    facts: list[Fact] = []
    for m in _DATE.finditer(text):
        readings = _readings(m)
        if not readings:
            continue
        value = "|".join(sorted(set(readings)))
        ambiguous = len(set(readings)) > 1
        attrs = (("ambiguous", "1"),) if ambiguous else ()
        shown = " or ".join(sorted(set(readings)))
        facts.append(_fact(m, offset, "date", value, shown, attrs))
    for m in _WEEKDAY.finditer(text):
        day = m.group(0)
        facts.append(_fact(m, offset, "weekday", day, day, ()))
    for m in _TIME.finditer(text):
        minutes = _minutes(m)
        if minutes is None:
            continue
        shown = f"{minutes // 60:02d}:{minutes % 60:02d}"
        facts.append(_fact(m, offset, "time", shown, shown, ()))
    for m in _MOMENT.finditer(text):
        n = _ORDINAL_VALUE.get(m.group("n").lower()) or int(re.sub(r"\D", "", m.group("n")) or 0)
        unit = m.group("unit").lower()
        shown = f"{unit} {n}"
        facts.append(_fact(m, offset, "moment", f"{unit}-{n}", shown, ()))
    facts.sort(key=lambda f: f.start)
    return facts


def _fact(
    m: re.Match[str],
    offset: int,
    key: str,
    value: str,
    shown: str,
    attrs: tuple[tuple[str, str], ...],
) -> Fact:
    return Fact(
        kind=Kind.DATE,
        start=offset + m.start(),
        end=offset + m.end(),
        text=m.group(0),
        key=key,
        value=value,
        display=shown,
        attrs=attrs,
    )


def _readings(m: re.Match[str]) -> list[str]:
    """Return every date the match can mean, as ``YYYY-MM-DD`` with ``????``/``??`` unknowns."""
    g = m.groupdict()
    if g["iy"]:
        return _valid(g["iy"], int(g["im"]), int(g["id"]))
    if g["n1"]:
        first, second = int(g["n1"]), int(g["n2"])
        year = g["ny"] if len(g["ny"]) == 4 else "20" + g["ny"]
        # Day-first and month-first forms are both common; when both parse, both are kept.
        return _valid(year, second, first) + _valid(year, first, second)
    for month_key, day_key, year_key in (
        ("m1", "d1", "y1"),
        ("m2", "d2", "y2"),
        ("m3", None, "y3"),
    ):
        if g[month_key]:
            month = _MONTHS[g[month_key][:3].lower()]
            day = int(g[day_key]) if day_key and g[day_key] else None
            if g[month_key] == "May" and day is None and not g[year_key]:
                return []  # "May" alone is the verb more often than the month
            return _valid(g[year_key] or "????", month, day)
    return []


def _valid(year: str, month: int, day: int | None) -> list[str]:
    if not 1 <= month <= 12:
        return []
    if day is None:
        return [f"{year}-{month:02d}"]
    if not 1 <= day <= 31:
        return []
    return [f"{year}-{month:02d}-{day:02d}"]


def _minutes(m: re.Match[str]) -> int | None:
    if m.group("h24") is not None:
        return int(m.group("h24")) * 60 + int(m.group("m24"))
    hour = int(m.group("h"))
    if hour > 12 or hour == 0:
        return None
    minute = int(m.group("m") or 0)
    pm = m.group("ampm").lower().startswith("p")
    hour = hour % 12 + (12 if pm else 0)
    return hour * 60 + minute
