"""Rules R2xx: years and durations that differ between versions."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reconcile.fold import PARTS_OF_DAY
from reconcile.model import Fact, Kind, Severity
from reconcile.rules.numbers import CALENDAR_KEYS, quantity_hits
from reconcile.rules.registry import DocFacts, Hit, Pair, Rule, Side, moved_counterpart, register

R = Severity
RULES = (
    Rule(
        "R201",
        "date-mismatch",
        Kind.DATE,
        R.ERROR,
        "A year or a duration differs between the versions.",
        flag=(
            (
                "Radiocarbon dating places the wreck between 120 and 90 BC.",
                "Radiocarbon dating places the wreck between 120 and 80 BC.",
            ),
            (
                "The keeper was attacked within seconds of entering the enclosure.",
                "The keeper was attacked within minutes of entering the enclosure.",
            ),
            (
                "Turnout was low throughout the 36-day campaign.",
                "Turnout was low throughout the five-week campaign.",
            ),
            (
                "The restaurant had lost money in each of the three previous years.",
                "The restaurant had lost money in each of the previous two years.",
            ),
            (
                "The median age of the children was 22 months.",
                "The median age of the children was two years.",
            ),
            (
                "About 4,200 swimmers used the pools in the 10 days before the closure.",
                "About 4,200 people used the pools in the fortnight before the closure.",
            ),
            (
                "The president has 15 days to sign the bill.",
                "The president has two weeks to sign the bill.",
            ),
            (
                "The shrine, dating back to the 17th century, drew 40,000 pilgrims.",
                "The shrine, which dates from the 1500s, drew 40,000 pilgrims.",
            ),
            (
                "The ban will last for 15 trading days, the regulator said.",
                "The ban runs for five weeks, the regulator said.",
            ),
            (
                "Only 310 were fitted last year, against a peak of 1,950 in 2018.",
                "Just 310 were fitted last year, against a peak of 1,950 in 2017.",
            ),
            (
                "Residents had complained for months about cracks in the walls.",
                "Residents had complained for weeks about cracks in the walls.",
            ),
            (
                "The previous worst drought, in the late 1600s, lasted eight years.",
                "The previous worst drought, in the late 1700s, lasted eight years.",
            ),
            (
                "The city still has 22,000 lead lines. The utility has replaced 3,100 lines since "
                "2021 and plans to replace the rest.",
                "The city still has 22,000 lead lines, and the utility has replaced 3,100 lines "
                "since 2022. It plans to replace the rest.",
            ),
            (
                "A team spent two summers excavating the site.",
                "A team spent three summers excavating the site.",
            ),
            ("Supplies resume in eight to ten weeks.", "Supplies resume in six to ten weeks."),
            (
                "The court cut his sentence from nine years to five on Tuesday.",
                "On Tuesday the court reduced his sentence to four years from nine.",
            ),
            (
                "Initial findings are due within six weeks, officials said.",
                "Initial findings are due within two months, officials said.",
            ),
            (
                "Hallmann was jailed for five and a half years, the court said.",
                "Hallmann was jailed for six and a half years, the court said.",
            ),
            (
                "Disruption could continue for several weeks, officials said.",
                "Disruption could go on for several months, officials said.",
            ),
            (
                "The deal must be done within four months, officials said.",
                "The deal must be done within four weeks, officials said.",
            ),
            (
                "He was stopped at 2 minutes 14 seconds of the round.",
                "He was stopped 2:41 into the round.",
            ),
            ("The tariff was imposed in 2023.", "The tariff was imposed in 2022."),
            ("The truce will last 30 days.", "The truce will last 60 days."),
            (
                "Fishmeal was up 14 percent from a week earlier, traders said.",
                "Fishmeal was up 14 per cent from a month earlier, traders said.",
            ),
            (
                "Many marshes could drown by 2050.",
                "Many marshes could drown by the end of the century.",
            ),
            (
                "The tapestry, woven in Brussels around 1545, is back on display.",
                "Woven in Brussels around 1554, the tapestry is back on display.",
            ),
        ),
        keep=(
            (
                "Crews arrived within minutes of the blast.",
                "Crews arrived within 10 minutes of the blast.",
            ),
            (
                "Lind won the sprint in 13:41 on Saturday.",
                "Lind won the sprint in 13 minutes 41 seconds on Saturday.",
            ),
            (
                "Sales in the first half reached $9.1 billion, beating the record set a year "
                "earlier.",
                "In the first six months of the year sales reached $9.1 billion, beating the "
                "record set a year earlier.",
            ),
            (
                "The shrine, dating back to the 17th century, drew 40,000 pilgrims.",
                "The shrine, which dates from the 1600s, drew 40,000 pilgrims.",
            ),
            (
                "The ban will last for 15 trading days, the regulator said.",
                "The ban runs for three weeks, the regulator said.",
            ),
            (
                "Ferrand shares fell 9 percent in two sessions.",
                "Ferrand shares fell 9 per cent in two days.",
            ),
            (
                "Output in the 2025 harvest will fall to 1,900 tonnes, down from 2,300 tonnes "
                "last year.",
                "Output in this year's harvest will fall to 1,900 tonnes, from 2,300 tonnes in "
                "2024.",
            ),
            (
                "He won a final that lasted 94 minutes.",
                "He won a final lasting an hour and 34 minutes.",
            ),
            (
                "It delivered 312,000 cars last year, up 18% from 2024.",
                "It delivered 312,000 cars in 2025, 18% more than the previous year.",
            ),
            (
                "Preparing the fossil was a process that took 14 months.",
                "Preparing the fossil took a year and two months.",
            ),
            (
                "The court cut his sentence from nine years to five on Tuesday.",
                "On Tuesday the court reduced his sentence to five years from nine.",
            ),
            (
                "The campaign will run for six weeks, officials said.",
                "The campaign will run for a month and a half, officials said.",
            ),
            ("The loan runs for 24 months.", "The loan runs for two years."),
            (
                "Repairs to the cable will take about 12 weeks.",
                "Repairs to the cable will take roughly three months.",
            ),
            (
                "Permits fell 17.5% in the first eight months of the year.",
                "Permits were issued between January and August, a 17.5% drop from a year earlier.",
            ),
            (
                "Incidents more than doubled between 2019 and 2024, reaching 87 last year.",
                "Incidents more than doubled in the five years to 2024, when they reached 87.",
            ),
            (
                "The route should be profitable by the end of 2025.",
                "The route should be profitable before 2026.",
            ),
        ),
    ),
    Rule(
        "R202",
        "date-reworded",
        Kind.DATE,
        R.INFO,
        'The same year or duration is written differently ("24 months" and "two years").',
        flag=(
            ("The loan runs for 24 months.", "The loan runs for two years."),
            (
                "Pupils slept 34 minutes longer.",
                "Pupils slept more than half an hour longer.",
            ),
        ),
        keep=(("The loan runs for 24 months.", "The loan runs for 24 months."),),
    ),
    Rule(
        "R203",
        "date-dropped",
        Kind.DATE,
        R.WARNING,
        "A year or duration in A has no counterpart anywhere in B.",
        flag=(
            ("Shipments stopped in 2023 after the tariff.", "Shipments stopped after the tariff."),
        ),
        keep=(
            (
                "It is the biggest order in its 64-year history.",
                "It is the biggest order the 64-year-old company has ever won.",
            ),
            (
                "Sandmann expects the sale to close in the third quarter of 2025, the company "
                "said in 2025.",
                "Sandmann expects the sale to close between July and September, the company said "
                "in 2025.",
            ),
            (
                "The club signed a 10-year contract with the brewer.",
                "The club signed its decade-long contract with the brewer.",
            ),
            (
                "The deal came after two weeks of talks on a 10-year moratorium.",
                "The deal came following a fortnight of negotiations on a decade-long moratorium.",
            ),
            (
                "The clock would lose less than one second in 30 billion years.",
                "The clock would drift by under a second in 30 billion years.",
            ),
            (
                "Shares posted their biggest one-day gain since March.",
                "Shares had their best day since March.",
            ),
            (
                "Redmoor won the cup in 2021 and 2023.",
                "Redmoor won the cup in 2021 and again two years later.",
            ),
            (
                "Patrols will run 24 hours a day along the border.",
                "Patrols will run round the clock along the border.",
            ),
            (
                "The premier faces a general election in September 2026.",
                "The premier faces voters next September.",
            ),
            (
                "They dug over four summers.",
                "They dug over four summer field seasons.",
            ),
            (
                "It was the contract's biggest one-day drop since 2023.",
                "It was the contract's steepest daily decline since 2023.",
            ),
            (
                "Traffic fell 40% during the first six months of the scheme.",
                "For the scheme's first half-year, traffic fell 40%.",
            ),
            ("The cut will run for six months.", "The cut covers the first half of 2027."),
            (
                "The rainy season began late by two weeks this year.",
                "The rainy season began a fortnight late this year.",
            ),
            (
                "Shares posted their biggest one-day gain since March 2022.",
                "Shares posted their largest daily advance since March 2022.",
            ),
            ("Shipments stopped in 2023.", "In 2023 shipments stopped."),
            (
                "Annual inflation stood at 5.4 percent in August.",
                "Prices were 5.4% higher in August than a year earlier.",
            ),
            (
                "Trains will run every 90 seconds at peak times.",
                "Trains will run every minute and a half at peak times.",
            ),
            (
                "The operator will run the line for the first 10 years.",
                "The operator will run the line for its first decade.",
            ),
            (
                "The vans saw 4,000 patients in their first 18 months.",
                "The vans saw 4,000 patients in their first year and a half.",
            ),
            (
                "Stocks fell to their lowest level in 12 years.",
                "Stocks fell to their lowest since 2013.",
            ),
            (
                "The sale will close in the third quarter of 2025.",
                "The sale will close between July and September.",
            ),
            (
                "Cases rose to 212, up from 147 a year earlier.",
                "Cases rose to 212, compared with 147 the year before.",
            ),
            (
                "Shares rose to their highest in 14 months.",
                "Shares rose to the highest level since April 2024.",
            ),
            (
                "Many marshes could drown by 2100.",
                "Many marshes could drown by the end of the century.",
            ),
            (
                "The line carries roughly 40 million tonnes of coal a year to Port Callis.",
                "The line hauls around 40 million tonnes of coal each year to Port Callis.",
            ),
            (
                "The 16th-century tapestry is back on display.",
                "The sixteenth-century tapestry is back on display.",
            ),
            (
                "It was the deadliest single day on the coast since 2009.",
                "No day on the coast had been deadlier since 2009.",
            ),
            (
                "Ticket revenue climbed to 31.5 million euros, up from 26.2 million euros a "
                "year earlier.",
                "Ticket revenue rose to €31.5m, up from €26.2m.",
            ),
            (
                "Shearers came from New Zealand in the 1990s.",
                "Shearers came from New Zealand in the nineties.",
            ),
            (
                "The repository will take 18 months to build.",
                "The repository will take a year-and-a-half to build.",
            ),
            (
                "Rainfall was 38% above normal over the six months.",
                "Over the half-year, rainfall was 38 percent above normal.",
            ),
        ),
    ),
    Rule(
        "R204",
        "date-added",
        Kind.DATE,
        R.WARNING,
        "A year or duration in B has no counterpart anywhere in A.",
        flag=(
            ("Shipments stopped after the tariff.", "Shipments stopped in 2023 after the tariff."),
        ),
        keep=(
            (
                "A second machine is due to arrive from Germany in January.",
                "A second machine is due to arrive from Germany in January 2026.",
            ),
            (
                "Solmara had cash of 1.35 billion euros in December, it said in its 2024 report.",
                "Solmara had cash of 1.35 billion euros at end-2024, it said in its 2024 report.",
            ),
            (
                "Cobalt was down 4.2 percent on the day and 37 percent since January.",
                "Cobalt suffered a daily fall of 4.2 per cent, taking its decline since January "
                "to 37 per cent.",
            ),
            (
                "Prices fell 3% from the previous sale a fortnight ago.",
                "Prices fell 3% from the sale two weeks earlier.",
            ),
            (
                "Symptoms usually appear between two and 10 days after exposure.",
                "Symptoms usually appear between 2 and 10 days after exposure.",
            ),
            (
                "The plant, announced in 2026, starts production in September.",
                "The plant, announced in 2026, starts production in September 2026.",
            ),
            ("Shipments stopped in 2023.", "In 2023 shipments stopped."),
            (
                "Shares fell 9%, their steepest fall since the company listed in June 2016.",
                "Shares fell 9%, the biggest one-day drop since its June 2016 listing.",
            ),
            (
                "The vote would be held on Thursday, the speaker said on Tuesday.",
                "The vote would take place in two days' time, the speaker said on Tuesday.",
            ),
            (
                "The bill extends the deadline to two working days from one.",
                "The bill extends the deadline from one working day to two.",
            ),
            (
                "Growers destroyed 40,000 plants in the week to Wednesday.",
                "Growers destroyed 40,000 plants in the seven days to Wednesday.",
            ),
            (
                "Each flash lasted less than a millisecond.",
                "Each flash lasted under a thousandth of a second.",
            ),
        ),
    ),
    Rule(
        "R205",
        "date-moved",
        Kind.DATE,
        R.INFO,
        "A year or duration of the aligned passage appears in another part of the other version.",
        flag=(("Exports fell in 2023. Prices rose.", "Exports fell. Prices rose in 2023."),),
        keep=(("Exports fell in 2023.", "Exports fell in 2023."),),
    ),
)
_CODES = {
    "differs": "R201",
    "reworded": "R202",
    "rounded": "R202",
    "dropped": "R203",
    "added": "R204",
    "moved": "R205",
    "points": "R201",
}


RELATIVE_RULES = (
    Rule(
        "R211",
        "date-relative",
        Kind.DATE,
        R.INFO,
        'One version gives a date or year where the other says it relatively ("last year", '
        '"by the end of the month"); equal if the story\'s own date agrees.',
        flag=(("Exports rose 4% last year.", "Exports rose 4% in 2024."),),
        keep=(("Exports rose 4% in 2024.", "Exports rose 4% in 2024."),),
    ),
)


@register(*RULES, *RELATIVE_RULES)
def check_dates(pair_: Pair) -> Iterator[Hit]:
    """Compare the years and durations of the two sides of an aligned group."""
    for hit in quantity_hits(pair_, Kind.DATE, _CODES):
        if hit.code == "R201" and _one_compared(hit):
            continue  # "in the first eight months" and "from a year earlier": not one span
        if hit.code == "R201" and _year_end_before_next(hit, pair_):
            continue  # "by the end of 2025" and "before 2026": one deadline
        hit = _relative(hit, pair_)
        if hit.code in ("R203", "R204") and _completes_date(hit, pair_):
            continue  # "in January" and "in January 2026": the same date, R208 says so
        yield hit


def _end_said_before(x: Fact, other: Side, other_text: str) -> bool:
    """Return whether one side's "the end of 2025" is the other's "before 2026"."""
    m = re.match(r"(\d{4})-1[0-2](?:\||$)", str(x.value))
    if x.key != "date" or m is None or "end" not in x.text.lower():
        return False
    return any(
        f.key == "year"
        and f.value == float(m.group(1)) + 1
        and _BEFORE_YEAR.search(other_text, max(0, f.start - 8), f.start) is not None
        for f in other.facts
    )


_END_OF_BEFORE = re.compile(r"\b(?:the\s+)?end\s+of\s+$", re.IGNORECASE)
_BEFORE_YEAR = re.compile(r"\bbefore\s+$", re.IGNORECASE)


def _year_end_before_next(hit: Hit, pair_: Pair) -> bool:
    """Return whether "the end of 2025" on one side is "before 2026" on the other."""
    x, y = hit.a, hit.b
    if not isinstance(x, Fact) or not isinstance(y, Fact) or x.key != "year" or y.key != "year":
        return False
    for end, end_text, before, before_text in (
        (x, pair_.text_a, y, pair_.text_b),
        (y, pair_.text_b, x, pair_.text_a),
    ):
        if (
            float(before.value or 0) == float(end.value or 0) + 1
            and _END_OF_BEFORE.search(end_text, max(0, end.start - 12), end.start)
            and _BEFORE_YEAR.search(before_text, max(0, before.start - 8), before.start)
        ):
            return True
    return False


def _one_compared(hit: Hit) -> bool:
    """Return whether one side's span is the period a change is measured over and the other's not.

    "fell 17.5% in the first eight months of the year" and "a 17.5% drop from a year
    earlier": the span of the figures against the year they are set against.
    """
    marks = [isinstance(f, Fact) and bool(f.attr("compared")) for f in (hit.a, hit.b)]
    return marks[0] != marks[1]


def _completes_date(hit: Hit, pair_: Pair) -> bool:
    """Return whether a lone year is that of a date the other side gives without one."""
    year = hit.a if hit.a is not None else hit.b
    own, other = (pair_.a, pair_.b) if hit.a is not None else (pair_.b, pair_.a)
    if not isinstance(year, Fact) or year.key != "year":
        return False
    dated = [
        f
        for f in own.facts
        if f.key == "date" and f.start <= year.start and year.end <= f.end and f is not year
    ]
    # "the third quarter of 2025" and "between July and September": each month without it.
    return any(
        g.key == "date" and str(g.value) == re.sub(r"\d{4}(?=-)", "????", str(f.value))
        for f in dated
        for g in other.facts
    )


def _relative(hit: Hit, pair_: Pair) -> Hit:
    """Return ``hit`` at info when the other side states the date relatively ("last year")."""
    if hit.code == "R201" and _shifted_years(hit, pair_):
        return Hit(
            "R211",
            f"{hit.message}, but each version also counts years from its own: 'last year' and "
            "'the previous year' are the same years if the calendar agrees; check the dateline",
            hit.a,
            hit.b,
            hit.values,
            "relative",
        )
    if hit.code not in ("R203", "R204", "R209", "R210"):
        return hit
    other = pair_.b if hit.code in ("R203", "R209") else pair_.a
    fact = hit.a if hit.a is not None else hit.b
    said: re.Match[str] | Fact | None = _RELATIVE.search(other.text)
    if not said and isinstance(fact, Fact) and fact.key == "s" and isinstance(fact.value, float):
        # "after 38 minutes" against "in the 38th minute": the same moment of a match.
        minutes = f"minute-{round(fact.value / 60)}"
        said = next((f for f in other.facts if f.key == "moment" and f.value == minutes), None)
    if not said and isinstance(fact, Fact) and str(fact.value).startswith("minute-"):
        seconds = 60.0 * int(str(fact.value).split("-")[1])
        said = next((f for f in other.facts if f.key == "s" and f.value == seconds), None)
    if not said and isinstance(fact, Fact) and fact.key == "month":
        # "will run for six months" against "covers the first half of 2027": a span of months
        # the other side names by its months.
        said = next((f for f in other.facts if _months_named(f) == fact.value), None)
    if not said and isinstance(fact, Fact) and fact.key in _DAY_KEYS:
        # "on Wednesday" against "on 1 October", "in the spring" against "in March": a day or
        # a season named one way for a date named another.
        said = next(
            (f for f in other.facts if f.key in _DAY_KEYS and f.key != fact.key),
            None,
        )
    if not said and isinstance(fact, Fact):
        # "the lowest in 12 years" against "the lowest since 2013": a span back from now and
        # the year it starts, which agree if the story's year does.
        said = _span_or_since(fact, pair_, other)
    if not said and isinstance(fact, Fact) and other.sentences:
        # "from 6.1% a month earlier" against "in December": the fact itself is relative, and
        # the other side dates it.
        own_text = pair_.text_a if other is pair_.b else pair_.text_b  # the whole document
        if _RELATIVE.match(own_text, fact.start):
            # "two years later" against "in 2023" too.
            said = next((f for f in other.facts if f.key in _DAY_KEYS or f.key == "year"), None)
    if not said:
        return hit
    side = "B" if other is pair_.b else "A"
    shown = fact.text if isinstance(fact, Fact) else ""
    other_words = said.text if isinstance(said, Fact) else said.group(0)
    return Hit(
        "R211",
        f"'{shown}' where {side} says '{other_words}': the same time if the calendar agrees; "
        "check the dateline",
        hit.a,
        hit.b,
        hit.values,
        "relative",
    )


_DAY_KEYS = frozenset({"weekday", "date", "season"})
_IN_SPAN_BEFORE = re.compile(
    r"\b(?:in|for|over)\s+(?:the\s+)?(?:past\s+|last\s+|nearly\s+|almost\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
# "since 2013", "since mid-2013"; "since April 2024", the month before the year.
_SINCE_BEFORE = re.compile(
    r"\bsince\s+(?:early\s+|late\s+|mid-?)?$"
    r"|(?-i:\bsince\s+(?:early\s+|late\s+|mid-?)?[A-Z][a-z]+\s+$)",
    re.IGNORECASE,
)


def _span_or_since(fact: Fact, pair_: Pair, other: Side) -> Fact | None:
    """Return the other side's "since 2013" for this side's "in 12 years", or the reverse."""
    own_text, other_text = (
        (pair_.text_a, pair_.text_b) if other is pair_.b else (pair_.text_b, pair_.text_a)
    )

    def before(pattern: re.Pattern[str], text: str, f: Fact) -> bool:
        return pattern.search(text, max(0, f.start - 25), f.start) is not None

    wanted: tuple[str, ...]
    if fact.key == "month" and before(_IN_SPAN_BEFORE, own_text, fact):
        # The year may stand inside a date ("since April 2024").
        wanted, pattern = ("year", "date"), _SINCE_BEFORE
    elif fact.key in ("year", "date") and before(_SINCE_BEFORE, own_text, fact):
        wanted, pattern = ("month",), _IN_SPAN_BEFORE
    else:
        return None
    return next(
        (g for g in other.facts if g.key in wanted and before(pattern, other_text, g)), None
    )


_RELATIVE = re.compile(
    r"\b(?:(?:last|this|next|past|coming|previous|following)\s+(?:year|month|week|decade|"
    r"spring|summer|autumn|fall|winter|quarter|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)|(?:end|start|beginning|middle)\s+of\s+(?:the|"
    r"this|next|last)\s+(?:year|month|week)|yesterday|today|tomorrow|tonight|"
    r"earlier\s+this\s+(?:year|month|week)|an?\s+(?:year|month|week|day|decade)\s+(?:ago|earlier|"
    r"before)|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years|months|weeks|days|"
    # "in two days' time"; "the year before" = "a year earlier".
    r"decades)['’]?\s+(?:ago|earlier|later|before|after|time)"
    r"|the\s+(?:year|month|week|day)\s+(?:before|earlier)"
    r"|(?:that|the\s+same)\s+(?:year|month|week))\b",
    re.IGNORECASE,
)


CALENDAR_RULES = (
    Rule(
        "R206",
        "weekday-mismatch",
        Kind.DATE,
        R.ERROR,
        "The versions name different days of the week for the same event.",
        flag=(
            (
                "Vellmark will return about 4.2 kilometres of archives to Ondoro under an "
                "agreement signed on Wednesday, ending a long dispute. Foreign Minister Annika "
                "Holmqvist signed the accord at the palace in Port Ambeli during her first visit. "
                "Holmqvist is due to travel on Thursday to neighbouring Sabre.",
                "Vellmark has agreed to return about 4.2 km of archives to Ondoro, ending a long "
                "dispute. The deal was signed on Tuesday at the palace in Port Ambeli by foreign "
                "minister Annika Holmqvist on her first visit.",
            ),
            (
                "Lawmakers approved the budget late on Tuesday by 88 votes to 61. The opposition "
                "walked out.",
                "Lawmakers approved the budget by 88 votes to 61. The vote came on Monday night "
                "after a twelve-hour debate. The opposition walked out.",
            ),
            (
                "The council voted late on Tuesday to cut the ferry subsidy by 48%. The measure "
                "passed 23-18 after the Coast Party switched sides.",
                "The council has voted to cut the ferry subsidy by 48%. The 23-18 vote on Monday "
                "night came after the Coast Party switched sides.",
            ),
            ("The talks will resume on Thursday.", "The talks will resume on Friday."),
            (
                "The airport reopened on Tuesday afternoon.",
                "The airport reopened on Tuesday morning.",
            ),
        ),
        keep=(
            ("Putin spoke late Monday.", "Putin spoke on Monday night."),
            ("The airport reopened on Tuesday.", "The airport reopened on Tuesday morning."),
            (
                "Up to 40 cm of snow fell overnight into Thursday.",
                "Up to 40 cm of snow fell during Wednesday night.",
            ),
        ),
    ),
    Rule(
        "R207",
        "calendar-mismatch",
        Kind.DATE,
        R.ERROR,
        "A calendar date or clock time differs between the versions.",
        flag=(
            (
                "Flights are capped between 06:00 and 22:00 local time (0400-2000 GMT).",
                "Flights are capped from 0600 to 2200 local time (0500-2100 GMT).",
            ),
            (
                "The company will bring forward the restart of its mine to March.",
                "The company will bring forward the restart of its mine to May.",
            ),
            (
                "The index fell 2% last week.",
                "The index fell 2% last month.",
            ),
            (
                "The club will play in the championship from December 9 to 14.",
                "The club will play in the championship from 9 to 15 December.",
            ),
            (
                "Coalition talks with the Greens will begin this week.",
                "Coalition talks with the Greens will begin next week.",
            ),
            (
                "He resigned after a report last month.",
                "He resigned following a report two months ago.",
            ),
            (
                "The sale is expected to close in the first quarter of 2026.",
                "Completion is expected in the first half of 2026.",
            ),
            (
                "A second voyage is planned for the southern summer of 2026.",
                "Another voyage is planned for the northern summer of 2026.",
            ),
            (
                "It would deploy more air-defence units along the border by the end of October.",
                "More air-defence units would be deployed along the border before December.",
            ),
            (
                "The March contract fell 4.1%, its biggest drop since November 2023.",
                "March raw sugar fell 4.1%, its steepest decline since November 2022.",
            ),
            (
                "The last survivor was pulled out shortly after noon.",
                "The last survivor was rescued shortly before noon.",
            ),
            (
                "The ambassador left Tarvik on an evening flight.",
                "The ambassador flew out of Tarvik on a morning flight.",
            ),
            (
                "Selvane will export power during the wet season.",
                "Selvane will export power in the dry season.",
            ),
            (
                "The cut runs for six months and will be reviewed in early June.",
                "The cut covers the first half of 2027 and will be reviewed in early July.",
            ),
            (
                "The first results came in shortly after midnight, officials said.",
                "The first results came in shortly before midnight, officials said.",
            ),
            ("The plant will reopen by the end of March.", "The plant will reopen by mid-March."),
            (
                "The charge was booked in its first-quarter results.",
                "The charge was booked in its second-quarter accounts.",
            ),
            ("The vote is set for March 4, 2025.", "The vote is set for March 14, 2025."),
            ("The quake struck at 4:17 a.m.", "The quake struck at 5:17 a.m."),
            ("Ministers will decide by the end of August.", "Ministers will decide by July."),
            ("The reactor is due to start by the end of 2026.", "It is due to start by mid-2026."),
            ("The bill returns in the spring session.", "The bill returns in the autumn session."),
            (
                "The minister told reporters in the morning.",
                "The minister told reporters in the afternoon.",
            ),
            (
                "Output rose in the third year of the plan.",
                "Output rose in the plan's second year.",
            ),
            (
                "The arm of the ride snapped at about 0940 local time.",
                "The arm of the ride snapped at around 9:40 in the evening local time.",
            ),
        ),
        keep=(
            (
                "The company delivered 312,000 vehicles last year, up 18% from 2024.",
                "Deliveries totalled 312,000 in 2025; margins should improve this year.",
            ),
            (
                "A second voyage is planned for the southern summer of 2026.",
                "Another voyage is planned for the northern winter of 2026.",
            ),
            (
                "It would deploy more air-defence units along the border by the end of October.",
                "More air-defence units would be deployed along the border before November.",
            ),
            (
                "The group will close 14 stores by the end of September.",
                "The group will shut 14 outlets by the end of the third quarter.",
            ),
            (
                "Deliveries begin in the first quarter of 2027.",
                "Deliveries begin in the first three months of 2027.",
            ),
            (
                "Output fell sharply in the fourth quarter, the company said.",
                "Output fell sharply in October-December, the company said.",
            ),
            (
                "The blast happened at around 9:15 p.m. on Saturday, police said.",
                "The blast happened about 9:15 on Saturday evening, police said.",
            ),
            ("The charge was booked in the second quarter.", "The charge was booked in Q2."),
            (
                "Okafor was unbeaten on day two of the second test.",
                "Okafor was unbeaten on the second day of the second test.",
            ),
            ("The vote is set for 25/02/2025.", "The vote is set for 2025-02-25."),
            ("Adeyemi scored eight minutes after half-time.", "Adeyemi scored in the 53rd minute."),
            ("He will step down on June 30.", "He will step down at the end of June."),
            ("It landed shortly after 3 p.m. local time.", "It landed just after 1500 local time."),
            ("The lander touched down at 04:12 GMT.", "The lander touched down at 4.12am GMT."),
            ("Sales rose in the first quarter of 2026.", "Sales rose by the end of March 2026."),
            (
                "The arm of the ride snapped at about 2140 local time (1940 GMT) while it was "
                "carrying 32 passengers.",
                "The arm of the ride snapped at around 9:40 in the evening (1940 GMT) while "
                "carrying 32 passengers.",
            ),
        ),
    ),
    Rule(
        "R208",
        "calendar-reworded",
        Kind.DATE,
        R.INFO,
        'The same date or time is written in another form ("25/02/2025" and "2025-02-25", '
        '"Aug. 14" and "14 August"); an ambiguous numeric form is named as such.',
        flag=(
            ("The vote is set for 25/02/2025.", "The vote is set for 2025-02-25."),
            ("Trading resumed on Aug. 14.", "Trading resumed on 14 August."),
            (
                "The sale is expected to close in the first quarter of 2026.",
                "The sale is expected to close between January and March 2026.",
            ),
        ),
        keep=(("The vote is set for 2025-02-25.", "The vote is set for 2025-02-25."),),
    ),
    Rule(
        "R209",
        "calendar-dropped",
        Kind.DATE,
        R.WARNING,
        "A date, weekday or time in A has no counterpart anywhere in B.",
        flag=(
            (
                "Peskov told reporters on Tuesday that talks would go on.",
                "Peskov told reporters that talks would go on.",
            ),
        ),
        keep=(
            (
                "Calls peaked between 5 pm and 8 pm, when parents were cooking.",
                "Calls peaked between 17:00 and 20:00, when parents were cooking.",
            ),
            (
                "The balloon took off at about 6:15 am.",
                "The balloon took off at about a quarter past six in the morning.",
            ),
            (
                "Voters backed the change in a referendum on Sunday, officials said.",
                "Voters backed the change in Sunday's referendum, officials said.",
            ),
            ("Peskov spoke on Tuesday.", "On Tuesday, Peskov spoke."),
            (
                "The first remains will be flown home by the end of 2026.",
                "The first remains will be flown home by the close of 2026.",
            ),
            (
                "Savings should reach 30 million euros by the third year.",
                "Savings should reach 30 million euros by year three.",
            ),
            (
                "Trading will end at 6 p.m. instead of 4:30 p.m.",
                "Trading will run until 18:00 rather than 16:30.",
            ),
            (
                "He trailed Obermaier by 31 points after the first day but overtook him on "
                "Wednesday.",
                "He was 31 points behind Obermaier at the end of day one but moved ahead of "
                "him on Wednesday.",
            ),
            (
                "The portal has been down since 6 a.m. on Monday.",
                "The portal has been down since 06:00 on Monday.",
            ),
            (
                "The figures were released at 8 a.m. local time (0600 GMT).",
                "The figures were released at 0600 GMT.",
            ),
            (
                "The route should be profitable by the end of 2025.",
                "The route should be profitable before 2026.",
            ),
        ),
    ),
    Rule(
        "R210",
        "calendar-added",
        Kind.DATE,
        R.WARNING,
        "A date, weekday or time in B has no counterpart anywhere in A.",
        flag=(
            (
                "Peskov told reporters that talks would go on.",
                "Peskov told reporters on Tuesday that talks would go on.",
            ),
        ),
        keep=(
            (
                "The ceasefire took effect at midnight on Sunday.",
                "The ceasefire began at 00:00 on Sunday.",
            ),
            (
                "The ceasefire took effect at noon on Sunday.",
                "The ceasefire began at 12:00 on Sunday.",
            ),
            ("Peskov spoke on Tuesday.", "On Tuesday, Peskov spoke."),
            ("Arrieta won the 14th stage on Friday.", "Arrieta claimed stage 14 on Friday."),
            ("Cases have risen since mid-May.", "Cases have risen since the middle of May."),
        ),
    ),
    Rule(
        "R212",
        "time-zone",
        Kind.DATE,
        R.INFO,
        "Two clock times read on different clocks (local time and GMT): the same moment only if "
        "the zones are that far apart.",
        flag=(
            (
                "The blast happened at about 6:40 local time on Sunday.",
                "The blast happened at around 04:40 GMT on Sunday.",
            ),
        ),
        keep=(
            (
                "The blast happened at about 6:40 local time on Sunday.",
                "The blast happened at about 6.40am local time on Sunday.",
            ),
        ),
    ),
)


def _said_otherwise(
    f: Fact, own: list[Fact], other: list[Fact], other_side: Side, own_text: str, other_text: str
) -> bool:
    """Return whether the other side gives ``f`` in another form, so that it is not dropped.

    "at 8 a.m. local time (0600 GMT)" is kept by "at 0600 GMT"; "by the end of 2025" by
    "before 2026".
    """
    return _bracketed_kept(f, own, other, own_text) or _end_said_before(f, other_side, other_text)


_BRACKET_AFTER = re.compile(r"[^()]{0,16}\(([^()]{1,30})\)")


def _bracketed_kept(x: Fact, own: list[Fact], other: list[Fact], text: str) -> bool:
    """Return whether a time is given again in brackets, on another clock the other side keeps."""
    if x.key != "time" or (m := _BRACKET_AFTER.match(text, x.end)) is None:
        return False
    inside = [f for f in own if m.start(1) <= f.start and f.end <= m.end(1) and f.key == "time"]
    return any(f.value == g.value and g.key == "time" for f in inside for g in other)


def _other_clock(x: Fact, y: Fact, zone_x: str, zone_y: str) -> Hit:
    """Explain two times read on different clocks, with how far apart the zones must be."""
    minutes = [int(t[:2]) * 60 + int(t[3:5]) for t in (str(x.value)[:5], str(y.value)[:5])]
    apart = (minutes[0] - minutes[1]) % (24 * 60)
    apart = min(apart, 24 * 60 - apart)
    return Hit(
        "R212",
        f"time on another clock: {x.display} {zone_x} vs {y.display} {zone_y} "
        f"('{x.text}' vs '{y.text}'); the same moment only if the zones are "
        f"{apart // 60}h{apart % 60:02d} apart",
        x,
        y,
        (f"{x.display} {zone_x}", f"{y.display} {zone_y}"),
    )


@register(*CALENDAR_RULES)
def check_calendar(pair_: Pair) -> Iterator[Hit]:
    """Compare dates, weekdays and clock times of the two sides of an aligned group."""
    if not pair_.a.sentences or not pair_.b.sentences:
        return
    a = [f for f in pair_.a.facts if f.kind is Kind.DATE and f.key in CALENDAR_KEYS]
    b = [f for f in pair_.b.facts if f.kind is Kind.DATE and f.key in CALENDAR_KEYS]
    right = list(b)
    left = []
    for x in a:
        y = next((y for y in right if (y.key == x.key and _agree(x, y)) or _same_part(x, y)), None)
        if (
            y is not None
            and _broader(y, x)
            and any(z.key == x.key and not _broader(z, x) and not _agree(x, z) for z in right)
        ):
            # "early June" falls in "the first half of 2027", but B's "early July" is its
            # counterpart: a month for a month.
            y = None
        if y is None:
            left.append(x)
            continue
        right.remove(y)
        if _fold(x.text) != _fold(y.text) and x.key != "weekday":
            note = _ambiguity(x, y)
            read = x.display if x.display == y.display else f"{x.display} = {y.display}"
            yield Hit(
                "R208",
                f"same {x.key} in another form: '{x.text}' = '{y.text}' ({read}){note}",
                x,
                y,
                (x.display, y.display),
            )
    # A date the extractor passed over on the other side ("March raw sugar" opens its
    # sentence) is still written there: it is not free to pair with another date.
    left = [x for x in left if not _spelt(x, pair_.b.text)]
    right = [y for y in right if not _spelt(y, pair_.a.text)]
    for x in left:
        y = min((y for y in right if y.key == x.key), key=lambda y: _broader(y, x), default=None)
        if y is None and x.key == "daypart":
            continue  # "in the morning" left out is detail, not a changed fact
        if y is None:
            elsewhere = any(_agree(x, o) for o in pair_.doc_b.like(Kind.DATE, x.key))
            if not elsewhere and _span_or_since(x, pair_, pair_.b) is not None:
                continue  # "since April 2024" for "in 14 months": the year's R211 says so
            found = _moved_from(x, pair_, "a") if not elsewhere else None
            if found is not None:
                # "voted late on Tuesday" here, "the vote on Monday night" in the next
                # sentence: the rewrite moved the day and changed it.
                yield _moved_hit(x, found[0], "B")
                continue
            if not elsewhere and _said_otherwise(x, a, b, pair_.b, pair_.text_a, pair_.text_b):
                continue
            if not elsewhere and not _spelt(x, pair_.b.text):
                dropped = Hit(
                    "R209",
                    f"{x.key} dropped: '{x.text}' ({x.display}) is not in B",
                    x,
                    None,
                    (x.display, ""),
                )
                yield _relative(dropped, pair_)
            continue
        right.remove(y)
        if _by_month_end(x, y, pair_.text_b) or _by_month_end(y, x, pair_.text_a):
            yield Hit(
                "R208",
                f"same deadline in another form: '{x.text}' = '{y.text}'",
                x,
                y,
                (x.display, y.display),
            )
            continue
        zone_x, zone_y = x.attr("zone"), y.attr("zone")
        if x.key == "time" and zone_x and zone_y and zone_x != zone_y:
            yield _other_clock(x, y, zone_x, zone_y)
            continue
        code = "R206" if x.key == "weekday" else "R207"
        yield Hit(
            code,
            f"{x.key} differs: {x.display} vs {y.display} ('{x.text}' vs '{y.text}')",
            x,
            y,
            (x.display, y.display),
            # "the 78th minute", "day two": a count of the story's own events as much as a time.
            "moment" if x.key == "moment" else None,
        )
    for y in right:
        if y.key == "daypart":
            continue
        elsewhere = any(_agree(o, y) for o in pair_.doc_a.like(Kind.DATE, y.key))
        if not elsewhere and _span_or_since(y, pair_, pair_.a) is not None:
            continue  # "since April 2024" for "in 14 months": the year's R211 says so
        found = _moved_from(y, pair_, "b") if not elsewhere else None
        if found is not None:
            moved, one_sided = found
            if one_sided:
                # A passage only A has reports nothing of its own: the change is reported
                # here, as it is from A's side when the versions are swapped.
                yield _moved_hit(moved, y, "A")
            continue  # otherwise reported by the neighbouring passage, whose date moved here
        if not elsewhere and _said_otherwise(y, b, a, pair_.a, pair_.text_b, pair_.text_a):
            continue
        if not elsewhere and not _spelt(y, pair_.a.text):
            added = Hit(
                "R210",
                f"{y.key} added: '{y.text}' ({y.display}) is not in A",
                None,
                y,
                ("", y.display),
            )
            yield _relative(added, pair_)
    yield from _relative_periods(pair_)


# Periods counted from the day of writing: "this week" and "next week", "last month" and "two
# months ago", "by the end of the year" and "by the middle of next year". Both versions are
# written about the same day, so two such counts of one unit can be compared without a date.
_PERIOD = re.compile(
    r"\b(?:(?P<which>this|last|next|coming)\s+(?P<unit>week|month|year)(?:['’]s)?"
    r"|(?P<n>a|one|two|three|four|five|six|\d{1,2})\s+(?P<units>weeks?|months?|years?)\s+ago"
    r"|the\s+(?:end|close)\s+of\s+the\s+(?P<this>year|month))\b",
    re.IGNORECASE,
)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_OFFSETS = {"this": 0, "last": -1, "next": 1, "coming": 1}


def _periods(side: Side) -> dict[str, list[Fact]]:
    """Return a side's periods counted from now, by unit ("week": [Fact(value=1)], ...)."""
    out: dict[str, list[Fact]] = {}
    for s in side.sentences:
        for m in _PERIOD.finditer(s.text):
            if m.group("which"):
                unit, offset = m.group("unit").lower(), _OFFSETS[m.group("which").lower()]
            elif m.group("units"):
                raw = m.group("n").lower()
                unit = m.group("units").lower().rstrip("s")
                offset = -(_COUNTS[raw] if raw in _COUNTS else int(raw))
            else:
                unit, offset = m.group("this").lower(), 0
            shown = {0: f"this {unit}", -1: f"last {unit}", 1: f"next {unit}"}.get(
                offset, f"{-offset} {unit}s ago" if offset < 0 else f"in {offset} {unit}s"
            )
            fact = Fact(
                Kind.DATE,
                s.start + m.start(),
                s.start + m.end(),
                m.group(0),
                "period",
                offset,
                shown,
            )
            out.setdefault(unit, []).append(fact)
    return out


