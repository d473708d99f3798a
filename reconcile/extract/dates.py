"""Find calendar facts in a sentence: dates in any common form, weekdays and clock times."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace

from reconcile.fold import (
    CLOCK_AFTER,
    CLOCK_BEFORE,
    CLOCK_MINUTES,
    DAY_RANGE,
    EVENT_NUMBER,
    MILITARY_TIME,
    NOT_BEFORE,
)
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

_FULL_MONTH = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
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
            # A month alone ("by the end of August", "due in September"); abbreviations alone
            # are names or words too often ("Jan", "Mar").
            # "published in February, 58 per cent of ...": a figure that is no day or year.
            rf"\b(?P<m4>{_FULL_MONTH})\b(?![\s,]*(?:[0-3]?\d|(?:1[89]|20)\d\d)\b)",
        ]
    )
)
# Words after which a lone "May" is the month ("in May", "by early May").
_MAY_AFTER = frozenset(
    "in by since until till from of through during early late mid end next last this before "
    # "brought forward the restart to May": no verb "may" follows "to".
    "after to".split()
)
_ORDINAL_VALUE = {
    w: i
    for i, w in enumerate(
        "zeroth first second third fourth fifth sixth seventh eighth ninth tenth".split()
    )
}
_ORDINAL_VALUE["opening"] = 1  # "the opening game", "the opening day"
_CARDINAL_VALUE = {
    w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())
}
# "in the 19th minute", "on the third day": a moment counted within the story's own events.
_MOMENT = re.compile(
    # "a 29.8-second lap" is a lap's time, not the second lap.
    r"(?<!\d-)(?<!\d\s)\b(?P<n>\d{1,3}(?:st|nd|rd|th)|first|opening|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth)(?:\s+|-(?=quarter|half|round|minute))(?:(?:consecutive|straight|successive)\s+)?"
    r"(?P<unit>minute|hour|day|week|month|year|quarter|lap|round|inning|innings|half|game|"
    # "the 14th stage" = "stage 14", where the stage ends its phrase; not "her first stage
    # win" (a count of wins) nor "the first stage adaptation" (a theatre's stage).
    r"(?:stage|leg)(?=\s*[,.;:!?)]|\s+(?:of|in|on|at|when|after|before|against|with|was|is|"
    r"to|from)\b))\b"
    # "day two", "stage 4": the same as "the second day", "the fourth stage".
    rf"|{EVENT_NUMBER}"
    # "Q2" with no year: the quarter of the story's own year; "the final quarter of the year".
    r"|\b(?P<q>Q)(?P<qn>[1-4])\b(?![\s-]*(?:1[89]|20)\d\d)"
    r"|\b(?:last|final)\s+(?P<fin>quarter|half)\s+of\s+(?:the|this|that|last|next)\s+year\b"
    # "the first six months of the scheme": its first half.
    r"|\bfirst\s+(?P<nm2>three|six|3|6)\s+months\b"
    # "the 38th of 58 laps": the 38th lap.
    r"|\b(?P<nof>\d{1,3}(?:st|nd|rd|th))\s+of\s+(?:the\s+)?\d{1,3}\s+(?P<unitof>laps|rounds|stages|games)\b",
    re.IGNORECASE,
)
# A weekday with the part of the day it names ("late Monday", "Tuesday afternoon").
_WEEKDAY = re.compile(
    r"\b(?:(?P<pre>(?i:early|late))\s+(?:on\s+)?)?(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    r"(?:\s+(?P<post>(?i:morning|afternoon|evening|night|night-time|overnight)))?\b"
)
_OF_THE_YEAR = re.compile(r"\s+of\s+(?:the|this)\s+year\b", re.IGNORECASE)
_OVERNIGHT_INTO = re.compile(r"\bovernight\s+(?:in)?to\s+$", re.IGNORECASE)
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
# Part of a year, as the months it can mean: "mid-2026", "the end of 2026", "Q1 2026", "the
# first half of 2026". A writer's "end of the year" is its last quarter; "mid" its middle third.
_YEAR_PART = re.compile(
    r"\b(?:(?P<pre>early|mid|late|end(?=-)|start(?=-))[\s-]+"
    r"|(?:the\s+)?(?P<edge>end|close|start|beginning|middle)\s+of\s+"
    r"|(?:the\s+)?(?P<nth>first|second|third|fourth|last|final)\s+(?P<span>half|quarter)\s+of\s+"
    # "the first three months of 2027": its first quarter.
    r"|(?:the\s+)?(?P<lead>first|last|final)\s+(?P<nm>three|six|nine|3|6|9)\s+months\s+of\s+"
    r"|(?P<q>Q[1-4]|H[12])\s+)(?P<year>(?:1[89]|20)\d\d)\b",
    re.IGNORECASE,
)
_MONTH_RANGE = re.compile(
    rf"\b(?P<between>between\s+)?(?P<r1>{_FULL_MONTH})\s*(?(between)and|(?:-|–|to|through))\s*"
    rf"(?P<r2>{_FULL_MONTH})\b"
    r"(?:,?\s+(?P<ry>(?:1[89]|20)\d\d)\b)?"
)
_DAY_RANGE = re.compile(DAY_RANGE)
_YEAR_PART_MONTHS = {
    "early": (1, 4),
    "start": (1, 3),
    "beginning": (1, 3),
    "mid": (5, 8),
    "middle": (5, 8),
    "late": (9, 12),
    "end": (10, 12),
    "close": (10, 12),
}
_MONTH_PART = re.compile(
    r"\b(?:(?P<pre>early|mid|late)[\s-]+"
    r"|(?:the\s+)?(?P<edge>end|close|start|beginning|middle)\s+of\s+)$",
    re.IGNORECASE,
)
_MONTH_PARTS = {
    "early": "start",
    "start": "start",
    "beginning": "start",
    "mid": "middle",
    "middle": "middle",
    "late": "end",
    "end": "end",
    "close": "end",
}
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 0, "final": 0}
# Seasons, compared with seasons only (the hemisphere decides which months they are). "Fall"
# is a season only where nothing else can be meant ("this fall", "fall 2026").
_HEMISPHERE = re.compile(r"\b(southern|northern)(?:\s+hemisphere(?:['’]s)?)?\s+$", re.IGNORECASE)
_SEASON = re.compile(
    r"(?<!\bhot\s)(?<!\bmineral\s)(?<!\ba\s)"
    r"\b(?:(?P<y1>(?:1[89]|20)\d\d)\s+)?(?P<season>spring|summer|autumn|winter"
    r"|(?<=this\s)fall|(?<=last\s)fall|(?<=next\s)fall|fall(?=\s+(?:of\s+)?(?:1[89]|20)\d\d))"
    # "over four summers"; not "springs", which are water more often than seasons.
    r"(?:(?<=summer|winter|autumn)s)?(?:\s+(?:of\s+)?(?P<y2>(?:1[89]|20)\d\d))?\b"
)
# The tropics' two seasons: "the rainy season" is the wet one.
_WET_DRY = re.compile(r"\b(wet|rainy|dry)\s+season\b", re.IGNORECASE)
_TIME = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.|[ap]m\b)"
    r"|\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)\b(?!:\d)"
    r"(?=\s*(?:GMT|UTC|(?-i:[A-Z]{2,4}T)|local|hours|h\b))"
    # "at 09:00", "shortly before 17:50": a clock time after a word that places it in time.
    r"|(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bfrom\s)"
    r"|(?<=\babout\s)|(?<=\baround\s)|(?<=\bto\s)|(?<=\bbetween\s)|(?<=\bsince\s)"
    # "until 18:00 rather than 16:30", "instead of 16:30": the time it replaces.
    r"|(?<=\bthan\s)|(?<=\binstead\sof\s)"
    # "between 17:00 and 20:00": the second time after the first.
    r"|(?<=:\d\d\sand\s))"
    r"(?P<h0>[01]?\d|2[0-3]):(?P<m0>[0-5]\d)\b(?!:\d)(?!\s*[ap]\.?m)"
    # Military style, "1500 local time", "0930 GMT".
    rf"|{MILITARY_TIME}",
    re.IGNORECASE,
)


_ZONE = re.compile(r"\s*(?i:(GMT|UTC|local\s+time)\b)|\s*\b([A-Z]{2,4}T|Z)\b")
_ZONES = {"GMT": "UTC", "Z": "UTC", "LOCAL TIME": "local"}


# A part of the day without a weekday ("told reporters in the morning", "by midday"); compared
# only with another such part, never reported as dropped.
_DAYPART = re.compile(
    r"\b(?:(?:in|during)\s+the\s+|this\s+|yesterday\s+|tomorrow\s+|by\s+)"
    r"(?P<p>(?:(?:early|late)\s+)?(?:morning|afternoon)|evening)\b"
    r"|\b(?P<prep>by|at|before|after|around|until|from)\s+(?P<p2>midday|noon|midnight)\b"
    # "on an evening flight", "a morning session": when the thing named took place.
    r"|\ban?\s+(?P<p3>(?:(?:early|late)\s+)?(?:morning|afternoon)|evening)(?=\s+[a-z]{3,}\b)",
    re.IGNORECASE,
)
# Cheap tests that skip the costlier patterns in the many sentences without what they need.
_DAYPART_HINT = re.compile(r"morning|afternoon|evening|midday|noon|midnight", re.IGNORECASE)
_YEAR_HINT = re.compile(r"(?:1[89]|20)\d\d")
_SEASON_HINT = re.compile(r"spring|summer|autumn|winter|fall", re.IGNORECASE)
_TIME_HINT = re.compile(
    r"\d[:.]?\d*\s*(?:[ap]\.?m\b|GMT|UTC|local|hours|hrs|h\b|[A-Z]{2,4}T)|\d:\d\d"
    r"|\b0\d{3}\b"  # "from 2300 to 0600": a clock's leading zero
)
_TIME_HEDGE = re.compile(
    r"\b(about|around|approximately|roughly|some|nearly|almost"
    # "shortly after 4 p.m.": a little later than the time given.
    r"|(?:shortly|just|soon)\s+after|(?:shortly|just)\s+before)\s+$",
    re.I,
)


def _time_hedge(text: str, offset: int, start: int) -> tuple[tuple[str, str], ...]:
    """Return the hedge before a time ("around 8.50pm"), checked like one on a quantity."""
    hedge = _TIME_HEDGE.search(text, max(0, start - 16), start)
    if hedge is None:
        return ()
    word = re.sub(r"\s+", " ", hedge.group(1).lower())
    return (("hedge", word), ("hedge_start", str(offset + hedge.start(1))))


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
        if m.group("m4"):
            shown = m.group("m4")  # a month alone: "August", not "????-08"
        if (m.group("m4") or m.group("m3")) and (
            within := _MONTH_PART.search(text, max(0, m.start() - 20), m.start())
        ):
            # "by the end of March", "mid-March": a part of the month, compared with another.
            word = (within.group("pre") or within.group("edge")).lower()
            attrs = (*attrs, ("month_part", _MONTH_PARTS[word]))
            fact = _fact(m, offset, "date", value, f"{word} {shown}", attrs)
            start = within.start()
            facts.append(replace(fact, start=offset + start, text=text[start : m.end()]))
            continue
        facts.append(_fact(m, offset, "date", value, shown, attrs))
    if facts:
        facts.extend(_other_days(text, offset, facts))
    for m in _WEEKDAY.finditer(text):
        day = m.group("day")
        part = (m.group("pre") or m.group("post") or "").lower()
        shown = f"{day} ({part})" if part else day
        value = day
        if not part and _OVERNIGHT_INTO.search(text, max(0, m.start() - 16), m.start()):
            # "fell overnight into Thursday" = "during Wednesday night", as "early Thursday"
            # is not (the same reading as "Wednesday night" against "early Thursday").
            value = _WEEKDAYS[(_WEEKDAYS.index(day.capitalize()) - 1) % 7]
            part, shown = "night", f"{value} (night; overnight into {day})"
        facts.append(_fact(m, offset, "weekday", value, shown, (("part", part),) if part else ()))
    for m in _DAYPART.finditer(text) if _DAYPART_HINT.search(text) else ():
        part = re.sub(r"\s+", " ", (m.group("p") or m.group("p2") or m.group("p3")).lower())
        if (m.group("prep") or "").lower() in ("before", "after"):
            # "shortly before noon" and "shortly after midday" are two times.
            part = f"{m.group('prep').lower()} {'noon' if part == 'midday' else part}"
        if any(f.start - offset <= m.start() < f.end - offset for f in facts):
            continue  # "on Tuesday in the morning" is read with the weekday
        part_fact = _fact(m, offset, "daypart", "", part, (("part", part),))
        facts.append(part_fact)
    year_parts = list(_YEAR_PART.finditer(text)) if _YEAR_HINT.search(text) else []
    for m in year_parts:
        first, last = _year_part(m)
        year = m.group("year")
        value = "|".join(f"{year}-{month:02d}" for month in range(first, last + 1))
        shown = f"{year}-{first:02d} to {year}-{last:02d}"
        # Drop the bare month or year-date this match already covers.
        facts = [f for f in facts if not (m.start() <= f.start - offset < m.end())]
        # A quarter or half is a stated span of months: "the first quarter of 2026" is not
        # "the first half of 2026", though one lies in the other; "early 2026" is loose.
        exact = not (m.group("pre") or m.group("edge"))
        facts.append(_fact(m, offset, "date", value, shown, (("span", "exact"),) if exact else ()))
    has_month = any(f.key == "date" for f in facts)
    for m in _MONTH_RANGE.finditer(text) if has_month else ():
        # "October-December", "from January to March 2026": the months between, as a span.
        first, last = _MONTHS[m.group("r1")[:3].lower()], _MONTHS[m.group("r2")[:3].lower()]
        if last <= first:
            continue
        year = m.group("ry") or "????"
        value = "|".join(f"{year}-{month:02d}" for month in range(first, last + 1))
        facts = [f for f in facts if not (m.start() <= f.start - offset < m.end())]
        shown = f"{year}-{first:02d} to {year}-{last:02d}"
        facts.append(_fact(m, offset, "date", value, shown, (("span", "exact"),)))
    for m in _SEASON.finditer(text) if _SEASON_HINT.search(text) else ():
        if m.start() > 0 and text[m.start() - 1].isupper():
            continue
        season = "autumn" if m.group("season").lower() == "fall" else m.group("season").lower()
        year = m.group("y1") or m.group("y2") or "????"
        shown = season if year == "????" else f"{season} {year}"
        half = _HEMISPHERE.search(text, max(0, m.start() - 30), m.start())
        # "the southern summer of 2026": whose summer, when the story says.
        attrs = (("hemisphere", half.group(1).lower()),) if half else ()
        shown = f"{half.group(1).lower()} {shown}" if half else shown
        facts.append(_fact(m, offset, "season", f"{year}-{season}", shown, attrs))
    for m in _WET_DRY.finditer(text) if "season" in text else ():
        season = "dry season" if m.group(1).lower() == "dry" else "wet season"
        facts.append(_fact(m, offset, "season", f"????-{season}", season, ()))
    for m in _TIME.finditer(text) if _TIME_HINT.search(text) else ():
        minutes = _minutes(m)
        if minutes is None:
            continue
        shown = f"{minutes // 60:02d}:{minutes % 60:02d}"
        value = shown
        h0 = m.group("h0")
        part = _DAYPART_AFTER.match(text, m.end())
        if h0 is not None and not h0.startswith("0") and 1 <= int(h0) <= 12 and part:
            # "around 9:40 in the evening" = 21:40; "at 2:15 in the morning" = 02:15.
            hour = int(h0) % 12
            said = (part.group("part") or "night").lower()
            if said != "morning" and not (said == "night" and hour < 6):
                hour += 12
            shown = value = f"{hour:02d}:{minutes % 60:02d}"
        elif h0 is not None and not h0.startswith("0") and 1 <= int(h0) <= 12:
            # "about 9:15" with no a.m. or p.m.: either, until the other version says which.
            later = minutes + (12 * 60 if int(h0) < 12 else -12 * 60)
            value = "|".join(sorted({shown, f"{later // 60:02d}:{later % 60:02d}"}))
            shown = value.replace("|", " or ")
        hedged = _time_hedge(text, offset, m.start())
        zone = _ZONE.match(text, m.end())
        if zone is not None:
            # "6:40 local time" and "04:40 GMT": which clock a time is read on.
            said = re.sub(r"\s+", " ", (zone.group(1) or zone.group(2)).upper())
            said = _ZONES.get(said, said)
            hedged = tuple(sorted((*hedged, ("zone", said))))
        facts.append(_fact(m, offset, "time", value, shown, hedged))
    for m in _SPOKEN_TIME.finditer(text) if ("past" in text or "to" in text) else ():
        if m.group("part").lower() in CLOCK_MINUTES and not (
            m.group("when")
            or (
                _CLOCK_BEFORE.search(text, max(0, m.start() - 8), m.start())
                and _CLOCK_AFTER.match(text, m.end())
            )
        ):
            # "voted ten to six", "at five to six days", "around ten to one by men": a count,
            # a range, a ratio; "at twenty past four." a time.
            continue
        facts.append(_spoken_time(m, text, offset))
    for m in _MOMENT.finditer(text):
        if any(p.start() <= m.start() < p.end() for p in year_parts):
            continue  # "the first half of 2026" is a part of a year, not a moment
        if _EVERY_BEFORE.search(text, max(0, m.start() - 7), m.start()):
            continue  # "every third year": how often, which the numbers read
        if _AND_A_HALF.match(text, m.end()):
            continue  # "their first year and a half": a span of 18 months, which numbers read
        if m.group("q"):
            n, unit = int(m.group("qn")), "quarter"
        elif m.group("fin"):
            unit = m.group("fin").lower()
            n = 4 if unit == "quarter" else 2
        elif m.group("nm2"):
            unit, n = ("quarter" if m.group("nm2") in ("three", "3") else "half"), 1
        elif m.group("nof"):
            n, unit = int(re.sub(r"\D", "", m.group("nof"))), m.group("unitof").lower()[:-1]
        elif m.group("unit2"):
            word = m.group("n2").lower()
            n = int(word) if word.isdigit() else _CARDINAL_VALUE[word]
            unit = m.group("unit2").lower()
        else:
            n = _ORDINAL_VALUE.get(m.group("n").lower()) or int(re.sub(r"\D", "", m.group("n")))
            unit = m.group("unit").lower()
        edge = _QUARTER_EDGE.search(text, max(0, m.start() - 20), m.start())
        if unit == "quarter" and edge and 1 <= n <= 4:
            # "by the end of the third quarter" is "by the end of September".
            start = edge.group(1).lower() != "end"
            month = 3 * n - 2 if start else 3 * n
            part = "start" if start else "end"
            shown = f"{part} {calendar.month_name[month]}"
            fact = _fact(m, offset, "date", f"????-{month:02d}", shown, (("month_part", part),))
            facts.append(
                replace(fact, start=offset + edge.start(), text=text[edge.start() : m.end()])
            )
            continue
        if unit == "half" and n in (1, 2) and (m.group("fin") or _OF_THE_YEAR.match(text, m.end())):
            # "the first half of the year": months of the story's own year, as "between
            # January and June" gives them; "the second half" alone is a half of play.
            # (Quarters stay moments, as "Q2" and "first-quarter results" are read alike.)
            first, last = 6 * (n - 1) + 1, 6 * n
            value = "|".join(f"????-{month:02d}" for month in range(first, last + 1))
            shown = f"{calendar.month_name[first]} to {calendar.month_name[last]}"
            facts.append(_fact(m, offset, "date", value, shown, (("span", "exact"),)))
            continue
        shown = f"{unit} {n}"
        facts.append(_fact(m, offset, "moment", f"{unit}-{n}", shown, ()))
    facts = [_hedged(text, offset, f) for f in facts]
    facts.sort(key=lambda f: f.start)
    return facts


_QUARTER_EDGE = re.compile(r"\b(?:the\s+)?(end|start|beginning)\s+of\s+(?:the\s+)?$", re.I)


# A bound on a date: "until at least Sunday", "as early as Friday", "no later than 2030".
_DATE_HEDGE = re.compile(
    r"\b(?P<h>at\s+least|as\s+early\s+as|as\s+late\s+as|no\s+(?:earlier|sooner)\s+than|"
    r"no\s+later\s+than)"
    # "closed at least until Monday": the bound before "until" holds the day.
    r"\s+(?:until\s+|till\s+)?(?:the\s+|on\s+)?$",
    re.IGNORECASE,
)
# The same bound after the date: "until Friday at the earliest".
_DATE_HEDGE_AFTER = re.compile(r"\s+at\s+the\s+(?P<h>earliest|latest)\b", re.IGNORECASE)


def _hedged(text: str, offset: int, f: Fact) -> Fact:
    """Return ``f`` with the bound a writer put before it, if any."""
    if f.attr("hedge") or f.key not in ("date", "weekday", "season", "moment"):
        return f
    start = f.start - offset
    m = _DATE_HEDGE.search(text, max(0, start - 25), start)
    if m is not None:
        hedge = re.sub(r"\s+", " ", m.group("h").lower())
        if hedge in ("no earlier than", "no sooner than"):
            hedge = "at least"  # "resume no earlier than Monday"
        elif hedge == "no later than":
            hedge = "as late as"  # "due no later than May 2027" = "by May 2027 at the latest"
        attrs = (*f.attrs, ("hedge", hedge), ("hedge_start", str(offset + m.start("h"))))
        return replace(f, attrs=tuple(sorted(attrs)))
    m = NOT_BEFORE.search(text, max(0, start - 70), start)
    if m is not None:
        attrs = (*f.attrs, ("hedge", "at least"), ("hedge_start", str(offset + m.start())))
        return replace(f, attrs=tuple(sorted(attrs)))
    after = _DATE_HEDGE_AFTER.match(text, f.end - offset)
    if after is None:
        return f
    hedge = "at least" if after.group("h").lower() == "earliest" else "as late as"
    attrs = (*f.attrs, ("hedge", hedge), ("hedge_start", str(f.start)))
    return replace(f, attrs=tuple(sorted(attrs)))


_DAYPART_AFTER = re.compile(
    r"\s+(?:in\s+the\s+(?P<part>morning|afternoon|evening)|at\s+night)\b", re.IGNORECASE
)
# "a quarter past six in the morning" = 06:15; "half past ten" is 10:30 or 22:30.
_HOUR_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()
_SPOKEN_TIME = re.compile(
    rf"\b(?:a\s+)?(?P<part>quarter|half|{'|'.join(CLOCK_MINUTES)})\s+(?P<dir>past|to)\s+"
    # Not "the fourth quarter to 1.12 billion euros": a figure, not an hour.
    rf"(?P<h>1[0-2]|[1-9]|{'|'.join(_HOUR_WORDS)})\b(?![.,]\d|\s+(?:million|billion|percent|per\s+cent)\b|%)"
    r"(?:\s+(?P<when>in\s+the\s+(?P<day>morning|afternoon|evening)|at\s+night|[ap]\.?m\b\.?))?",
    re.IGNORECASE,
)


_EVERY_BEFORE = re.compile(r"\bevery\s+$", re.IGNORECASE)
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)
_CLOCK_AFTER = re.compile(CLOCK_AFTER, re.IGNORECASE)
_CLOCK_BEFORE = re.compile(rf"\b(?:{'|'.join(CLOCK_BEFORE)})\s+$", re.IGNORECASE)
# Minutes past or to the hour, in words: "a quarter past six", "twenty past four" is 4:20.
_PAST = {"quarter": 15, "half": 30, **CLOCK_MINUTES}


def _spoken_time(m: re.Match[str], text: str, offset: int) -> Fact:
    """Return the time a spoken clock time names, both readings if the half of day is unsaid."""
    raw = m.group("h").lower()
    hour = int(raw) if raw.isdigit() else _HOUR_WORDS.index(raw) + 1
    minutes = (hour % 12) * 60 + _PAST[m.group("part").lower()] * (
        1 if m.group("dir").lower() == "past" else -1
    )
    when = (m.group("when") or "").lower()
    # "at night" is evening until midnight: "half past twelve at night" is 00:30.
    night = when.startswith("at") and 6 <= hour < 12
    day = (m.group("day") or "").lower()
    later = night or when.startswith("p") or day in ("afternoon", "evening")
    minutes %= 720  # "a quarter to twelve" is 11:45
    readings = {minutes + (720 if later else 0)} if when else {minutes, minutes + 720}
    shown = " or ".join(f"{t // 60 % 24:02d}:{t % 60:02d}" for t in sorted(readings))
    return _fact(
        m, offset, "time", shown.replace(" or ", "|"), shown, _time_hedge(text, offset, m.start())
    )


def _other_days(text: str, offset: int, dates: list[Fact]) -> list[Fact]:
    """Return the day of a range in one month that stands apart from the month's name.

    "from December 9 to 14" gives 14 December as well as the 9th; a year after the range
    ("December 9 to 14, 2025") completes both days, so the month's own date in ``dates`` is
    replaced by the one with the year.
    """
    found: list[Fact] = []
    for m in _DAY_RANGE.finditer(text):
        group = "da" if m.group("da") else "db"
        month_at = offset + m.start("ma" if group == "da" else "mb")
        told = next((f for f in dates if f.start <= month_at < f.end and f.key == "date"), None)
        if told is None or not isinstance(told.value, str) or len(told.value) != 10:
            continue
        day = int(m.group(group))
        if not 1 <= day <= 31 or told.attr("ambiguous"):
            continue
        year = m.group("ya") or told.value[:4]
        value = f"{year}-{told.value[5:7]}-{day:02d}"
        if year != told.value[:4]:
            dates[dates.index(told)] = replace(
                told, value=year + told.value[4:], display=year + told.value[4:]
            )
        found.append(
            Fact(
                Kind.DATE,
                offset + m.start(group),
                offset + m.end(group),
                m.group(group),
                "date",
                value,
                value,
            )
        )
    return found


def _fact(
    m: re.Match[str],
    offset: int,
    key: str,
    value: str,
    shown: str,
    attrs: tuple[tuple[str, str], ...],
) -> Fact:
    return Fact.matched(Kind.DATE, m, offset, key, value, shown, attrs)


def _year_part(m: re.Match[str]) -> tuple[int, int]:
    """Return the first and last month a part of a year can mean."""
    if m.group("q"):
        n = int(m.group("q")[1])
        return (3 * n - 2, 3 * n) if m.group("q")[0].upper() == "Q" else (6 * n - 5, 6 * n)
    if m.group("lead"):
        n = {"three": 3, "six": 6, "nine": 9}.get(m.group("nm").lower()) or int(m.group("nm"))
        return (1, n) if m.group("lead").lower() == "first" else (13 - n, 12)
    if m.group("nth"):
        size = 6 if m.group("span").lower() == "half" else 3
        n = _NTH[m.group("nth").lower()] or 12 // size
        n = min(n, 12 // size)
        return size * (n - 1) + 1, size * n
    return _YEAR_PART_MONTHS[(m.group("pre") or m.group("edge")).lower()]


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
    if g["m4"]:
        before = m.string[max(0, m.start() - 20) : m.start()].lower().split()
        if g["m4"] == "May" and not (before and before[-1].rstrip("-") in _MAY_AFTER):
            return []  # "May" alone is the verb more often than the month
        opening = m.string[max(0, m.start() - 2) : m.start()].strip() in ("", ".", '"', "“")
        if opening and g["m4"] in ("March", "May"):
            return []  # "March" opening a sentence is as often the verb or a name
        return _valid("????", _MONTHS[g["m4"][:3].lower()], None)
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
    if m.group("h0") is not None:
        return int(m.group("h0")) * 60 + int(m.group("m0"))
    if m.group("hm") is not None:
        return int(m.group("hm")) * 60 + int(m.group("mm"))
    hour = int(m.group("h"))
    if hour > 12 or hour == 0:
        return None
    minute = int(m.group("m") or 0)
    pm = m.group("ampm").lower().startswith("p")
    hour = hour % 12 + (12 if pm else 0)
    return hour * 60 + minute