_YEAR_NAMED = re.compile(
    r"\b(?:1[89]|20)\d\d\b|\b(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b"
)


def _relative_periods(pair_: Pair) -> Iterator[Hit]:
    """Report one count of weeks, months or years from now for another.

    "this week" vs "next week", where each version gives a single count of that unit.
    """
    a, b = _periods(pair_.a), _periods(pair_.b)
    if (
        len(a) == len(b) == 1
        and a.keys() != b.keys()
        and len(fa := next(iter(a.values()))) == len(fb := next(iter(b.values()))) == 1
        and fa[0].value == fb[0].value == -1
        and not (_YEAR_NAMED.search(pair_.a.text) or _YEAR_NAMED.search(pair_.b.text))
    ):
        # "fell 2% last week" vs "fell 2% last month": one past period for another.
        x, y = fa[0], fb[0]
        yield Hit(
            "R207",
            f"period differs: {x.display} vs {y.display}, each counted from the day of writing",
            x,
            y,
            (x.display, y.display),
        )
        return
    for unit in sorted(a.keys() & b.keys()):
        values_a, values_b = {f.value for f in a[unit]}, {f.value for f in b[unit]}
        if len(values_a) != 1 or len(values_b) != 1 or values_a == values_b:
            continue
        if unit == "year" and any(
            f.kind is Kind.DATE and f.key == "year" for f in (*pair_.a.facts, *pair_.b.facts)
        ):
            continue  # "last year, up 18% from 2024" vs "in 2025 ... this year": years named too
        x, y = a[unit][0], b[unit][0]
        yield Hit(
            "R207",
            f"{unit} differs: {x.display} vs {y.display} ('{x.text}' vs '{y.text}'), each "
            "counted from the day of writing",
            x,
            y,
            (x.display, y.display),
        )


def _shifted_years(hit: Hit, pair_: Pair) -> bool:
    """Return whether two years a year apart are each the other's year told relatively.

    "delivered 312,000 last year, up 18% from 2024" and "312,000 in 2025, 16% more than the
    previous year": 2024 and 2025 pair up, yet both versions give both years.
    """
    x, y = hit.a, hit.b
    if not isinstance(x, Fact) or not isinstance(y, Fact) or x.key != "year" or y.key != "year":
        return False
    if abs(float(str(x.value)) - float(str(y.value))) != 1:
        return False
    relative_a, relative_b = (_RELATIVE_YEAR.search(t) for t in (pair_.a.text, pair_.b.text))
    if relative_a and relative_b:
        # "310 last year against a peak in 2018" vs "310 last year against a peak in 2017":
        # the same words count from the same year, so the years named differ.
        return relative_a.group(0).lower() != relative_b.group(0).lower()
    # "the 2025 harvest ... last year" vs "this year's harvest ... in 2024": one side counts
    # back from the year the other names, and the other counts from now.
    return bool(
        (relative_a and _THIS_YEAR.search(pair_.b.text))
        or (relative_b and _THIS_YEAR.search(pair_.a.text))
    )


_THIS_YEAR = re.compile(
    r"\b(?:this|the)\s+year(?:['’]s)?\b(?!\s+(?:before|earlier|ago|later))", re.I
)
_RELATIVE_YEAR = re.compile(
    r"\b(?:(?:last|next|previous|prior|following)\s+year|(?:a|the)\s+year\s+(?:earlier|"
    r"before|ago|later))\b",
    re.IGNORECASE,
)


def _whole_months(f: Fact) -> list[str] | None:
    """Return the months a date names when each is a whole month ("2027-01|2027-02"), else None.

    "the first half of 2027" gives ["01", ..., "06"]; a day ("2027-02-25") gives None.
    """
    values = str(f.value).split("|")
    if f.key != "date" or any(len(v.split("-")) != 2 for v in values):
        return None
    return [v.rpartition("-")[2] for v in values]


def _months_named(f: Fact) -> float:
    """Return how many whole months a date names: 6 for "the first half of 2027", else 0."""
    months = _whole_months(f)
    return float(len(months)) if months and len(months) >= 2 else 0.0


def _broader(y: Fact, x: Fact) -> bool:
    """Return whether ``y`` names more months or days than ``x`` ("the first half" vs "June")."""
    return len(str(y.value).split("|")) > len(str(x.value).split("|"))


_CLOCK_WORDS = {"00:00": r"\bmidnight\b", "12:00": r"\b(?:noon|midday)\b"}


def _spelt(f: Fact, text: str) -> bool:
    """Return whether the other side has the same words where no extractor read them.

    "Sunday's referendum" keeps "on Sunday"; "Feb 27" keeps "Feb. 27".
    """
    words = re.findall(r"[a-z0-9]+", f.text.lower())
    if not words:
        return False
    clock = [_CLOCK_WORDS[v] for v in str(f.value).split("|") if v in _CLOCK_WORDS]
    if f.key == "time" and clock:
        # "00:00" is "midnight", "12:00" "noon", read as parts of the day on the other side.
        return any(re.search(word, text, re.IGNORECASE) for word in clock)
    if f.attr("hemisphere"):
        words = [f.attr("hemisphere"), *words]  # "northern summer of 2026" is another summer
    pattern = r"\b" + r"\W+".join(re.escape(w) for w in words) + r"\b"
    return re.search(pattern, text.lower()) is not None


def _moved_from(f: Fact, pair_: Pair, side: str) -> tuple[Fact, bool] | None:
    """Return the other version's day or date that ``f`` became in a neighbouring passage.

    With it, whether that passage is one only the other version has. Only days and dates
    are followed there; other calendar facts are not.
    """
    if f.key not in ("date", "weekday"):
        return None
    return moved_counterpart(
        f,
        pair_,
        side == "a",
        lambda own, other: _lone_kind(own, other, f.key),
        _never_agrees,
        one_sided=True,
    )


def _moved_hit(x: Fact, y: Fact, neighbour: str) -> Hit:
    """Return the R206/R207 for A's ``x`` and B's ``y``, one of them in a neighbouring passage.

    ``neighbour`` names the version ("A" or "B") whose fact stands in that passage.
    """
    code = "R206" if x.key == "weekday" else "R207"
    shown_x = (
        f"'{x.text}', which A gives in the neighbouring passage,"
        if neighbour == "A"
        else f"'{x.text}'"
    )
    shown_y = (
        f"'{y.text}', which B gives in the neighbouring passage"
        if neighbour == "B"
        else f"'{y.text}'"
    )
    return Hit(
        code,
        f"{x.key} differs: {x.display} vs {y.display} ({shown_x} vs {shown_y})",
        x,
        y,
        (x.display, y.display),
    )


def _lone_kind(side: Side, other: Side, key: str) -> list[Fact]:
    """Return the dates of ``key`` in ``side`` when it is the only side of its passage with any."""
    if any(o.kind is Kind.DATE and o.key == key for o in other.facts):
        return []
    return [o for o in side.facts if o.kind is Kind.DATE and o.key == key]


def _never_agrees(f: Fact, other: DocFacts) -> bool:
    """Return whether nothing in ``other`` can be the date ``f``."""
    return not any(_agree(f, o) or _agree(o, f) for o in other.like(Kind.DATE, f.key))


def _agree(x: Fact, y: Fact) -> bool:
    """Return whether two calendar facts can name the same moment (unknown parts match)."""
    part_x, part_y = x.attr("part"), y.attr("part")
    if part_x and part_y and not PARTS_OF_DAY[part_x] & PARTS_OF_DAY[part_y]:
        return False  # "Tuesday afternoon" and "Tuesday morning"
    if x.attr("span") and y.attr("span"):
        # Two stated spans of months ("August to November", "August-December") must be the
        # same months; a single month only has to fall inside one.
        return _months(x) == _months(y)
    half_x, half_y = x.attr("hemisphere"), y.attr("hemisphere")
    if half_x and half_y and half_x != half_y:
        # "the southern summer" is the northern winter: compare the seasons of one half.
        year_x, _, season_x = str(x.value).rpartition("-")
        year_y, _, season_y = str(y.value).rpartition("-")
        return _OPPOSITE_SEASON.get(season_x) == season_y and _parts_agree(year_x, year_y)
    month_x, month_y = x.attr("month_part"), y.attr("month_part")
    if month_x and month_y and month_x != month_y:
        return False  # "by the end of March" and "by mid-March"
    return any(_parts_agree(u, v) for u in str(x.value).split("|") for v in str(y.value).split("|"))


_BEFORE = re.compile(r"\bbefore\s+$", re.IGNORECASE)


def _by_month_end(x: Fact, y: Fact, text_y: str) -> bool:
    """Return whether "by the end of October" (x) and "before November" (y) set one deadline."""
    if x.attr("month_part") != "end" or y.attr("month_part") or {x.key, y.key} != {"date"}:
        return False
    if not _BEFORE.search(text_y, max(0, y.start - 10), y.start):
        return False
    year_x, _, month_x = str(x.value).rpartition("-")
    year_y, _, month_y = str(y.value).rpartition("-")
    if not (month_x.isdigit() and month_y.isdigit()):
        return False
    step = int(month_y) - int(month_x)
    return (step == 1 and _parts_agree(year_x, year_y)) or (
        step == -11
        and (not year_x.isdigit() or not year_y.isdigit() or int(year_y) == int(year_x) + 1)
    )


_OPPOSITE_SEASON = {"summer": "winter", "winter": "summer", "spring": "autumn", "autumn": "spring"}


def _months(f: Fact) -> set[str]:
    return {v.rpartition("-")[2] for v in str(f.value).split("|")}


def _same_part(x: Fact, y: Fact) -> bool:
    """Return whether a counted part of a year ("the second half") names a dated span.

    "the second half" and "the second half of 2027" or "Q2" and "Q2 2026" are the same months,
    whatever the year.
    """
    moment, dated = (x, y) if x.key == "moment" else (y, x)
    if moment.key != "moment" or dated.key != "date":
        return False
    unit, _, n = str(moment.value).partition("-")
    size = {"quarter": 3, "half": 6}.get(unit)
    if size is None or not n.isdigit():
        return False
    wanted = [f"{k:02d}" for k in range(size * (int(n) - 1) + 1, size * int(n) + 1)]
    return _whole_months(dated) == wanted


def _parts_agree(u: str, v: str) -> bool:
    for p, q in zip(u.split("-"), v.split("-"), strict=False):
        if "?" not in p and "?" not in q and p != q:
            return False
    return True


def _fold(text: str) -> str:
    return "".join(text.lower().split())


def _ambiguity(x: Fact, y: Fact) -> str:
    for f, other in ((x, y), (y, x)):
        if f.attr("ambiguous"):
            meant = next(
                u
                for u in str(f.value).split("|")
                if any(_parts_agree(u, v) for v in str(other.value).split("|"))
            )
            return f" ('{f.text}' is ambiguous: read as {meant} to match)"
    return ""
