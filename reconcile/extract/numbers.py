"""Find quantities in a sentence: money, percentages, counts, measures and years, normalised."""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, replace

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

_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    # South Asian scales: "17,100 crore rupees" = "171 billion rupees".
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
# ISO codes written before a figure, with or without a space: "CHF 3.8bn", "CHF3.8bn".
_CODES = "CHF|EUR|GBP|USD|JPY|CNY|INR|RUB|AUD|CAD|SEK|NOK|DKK|ZAR|BRL|MXN|HKD|SGD|PLN|TRY"
# The currencies whose hundredth is a cent: "35 cents" is a third of a dollar or of a euro.
_CENT_CURRENCIES = "USD/EUR/AUD/CAD/NZD"
_CURRENCY_SIGNS = {
    "us$": "USD",
    "$": "USD",
    "c$": "CAD",
    "a$": "AUD",
    "hk$": "HKD",
    "nz$": "NZD",
    "s$": "SGD",
    "r$": "BRL",  # the Brazilian real: "R$12.6 million"
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY/CNY",
    "₹": "INR",
    "₽": "RUB",
    "₩": "KRW",
    "rp": "IDR",
    # "Rs 4.2 billion": the rupee of India, Pakistan, Sri Lanka or Nepal.
    "rs": "INR/LKR/NPR/PKR",
    "rs.": "INR/LKR/NPR/PKR",
    "tk": "BDT",  # the Bangladeshi taka: "Tk 15 million"
    "r": "ZAR",
    **{code.lower(): code for code in _CODES.split("|")},
}
_CURRENCY_WORDS = {
    "usd": "USD",
    # "700 million dollars" in an Australian story is A$700 million: the word alone names no
    # country; "US dollars" or "Australian dollars" does.
    "dollars": "USD/AUD/CAD/NZD/HKD/SGD",
    "dollar": "USD/AUD/CAD/NZD/HKD/SGD",
    "us dollars": "USD",
    "american dollars": "USD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "singapore dollars": "SGD",
    "eur": "EUR",
    "euros": "EUR",
    "euro": "EUR",
    "gbp": "GBP",
    "sterling": "GBP",
    "cny": "CNY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "jpy": "JPY",
    "yen": "JPY",
    "rub": "RUB",
    "rubles": "RUB",
    "roubles": "RUB",
    "inr": "INR",
    "rupees": "INR",
    "taka": "BDT",
    "rupee": "INR",
    "crown": "CZK/DKK/ISK/NOK/SEK",
    "peso": "ARS/CLP/COP/MXN/PHP",
    "dinar": "DINAR",
    "chf": "CHF",
    "francs": "CHF",
    "swiss francs": "CHF",
    # Crowns are the currency of five countries; the national word, when given, says which.
    "crowns": "CZK/DKK/ISK/NOK/SEK",
    "krone": "DKK/NOK",
    "kroner": "DKK/NOK",
    "krona": "ISK/SEK",
    "kronor": "SEK",
    "danish crowns": "DKK",
    "danish kroner": "DKK",
    "norwegian crowns": "NOK",
    "norwegian kroner": "NOK",
    "swedish crowns": "SEK",
    "swedish kronor": "SEK",
    "czech crowns": "CZK",
    "pesos": "ARS/CLP/COP/MXN/PHP",
    "mexican pesos": "MXN",
    "rand": "ZAR",
    "reais": "BRL",
    "zlotys": "PLN",
    "zloty": "PLN",
    "forints": "HUF",
    "forint": "HUF",
    "lira": "TRY",
    "liras": "TRY",
    # Italy's lira before the euro, in its Italian plural: "35 billion lire".
    "lire": "ITL",
    "won": "KRW",
    "baht": "THB",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "shekels": "ILS",
    "dirhams": "AED/MAD",
    "riyals": "QAR/SAR",
    "naira": "NGN",
    "shillings": "KES/TZS/UGX",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "dinars": "DINAR",
    "marks": "MARK",
}
# Units with a factor to a base unit of their dimension; conversions here are exact by definition.
_UNITS: dict[str, tuple[str, float]] = {}
for _names, _dim, _factor in (
    ("km kilometre kilometres kilometer kilometers", "m", 1000.0),
    ("metre metres meter meters", "m", 1.0),
    ("centimetre centimetres centimeter centimeters cm", "m", 0.01),
    ("millimetre millimetres millimeter millimeters mm", "m", 0.001),
    ("micrometre micrometres micrometer micrometers micron microns µm", "m", 1e-6),
    ("nanometre nanometres nanometer nanometers nm", "m", 1e-9),
    ("cm centimetre centimetres centimeter centimeters", "m", 0.01),
    ("mile miles", "m", 1609.344),
    ("nmi", "m", 1852.0),
    ("kg kilogram kilograms kilo kilos", "kg", 1.0),
    ("g gram grams", "kg", 0.001),
    ("tonne tonnes ton tons t", "kg", 1000.0),
    ("lb lbs", "kg", 0.45359237),
    ("second seconds sec secs", "s", 1.0),
    ("millisecond milliseconds", "s", 0.001),
    ("minute minutes min mins", "s", 60.0),
    ("hour hours hr hrs", "s", 3600.0),
    # Days and weeks are exact in seconds, so "24 hours" = "a day"; months are not.
    ("day days", "s", 86400.0),
    ("week weeks", "s", 604800.0),
    ("fortnight fortnights", "s", 1209600.0),
    ("month months", "month", 1.0),
    ("year years", "month", 12.0),
    ("decade decades", "month", 120.0),
    ("barrel barrels", "bbl", 1.0),
    ("hectare hectares ha", "m2", 10000.0),
    ("acre acres", "m2", 4046.8564224),
    ("mw megawatt megawatts", "W", 1e6),
    ("gw gigawatt gigawatts", "W", 1e9),
    ("kw kilowatt kilowatts", "W", 1e3),
    ("tw terawatt terawatts", "W", 1e12),
    ("wh", "Wh", 1.0),
    ("kwh", "Wh", 1e3),
    ("mwh", "Wh", 1e6),
    ("gwh", "Wh", 1e9),
    ("twh", "Wh", 1e12),
    ("mph", "m/s", 0.44704),
    ("km/h kph", "m/s", 1000 / 3600),
    ("feet foot ft", "m", 0.3048),
    ("inch inches", "m", 0.0254),
    ("yard yards", "m", 0.9144),
    ("ounce ounces oz", "kg", 0.028349523125),
    ("knot knots", "m/s", 1852 / 3600),
    # "0.3m/s": a speed, not 0.3 metres.
    ("m/s", "m/s", 1.0),
    ("litre litres liter liters", "m3", 0.001),
    # A gallon is the US one unless the story says imperial: "(about 60,800 US gallons)".
    ("gallon gallons gal", "m3", 0.003785411784),
    ("bcm", "m3", 1e9),
    # Gas is priced per thousand cubic feet: "$1,150 per mcf".
    ("mcf", "m3", 28.316846592),
    # LNG is priced per million British thermal units: "$18.40 per mmBtu".
    ("mmbtu", "btu", 1e6),
    ("century centuries", "month", 1200.0),
    ("millennium millennia millenniums", "month", 12000.0),
    # "spent two summers digging": a span of seasons, not convertible to months.
    ("summers winters autumns seasons", "seasons", 1.0),
    # "a five-sigma result": a measure of statistical significance.
    ("sigma", "sigma", 1.0),
):
    for _name in _names.split():
        _UNITS[_name] = (_dim, _factor)
# Units of two or three words: "cubic kilometres", "kilometres per hour", "square miles".
for _length, _factor in (
    ("kilometre kilometres kilometer kilometers km", 1000.0),
    ("metre metres meter meters m", 1.0),
    ("mile miles mi", 1609.344),
    ("foot feet ft", 0.3048),
):
    for _name in _length.split():
        _UNITS[f"cubic {_name}"] = ("m3", _factor**3)
        _UNITS[f"square {_name}"] = ("m2", _factor**2)
        _UNITS[f"sq {_name}"] = ("m2", _factor**2)
        for _per in ("per hour", "an hour", "a hour"):
            _UNITS[f"{_name} {_per}"] = ("m/s", _factor / 3600)
        _UNITS[f"{_name} per second"] = ("m/s", _factor)
        _UNITS[f"{_name} a second"] = ("m/s", _factor)
_UNITS["nautical mile"] = _UNITS["nautical miles"] = ("m", 1852.0)
# One name of three words: "units" alone counts homes or cars, not British thermal units.
_UNITS["british thermal units"] = ("btu", 1.0)
# "(16,500 short tons)": the US ton; the long ton is the imperial one.
_UNITS["short ton"] = _UNITS["short tons"] = ("kg", 907.18474)
_UNITS["long ton"] = _UNITS["long tons"] = ("kg", 1016.0469088)
for _name in ("gallon", "gallons"):
    _UNITS[f"us {_name}"] = _UNITS[f"u.s. {_name}"] = ("m3", 0.003785411784)
    _UNITS[f"imperial {_name}"] = ("m3", 0.00454609)
# Energy, "1.1 terawatt-hours"; concentrations, "3.5 micrograms per decilitre" = "35 µg/L".
for _prefix, _factor in (("", 1.0), ("kilo", 1e3), ("mega", 1e6), ("giga", 1e9), ("tera", 1e12)):
    _UNITS[f"{_prefix}watt hour"] = _UNITS[f"{_prefix}watt hours"] = ("Wh", _factor)
for _masses, _mass in (
    (("microgram", "micrograms", "µg", "ug", "mcg"), 1e-9),
    (("milligram", "milligrams", "mg"), 1e-6),
    (("gram", "grams", "g"), 1e-3),
):
    for _volumes, _volume in (
        (("litre", "liter", "l"), 1e-3),
        (("decilitre", "deciliter", "dl"), 1e-4),
        (("millilitre", "milliliter", "ml"), 1e-6),
        (("cubic metre", "cubic meter", "m3", "m³"), 1.0),
    ):
        for _m in _masses:
            for _v in _volumes:
                _UNITS[f"{_m} per {_v}"] = _UNITS[f"{_m}/{_v}"] = ("kg/m3", _mass / _volume)
# "14 Earth days", "nine consecutive days": days all the same.
for _adjective in ("earth", "calendar", "consecutive", "straight", "successive", "full"):
    for _span in ("days", "weeks", "months", "years", "hours"):
        _UNITS[f"{_adjective} {_span}"] = _UNITS[_span]
# "9 frost days" = "9 days of frost": days counted by what they had.
_DAYS_OF = ("frost", "rain", "rainy", "snow", "sunny", "heat", "school", "sick", "strike", "rest")
for _adjective in _DAYS_OF:
    _UNITS[f"{_adjective} days"] = _UNITS["days"]
# "15 trading days" = "three trading weeks": days of business, five to a week. Compared with
# calendar days they allow for weekends ("two sessions" = "two days", "15 trading days" =
# "three weeks"): rules/matching.py reads the unit.
for _kind in ("trading", "business", "working"):
    for _day in ("day", "days", "session", "sessions"):
        _UNITS[f"{_kind} {_day}"] = ("s", 86400.0)
    _UNITS[f"{_kind} week"] = _UNITS[f"{_kind} weeks"] = ("s", 5 * 86400.0)
_DURATIONS = {"s", "day", "month", "seasons"}
# "fell 9% in two sessions": days of trading, where the sentence is about a market.
_MARKET = re.compile(
    r"\b(?:shares?|stocks?|index|indices|trading|traded|markets?|bourse|exchange|bonds?|yields?"
    r"|futures|currenc(?:y|ies)|securities)\b",
    re.IGNORECASE,
)

_NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "dozen": 12,
    "a dozen": 12,
    "half a dozen": 6,
    "a pair": 2,
    "a trio": 3,
    "a quartet": 4,
    "one": 1,
    "a": 1,
    "an": 1,
    "per": 1,
    "half": 0.5,
    "a half": 0.5,
    "a quarter": 0.25,
    "quarter": 0.25,
    "one-third": 1 / 3,
    "a third": 1 / 3,
    "a fifth": 0.2,
    "a tenth": 0.1,
    "two-thirds": 2 / 3,
    "three-quarters": 0.75,
}
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_FRACTIONS = "halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?"
_DENOMINATORS = {"hal": 2, "thi": 3, "qua": 4, "fif": 5, "six": 6, "eig": 8, "ten": 10}
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_WORD_NUMBER = (
    # "three hundred", "two hundred and fifty": hundreds with what is left over.
    rf"(?:(?:{_UNITS_WORDS}|{_TEENS}|a)\s+hundred(?:\s+and\s+(?:(?:{_TENS})(?:-(?:{_UNITS_WORDS}))?"
    rf"|{_TEENS}|{_UNITS_WORDS}))?|"
    # "one and a half million", "three and a half billion": the scale's count with a half.
    rf"(?:{_UNITS_WORDS}|ten|eleven|twelve)\s+and\s+a\s+half"
    r"(?=[\s-](?:thousand|million|billion|trillion)\b)|"
    # "half a million", "a quarter of a billion": a share of the scale that follows.
    r"(?:half|a\s+quarter|three[\s-]quarters|a\s+third|two[\s-]thirds|a\s+tenth)"
    r"\s+(?:of\s+)?an?(?=[\s-](?:thousand|million|billion|trillion)\b)|"
    rf"(?:{_TENS})-(?:{_UNITS_WORDS})|(?:{_UNITS_WORDS})-(?:{_FRACTIONS})|"
    # "two thirds" as "two-thirds"; "two quarters" only before "of" (else a half-year).
    rf"(?:{_UNITS_WORDS})\s(?:thirds|fifths|sixths|eighths|tenths|quarters(?=\s+of\b))|"
    # "two dozen turbines" = 24.
    rf"(?:{_UNITS_WORDS}|ten)\s+dozen|"
    r"half a dozen|a (?:dozen|hundred|half|quarter|third|fifth|tenth)|"
    # "$455 per thousand board feet" = "per 1,000 board feet".
    r"per(?=\s+(?:thousand|million|mcf|mmbtu)\b)|"
    r"a (?:pair|trio|quartet)(?= of\b)|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    rf"sixteen|seventeen|eighteen|nineteen|{_TENS}|hundred|dozen|half|one|an?)"
)
_HEDGES = (
    "about|around|roughly|approximately|nearly|almost|some|more than|over|at least|"
    "a maximum of|a minimum of|as deep as|as high as|as long as|as far as|high of|peak of|"
    r"low of|older than|younger than|minimum\s+(?:[a-z]+\s+)?of|maximum\s+(?:[a-z]+\s+)?of|"
    # "the maximum sanction was six points" = "a penalty of up to six points".
    r"maximum\s+(?:[a-z]+\s+)?(?:was|is|would\s+be|will\s+be)|"
    "up to|as many as|as much as|as often as|fewer than|less than|at most|under|just over|"
    "just under|below|above|in excess of|as low as|as little as|"
    "close to|upwards of|no more than|no fewer than|no less than|"
    # "held no later than 2028" = "by 2028 at the latest".
    "no later than|no earlier than|"
    # "an estimated street value of $4.5 million", "winds estimated at 290 km/h".
    r"an\s+estimated\s+(?:[a-z-]+\s+){1,2}?of|estimated\s+at|put\s+at|"
    r"estimated\s+to\s+(?:cost|be|total|reach|number)|an estimated|estimated|"
    # "for a reported 63 million pounds": a figure no one has confirmed.
    r"a\s+reported|reportedly|"
    "exceeded|exceeding|exceeds|exceed|surpassed|surpassing|surpasses|surpass|topped|topping|"
    # "could top C$300m" (a verb after a modal), not "the top 10".
    r"(?<=could\s)top|(?<=would\s)top|(?<=will\s)top|(?<=may\s)top|(?<=might\s)top|"
    r"(?<=to\s)top|tops|"
    "longer than|shorter than"
)
# A negation earlier in the clause turns "more than" into "at most": "hadn't supplied more than".
# A dash set off by spaces ends the clause as a comma does; "not ... until" dates the event
# ("was not told until June 19, more than a month after") rather than denying the figure.
_NEGATED = re.compile(
    # Within its clause: "warned not to research cases online and face up to three months"
    # bounds the penalty from above.
    # "cannot be resold for more than 10%", "struggle to hold it for longer than a minute".
    # "no more than two ships carrying a maximum of 5,000": a bound of its own, not a denial.
    r"(?:\b(?:not|never|no|cannot|unable\s+to|struggl(?:e|es|ed|ing)\s+to)\b"
    r"(?!\s+(?:more|fewer|less|greater|higher|lower|later|earlier|longer)\s+than\b)|n['’]t\b)"
    # Not across "whether" or "if": "did not say whether people under 60 would qualify".
    r"(?:(?!\s[-–—]\s|\suntil\b|\sand\s|\sbut\s|\swhether\s|\sif\s)[^,.;:!?–—]){0,40}$",
    re.IGNORECASE,
)
# "may not be moved for at least 30 days": the bound is on how long the denial lasts.
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)


def _negated_bound(text: str, hedge: int, *, span: bool = True) -> bool:
    """Return whether a denial earlier in the clause turns the bound at ``hedge`` round.

    "may not be moved for at least 30 days" bounds how long the denial lasts; "cannot be
    resold for more than 10%" is a price, which the denial turns into "at most 10%".
    """
    return bool(
        _NEGATED.search(text, max(0, hedge - 60), hedge)
        and not (span and _FOR_BEFORE.search(text, max(0, hedge - 5), hedge))
    )


_QUANTITY = re.compile(
    rf"(?:(?<!-)(?P<hedge>\b(?:{_HEDGES}))\s+"
    # "roughly a 38 per cent discount" = "a discount of about 38%".
    r"(?:(?:(?<=about\s)|(?<=roughly\s)|(?<=around\s)|(?<=nearly\s)|(?<=almost\s))an?\s+"
    r"(?=\d|[$€£¥])"
    # "for at least another 10 days": the hedge bounds the figure after "another".
    r"|(?:another|a\s+further)\s+(?=\d|(?:two|three|four|five|six|seven|eight|nine|ten)\b)"
    # "to about minus 11.0", "below -20C": the hedge bounds the figure below zero.
    r"|minus\s+(?=\d)|[-−](?=\d))?)?"
    r"(?:(?P<sign>US\$|C\$|A\$|HK\$|NZ\$|S\$|R\$|[$€£¥₹₽₩]|Rp(?=\d)|\bRs\.?(?=\s?\d)|\bTk\.?(?=\s?\d)"
    # "R560m", "R1.2 billion": South African rand, only with a scale or in cents, "R68.40"
    # ("R2" is a road).
    r"|\bR(?=\d[\d.,]*\s?(?:m|bn|million|billion)\b|\d+\.\d\d\b)"
    rf"|\b(?:{_CODES})(?![A-Za-z]))\s?)?"
    r"(?:(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,3}(?![\d,.]\d|[ \u00a0\u202f]\d)"
    r"|\d+(?:\.\d+)?|\.\d+)"
    rf"|(?P<word>\b{_WORD_NUMBER}\b))"
    r"(?:[\s-]?(?P<scale>thousand|million|billion|trillion|lakhs?|crores?|mn|mln|bn|trn|tn|k|m|b)"
    r"\b(?!/s\b)"
    # "a thousand trillion" = "a million billion": two scales multiply.
    r"(?:(?:(?<=thousand)|(?<=million)|(?<=billion))\s(?P<scale2>million|billion|trillion)\b)?)?"
    # "a 5-percent stake", "a 50-basis-point hike": the unit hyphenated as a modifier.
    r"(?:(?:\s?|-(?=[a-z]))(?P<pct>%|percent\b|per[\s-]?cent\b|pct\b)"
    r"|(?:\s?|-(?=[a-z]))(?P<pp>percentage[\s-]points?\b|basis[\s-]points?\b|bps\b|pp\b|ppts?\b))?"
    r"(?:[\s-]?(?P<unit>(?:cubic|square|sq)[\s-]+[A-Za-z]+"
    r"|(?:km|kilomet(?:re|er)s?|miles?)\s+(?:per|an?)\s+hour|nautical\s+miles?"
    r"|(?:kilo|mega|giga|tera)?watt[\s-]hours?|british\s+thermal\s+units"
    r"|(?:micro|milli)?grams?\s+per\s+(?:deci|milli)?lit(?:re|er)|(?:µg|ug|mcg|mg)/(?:d|m)?l\b"
    r"|met(?:re|er)s?\s+(?:per|a)\s+second"
    r"|degrees?\s+(?:celsius|centigrade|fahrenheit|[CF]\b)|°\s?[CF]"
    r"|(?:earth|calendar|consecutive|straight|successive|full)\s+(?:days|weeks|months|years|hours|sessions)"
    rf"|(?:{'|'.join(_DAYS_OF)})\s+days"
    r"|(?:trading|business|working)\s+(?:days?|sessions?|weeks?)"
    r"|µm\b|U\.S\.\s+cents|(?:US|U\.S\.|imperial)\s+gallons?|[A-Za-z/]+(?:[\s-]+(?:points?|metres|meters|tons|tonnes|francs|crowns|kroner|kronor"
    r"|pesos|dollars|cents))?)\b)?",
    re.IGNORECASE,
)
_ANY_NUMBER = re.compile(
    rf"\d|\b(?:{_TENS}|{_UNITS_WORDS}|ten|eleven|twelve|\w+teen|hundred|dozen|half|quarter|"
    r"third|thirds|quarters|fifths?|tenths?|million|billion|thousand|trillion|pair|trio|quartet|"
    r"several|few)\b",
    re.IGNORECASE,
)
_AGE = re.compile(r"[\s-]old\b")
# A market's move over a day ("the steepest one-day drop" = "the worst single-session fall").
_MOVE_AFTER = re.compile(
    r"\s+(?:percentage\s+)?(?:drop|fall|decline|gain|rise|jump|loss|slump|plunge|rally|move|"
    r"sell-?off|surge|advance|slide|rout|increase|decrease)s?\b",
    re.IGNORECASE,
)
_MONEY_BEFORE = re.compile(
    r"\b(?:fine|fined|cost|costs|paid|pay|worth|price|sold|bought|spent|salary|wage|bill|"
    r"compensation|damages|profit|revenue)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
_WEIGHT_BEFORE = re.compile(
    r"\b(?:lost|lose|loses|losing|gained|gain|gains|gaining|weigh|weighs|weighed|weighing|"
    r"heavier|lighter|weight|shed|sheds|shedding)\b[^.;,]{0,25}$",
    re.IGNORECASE,
)
_METRIC_WEIGHT_AFTER = re.compile(
    r"\s*\(\s*(?:about\s+|roughly\s+|some\s+|nearly\s+|around\s+)?[\d.,]+\s*"
    r"(?:(?:thousand|million|billion)\s+)?(?:tonnes|metric\s+tons|tons|kg|kilograms|kilos)\b",
    re.IGNORECASE,
)
_AGED_RANGE = re.compile(
    r"\baged\s+(?:between\s+)?(?:\d{1,3}\s*(?:to|and|-|–)\s*)?$", re.IGNORECASE
)
_NAME_BEFORE = re.compile(r"\b[A-Z][\w’'-]+,\s*$")
_COMMA_AFTER = re.compile(r"\s*,")
# A match clock read from minutes counted off a fixed point: "eight minutes after half-time"
# is the 53rd minute, "with nine minutes left" the 81st (of a 90-minute match).
_AFTER_BREAK = re.compile(
    r"\s+(?:after|into)\s+(?:the\s+)?(?:half-?time|break|interval|restart|second\s+half)\b",
    re.IGNORECASE,
)
_BEFORE_BREAK = re.compile(r"\s+before\s+(?:the\s+)?(?:half-?time|break|interval)\b", re.I)
_BEFORE_END = re.compile(
    r"\s+(?:before|from)\s+(?:the\s+)?(?:full-?time|time|the\s+final\s+whistle)\b"
    r"|\s+(?:of\s+(?:normal|regular|regulation)\s+time\s+)?(?:left|remaining|to\s+go|to\s+play)\b",
    re.IGNORECASE,
)
_WITH = re.compile(r"\bwith\s+(?:just\s+|only\s+)?$", re.IGNORECASE)
# "3.5m bags", "41m people": m before a plural noun counts millions; "400m hurdles" is a race.
_COUNTED_M = re.compile(
    r"(?!(?:hurdles|relays?|metres|meters|miles|yards|feet|inches|heats|finals|races|sprints|"
    r"times|years|months|weeks|days|hours|minutes|seconds)$)(?:[a-z]{3,}s|people|sheep|fish)"
)
_CODE_THEN_MONEY = re.compile(
    r"\s+[A-Z]{2,4}\s+(?:francs|dollars|pesos|rupees|shillings|crowns|pounds|euros)\b"
)
_COUNTED_SECOND = re.compile(r"\s+(?!(?:metres|meters|miles|yards|feet|inches)\b)[a-z]{3,}s\b")
_TEMPERATURE = re.compile(r"(?:degrees?\s+)?(?:°\s?)?(?P<scale>celsius|centigrade|fahrenheit|c|f)")
# A sign below zero: "minus 14", "−14", and "-14" where the hyphen is no range's.
_MINUS_SIGN = r"\bminus\s+|−"
# Not "10^-19": a power of ten, whose sign the other version writes in words.
_MINUS = re.compile(rf"(?:{_MINUS_SIGN}|(?<![\w.,^])-)$", re.IGNORECASE)
_MINUS_WORD = re.compile(rf"(?:{_MINUS_SIGN})$", re.IGNORECASE)
_PART_OF = re.compile(r"\b(?:mid|end|early|late|start)-$", re.IGNORECASE)
# "the two sides" refers back; "the largest of the five unions" counts them.
_VAGUE_BEFORE = re.compile(r"\b(?:several|a\s+few|few|many)\s+$", re.IGNORECASE)
_ANAPHORIC = re.compile(r"(?<!\bof\s)\b(?:the|these|those|all)\s+$", re.IGNORECASE)
_NOT_NOUNS = frozenset(
    "and or but the a an to from in on at by for with than as was were is are has had have "
    "will would said says over under after before since into of up down more less other others "
    "each who which that this such did do does been be being not no can could may might must "
    "should also only just".split()
)
# Words for a run between a figure and what it counts: "five straight points".
_RUN_WORDS = frozenset({"straight", "consecutive", "successive", "unanswered"})
_NOUN = re.compile(
    r"(?:\s*|-)(?:of\s+(?:(?:the|his|her|its|their|our)\s+)?)?"
    # "five straight points" counts points, as "five points in a row" does.
    rf"(?:(?:{'|'.join(sorted(_RUN_WORDS))})\s+)?([a-z][a-z-]{{2,}})"
)

# A month's name or abbreviation, whole: "35 marks" is not "35 March".
_MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_TIMES_BEFORE = re.compile(r"\b(?:times|twice|half)\s+$", re.IGNORECASE)
_MONTH_BEFORE = re.compile(
    rf"\b{_MONTH_WORD}\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?$", re.IGNORECASE
)
# Spans that look numeric but are dates, times or identifiers; their digits are not quantities.
# "number two": a place in a ranking, after a possessive or "the".
_NUMBER_PLACE = r"number\s(?:\d{1,2}|one|two|three|four|five)\b"
# Without its group names, to sit inside this pattern.
_EVENT_NUMBER = re.sub(r"\?P<\w+>", "?:", EVENT_NUMBER)
_DAY_RANGE = re.sub(r"\?P<\w+>", "?:", DAY_RANGE)
_MILITARY_TIME = re.sub(r"\?P<\w+>", "?:", MILITARY_TIME)
_CLOCK_MINUTE = "|".join(CLOCK_MINUTES)
_AFTER_CLOCK_WORD = "|".join(rf"(?<=\b{w}\s)" for w in CLOCK_BEFORE)
_HOUR_SAID = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_MASK = re.compile(
    # One separator throughout: "1.2-1.4 billion" is a range, not a date.
    r"\b\d{1,4}(?P<sep>[/.-])\d{1,2}(?P=sep)\d{1,4}\b|"
    # Quoted fractions and bid/offer prices: "165-1/4 pence", "126.38/43 yen".
    r"\b\d+(?:[.-]\d+)?/\d+\b|\b\d{1,2}:\d{2}(?::\d{2}|\.\d{1,3})?\b"
    # "day two", "stage 4": which day or stage, read with the dates as "the second day".
    rf"|{_EVENT_NUMBER}"
    # "December 9 to 14": two days, read with the dates.
    rf"|{_DAY_RANGE}"
    rf"|{_MILITARY_TIME}"
    # "twenty-foot equivalent units": a container's name, not its length.
    r"|\b(?:twenty|forty|20|40)[\s-]f(?:oo|ee)t\s+equivalent\b"
    r"|\b\d{1,2}(?:[.:][0-5]\d)?(?=\s*(?:[ap]\.m\.|[ap]m\b))"
    r"|\b(?<=[Pp]hase\s)(?:[1-4]|I{1,3}|IV)\b"
    # "a quarter past six", "half past ten", "twenty past four": a time of day, read with the
    # times.
    r"|\b(?:a\s+)?(?:quarter|half)\s+(?:past|to)\s+(?:\d{1,2}|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|noon|midnight)\b"
    # Not "in the fourth quarter to 1.12 billion euros".
    r"(?![.,]\d|\s+(?:million|billion|percent|per\s+cent)\b|%)"
    # Minutes in words only where the time is plain (fold.CLOCK_MINUTES): "at twenty past
    # four", "ten to six in the morning".
    rf"|(?:{_AFTER_CLOCK_WORD})(?:{_CLOCK_MINUTE})\s+(?:past|to)\s+{_HOUR_SAID}\b(?={CLOCK_AFTER})"
    rf"|\b(?:{_CLOCK_MINUTE})\s+(?:past|to)\s+{_HOUR_SAID}"
    r"\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)"
    rf"|\b{_MONTH_WORD}\.?\s+\d{{1,2}}\b(?!,\d)"
    r"(?:(?:st|nd|rd|th)?,?\s+(?:1[89]|20)\d\d\b)?"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORD}\b"
    r"(?:,?\s+(?:1[89]|20)\d\d\b)?"
    r"|\b\d+(?:st|nd|rd|th)\b|\bNo\.\s?\d+"
    # "Italy's number two pasta maker", "the number 2 seed": a place, read with the ranks.
    rf"|(?<=['’]s\s){_NUMBER_PLACE}|(?<=[Ww]orld\s){_NUMBER_PLACE}|\b(?<=the\s){_NUMBER_PLACE}"
    r"(?=\s+[a-z]+(?:\s+[a-z]+)?\s+(?:in|of|by|for|at)\b|\s+seed\b)"
    rf"|\b(?!(?:mid|end|early|late|start)-\d|(?:{_CODES}|Rp|Rs)\d|R\d[\d.,]*\s?(?:m|bn|million|billion)\b|R\d+\.\d\d\b)[A-Za-z]+-?\d+[A-Za-z]*\b|\b\d+[A-Za-z]*-[A-Za-z]+\d",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Parsed:
    value: float
    key: str
    step: float  # the precision the writer used, in normalised units
    unit: str


def extract(text: str, offset: int = 0) -> list[Fact]:
    """Return the quantities in ``text``; spans are shifted by ``offset`` into the document."""
    if not _ANY_NUMBER.search(text):
        # Most sentences have no digit or number word.
        found = _phrases(text, offset, []) + _worded(text, offset)
        return _wider_readings(text, offset, found)
    masked = _masked_spans(text)
    mask_starts = [s for s, _ in masked]
    facts: list[Fact] = []
    pos = 0
    while (m := _QUANTITY.search(text, pos)) is not None:
        start = m.start("num") if m.group("num") else m.start("word")
        # A rejected match must not swallow the words after it ("a seven-week trial": "a" is
        # refused, and the search resumes at "seven").
        pos = start + 1
        if m.group("sign"):
            start = m.start("sign")
        k = bisect.bisect_right(mask_starts, start) - 1
        if k >= 0 and start < masked[k][1]:
            continue
        glued = bool(m.group("sign"))  # "CHF3.8bn": a code written onto its figure
        if m.group("num") and not glued and not _standalone(text, m.start("num"), m.end("num")):
            continue
        if m.group("word") and _VAGUE_BEFORE.search(text, max(0, start - 12), start):
            continue  # "several hundred islanders" is "hundreds of islanders", not 100
        # "the two sides": a reference back, not a count of its own. It is kept, loose: never
        # missed when the other side leaves it out, but "the seven instruments" still differs
        # from "the six instruments", and "the eleven islands" is "the 11 islands".
        referring = bool(
            m.group("word")
            and (anaphoric := _ANAPHORIC.search(text, max(0, start - 12), start))
            # "lost all five of his races" counts them.
            and not (
                anaphoric.group(0).lower().startswith("all") and _OF.match(text, m.end("word"))
            )
            and not _HYPHEN_UNIT.match(text, m.end("word"))
            and not _TIME_UNIT_NEXT.match(text, m.end("word"))
        )
        parsed = _parse(m, text)
        if parsed is None:
            continue
        end = _end(m, parsed)
        pos = max(pos, end)
        if parsed.key == "s" and parsed.value == 86400 and _MOVE_AFTER.match(text, end):
            # "the biggest one-day drop": how a fall is measured, not a span of its own; kept,
            # loose, for "the biggest daily fall", never missed when the other leaves it out.
            referring = True
        if parsed.key == "°C" and (minus := _MINUS.search(text, max(0, start - 7), start)):
            start = minus.start()  # "minus 14 degrees": the sign is part of what is quoted
        elif (
            parsed.key == "count"
            and m.group("num")
            and (minus := _MINUS.search(text, max(0, start - 7), start))
        ):
            # "a seasonal average of minus 24" = "-24C": a figure below zero, said in words;
            # "a forecast of -9.0" = "the minus 9.0 forecast".
            parsed = replace(parsed, value=-parsed.value)
            start = minus.start()
        if (
            parsed.key == "count"
            and not m.group("scale")
            and _TOP_BEFORE.search(text, max(0, start - 5), start)
        ):
            continue  # "the top 10 producers": a band of places, which ranks reads
        if parsed.key == "count" and not m.group("scale"):
            parsed = _range_start(text, end, parsed)
        if parsed.key == "month" and (
            _AGE.match(text, end) or _AGED_RANGE.search(text, max(0, start - 30), start)
        ):
            # "18 months old", and "aged 5 to 17 months": an age in months.
            parsed = _Parsed(parsed.value / 12, "age", parsed.step / 12, parsed.unit)
        if (
            parsed.key == "count"
            and _AGED_BEFORE.search(text, max(0, start - 40), start)
            and 0 < parsed.value <= 120
        ):
            parsed = _Parsed(parsed.value, "age", 1.0, "")  # "a girl aged three"
        if (
            parsed.key == "count"
            and m.group("num")
            and _NAME_BEFORE.search(text, max(0, start - 40), start)
            and _COMMA_AFTER.match(text, end)
            and 14 <= parsed.value <= 110
        ):
            # "Okafor, 54, had led": an age in apposition, as news gives it.
            parsed = _Parsed(parsed.value, "age", 1.0, "")
        moment = _match_clock(text, offset, start, end, parsed)
        if moment is not None:
            if m.group("hedge"):
                # "with just under four minutes remaining": the moment, bounded. Minutes left
                # count down, so fewer of them is later: "under four minutes remaining" is
                # after minute 86.
                hedge = _hedge_word(m.group("hedge"))
                if "-" in moment.display:
                    hedge = _COUNTDOWN.get(hedge, hedge)
                bound = (("hedge", hedge),)
                at = (("hedge_start", str(offset + m.start("hedge"))),)
                moment = replace(moment, attrs=tuple(sorted((*moment.attrs, *bound, *at))))
            facts.append(moment)
            continue
        hedge = _hedge_word(m.group("hedge") or "")
        if hedge.startswith(("minimum", "maximum")):
            hedge = f"a {hedge[:7]} of"  # "a guaranteed minimum flow of 1,200": at least
        if (
            hedge == "over"
            # "over £310m in seven days" is more than £310m; "over two academic years" a span.
            and (
                parsed.key in _DURATIONS or (parsed.key == "count" and _SPAN_NOUN.match(text, end))
            )
            and _over_is_during(text, m.start("hedge"), end)
        ):
            hedge = ""  # "tracked over four years": the time it took, not "more than"
        elif (
            hedge == "over"
            and _EVENT_NOUN.match(text, end)
            and _AMOUNT_BEFORE.search(text, max(0, m.start("hedge") - 30), m.start("hedge"))
        ):
            hedge = ""  # "298.4 points over two rounds", "5% over three sessions": across
        elif hedge == "over" and _OVER_PARTICLE.search(
            text, max(0, m.start("hedge") - 20), m.start("hedge")
        ):
            hedge = ""  # "males ranged over 210 sq km": the ground covered, not "more than"
        elif (
            hedge == "over"
            and parsed.key == "count"
            and _FLEW.search(text, max(0, m.start("hedge") - 20), m.start("hedge"))
        ):
            hedge = ""  # "flew over 1,100 reefs": above them, not "more than"
        elif (
            hedge in ("topped", "topping")
            and parsed.key == "count"
            and not m.group("scale")
            and parsed.value < 100
        ):
            hedge = ""  # "topped three problems" (climbing): reached them, not "more than"
        elif hedge == "up to" and _MOVED_UP.search(
            text, max(0, m.start("hedge") - 60), m.start("hedge")
        ):
            hedge = ""  # "drove temperatures up to 22.4C": a level reached, not a bound
        elif hedge in _PEAKS and _RECORD_BEFORE.search(
            text, max(0, m.start("hedge") - 20), m.start("hedge")
        ):
            hedge = ""  # "an all-time high of 16.3 million": the record itself, no bound
        elif hedge in ("as many as", "as much as") and _TIMES_BEFORE.search(
            text, max(0, m.start("hedge") - 12), m.start("hedge")
        ):
            hedge = ""  # "three times as many as ten years before": a comparison, no bound
        attrs = [("step", repr(parsed.step)), ("unit", parsed.unit)]
        if (
            (m.group("word") or "").lower() == "one"
            and not hedge
            and _ONE_PERSON.match(text, m.end("word"))
        ):
            attrs.append(("loose", "1"))  # "one man" and "a man": the same, never missed
        elif _AGE_BOUND.search(text, max(0, start - 30), start):
            # "children under the age of ten": compared where both versions give the age, but
            # not missed where one says "under-fives" or "young children".
            attrs.append(("loose", "1"))
        if not hedge and (or_so := _OR_SO.match(text, end)):
            attrs.append(("hedge", "or so"))
            attrs.append(("hedge_start", str(offset + start)))
            end = or_so.end()  # the hedge follows: "six weeks or so"
        if not hedge and (marker := _HEDGE_THE.search(text, max(0, start - 25), start)):
            # "at around the 110-km mark": the hedge before the article is the figure's.
            attrs.append(("hedge", _hedge_word(marker.group(1))))
            attrs.append(("hedge_start", str(offset + marker.start(1))))
        elif (
            hedge in ("", "an estimated", "estimated")
            and (after := _OR_MORE.match(text, end))
            # "or better" is more only of a score: "2:05 or better" is a faster time.
            and (parsed.key == "count" or after.group(0).split()[-1].lower() not in _SCORE_WORDS)
            # "by May 2027 at the latest": the date's bound, which the dates read.
            and not (
                after.group(0).endswith(("earliest", "latest"))
                and _MONTH_BEFORE.search(text, max(0, start - 16), start)
            )
        ):
            # "15 or more days" is "at least 15 days", "10 or fewer" "at most 10".
            hedge = "at least" if after.group("up") or after.group("earliest") else "at most"
            attrs.append(("hedge", hedge))
            attrs.append(("hedge_start", str(offset + start)))
            hedge = ""
        elif (
            parsed.key == "year"
            and not hedge
            and (before := NOT_BEFORE.search(text, max(0, start - 70), start))
        ):
            # "not available to farmers before 2028" = "in 2028 at the earliest".
            attrs.append(("hedge", "at least"))
            attrs.append(("hedge_start", str(offset + before.start())))
        elif (
            not hedge
            # Not "14 maximum 180s", darts' maximums: a measure, or a compound modifier.
            and (parsed.key != "count" or "-" in text[start:end])
            and (after := _BOUND_AFTER.match(text, end))
        ):
            # "the 107-centimetre minimum" = "the minimum of 107 cm": the bound follows.
            attrs.append(("hedge", f"a {after.group(1).lower()} of"))
            attrs.append(("hedge_start", str(offset + start)))
        if hedge:
            attrs.append(("hedge", hedge))
            attrs.append(("hedge_start", str(offset + m.start("hedge"))))
            if _negated_bound(text, m.start("hedge"), span=parsed.key in _DURATIONS):
                attrs.append(("negated", "1"))
        noun = _NOUN.match(text, end)
        if (
            noun
            and noun.group(1).lower() == "pounds"
            and parsed.key == "count"
            and (
                (
                    _WEIGHT_BEFORE.search(text, max(0, start - 40), start)
                    and not _MONEY_BEFORE.search(text, max(0, start - 40), start)
                    and not m.group("scale")
                )
                # "1.1 billion pounds (about 500,000 tonnes)": converted as a weight.
                or _METRIC_WEIGHT_AFTER.match(text, noun.end(1))
            )
        ):
            # "lost around 16 pounds": a weight, as "7.4 kg"; "a fine of 16 pounds" is money.
            attrs = [(k, v) for k, v in attrs if k not in ("step", "unit")]
            attrs += [("step", repr(0.45359237 * parsed.step)), ("unit", "pounds")]
            end = noun.end(1)
            facts.append(
                _quantity(text, offset, start, end, "kg", parsed.value * 0.45359237, attrs)
            )
            continue
        if noun and not parsed.unit and noun.group(1).lower() not in _NOT_NOUNS:
            attrs.append(("noun", noun.group(1).lower()))
        if (
            parsed.key == "count"
            and not parsed.unit
            and (of := _OF_BEFORE.search(text, max(0, start - 40), start))
            and of.group(1).lower() not in _NOT_OF
        ):
            attrs.append(("of", of.group(1).lower()))  # "a sell-out crowd of 6,200"
        if referring:
            attrs.append(("loose", "1"))
        facts.append(_quantity(text, offset, start, end, parsed.key, parsed.value, attrs))
    phrases = (
        _phrases(text, offset, [])
        + _worded(text, offset)
        + _clock_durations(text, offset)
        + _grades(text, offset)
        + _feet_and_inches(text, offset)
    )
    # A phrase ("a year and a half") wins over the pieces the main pattern saw in it.
    facts = [f for f in facts if not any(p.start <= f.start < p.end for p in phrases)]
    facts.extend(p for p in phrases if not any(f.start <= p.start < f.end for f in facts))
    facts.sort(key=lambda f: f.start)
    facts = _wider_readings(text, offset, _carried_units(text, offset, facts))
    facts = _split_years(text, offset, _even_splits(text, offset, facts))
    return _without_conversions(text, offset, _compound_durations(text, offset, facts))


# "share the revenue 50-50": an even split, said as often with "equally" or "half each".
_EVEN_SPLIT = re.compile(r"\b(?:50-50|50/50|fifty-fifty)\b", re.IGNORECASE)


def _even_splits(text: str, offset: int, facts: list[Fact]) -> list[Fact]:
    """Read "50-50" as one even split, half each.

    Loose: never reported as missing, since the other version may say "equally".
    """
    if "50" not in text and "fifty" not in text.lower():
        return facts
    attrs = [("loose", "1"), ("step", "1.0"), ("unit", "")]
    found = [
        _quantity(text, offset, m.start(), m.end(), "percent", 50.0, attrs)
        for m in _EVEN_SPLIT.finditer(text)
    ]
    return _merged(facts, found)


# "the 2020-21 season", "from 2010-15": a span of years, the century of its end left off.
_SPLIT_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)[-/–](?P<next>\d\d)\b(?![-/–.,:]?\d)")


def _split_years(text: str, offset: int, facts: list[Fact]) -> list[Fact]:
    """Read the two-digit end of a span of years as a year, not as a count."""
    if "-" not in text and "/" not in text and "–" not in text:
        return facts
    out = list(facts)
    attrs = [("step", "1.0"), ("unit", "")]
    for m in _SPLIT_YEAR.finditer(text):
        year, last = int(m.group("year")), int(m.group("next"))
        if not 0 < last - year % 100 <= 20:
            continue  # "2010-15" is 2010 to 2015; "2020-08" is no span of years
        ends = (
            _quantity(text, offset, m.start("year"), m.end("year"), "year", float(year), attrs),
            _quantity(
                text,
                offset,
                m.start("next"),
                m.end("next"),
                "year",
                float(year + last - year % 100),
                attrs,
            ),
        )
        # Each end replaces a count read there, or stands alone where nothing was read
        # ("financial year 2026/27" looks like a fraction to the main pattern).
        for fact in ends:
            at = [n for n, f in enumerate(out) if f.start < fact.end and fact.start < f.end]
            if not at:
                out.append(fact)
            elif len(at) == 1 and out[at[0]].key == "count":
                out[at[0]] = fact
    out.sort(key=lambda f: f.start)
    return out


# "2:17:09" is a time taken (a clock time has no seconds in news copy); "in 2:05" too.
_CLOCK_DURATION = re.compile(
    # "1:11:38.2": hours, minutes and seconds, with tenths as a race is timed.
    r"\b(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:\.(?P<hfr>\d{1,3}))?\b"
    # "2:05.90": minutes, seconds and hundredths, as a race is timed.
    r"|\b(?P<mi>\d{1,2}):(?P<se>[0-5]\d)\.(?P<fr>\d{1,3})\b"
    # "2:41 into the round": minutes and seconds of a bout or a game.
    r"|\b(?P<mi2>\d{1,2}):(?P<se2>[0-5]\d)(?=\s+(?:into|in\s+to|left|remaining|to\s+go|to\s+play)\b)"
    r"|\b(?:in|of|lasted|took|clocked|timed at)\s+"
    r"(?P<h2>\d{1,2}):(?P<m2>[0-5]\d)\b(?![:.]\d)(?!\s*(?:[ap]\.?m\b|GMT|UTC|local|h\b))",
    re.IGNORECASE,
)
_JOINED = re.compile(r"[\s,]*(?:and\s+)?")
_IN_PARENS = re.compile(
    # "9.8 litres of pure alcohol (about 2.6 US gallons)": what is measured may come between.
    r"(?:\s+of\s+(?:[a-z]+\s+){0,2}[a-z]+)?"
    r"\s*[(\[]\s*(?:or\s+|about\s+|around\s+|roughly\s+|approximately\s+|some\s+|nearly\s+)?"
)


# How often: "every six months" = "twice a year", "every other day", "three times a week".
_FREQUENCY = re.compile(
    # "every quarter of an hour" = "every 15 minutes"; "every half-hour"; "every quarter" =
    # "four times a year".
    r"\b(?:(?:every|each)\s+(?P<part>quarter|half)(?:\s+of\s+an|\s+an)?[\s-]+hour\b"
    r"|(?:every|each)\s+(?P<quarter>quarter)\b"
    # "thrice-weekly dialysis" = "three times a week".
    # "three times weekly" = "three times a week"; "from weekly to daily" checks.
    r"|(?P<adj>once|twice|thrice|(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+times)"
    r"[\s-](?P<per>daily|weekly|monthly|yearly|annually)"
    r"|(?<=from\s)(?P<bare>daily|weekly|monthly)(?=\s+to\b)"
    r"|every\s+(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|other"
    # "every third year" = "every three years".
    r"|second|third|fourth|fifth|sixth|tenth)\s+"
    r"(?P<unit>day|week|month|year|hour|minute|second|fortnight)s?"
    # "every minute and a half" = "every 90 seconds".
    r"|every\s+(?:an?\s+)?(?P<unit3>day|week|month|year|hour|minute)\s+and\s+a\s+half"
    r"|(?P<times>once|twice|thrice|(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+times)"
    # "once a quarter" = "every three months".
    r"[\s-]+(?:a|an|per|each|every)[\s-]+(?P<unit2>day|week|month|year|hour|minute|fortnight|quarter))\b",
    re.IGNORECASE,
)


def _wider_readings(text: str, offset: int, facts: list[Fact]) -> list[Fact]:
    """Add the readings of phrases wider than one figure, in place of what they hold.

    How often ("every quarter"), a money range's two ends ("€410-450 million"), an age's
    decade ("in her fifties"), a decade's short form ("'90s"), a span of one unit ("over the
    next fortnight").
    """
    facts = _money_ranges(text, offset, _frequencies(text, offset, facts))
    facts = _decades_of_age(text, offset, _age_bands(text, offset, facts))
    facts = _eras(text, offset, _short_decades(text, offset, facts))
    facts = _per_period(text, offset, _centuries(text, offset, facts))
    facts = [f for f in facts if not _part_of_year(text, offset, f)]
    return _all_but(text, offset, _one_unit_spans(text, offset, facts))


# "the first six months of the year", "the last three months of 2025": a half or a quarter of
# a year, which dates reads as such ("the first half"), not a span to compare as one.
_PART_OF_YEAR_AFTER = re.compile(r"\s+of\s+(?:the\s+year|this\s+year|last\s+year|\d{4})\b", re.I)


def _part_of_year(text: str, offset: int, f: Fact) -> bool:
    return (
        f.key == "month"
        and f.value in (3.0, 6.0, 9.0)
        and _PERIOD_PART.search(text, max(0, f.start - offset - 8), f.start - offset) is not None
        and _PART_OF_YEAR_AFTER.match(text, f.end - offset) is not None
    )


# "the 17th century", "19th-century maps": the hundred years that "the 1600s" names.
# "the sixteenth-century tapestry" = "the 16th-century tapestry".
_CENTURY_WORDS = {
    w: n + 1
    for n, w in enumerate(
        """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
        thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
        twenty-first""".split()
    )
}
_CENTURY_WORD = "|".join(sorted(_CENTURY_WORDS, key=len, reverse=True))
_CENTURY = re.compile(
    rf"\b(?:(?P<n>[1-9]|1\d|2[01])(?:st|nd|rd|th)|(?P<w>{_CENTURY_WORD}))"
    r"[\s-]century\b",
    re.IGNORECASE,
)


def _centuries(text: str, offset: int, facts: list[Fact]) -> list[Fact]:
    """Add the century an ordinal names, as the year that opens it ("17th century" = 1600s)."""
    if "entur" not in text:
        return facts
    found = [
        _quantity(
            text,
            offset,
            m.start(),
            m.end(),
            "year",
            float(
                ((int(m.group("n")) if m.group("n") else _CENTURY_WORDS[m.group("w").lower()]) - 1)
                * 100
            ),
            [("step", "1.0"), ("unit", "")],
        )
        for m in _CENTURY.finditer(text)
    ]
    return _merged(facts, found)


# "12 freight trains a day", "6,500 vehicles daily": a count in each period.
_PER_PERIOD = re.compile(
    r"(?:\s+[a-z][a-z-]*){1,3}?\s+(?:(?:a|an|per|each|every)\s+(?P<per>day|week|month|year)"
    r"|(?P<adv>daily|weekly|monthly|annually|yearly))\b"
)
_MONEY_KEY = re.compile(r"[A-Z]{3}(?:/[A-Z]{3})*")
# Not "26.2 million euros a year earlier": the figure of a year before.
_MONEY_PER = re.compile(
    r"\s*(?:a|an|per|each)\s+(hour|day|week|month|year)\b(?!\s+(?:earlier|before|ago|later|on)\b)",
    re.IGNORECASE,
)
# "1,200 cubic metres of water an hour", "90,000 barrels a day": a flow, by its period.
_FLOW_KEYS = frozenset({"m3", "kg", "bbl", "Wh", "m2"})
_FLOW_PER = re.compile(
    r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s*(?:a|an|per|each|every)\s+"
    r"(second|minute|hour|day|week|month|year)\b",
    re.IGNORECASE,
)
_PERIOD_BEFORE = re.compile(r"\s+(daily|weekly|monthly|annual|yearly)\s+[a-z]", re.IGNORECASE)
_ADVERB_PERIODS = {
    "annual": "year",
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "annually": "year",
    "yearly": "year",
}


def _per_period(text: str, offset: int, facts: list[Fact]) -> list[Fact]:
    """Give a count of things the period it is counted in: "12 trains a day" vs "a week".

    The figure stays a count, so that "12 trains a day" still pairs with "12 trains"; two
    counts of the same figure in different periods differ.
    """
    if not any(
        w in text
        for w in (
            "a day",
            "an hour",
            "a minute",
            "a second",
            "a week",
            "a month",
            "a year",
            "per ",
            "each ",
            "every ",
            "daily",
            "weekly",
            "monthly",
            "annually",
            "yearly",
        )
    ):
        return facts
    out = []
    for f in facts:
        # "€12.50 an hour" against "€12.50 a day": a wage or fee, by its period; "1,200 cubic
        # metres of water an hour" against "a minute": a flow.
        per = (
            _MONEY_PER
            if _MONEY_KEY.fullmatch(f.key)
            else _FLOW_PER
            if f.key in _FLOW_KEYS
            else None
        )
        if per is not None and not f.attr("per") and (m := per.match(text, f.end - offset)):
            period = m.group(1).lower()
            f = replace(
                f,
                display=f"{f.display} a{'n' if period == 'hour' else ''} {period}",
                attrs=tuple(sorted((*f.attrs, ("per", period)))),
            )
        if f.key == "count" and f.attr("noun") and not f.attr("per"):
            m = _PER_PERIOD.match(text, f.end - offset)
            period = ""
            if m is not None and "," not in m.group(0):
                period = m.group("per") or _ADVERB_PERIODS[m.group("adv")]
            elif (adjective := _PERIOD_BEFORE.match(text, f.end - offset)) is not None:
                period = _ADVERB_PERIODS[adjective.group(1).lower()]  # "14 weekly slots"
            if period:
                f = replace(
                    f,
                    display=f"{f.display} a {period}",
                    attrs=tuple(sorted((*f.attrs, ("per", period)))),
                )
        out.append(f)
    return out


# "all but one of its 72 members" = "71 of its 72 members".
_ALL_BUT = re.compile(
    r"\ball\s+but\s+(?P<k>one|two|three|four|five|\d{1,2})(?=\s+of\s+(?:its|the|their|his|her)\s+"
    r"(?P<n>\d{1,3}(?:,\d{3})*)\b)",
    re.IGNORECASE,
)


def _all_but(text: str, offset: int, facts: list[Fact]) -> list[Fact]:
    """Read "all but one of its 72" as the count it leaves, 71."""
    found = []
    for m in _ALL_BUT.finditer(text) if "but" in text else ():
        left = _figure(m.group("n").replace(",", "")) - _figure(m.group("k").lower())
        if left > 0:
            attrs = [("step", "1.0"), ("unit", "")]
            found.append(_quantity(text, offset, m.start(), m.end(), "count", left, attrs))
    return _merged(facts, found)


# "Under-12s will still pay nothing" = "children under 12": an age band named by its bound.
_AGE_BAND = re.compile(r"\b(?P<hedge>under|over)-(?P<n>\d{1,3})s\b", re.IGNORECASE)


def _age_bands(text: str, offset: int, facts: list[Fact]) -> list[Fact]:
    """Read "under-12s" and "over-65s" as a bounded age."""
    if "-" not in text:
        return facts
    found = [
        _quantity(
            text,
            offset,
            m.start(),
            m.end(),
            "age",
            float(m.group("n")),
            [
                ("hedge", m.group("hedge").lower()),
                ("hedge_start", str(offset + m.start())),
                ("step", "1.0"),
                ("unit", ""),
            ],
        )
        for m in _AGE_BAND.finditer(text)
    ]
    return _merged(facts, found)


def _merged(facts: list[Fact], found: list[Fact]) -> list[Fact]:
    """Return ``facts`` with ``found`` in place of the facts that start inside them, in order."""
    if not found:
        return facts
    kept = [f for f in facts if not any(g.start <= f.start < g.end for g in found)]
    return sorted(kept + found, key=lambda f: f.start)


# "a woman in her fifties" = "in her 50s": the decade of an age, in words.
_DECADE_OF_AGE = re.compile(
    r"\bin\s+(?:his|her|their)\s+(?:early\s+|mid-?\s*|late\s+)?"
    r"(?P<decade>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
    re.IGNORECASE,
)
_DECADES = {
    w: 10.0 * n
    for n, w in enumerate(
        "twenties thirties forties fifties sixties seventies eighties nineties".split(), 2
    )
}


def _decades_of_age(text: str, offset: int, facts: list[Fact]) -> list[Fact]:
    """Add the decade of an age given in words, as the figure "50s" gives it (50)."""
    if "ties" not in text:
        return facts
    found = [
        _quantity(
            text,
            offset,
            m.start("decade"),
            m.end("decade"),
            "count",
            _DECADES[m.group("decade").lower()],
            [("step", "1.0"), ("unit", "")],
        )
        for m in _DECADE_OF_AGE.finditer(text)
    ]
    return _merged(facts, found)


_TIMES = {"once": 1.0, "twice": 2.0, "thrice": 3.0}


def _frequencies(text: str, offset: int, facts: list[Fact]) -> list[Fact]:
    """Read how often something happens, in place of the spans and counts inside it."""
    lowered = text.lower()
    if not any(w in lowered for w in ("every", "times", "once", "twice", "thrice", "each")):
        return facts  # most sentences say nothing of how often
    found = []
    for m in _FREQUENCY.finditer(text):
        unit = (m.group("unit") or m.group("unit2") or m.group("unit3") or "month").lower()
        dim, factor = ("month", 3.0) if unit == "quarter" else _UNITS[unit]
        if m.group("adj") or m.group("bare"):
            period = (m.group("per") or m.group("bare")).lower()
            dim, factor = _UNITS[_ADVERB_PERIODS.get(period, "year")]
            raw = (m.group("adj") or "once").lower().split()[0]
            every = factor / (_TIMES.get(raw) or _figure(raw))
        elif m.group("part"):
            dim, factor = _UNITS["minute"]
            every = (15 if m.group("part").lower() == "quarter" else 30) * factor
        elif m.group("quarter"):
            every = 3 * factor
        elif m.group("unit3"):
            every = 1.5 * factor
        elif m.group("times"):
            raw = m.group("times").lower().split()[0]
            times = _TIMES.get(raw)
            count = times or _figure(raw)
            if count <= 0:
                continue
            every = factor / count
        else:
            raw = m.group("n").lower()
            n = 2.0 if raw == "other" else _EVERY_NTH.get(raw) or _figure(raw)
            if n <= 0:
                continue
            every = n * factor
        year = dim == "month"
        per = (12.0 if year else 86400.0) / every
        shown = f"{per:g} a {'year' if year else 'day'}"
        # "at least four times a day": the bound on the count is the rate's.
        start, end = offset + m.start(), offset + m.end()
        bounds = next(
            (
                tuple((k, v) for k, v in f.attrs if k in ("hedge", "hedge_start", "negated"))
                for f in facts
                if start <= f.start < end and f.attr("hedge")
            ),
            (),
        )
        fact = Fact(
            kind=Kind.NUMBER,
            start=start,
            end=end,
            text=m.group(0),
            key=f"rate-{dim}",
            value=round(per, 6),
            display=shown,
            attrs=tuple(sorted((("step", "1e-06"), ("unit", ""), *bounds))),
        )
        found.append(fact)
    return _merged(facts, found)


_EVERY_NTH = {"second": 2.0, "third": 3.0, "fourth": 4.0, "fifth": 5.0, "sixth": 6.0, "tenth": 10.0}
_TO_FROM = re.compile(r"\s+(?:to|from)\s+")
_BY = re.compile(r"\s+by\s+|\s?[x×]\s?")
_BARE_AFTER = re.compile(
    r"\s+(?:to|from)\s+(?P<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|thirty|forty|fifty"
    # "to two working days from one.": "one" only where its phrase ends, as it is more often
    # the start of another ("from one in ten").
    r"|one(?=\s*[,.;)]|\s*$))(?![.:]\d)"  # "to 2.45pm" is a clock time
    r"(?=\s*[,.;)]|\s*$|\s+(?:on|in|at|after|before|for|and|but|when|while|last|this|next|by|"
    r"with|a|an|the|was|is|had|has|would|will)\b)",
    re.IGNORECASE,
)


def _carried_units(text: str, offset: int, facts: list[Fact]) -> list[Fact]:
    """Give a bare figure the unit of the figure it is set against: "from nine years to five".

    "cut from nine years to five" and "cut to five years from nine" then both hold two
    durations, so each pairs with its own.
    """
    out = list(facts)
    starts = {f.start for f in facts}
    for f in facts:
        # A figure read as nothing on its own ("to five on Tuesday") after a measured one.
        m = _BARE_AFTER.match(text, f.end - offset) if f.attr("unit") else None
        if m is not None and offset + m.start("n") not in starts:
            raw = m.group("n").lower()
            value = _figure(raw)
            bare = _quantity(text, offset, m.start("n"), m.end("n"), "count", value, [])
            out.append(bare)
    out.sort(key=lambda f: f.start)
    for i in range(len(out) - 1):
        p, q = out[i], out[i + 1]
        # "a room of 4 by 3 metres" = "4m by 3m": the sides of an area share their unit.
        sides = _BY.fullmatch(text, p.end - offset, q.start - offset) is not None
        if not (sides or _TO_FROM.fullmatch(text, p.end - offset, q.start - offset)):
            continue
        for bare, measured, k in ((q, p, i + 1), (p, q, i)):
            unit = _unit(measured.attr("unit"))
            # "about 12 by 8 metres": a hedge on the first side is the area's.
            if bare.key != "count" or bare.attr("unit") or unit is None:
                continue
            if bare.attr("hedge") and not (sides and bare is p):
                continue
            if sides and measured.key != "m":
                continue
            if not isinstance(bare.value, float | int) or unit[0] != measured.key:
                continue
            dim, factor = unit
            attrs = [("step", repr(factor)), ("unit", measured.attr("unit"))]
            attrs += [(k, v) for k, v in bare.attrs if k in ("hedge", "hedge_start", "negated")]
            start, end = bare.start - offset, bare.end - offset
            out[k] = _quantity(text, offset, start, end, dim, float(bare.value) * factor, attrs)
    return out


# "over the next fortnight" = "in the next two weeks": a span of one unit, named by "the".
# "in the fortnight before the closure" = "in the 14 days before": the span before or after
# an event, named by "the" alone.
_ONE_UNIT_SPAN = re.compile(
    r"\b(?:over|in|during|within|for)\s+(?P<span>(?:the|its|their)\s+"
    # "for its first decade" = "for the first 10 years"; not "the first decade of the century".
    r"(?:(?P<first>first\s+)(?=decade\b(?!\s+of\b))|(?P<adj>(?:next|past|last|coming|previous)\s+))?"
    r"(?P<unit>fortnight|week|month|year|decade)(?P<half>\s+and\s+a\s+half)?)\b"
    r"(?!\s+(?:and|or)\s+(?:a|an|two)\b)"
    # "in the week to Wednesday" = "in the seven days to Wednesday".
    r"(?(adj)|(?(first)|(?=\s+(?:(?:before|after|leading\s+up\s+to|preceding|following|since)\b"
    r"|to\s+(?-i:[A-Z])))))",
    re.IGNORECASE,
)


def _one_unit_spans(text: str, offset: int, facts: list[Fact]) -> list[Fact]:
    """Read "over the next fortnight", "in the past year" as spans of one unit."""
    if "the " not in text and "its " not in text and "their " not in text:
        return facts
    found = []
    for m in _ONE_UNIT_SPAN.finditer(text):
        if any(f.start - offset <= m.start("unit") < f.end - offset for f in facts):
            continue
        unit = m.group("unit").lower()
        dim, factor = _UNITS[unit]
        attrs = [("step", repr(factor)), ("unit", unit)]
        value = factor * (1.5 if m.group("half") else 1)
        found.append(_quantity(text, offset, m.start("span"), m.end("span"), dim, value, attrs))
    return _merged(facts, found)


# "the 1980s and '90s": a decade with its century left off.
_SHORT_DECADE = re.compile(r"(?<![\w'’])['’](?P<n>\d0)s\b")


# "in the nineties" = "in the 1990s": a decade of the last century, in words.
_DECADE_WORD = re.compile(
    r"\bthe\s+(?:early\s+|mid-?\s*|late\s+)?(?P<w>forties|fifties|sixties|seventies|eighties|nineties)\b",
    re.IGNORECASE,
)
_DECADES = {
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}


def _short_decades(text: str, offset: int, facts: list[Fact]) -> list[Fact]:
    """Read "'90s" and "the nineties" as the year that starts the decade, as "1990s" is read."""
    found = []
    attrs = [("step", "1.0"), ("unit", "")]
    for m in _SHORT_DECADE.finditer(text) if "0s" in text else ():
        n = int(m.group("n"))
        year = float(1900 + n if n >= 30 else 2000 + n)
        found.append(_quantity(text, offset, m.start("n"), m.end("n"), "year", year, attrs))
    for m in _DECADE_WORD.finditer(text) if "ties" in text else ():
        year = float(1900 + _DECADES[m.group("w").lower()])
        found.append(_quantity(text, offset, m.start("w"), m.end("w"), "year", year, attrs))
    return _merged(facts, found)


# "in 90 BC", "between 120 and 90 BC", "AD 79": years of an era, the first end of a range
# taking the era of the second.
_ERA = re.compile(
    r"\b(?P<n>\d{1,4})(?=(?:\s+(?:and|to|or)\s+\d{1,4}|\s*[-–]\s*\d{1,4})?\s*(?P<era>BCE?|AD|CE)\b)"
    r"|\bAD\s+(?P<ad>\d{1,4})\b"
)


def _eras(text: str, offset: int, facts: list[Fact]) -> list[Fact]:
    """Read "90 BC" as a year before the era (-90), not as the number 90."""
    found = []
    for m in _ERA.finditer(text) if ("BC" in text or "AD" in text or "CE" in text) else ():
        if m.group("ad"):
            n, start, end = float(m.group("ad")), m.start("ad"), m.end("ad")
        else:
            n, start, end = float(m.group("n")), m.start("n"), m.end("n")
            if m.group("era").startswith("BC"):
                n = -n
        found.append(
            _quantity(text, offset, start, end, "year", n, [("step", "1.0"), ("unit", "")])
        )
    return _merged(facts, found)


_SCALED = re.compile(r"^(?P<n>[\d.,]+)\s*(?:million|billion|trillion|thousand|bn|mn|m|k)$", re.I)


def _money_ranges(text: str, offset: int, facts: list[Fact]) -> list[Fact]:
    """Give both ends of "€410-450 million" the sign of the first and the scale of the second.

    Without it "€410" reads as 410 euros and "450 million" as a count.
    """
    out = list(facts)
    for i in range(len(out) - 1):
        p, q = out[i], out[i + 1]
        if p.kind is not Kind.NUMBER or q.key != "count" or not p.key.isupper():
            continue  # money only: its keys are currency codes ("EUR", "JPY/CNY")
        scaled = _SCALED.match(q.text)
        if scaled is None:
            continue
        if not re.fullmatch(r"\s*(?:-|–|to)\s*", text[p.end - offset : q.start - offset]):
            continue
        if not re.search(r"\d$", p.text):
            continue  # the first end has its own scale or unit ("€3m to 5 million")
        raw = float(scaled.group("n").replace(",", ""))
        if not raw or not isinstance(q.value, float | int) or not isinstance(p.value, float | int):
            continue
        factor = float(q.value) / raw
        step = [("step", repr(float(p.attr("step") or 1) * factor)), ("unit", "")]
        out[i] = _quantity(
            text, offset, p.start - offset, p.end - offset, p.key, float(p.value) * factor, step
        )
        out[i + 1] = _quantity(
            text, offset, q.start - offset, q.end - offset, p.key, float(q.value), list(q.attrs)
        )
    return out


# "aged 4 and 7", "aged three, five and nine": each figure listed after "aged" is an age.
# An age bounded before its figure: "children under the age of ten", "children under five".
_AGE_BOUND = re.compile(
    r"\bage\s+of\s+$|\b(?:children|kids|babies|infants|toddlers|them)\s+(?:under|over)\s+$",
    re.IGNORECASE,
)
_AGED_BEFORE = re.compile(
    # "the couple's younger son, now six, was admitted": an age between commas.
    r",\s+now\s+$|"
    r"\baged\s+(?:(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:\s*,\s*(?:and\s+)?|\s+and\s+)){0,3}$|"
    + _AGE_BOUND.pattern,
    re.IGNORECASE,
)
_GROUP_OF_BEFORE = re.compile(
    r"\b(?:group|team|family|panel|crew|party|band|gang|pack|field|squad|convoy)\s+of\s+$",
    re.IGNORECASE,
)
_EACH_AFTER = re.compile(r"\s+(?:from\s+|for\s+|of\s+)?(?:each|apiece)\b", re.IGNORECASE)
_PART_BEFORE = re.compile(r"\b(?:including|among\s+them|of\s+whom|of\s+which)\s+$", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_RANGE_TAIL = re.compile(r"\s*(?:-|–|to|and)\s*(?=\d)")


def _range_start(text: str, end: int, parsed: _Parsed) -> _Parsed:
    """Return the first end of a range in the measure of the second: "180-220 million euros"."""
    tail = _RANGE_TAIL.match(text, end)
    second = _QUANTITY.match(text, tail.end()) if tail else None
    if second is None or not second.group("num") or second.group("hedge"):
        return parsed
    other = _parse(second, text)
    raw = float(re.sub(r"[,\s\u00a0\u202f]", "", second.group("num")))
    if other is None or other.key == "year" or raw <= parsed.value or not raw:
        return parsed
    if other.key == "count" and not second.group("scale"):
        return parsed  # "10-12 people": two counts already
    factor = other.value / raw
    if other.key == "month" and _AGE.match(text, second.end()):
        return _Parsed(parsed.value * factor / 12, "age", parsed.step * factor / 12, other.unit)
    return _Parsed(parsed.value * factor, other.key, parsed.step * factor, other.unit)


# A storm's or quake's grade: "an EF4 tornado", "a Category 4 hurricane", "a level 3 alert".
_GRADE = re.compile(
    r"\b(?:(?P<ef>E?F)(?P<n>[0-5])\b|(?P<word>Category|Level|Grade)\s+(?P<n2>[1-5])\b)"
)


def _grades(text: str, offset: int) -> list[Fact]:
    facts = []
    for m in _GRADE.finditer(text):
        n = int(m.group("n") or m.group("n2"))
        scale = "EF" if m.group("ef") else m.group("word").lower()
        attrs = [("step", "1.0"), ("unit", scale)]
        fact = _quantity(text, offset, m.start(), m.end(), f"grade:{scale.lower()}", n, attrs)
        facts.append(replace(fact, display=f"{scale} {n}"))
    return facts


# A height in feet and inches: "5ft 7in", "6 feet 2 inches" is one length.
_FEET_INCHES = re.compile(
    r"\b(?P<ft>\d{1,2})\s?(?:ft|feet|foot)\.?,?\s?(?:and\s)?(?P<in>\d{1,2})\s?(?:in|inches|inch)\b\.?"
)


def _feet_and_inches(text: str, offset: int) -> list[Fact]:
    facts = []
    for m in (
        _FEET_INCHES.finditer(text) if "ft" in text or "feet" in text or "foot" in text else ()
    ):
        metres = int(m.group("ft")) * 0.3048 + int(m.group("in")) * 0.0254
        attrs = [("step", "0.0254"), ("unit", "ft")]
        facts.append(_quantity(text, offset, m.start(), m.end(), "m", metres, attrs))
    return facts


# "round the clock" is "24 hours a day": the same span, said without a figure.
_ROUND_THE_CLOCK = re.compile(r"\b(?:a)?round[\s-]the[\s-]clock\b", re.IGNORECASE)


def _round_the_clock(text: str, offset: int) -> list[Fact]:
    facts = []
    for m in _ROUND_THE_CLOCK.finditer(text) if "clock" in text else ():
        attrs = [("step", "3600.0"), ("unit", "hours")]
        fact = _quantity(text, offset, m.start(), m.end(), "s", 86400.0, attrs)
        facts.append(replace(fact, display="24 hours"))
    return facts


def _clock_durations(text: str, offset: int) -> list[Fact]:
    facts = []
    for m in _CLOCK_DURATION.finditer(text):
        value: float
        if m.group("h") is not None:
            value = int(m.group("h")) * 3600 + int(m.group("m")) * 60 + int(m.group("s"))
            step, start = 1.0, m.start()
            if (fraction := m.group("hfr")) is not None:
                step = 10.0 ** -len(fraction)
                value += int(fraction) * step
        elif m.group("mi2") is not None:
            value = int(m.group("mi2")) * 60 + int(m.group("se2"))
            step, start = 1.0, m.start()
        elif m.group("mi") is not None:
            fraction = m.group("fr")
            step, start = 10.0 ** -len(fraction), m.start()
            value = int(m.group("mi")) * 60 + int(m.group("se")) + int(fraction) * step
        else:
            value = int(m.group("h2")) * 3600 + int(m.group("m2")) * 60
            step, start = 60.0, m.start("h2")
        attrs = [("step", repr(step)), ("unit", "clock")]
        if m.group("h2") is not None:
            # "won in 13:41": hours and minutes, or minutes and seconds as a race is timed.
            attrs.append(("also", repr(float(value) / 60)))
        facts.append(_quantity(text, offset, start, m.end(), "s", float(value), attrs))
    return facts


_CENTS_OF = {
    "euro": "EUR",
    "us": "USD",
    "u.s.": "USD",
    "canadian": "CAD",
    "australian": "AUD",
    "singapore": "SGD",
}


_ONE_UNIT = re.compile(r"(?:an?|one)\s", re.IGNORECASE)


def _compound_durations(text: str, offset: int, facts: list[Fact]) -> list[Fact]:
    """Join "2 hours 17 minutes 9 seconds" into one duration, so it equals "2:17:09"."""
    out: list[Fact] = []
    for f in facts:
        last = out[-1] if out else None
        if (
            last is not None
            and f.key == last.key
            and f.key in ("s", "month")
            and not f.attr("hedge")
            and f.step() < last.step()
            # "an hour and 34 minutes": the minutes add to a whole hour, not to its half.
            and float(str(f.value))
            < (float(str(last.value)) if _ONE_UNIT.match(last.text) else last.step())
            and _JOINED.fullmatch(text, last.end - offset, f.start - offset)
            and isinstance(last.value, float)
            and isinstance(f.value, float)
        ):
            attrs = [(k, v) for k, v in last.attrs if k not in ("step", "unit", "noun")]
            attrs += [("step", f.attr("step")), ("unit", "compound")]
            out[-1] = _quantity(
                text,
                offset,
                last.start - offset,
                f.end - offset,
                f.key,
                last.value + f.value,
                attrs,
            )
            continue
        out.append(f)
    return out


# "12 by 8 metres (39 by 26 feet)", "3,800-4,200 m (12,500-13,800 feet)".
_OR_CONVERTED = re.compile(
    r"\s*,?\s+or\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?",
    re.IGNORECASE,
)
_BY_UNIT = re.compile(r"\s*(?:[a-z]+\s+)?(?:by|x|×|-|–|to|and)\s*", re.IGNORECASE)


def _converted_pair(text: str, offset: int, facts: list[Fact], i: int) -> bool:
    """Return whether two measures are converted by the two in brackets after them.

    Facts i-1 and i ("12 by 8 metres") and i+1 and i+2 ("(39 by 26 feet)"), each within a
    few percent of its own.
    """
    if i < 1 or i + 2 >= len(facts):
        return False
    x, y, p, q = facts[i - 1], facts[i], facts[i + 1], facts[i + 2]
    values = [f.value for f in (x, y, p, q)]
    if (
        not all(isinstance(v, float | int) for v in values)
        or len({f.key for f in (x, y, p, q)}) != 1
    ):
        return False
    if not (
        _BY_UNIT.fullmatch(text, x.end - offset, y.start - offset)
        and _IN_PARENS.fullmatch(text, y.end - offset, p.start - offset)
        and _BY_UNIT.fullmatch(text, p.end - offset, q.start - offset)
    ):
        return False
    vx, vy, vp, vq = (float(v) for v in values)  # type: ignore[arg-type]
    return abs(vp - vx) <= 0.05 * abs(vx) and abs(vq - vy) <= 0.05 * abs(vy)


def _without_conversions(text: str, offset: int, facts: list[Fact]) -> list[Fact]:
    """Drop a conversion given in brackets: "185 km/h (115 mph)" is one speed, not two."""
    facts = list(facts)
    for i in range(len(facts) - 1, 0, -1):
        if _converted_pair(text, offset, facts, i):
            # "about 12 by 8 metres (39 by 26 feet)": two measures, each converted.
            x, y, p, q = facts[i - 1 : i + 3]
            also_x, also_y = (
                ("also", repr(float(str(p.value)))),
                ("also", repr(float(str(q.value)))),
            )
            facts[i - 1] = replace(x, attrs=tuple(sorted((*x.attrs, also_x))))
            facts[i] = replace(y, attrs=tuple(sorted((*y.attrs, also_y))))
            del facts[i + 1 : i + 3]
    out: list[Fact] = []
    for f in facts:
        last = out[-1] if out else None
        if (
            last is not None
            and f.key == last.key
            and f.kind is last.kind
            and f.attr("unit") != last.attr("unit")
            and isinstance(f.value, float | int)
            and isinstance(last.value, float | int)
            and _IN_PARENS.fullmatch(text, last.end - offset, f.start - offset)
            # "1,500 metres (4,900 feet)", "6,800 hectares (16,800 acres)": rounded as far
            # as the conversion's own figure, and within a few percent.
            and abs(float(f.value) - float(last.value)) <= max(f.written_to(), last.written_to())
            and abs(float(f.value) - float(last.value)) <= 0.05 * abs(float(last.value))
        ):
            # Kept beside the figure: "25 km (15 miles)" is "15 miles (25 km)" either way
            # round, though 15 miles is not 25 km to the kilometre.
            also = (("also", repr(float(f.value))),)
            out[-1] = replace(last, attrs=tuple(sorted((*last.attrs, *also))))
            continue
        if (
            last is not None
            and f.key == last.key == "°C"
            and f.attr("unit") != last.attr("unit")
            and isinstance(f.value, float | int)
            and isinstance(last.value, float | int)
            and _IN_PARENS.fullmatch(text, last.end - offset, f.start - offset)
            and abs((float(f.value) * 9 / 5 + 32) / 1.8 - float(last.value))
            <= 0.05 * abs(float(last.value)) + 0.1
        ):
            # "7.4C (13.3F) above normal": a difference of temperature, converted as one.
            f = replace(f, attrs=tuple(sorted((*f.attrs, ("converted", "1")))))
        if (
            last is not None
            and _MONEY_KEY.fullmatch(f.key)
            and _MONEY_KEY.fullmatch(last.key)
            and f.key != last.key
            and (
                _IN_PARENS.fullmatch(text, last.end - offset, f.start - offset)
                # "1.1 billion euros, or about $1.27 billion": the same courtesy.
                or _OR_CONVERTED.fullmatch(text, last.end - offset, f.start - offset)
            )
        ):
            # "92 pesos (about $4.60)": an amount put in another currency for the reader, at
            # a rate the story does not give. Compared where both versions give it, not
            # missed where one leaves it out.
            f = replace(f, attrs=tuple(sorted((*f.attrs, ("converted", "1")))))
        out.append(f)
    return out


# A bound on minutes left, as a bound on the minute of play.
_COUNTDOWN = {
    **dict.fromkeys(("under", "just under", "less than", "below", "fewer than"), "more than"),
    **dict.fromkeys(("up to", "at most", "no more than"), "at least"),
    **dict.fromkeys(("over", "just over", "more than", "above"), "under"),
    "at least": "at most",
}


def _match_clock(text: str, offset: int, start: int, end: int, parsed: _Parsed) -> Fact | None:
    """Return the minute of a match that minutes counted from half-time or the end name."""
    if parsed.key != "s" or not parsed.unit.startswith("min") or parsed.value % 60:
        return None
    n = int(parsed.value // 60)
    if m := _AFTER_BREAK.match(text, end):
        minute, reading = 45 + n, f"45+{n}"
    elif m := _BEFORE_BREAK.match(text, end):
        minute, reading = 45 - n, f"45-{n}"
    elif (m := _BEFORE_END.match(text, end)) and (
        _WITH.search(text, max(0, start - 20), start) or not text[end:].lstrip().startswith("left")
    ):
        minute, reading = 90 - n, f"90-{n}"
    else:
        return None
    if minute <= 0:
        return None
    return Fact(
        kind=Kind.DATE,
        start=offset + start,
        end=offset + m.end(),
        text=text[start : m.end()],
        key="moment",
        value=f"minute-{minute}",
        display=f"minute {minute} ({reading})",
    )


def _masked_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _MASK.finditer(text)]


def _standalone(text: str, start: int, end: int) -> bool:
    """Return whether the digits at ``start:end`` are a number, not part of a word or code."""
    before = text[start - 1] if start > 0 else " "
    if before.isalnum() or before == "_":
        return False
    if before in "-/" and start > 1 and text[start - 2].isalnum():
        # "COVID-19", "A-320"; but a range "10-12" is two numbers, and "mid-2026" a year.
        return text[start - 2].isdigit() or bool(_PART_OF.search(text, max(0, start - 7), start))
    return True


# Words between a figure and its unit of time: "the three previous years".
_SPAN_WORDS = frozenset(
    {"previous", "past", "last", "next", "following", "preceding", "coming", "remaining"}
    | _RUN_WORDS
)
# Plural only: "reaching 87 last year" is 87 of something, in the year before.
_TIME_NEXT = re.compile(r"\s+(years|months|weeks|days|hours|decades)\b")


def _parse(m: re.Match[str], text: str) -> _Parsed | None:
    scale_word = (m.group("scale") or "").lower()
    sign = (m.group("sign") or "").lower()
    unit_word = (m.group("unit") or "").lower()
    if " " in unit_word and unit_word.split()[0] in _RUN_WORDS:
        unit_word = unit_word.split(maxsplit=1)[1]  # "five straight points" counts points
    elif unit_word in _SPAN_WORDS and (span := _TIME_NEXT.match(text, m.end("unit"))):
        unit_word = span.group(1).lower()  # "the three previous years": three years
    if unit_word in ("summer", "winter", "autumn") and _SEASONS_AFTER.match(text, m.end()):
        unit_word = "seasons"  # "four summer field seasons" = "four summers"
    if " " in unit_word and unit_word.split()[-1] in ("point", "points") and not _unit(unit_word):
        unit_word = unit_word.split()[0]  # "three match points": a count of match points
    if unit_word in ("session", "sessions") and _MARKET.search(text):
        unit_word = f"trading {unit_word}"  # "Ferrand fell 9% in two sessions": two days
    head = unit_word.partition("/")[0]
    if head != unit_word and (head in _CURRENCY_WORDS or head in ("cents", "cent", "pence")):
        unit_word = head  # "2 cents/kWh" = "2 cents per kilowatt-hour": a price of 2 cents
    currency = _CURRENCY_SIGNS.get(sign, "")
    if not currency and unit_word in _CURRENCY_WORDS:
        currency = _CURRENCY_WORDS[unit_word]
    # Before a unit ("1.2m tonnes") or a plural noun ("3.5m bags") m is a scale; otherwise
    # only money reads m and b so.
    counted_m = scale_word == "m" and (
        bool(_COUNTED_M.fullmatch(unit_word))
        # "2m CFA francs", "5m US dollars": a currency's code before its name.
        or bool(_CODE_THEN_MONEY.match(text, m.end("scale")))
        # "4.1m emission units", "2m barrel shipments": a noun before the plural it counts.
        or (
            # "the 100m freestyle heats" and "3 m by 1.5 m optical tables" are distances.
            "." in (m.group("num") or "")
            and m.end("num") == m.start("scale")
            and unit_word not in ("high", "tall", "long", "wide", "deep", "thick", "away")
            and bool(_COUNTED_SECOND.match(text, m.end()))
        )
    )
    if scale_word in ("m", "b") and not currency and not _unit(unit_word) and not counted_m:
        # "5m" without a currency is as likely metres as millions.
        if scale_word == "m" and not m.group("word"):
            raw = re.sub(r"[,\s\u00a0\u202f]", "", m.group("num"))
            # Written to its last decimal: "1.70 m" to the centimetre.
            decimals = len(raw.split(".")[1]) if "." in raw else 0
            return _Parsed(float(raw), "m", 10.0**-decimals, "m")
        return None
    if m.group("num"):
        raw = re.sub(r"[,\s\u00a0\u202f]", "", m.group("num"))
        value = float(raw)
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        step = 10.0**-decimals
    else:
        word = re.sub(r"\s+", " ", m.group("word").lower())
        if scale_word and word.endswith((" a", " an")):
            # "a quarter of a million": the share ("a quarter") of the scale.
            word = re.sub(r" (?:of )?an?$", "", word)
            word = re.sub(r"^(two|three) ", r"\1-", word)  # "three quarters" = "three-quarters"
        if word in ("a", "an") and not scale_word:
            return None  # "a year ago" is not a measured duration; "a million" is a number
        of_follows = unit_word in (
            "of",
            "the",
            "were",
            "was",
            "are",
            "is",
            "had",
            "have",
            "its",
            "their",
            "his",
            "her",
            "what",
            "as",
        )
        hedged_half = word == "half" and bool(m.group("hedge"))  # "roughly half capacity"
        # "Half received the drug and half a placebo": half of a group, the subject of a verb.
        half_did = (
            word == "half"
            and text[m.end("word") : m.end("word") + 1] == " "
            and (unit_word.endswith("ed") or unit_word in _SAID_VERBS)
        )
        # "at most one bank to fail" against "at least one": a bound on one is a figure.
        bounded_one = word == "one" and (m.group("hedge") or "").lower() in (
            "at least",
            "at most",
            "up to",
            "no more than",
        )
        if word in ("one", "half", "a half") and not (
            scale_word
            or _unit(unit_word)
            or (word != "one" and of_follows)
            or hedged_half
            or half_did
            or bounded_one
            or (word == "one" and _ONE_PERSON.match(text, m.end("word")))
        ):
            return None  # "a", "one" and "half" alone are articles and pronouns far more often
        value = _word_value(word)
        if (
            value < 1
            and (
                unit_word in _SEQUENCE_NOUNS
                # "a third-floor exit", "their fifth overall", "a fifth in total": a place.
                or (text[m.end("word") : m.end("word") + 1] == "-" and not _unit(unit_word))
                or _SEQUENCE_AFTER.match(text, m.end("word"))
                # "a third five-year term": a place, then the term's length.
                or _SPAN_MODIFIER_AFTER.match(text, m.end("word"))
            )
        ):
            return None  # "a fifth round of talks", "a third term": a place, not a share
        if value < 1 and _PERIOD_PART.search(text, max(0, m.start("word") - 20), m.start("word")):
            return None  # "the first half of 2026": a part of a year, which dates reads
        if value < 1 and not (scale_word or _unit(unit_word) or currency):
            # "two-thirds of voters", "nine-tenths of the goods", "half of them": a share.
            return _Parsed(value * 100, "percent", 1e-6, "")  # an exact share
        step = 1.0
        fraction = value < 1
        counted = (
            (unit_word.isalpha() and unit_word.islower() and unit_word not in _NOT_NOUNS)
            # "by five to two": the second end of a range or a score.
            or bool(_RANGE_BEFORE.search(text, max(0, m.start("word") - 16), m.start("word")))
            or unit_word in ("of", "more", "other", "others", "additional", "new", "extra")
            # "eight to ten weeks": the first end of a range counts what the second does.
            or bool(_RANGE_NEXT.match(text, m.end("word")))
            # "between two and 10 days": the first end of a range, as for "between 2 and 10".
            or bool(
                _BETWEEN_BEFORE.search(text, max(0, m.start("word") - 10), m.start("word"))
                and _RANGE_TAIL.match(text, m.end("word"))
            )
            # "389 for six": a cricket score counts wickets.
            or bool(_SCORE_BEFORE.search(text, max(0, m.start("word") - 12), m.start("word")))
            # "22 in hospital, including six in intensive care": part of a count just given.
            or bool(_PART_BEFORE.search(text, max(0, m.start("word") - 14), m.start("word")))
            # "a girl aged three", "a chasing group of five", "six from each side".
            or bool(_AGED_BEFORE.search(text, max(0, m.start("word") - 40), m.start("word")))
            or bool(_GROUP_OF_BEFORE.search(text, max(0, m.start("word") - 20), m.start("word")))
            or bool(_EACH_AFTER.match(text, m.end("word")))
            # "three or more lawsuits": a bound, read as "at least three".
            or bool(_OR_MORE.match(text, m.end("word")))
            # "five were still in hospital", "two in serious condition": people counted.
            or (
                bool(_PEOPLE_AFTER.match(text, m.end("word")))
                and not _BACK_BEFORE.search(text, max(0, m.start("word") - 14), m.start("word"))
            )
            # "bringing the number of women in the cabinet to eight.": a total reached.
            or (
                text[m.end("word") : m.end("word") + 1] in (".", ",", ";")
                and bool(_RISE_TO.search(text, max(0, m.start("word") - 40), m.start("word")))
            )
        )
        measured = (
            scale_word
            or _unit(unit_word)
            or m.group("pct")
            or m.group("pp")
            or currency
            or fraction
        )
        if not (measured or counted):
            return None  # a number word counts only when it counts something ("two weeks")
    scale = _SCALES.get(scale_word, 1.0)
    if m.group("scale2"):
        scale *= _SCALES[m.group("scale2").lower()]
    value *= scale
    if not math.isfinite(value):
        return None  # a run of digits too long to be a quantity
    step *= scale
    if m.group("pct"):
        return _Parsed(value, "percent", step, "")
    if m.group("pp"):
        pp = m.group("pp").lower()
        if pp.startswith(("basis", "bp")):
            return _Parsed(value / 100, "pp", step / 100, "")
        return _Parsed(value, "pp", step, "")
    if unit_word in ("point", "points"):
        # Points of an index or a poll ("lost 3.6 points", "down 3 points"): not a percentage.
        return _Parsed(value, "points", step, "")
    # "24C" (no space): degrees; "24 C" is too rare to tell from a grade or a name.
    glued = unit_word in ("c", "f") and bool(m.group("num")) and m.end("num") == m.start("unit")
    temperature = (
        _TEMPERATURE.fullmatch(unit_word)
        if glued or re.match(r"°|degree|celsius|centigrade|fahrenheit", unit_word)
        else None
    )
    if temperature and m.group("num"):
        # Degrees Celsius, exact from Fahrenheit: "minus 3C" is 26.6F.
        start = m.start("num")
        if _MINUS.search(text, max(0, start - 7), start):
            value = -value
        if temperature.group("scale").startswith("f"):
            return _Parsed((value - 32) * 5 / 9, "°C", step * 5 / 9, unit_word)
        return _Parsed(value, "°C", step, unit_word)
    # "214p" (no space): pence, as British market copy writes a share price.
    pence = unit_word == "p" and bool(m.group("num")) and m.end("num") == m.start("unit")
    if unit_word.endswith(" cents") and unit_word.split()[0] in _CENTS_OF:
        # "18 euro cents" = 0.18 euros, "50 US cents" = $0.50, "53 Canadian cents" = C$0.53.
        code = _CENTS_OF[unit_word.split()[0]]
        return _Parsed(value / 100, code, step / 100, unit_word)
    if unit_word in ("cents", "cent", "pence") or pence:
        # "88 cents" = $0.88, or 0.88 euros: a cent is a hundredth of whatever the story counts in.
        code = "GBP" if unit_word in ("pence", "p") else _CENT_CURRENCIES
        return _Parsed(value / 100, code, step / 100, unit_word)
    # "until at least 2030", "no later than 2028" are still years; "more than 2000 people" is not.
    hedge_word = (m.group("hedge") or "").lower()
    year_like = (
        bool(m.group("num"))
        and not scale_word
        and hedge_word in ("", "at least", "at most", "no later than", "no earlier than")
    )
    if year_like and unit_word in ("dollar", "euro") and _YEAR.fullmatch(m.group("num") or ""):
        return _Parsed(value, "year", 1.0, "")  # "the 2028 dollar bonds": bonds due in 2028
    if currency:
        return _Parsed(value, currency, step, "")
    unit = _unit(unit_word)
    if unit:
        dim, factor = unit
        return _Parsed(value * factor, dim, step * factor, unit_word)
    if year_like and _YEAR.fullmatch(m.group("num")):
        return _Parsed(value, "year", 1.0, "")
    if (
        hedge_word in ("around", "about", "circa", "roughly", "approximately")
        and not scale_word
        and re.fullmatch(r"1\d{3}|20\d\d", m.group("num") or "")
        and _YEAR_ENDS.match(text, m.end("num"))
        and _MADE_BEFORE.search(text, max(0, m.start() - 40), m.start())
    ):
        return _Parsed(value, "year", 1.0, "")  # "woven in Brussels around 1545,"
    if (
        year_like
        and re.fullmatch(r"1[0-7]\d0", m.group("num"))
        and re.match(r"s\b", text[m.end("num") :])
    ):
        return _Parsed(value, "year", 1.0, "")  # "in the late 1600s": a century, as "the 1990s"
    if (
        year_like
        and re.fullmatch(r"1[0-7]\d\d", m.group("num"))
        and _YEAR_BEFORE.search(text, max(0, m.start("num") - 12), m.start("num"))
        and not (unit_word.endswith("s") and unit_word not in _NOT_NOUNS)
    ):
        return _Parsed(value, "year", 1.0, "")  # "sank in 1652": an older year, after "in"
    return _Parsed(value, "count", step, "")


# Before a band of places: "the top 10", "a top-20 finish"; not "bus stop 3".
_TOP_BEFORE = re.compile(r"\btop[\s-]$", re.IGNORECASE)
# What a bare count is of, named before it: "a sell-out crowd of 6,200".
_OF_BEFORE = re.compile(
    r"\b([a-z]{3,})\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
_NOT_OF = frozenset("out one each all most some none both any many few half part".split())
# "killed one person" against "killed two people": one of a people noun is a count, compared
# where the other version gives one, but "a man" for "one man" is not a figure dropped.
_ONE_PERSON = re.compile(
    r"\s+(?:(?:more|other|young|elderly|local|foreign)\s+)?(?:person|man|woman|child|boy|girl|"
    r"baby|worker|passenger|soldier|patient|resident|victim|pupil|student|officer|civilian|"
    r"miner|firefighter|climber|hiker|tourist|fisherman|driver|pedestrian|prisoner|hostage|"
    r"protester|employee|crew\s+member|rider|swimmer)\b(?!\s+of\b)",
    re.IGNORECASE,
)
_SAID_VERBS = frozenset("said say says got took saw went will would voted".split())
_YEAR = re.compile(r"1[89]\d\d|20\d\d|2100")
# A roughly given year, told of when a thing was made: "woven in Brussels around 1545,".
_MADE_BEFORE = re.compile(
    r"\b(?:woven|built|painted|made|founded|written|dat(?:ed|ing)|composed|completed|carved|"
    r"cast|erected|printed|published|born|died|buried|sunk|wrecked)\b[^,;.]{0,30}$",
    re.IGNORECASE,
)
# After a roughly given year, its clause ends: "around 1545, measures"; not "about 1500 people".
_YEAR_ENDS = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:and|when|in|on|by|as|after|before|until)\b")
_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|from|until|till|before|after|by|of|circa|c\.)\s+$", re.IGNORECASE
)


# Units that "a" measures only under a bound: "under a centimetre", "less than a second".
_BOUNDED_ONLY = frozenset(
    "second millisecond centimetre centimeter millimetre millimeter kilometre kilometer metre "
    "meter mile inch foot kilogram tonne".split()
)
_ORDINAL_NOUN = re.compile(
    r"[\s-]+(?:time|half|round|term|place|set|leg|game|match|quarter|wave|stage|phase|attempt"
    r"|try|chance|look|opinion|vote|ballot|year|season|day|week|month|largest|biggest)\b",
    re.IGNORECASE,
)
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:[a-z]{3,}est|most\s+[a-z]+|worst|best)\s+$", re.IGNORECASE)
# Phrases the main pattern does not read: "within a day", "a year and a half", "twice",
# "half a percentage point".
_PHRASES = re.compile(
    r"\b(?P<span>(?:(?:(?P<one>a|an|one|another|single)(?:\s+|(?<=single)-)"
    # "in their first year and a half" = "in their first 18 months"; not "the first year".
    r"|(?P<nth>(?<=\bfirst\s)))"
    r"(?P<lead>single\s+|full\s+|further\s+)?"
    r"(?P<unit>year|month|week|fortnight|day|hour|minute|decade|millisecond|second|(?:centi|milli|kilo)?"
    # "a year and a half" = "a year-and-a-half".
    r"met(?:re|er)|mile|inch|foot|kilogram|tonne)(?P<half>[\s-]+and[\s-]+a[\s-]+half)?(?(nth)(?<=half)))"
    r"|(?P<count>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:more|additional|further|extra)\s+(?P<unit2>years?|months?|weeks?|days?|hours?|minutes?)"
    r"|(?P<frac>a\s+quarter|half|three[\s-]quarters)\s+(?:of\s+)?an?\s+"
    r"(?P<unit3>century|decade|year|hour|day|mile|kilometre|kilometer|km|metre|meter)"
    # "over the next half-year": six months.
    r"|(?:(?<=\ba\s)|(?<=\bnext\s)|(?<=\blast\s)|(?<=\bpast\s)|(?<=\bfirst\s)|(?<=\bsecond\s)"
    # "Over the half-year" = "over the six months".
    r"|(?<=\bthe\s))"
    r"half-(?P<unit6>century|decade|year|hour)"
    # "the steepest daily decline" is its biggest one-day drop.
    r"|(?P<daily>daily|single-day)(?=\s+(?:drop|decline|fall|gain|rise|jump|loss|increase"
    r"|decrease|slide|plunge|surge|advance|move|swing|rally|sell-?off)s?\b)"
    # "down 4.2 percent on the day": a daily fall.
    r"|(?P<onday>on\s+the\s+day)(?=\s*[,.;]|\s+and\b)"
    r"|(?P<twice>twice)|(?P<thrice>three times)"
    # "four times the amount" = "fourfold"; "won four times" stays a count.
    r"|(?P<ntimes>four|five|six|seven|eight|nine|ten|\d{1,3}(?:\.\d)?)\s+times(?=\s+(?:the|its"
    r"|their|that|what|as|more|less|[a-z]+er|(?:[A-Z][\w-]*\s+){0,3}[A-Z]?[a-z]+['’]s"
    # "over three times last year's total".
    r"|(?:last|this|next)\s+[a-z]+['’]s"
    # "19 times expected 2025 core earnings": a valuation's multiple.
    r"|expected|forecast|estimated|projected|annual|earnings|sales|revenue|profits?|book)\b)"
    # "five and a half years"; "several weeks", "a few months": a span given loosely.
    r"|(?P<andhalf>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+and\s+a\s+half\s+"
    r"(?P<unit4>years|months|weeks|days|hours|minutes|feet|metres|meters|miles|kilometres|"
    r"kilometers|inches|kilograms|kilos|tonnes|tons)"
    r"|(?P<loose>several|a\s+few|a\s+couple\s+of)\s+(?P<unit5>years|months|weeks|days|hours)"
    # "several hundred students" against "several thousand": a size given by its order alone.
    r"|(?P<vague>several|a\s+few)\s+(?P<order>hundred|thousand|million)(?!\s+(?:dollars|euros|pounds))\b"
    # "its decade-long contract": a span of one unit.
    r"|(?<![\w-])(?P<unit8>decade|year|month|week|day|hour)(?=-long\b)"
    # "had complained for months", "attacked within seconds": a span given by its unit alone.
    r"|(?:(?<=\bfor\s)|(?<=\bwithin\s))(?P<unit7>years|months|weeks|days|hours|minutes|seconds)"
    r"(?=\s+(?:about|over|before|after"
    r"|of|that|and|but|as|while|without|because)\b|[,.;])"
    # "43 hundredths of a second" = "0.43 seconds".
    # "four-hundredths of a second", "a tenth of a second", "half a second".
    r"|(?P<parts>\d+|a|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?P<per>tenths?|"
    r"hundredths?|thousandths?)\s+of\s+a\s+second|(?P<halfsec>half\s+a\s+second)"
    r"|(?P<mult>doubled|doubling|tripled|tripling|trebled|quadrupled|quadrupling|quintupled"
    r"|halved|halving"
    # "nearly double last year's figure" = "almost twice as many as in 2024".
    # "over double January's daily average".
    r"|(?:double|triple|quadruple)(?=\s+(?:the|its|their|that|as|last|this|previous|an?|what)\b"
    r"|\s+(?-i:[A-Z])[\w-]*['’]s\s)"
    # "earn almost double." = "earn nearly twice as much": a hedged multiple closing its clause.
    r"|(?:(?<=\balmost\s)|(?<=\bnearly\s)|(?<=\broughly\s))(?:double|triple|quadruple)"
    r"(?=\s*[,.;:]|\s+(?:in|on|by|from|since|over|after|before|and)\b)"
    # "plans to double funding"; "cut the fine by half", "cut in half".
    r"|(?:(?<=\bto\s)|(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bcould\s)|(?<=\bcan\s)|(?<=\bmay\s)"
    # "when volumes usually double": the verb, said of what it does.
    r"|(?<=\bmight\s)|(?<=\bshould\s)|(?<=\busually\s)|(?<=\boften\s)|(?<=\btypically\s)"
    r"|(?<=\bnormally\s))(?:double|triple|quadruple|halve)"
    r"|(?:by|in)\s+half(?![\s-]+(?:an?|of|the|point|percent|per)\b))"
    r"|(?P<fold>two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|\d{1,3})"
    r"[\s-]?fold"
    r"|(?P<halfpp>half\s+a\s+(?:percentage\s+)?point|(?:an?\s+)?(?P<frpt>half|quarter)[\s-]point"
    r"|(?P<frpp>a\s+quarter|three[\s-]quarters|half)\s+of\s+a\s+(?:percentage\s+)?point)"
    r"|(?P<halfpct>half\s+(?:a\s+)?(?:percent|per\s+cent))"
    # "seven in ten", "three out of every four": a share.
    # "87 out of every 100 samples": a figure of two or three digits only before "out of".
    r"|(?P<share>(?P<part>one|two|three|four|five|six|seven|eight|nine|\d"
    r"|\d{2,3}(?=\s+out\s+of\b))\s+"
    # "one train in five would run" = "one in five trains".
    # "reached about one call in five.": the same, ending its clause.
    r"(?:(?P<noun>[a-z]{3,})\s+(?=(?:in|out\s+of)\s+(?:every\s+)?(?:ten|10|four|five|three|six|"
    r"eight|twenty)(?:\s+(?:would|will|was|were|is|are|had|has|have|could|can|may|might|ran|run)\b"
    r"|\s*[.,;:]|\s*$)))?"
    r"(?:in|out\s+of)\s+"
    r"(?:every\s+)?(?P<whole>two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty"
    r"|a\s+hundred|a\s+thousand|\d{1,3}(?:,000)?)))\b",
    re.IGNORECASE,
)
# "doubled", "trebled", "quintupled", "halved", by their first three letters.
_MULTIPLES = {"dou": 2.0, "tri": 3.0, "tre": 3.0, "qua": 4.0, "qui": 5.0, "hal": 0.5}
_CHANGE_JUST_BEFORE = re.compile(r"(?:%|\b(?:percent|cents?|points?|pence))\s+$", re.I)
_CUT_BEFORE = re.compile(
    r"\b(?:cut|cuts|reduced?|reducing|slashed|slash|lowered|lower|trimmed|shrank|shrunk|"
    r"decreased|fell|dropped|declined)\b",
    re.IGNORECASE,
)
_SCORE_WORDS = frozenset({"better", "worse"})
_BOUND_AFTER = re.compile(
    r"[\s-]+(minimum|maximum)\b(?![\s-]+(?:wage|security|income|pension|salary|price)s?\b)",
    re.IGNORECASE,
)
_OR_MORE = re.compile(
    # "29 or better in every end" = "at least 29".
    r"\s+(?:or\s+(?:(?P<up>more|greater|higher|above|over|longer|better)|(?P<down>fewer|less|lower|"
    r"below|under|shorter|worse))"
    # "until 2028 at the earliest" = "to at least 2028".
    r"|at\s+the\s+(?:(?P<earliest>earliest)|latest))\b",
    re.IGNORECASE,
)
_PEOPLE_AFTER = re.compile(
    r"\s+(?:were|are|remain|remained|died|survived|in\s+(?:a\s+)?(?:serious|critical|stable|"
    r"intensive|hospital))\b",
    re.IGNORECASE,
)
# "The other three are due to follow": a reference back to people counted before.
_BACK_BEFORE = re.compile(r"\b(?:the|other|remaining|these|those|all|both)\s+$", re.IGNORECASE)
_RISE_TO = re.compile(
    r"\b(?:number|total|tally|count|toll|rose|risen|rises|rising|fell|fallen|falls|falling|"
    r"bringing|brings|brought|taking|takes|took|increas\w*|reduc\w*|cut)\b[^.;]{0,30}\bto\s+$",
    re.IGNORECASE,
)
# "at around the 110-km mark"; "children under the age of 10" are those "aged under 10".
_HEDGE_THE = re.compile(
    r"\b(around|roughly|approximately|nearly|almost|(?:under|over|above|below)(?=\s+the\s+age\b))"
    r"\s+the\s+(?:age\s+of\s+)?$",
    re.IGNORECASE,
)
_HEDGE_BEFORE = re.compile(rf"\b({_HEDGES})\s+$", re.IGNORECASE)
# "than a year earlier", "a year before": a point of comparison ("a year before the vote" is
# still a span of time).
_REFERENCE = re.compile(
    r"\s+(?:earlier|ago|previously|before(?!\s+(?:the|a|an|its|his|her|their|it|this)\b))\b",
    re.IGNORECASE,
)
_WITHIN = re.compile(
    r"\b(?:within|in|for|over|after|following|than|by"
    r"|(?:gave|give|gives|given|giving|granted|allowed|allows|allow)(?:\s+[a-z]+){0,2})"
    r"\s+(?:just\s+|only\s+)?$",
    re.IGNORECASE,
)
# "a week earlier", "an hour later": a span of time between two events, as "seven days
# earlier" is; only after "than" or "from" is it the point a change is measured from.
_LATER = re.compile(
    r"\s+(?:later|earlier|afterwards|late|early|behind\s+schedule|before|after)\b", re.I
)
_AGO = re.compile(r"\s+ago\b", re.IGNORECASE)
# "the four-hour debate", "the two-week deadline": measured, not a reference back.
_HYPHEN_UNIT = re.compile(
    r"-(?:year|month|week|day|hour|minute|second|mile|metre|meter|kilometre|km|member|man|"
    r"woman|person|strong|seat|nation|party|judge|sigma)s?\b",
    re.I,
)
_SPAN_MODIFIER_AFTER = re.compile(
    r"\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)-[a-z]+\s+[a-z]", re.I
)
# "a fifth round", "a third term": a place in a sequence, not a share.
_SEQUENCE_NOUNS = frozenset(
    """round time term day year week edition straight consecutive successive game stage leg
    place season attempt bid try wave title medal crown victory win championship trophy""".split()
)
_SEASONS_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?seasons\b")
# "a fifth in total", "a third overall", "a fourth in a row": a place, counted.
# "the first half of 2026", "the second quarter": a period, counted, not a share.
_PERIOD_PART = re.compile(r"\b(?:first|second|third|fourth|final|last|latter)\s+$", re.I)
_SEQUENCE_AFTER = re.compile(r"\s+(?:in\s+total|overall|in\s+all|in\s+a\s+row|running)\b", re.I)
# "the five days of meetings": a count of days, not a reference back.
_TIME_UNIT_NEXT = re.compile(r"\s+(?:days|weeks|months|years|hours|minutes|seconds)\b", re.I)
# A figure at either end of a range: "eight to ten weeks", "by five to two".
_RANGE_END = rf"(?:\d|\b(?:{_TENS}|{_UNITS_WORDS}|ten|eleven|twelve)\b)"
_RANGE_BEFORE = re.compile(rf"{_RANGE_END}\s*(?:to|-|–)\s*$", re.IGNORECASE)
_OF = re.compile(r"\s+of\b")
_RANGE_NEXT = re.compile(rf"\s*(?:to|-|–|or)\s*{_RANGE_END}", re.IGNORECASE)
# "over a month after the attack": the span between two events, so "more than".
# "over two hours behind", "over a week late": more than, a gap.
_SPAN_BETWEEN = re.compile(
    r"\s+(?:after|before|ago|earlier|later|ahead|since|behind|adrift|clear|late|overdue|apart|"
    r"old|of)\b"
    # "over a month's supply": the span is an amount of something, more than a month of it.
    r"|['’]s\b",
    re.I,
)
# "over two academic years", "over three school terms": a span, though not in a unit we convert.
_SPAN_NOUN = re.compile(
    r"(?:\s+[a-z-]+){0,2}?\s+(?:years|months|weeks|days|seasons|terms|semesters|summers|"
    r"winters|springs|autumns)\b",
    re.I,
)
# "298.4 points over two rounds": an amount gathered across a number of events.
_EVENT_NOUN = re.compile(
    r"\s+(?:rounds|sessions|stages|legs|games|matches|races|heats|laps|jumps|innings|quarters"
    r"|trading\s+days|outings|starts)\b",
    re.IGNORECASE,
)
# "298.4 points over two rounds", "five hits over six innings": an amount, then the span.
_AMOUNT_BEFORE = re.compile(
    r"(?:\d(?:[\d.,]*\d)?|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
    r"(?:%|\s+[a-z]+)?\s+$",
    re.IGNORECASE,
)
# "in over two years", "for over a week", "just over": more than; "spread over two years",
# "tracked over four years": during.
_OVER_MEANS_MORE = re.compile(
    r"\b(?:in|for|of|by|than|lasting|lasted|lasts|took|takes|just|slightly|well|aged|after|little|"
    r"spent|spend|spends|spending|is|are|was|were|been|be|being)\s+$",
    re.IGNORECASE,
)
_PHASED_IN = re.compile(r"\bphas(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,2}?in\s+$", re.I)
# "drove temperatures in the valleys up to 22.4C", "pushed the toll up to 40": moved up, to the
# figure itself.
_MOVED_UP = re.compile(
    r"\b(?:push(?:es|ed|ing)?|dr(?:ove|ive|ives|iving|iven)|pull(?:s|ed|ing)?|lift(?:s|ed|ing)?|"
    r"pump(?:s|ed|ing)?|ratchet(?:s|ed|ing)?|jack(?:s|ed|ing)?)"
    # The object between: "drove temperatures up to"; not "climbed by up to 14%", a bound.
    r"(?:\s+(?!(?:by|to|of|and|or|at|with|can|could|will|would|may|might|must)\b)[\w'’-]+){1,5}"
    r"\s+$"
    # "Prize money has gone up to CHF 40,000": risen to it.
    r"|\b(?:gone|go|goes|going|went)\s+$",
    re.IGNORECASE,
)
# "ranged over 210 sq km", "spread over 40 hectares": a verb's particle, the extent itself.
_OVER_PARTICLE = re.compile(r"\b(?:rang\w*|roam\w*|spread\w*|scatter\w*)\s+$", re.IGNORECASE)
# "flew over 1,100 reefs": above them, as many as there were.
_FLEW = re.compile(r"\b(?:fl(?:y|ies|ew|own|ying)|hover\w*|circl\w*)\s+$", re.IGNORECASE)
# "a high of" bounds a range's top, but "a record high of", "a 15-year high of" is the record.
_PEAKS = ("high of", "low of", "peak of")
_RECORD_BEFORE = re.compile(
    # "The previous high of $2,200 a tonne" = "the old high, $2,200": the earlier record.
    r"\b(?:record|all-time|historic|new|fresh|previous|old|former|earlier|prior|"
    r"\d+-(?:year|month|week|day)|"
    r"(?:year|month|week|decade)s?-long)\s+$",
    re.IGNORECASE,
)
_OR_SO = re.compile(r"\s+or\s+so\b", re.IGNORECASE)
# "a year and two months": the start of a compound span, joined by _compound_durations.
_AND_SMALLER = re.compile(
    r"\s+and\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+"
    r"(?P<unit>months|weeks|days|hours|minutes)\b",
    re.IGNORECASE,
)


def _joined_smaller(text: str, end: int, unit: str) -> bool:
    """Return whether "a year" at ``end`` goes on "and two months", in a unit it adds up with."""
    m = _AND_SMALLER.match(text, end)
    return m is not None and _UNITS[m.group("unit").lower()][0] == _UNITS[unit.lower()][0]


_SCORE_BEFORE = re.compile(r"\b\d{1,3}\s+for\s+$")
# "twice the average", "three times World Triathlon's limit": a multiple of something.
_OF_SOMETHING = re.compile(
    # "twice the average", "twice larger"; "stalled twice over how costs were shared" counts.
    r"\s+(?:the|its|their|that|what|as|more|less|(?!(?:over|under|after|ever|never|whether)\b)[a-z]+er"
    r"|(?-i:(?:[A-Z][\w-]*\s+){0,3})[A-Z]?[a-z]+['’]s"
    # "three times last year's total".
    r"|(?:last|this|next)\s+[a-z]+['’]s)\b",
    re.IGNORECASE,
)
_COMPARED = re.compile(
    r"\b(?:than|from|on|over|versus|vs\.?|below|above|against|with)\s+$", re.IGNORECASE
)
# "up from 26.2 million euros a year earlier": the figure of the point compared with between.
_COMPARED_FIGURE = re.compile(
    r"\b(?:than|from|versus|vs\.?)\s+[$€£¥]?(?!(?:19|20)\d\d\b)\d(?:[\d.,]*\d)?(?:\s*(?:%|[a-z]+)){0,3}"
    r"\s+$",
    re.IGNORECASE,
)
# "a year to draft the law": the time given for something.
_TIME_TO = re.compile(
    # A verb after "to", not a place ("40 million tonnes of coal a year to Port Callis").
    r"\s+to\s+(?!(?:date|the|a|an|its|their|his|her|this|that|each|every)\b)(?-i:[a-z]+)\b",
    re.IGNORECASE,
)


def _quantity(
    text: str,
    offset: int,
    start: int,
    end: int,
    key: str,
    value: float,
    attrs: list[tuple[str, str]],
) -> Fact:
    """Return the fact for a quantity at ``text[start:end]``: a date for years and durations."""
    kind = Kind.DATE if key == "year" or key in _DURATIONS else Kind.NUMBER
    return Fact(
        kind=kind,
        start=offset + start,
        end=offset + end,
        text=text[start:end],
        key=key,
        value=value,
        display=display(value, key),
        attrs=tuple(sorted(attrs)),
    )


def _worded(text: str, offset: int) -> list[Fact]:
    """Return the quantities said without a figure, which a sentence with none may hold too.

    "round the clock", "the end of the century", "sub-millisecond", "the poorest fifth".
    """
    return (
        _round_the_clock(text, offset)
        + _century_end(text, offset)
        + _sub_units(text, offset)
        + _ranked_shares(text, offset)
    )


# "the poorest fifth of neighbourhoods" = "the poorest 20%": a share, ranked by a superlative.
_RANKED_SHARE = re.compile(
    r"\b[a-z]{3,}est\s+(?P<w>half|third|quarter|fifth|tenth)(?=\s+of\b)", re.IGNORECASE
)
_SHARE_OF_WORD = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0}


def _ranked_shares(text: str, offset: int) -> list[Fact]:
    """Return the share a superlative ranks: "the richest tenth of households" is 10%."""
    if "est " not in text:
        return []
    attrs = [("step", "1e-06"), ("unit", "")]
    return [
        _quantity(
            text,
            offset,
            m.start("w"),
            m.end("w"),
            "percent",
            _SHARE_OF_WORD[m.group("w").lower()],
            attrs,
        )
        for m in _RANKED_SHARE.finditer(text)
    ]


# "the sub-millisecond flashes" = "flashes lasting less than a millisecond".
_SUB_UNIT = re.compile(r"\bsub-(?P<u>millisecond|second|minute|hour)\b", re.IGNORECASE)


def _sub_units(text: str, offset: int) -> list[Fact]:
    """Return "sub-millisecond" as a span under one millisecond."""
    if "sub-" not in text:
        return []
    found = []
    for m in _SUB_UNIT.finditer(text):
        dim, factor = _UNITS[m.group("u").lower()]
        attrs = [
            ("hedge", "under"),
            ("hedge_start", str(offset + m.start())),
            ("step", repr(factor)),
            ("unit", m.group("u").lower()),
        ]
        found.append(_quantity(text, offset, m.start(), m.end(), dim, factor, attrs))
    return found


# "could drown by the end of the century" = "by 2100": this century's last year.
_CENTURY_END = re.compile(r"\bthe\s+end\s+of\s+(?:the|this)\s+century\b", re.IGNORECASE)


def _century_end(text: str, offset: int) -> list[Fact]:
    """Return the year 2100 for "the end of the century", as copy written now means it."""
    if "century" not in text:
        return []
    facts = []
    for m in _CENTURY_END.finditer(text):
        attrs = [("step", "1.0"), ("unit", "")]
        fact = _quantity(text, offset, m.start(), m.end(), "year", 2100.0, attrs)
        facts.append(replace(fact, display="2100 (the end of the century)"))
    return facts


def _phrases(text: str, offset: int, taken: list[Fact]) -> list[Fact]:
    facts = []
    for m in _PHRASES.finditer(text):
        if any(f.start - offset <= m.start() < f.end - offset for f in taken):
            continue
        start, end = m.start("span"), m.end("span")
        compared = False  # "up 14% from a week earlier": the period a change is measured over
        if m.group("unit2"):
            raw = m.group("count").lower()
            amount = _figure(raw)
            name = m.group("unit2").lower()
            dim, factor = _UNITS[name]
            value, key, step, unit = amount * factor, dim, factor, name
        elif m.group("unit"):
            if (m.group("one") or "").lower() == "single" and _SUPERLATIVE_BEFORE.search(
                text, max(0, start - 25), start
            ):
                continue  # "the deadliest single day": which day, not how long
            # "a day" counts only as a span of time: after "within", "for"..., or when it is
            # "a single year" or "a year and a half", never in "1,500 tons a day".
            lone = (m.group("one") or "").lower() not in ("another", "single") and not (
                m.group("lead") or m.group("half")
            )
            # "a fortnight ago" is two weeks back, as "two weeks ago" is; "a year ago" is a
            # point of comparison more often than a span.
            offset_in_time = _LATER.match(text, end) or (
                m.group("unit").lower() == "fortnight" and _AGO.match(text, end)
            )
            if m.group("unit").lower() in _BOUNDED_ONLY and not (
                _HEDGE_BEFORE.search(text, max(0, start - 25), start)
                and not _ORDINAL_NOUN.match(text, end)
            ):
                continue  # "a second time", "a metre of water": "under a second" is 1 second
            if lone and not (
                _WITHIN.search(text, 0, start)
                or _TIME_TO.match(text, end)
                or _HEDGE_BEFORE.search(text, max(0, start - 25), start)
                or offset_in_time
                or _joined_smaller(text, end, m.group("unit"))
                # "a decade-long moratorium" is a 10-year one.
                or text.startswith("-long", end)
            ):
                continue
            if (
                lone
                and _REFERENCE.match(text, end)
                and (
                    _COMPARED.search(text, 0, start)
                    or _COMPARED_FIGURE.search(text, max(0, start - 50), start)
                )
            ):
                # "than a year earlier": a point of comparison, not a span of time; kept, loose,
                # so that "from a week earlier" and "from a month earlier" still differ.
                compared = True
            dim, factor = _UNITS[m.group("unit").lower()]
            amount = 1.5 if m.group("half") else 1.0
            value, key, step, unit = amount * factor, dim, factor / 2, m.group("unit").lower()
        elif m.group("daily") or m.group("onday"):
            if m.group("onday") and not _CHANGE_JUST_BEFORE.search(text, max(0, start - 20), start):
                continue  # "sworn in on the day": only a change is measured over the day
            dim, factor = _UNITS["day"]
            value, key, step, unit = factor, dim, factor / 2, "day"
        elif m.group("unit6"):
            dim, factor = _UNITS[m.group("unit6").lower()]
            value, key, step, unit = 0.5 * factor, dim, factor / 4, m.group("unit6").lower()
        elif m.group("unit3"):
            # "a quarter of a century" is 25 years, "half an hour" 30 minutes.
            frac = m.group("frac").lower()
            share = 0.5 if frac == "half" else 0.25 if frac.startswith("a") else 0.75
            dim, factor = _UNITS[m.group("unit3").lower()]
            value, key, step, unit = share * factor, dim, factor / 4, m.group("unit3").lower()
        elif m.group("andhalf"):
            raw = m.group("andhalf").lower()
            amount = _figure(raw) + 0.5
            dim, factor = _UNITS[m.group("unit4").lower()]
            # Given to the half: "four and a half years" is not "four years and three months".
            value, key, step, unit = amount * factor, dim, factor / 4, m.group("unit4").lower()
        elif m.group("vague"):
            order = {"hundred": 100.0, "thousand": 1000.0, "million": 1e6}[m.group("order").lower()]
            value, key, step, unit = 3 * order, "count", 2 * order, ""
        elif m.group("unit8"):
            dim, factor = _UNITS[m.group("unit8").lower()]
            value, key, step, unit = factor, dim, factor / 2, m.group("unit8").lower()
        elif m.group("unit7"):
            # "for months" is compared by its unit, as "several months" is.
            dim, factor = _UNITS[m.group("unit7").lower()]
            value, key, step, unit = 3 * factor, dim, 2 * factor, m.group("unit7").lower()
        elif m.group("loose"):
            # A loose count is compared by its unit only: "several weeks" is not "several
            # months", nor "a few weeks"; the figure stands for "about three".
            dim, factor = _UNITS[m.group("unit5").lower()]
            value, key, step, unit = 3 * factor, dim, 2 * factor, m.group("unit5").lower()
        elif m.group("per"):
            raw = m.group("parts").lower()
            amount = _figure(raw)
            size = {"te": 0.1, "hu": 0.01, "th": 0.001}[m.group("per")[:2].lower()]
            value, key, step, unit = amount * size, "s", size, "second"
        elif m.group("halfsec"):
            value, key, step, unit = 0.5, "s", 0.1, "second"
        elif m.group("fold"):
            # "rose threefold" = "tripled": a multiple.
            raw = m.group("fold").lower()
            value = _figure(raw)
            key, step, unit = "multiple", 1e-6, ""
        elif m.group("halfpp"):
            part = (m.group("frpt") or m.group("frpp") or "half").lower()
            share_pp = 0.75 if part.startswith("three") else 0.25 if "quarter" in part else 0.5
            value, key, step, unit = share_pp, "pp", 0.05, ""
        elif m.group("halfpct"):
            value, key, step, unit = 0.5, "percent", 0.1, ""
        elif m.group("share"):
            part, whole = m.group("part").lower(), m.group("whole").lower().replace("a ", "")
            numerator = _figure(part)
            whole = {"hundred": "100", "thousand": "1000"}.get(whole, whole).replace(",", "")
            denominator = _figure(whole)
            if not 0 < numerator < denominator:
                continue  # "scored two in 2 minutes" is no share
            # "seven in ten" is written to the tenth; "one in seven" to its neighbours, one in
            # six and one in eight.
            step = 100 / denominator if numerator > 1 else 100 / (denominator * (denominator + 1))
            value, key, unit = 100 * numerator / denominator, "percent", ""
        elif m.group("mult"):
            # "sales doubled": a multiple, so that "almost doubled" keeps its hedge.
            word = m.group("mult").lower().split()[-1]
            if word == "half" and not _CUT_BEFORE.search(text, 0, start):
                continue  # "rose by half" is 1.5 times; only a cut by half is halving
            value = _MULTIPLES[word[:3]]
            key, step, unit = "multiple", 1e-6, ""
            if word.startswith("hal"):
                # "numbers halved" = "fell by half" = "fell 50%": a cut of half, read as "half"
                # is read everywhere ("more than half"), so that the figures pair.
                value, key = 50.0, "percent"
        elif m.group("ntimes"):
            value, key, step, unit = _figure(m.group("ntimes").lower()), "multiple", 1e-6, ""
        else:
            value, key, step, unit = (2.0 if m.group("twice") else 3.0), "count", 1.0, ""
            if _OF_SOMETHING.match(text, end):
                key, step = "multiple", 1e-6  # "twice the average" = "double the average"
        if key == "month" and _AGE.match(text, end):
            value, key, step = value / 12, "age", step / 12  # "a decade old" = "10 years old"
        attrs = [("step", repr(step)), ("unit", unit)]
        if m.group("loose") or m.group("unit7") or m.group("vague") or compared:
            attrs.append(("loose", "1"))  # compared with a span in another unit, never missed
        if compared:
            attrs.append(("compared", "1"))
        # "lower than a year earlier": the hedge bounds the change, not the period.
        hedge = None if compared else _HEDGE_BEFORE.search(text, max(0, start - 25), start)
        if (
            hedge
            and hedge.group(1).lower() == "over"
            and key in _DURATIONS
            and _over_is_during(text, hedge.start(1), end)
        ):
            hedge = None  # "vaccinated over a year": during, as for "over 12 months"
        if hedge:
            attrs += [
                ("hedge", _hedge_word(hedge.group(1))),
                ("hedge_start", str(offset + hedge.start(1))),
            ]
            if _negated_bound(text, hedge.start(1)):
                attrs.append(("negated", "1"))
        elif m.group("vague"):
            # "several hundred" is as loose as "about 300".
            attrs += [("hedge", "about"), ("hedge_start", str(offset + start))]
        elif not (m.group("loose") or compared) and (after := _OR_MORE.match(text, end)):
            # "for a minute or more" is "for at least one minute".
            attrs += [
                (
                    "hedge",
                    "at least" if after.group("up") or after.group("earliest") else "at most",
                ),
                ("hedge_start", str(offset + start)),
            ]
        fact = _quantity(text, offset, start, end, key, value, attrs)
        if m.group("unit7"):
            fact = replace(fact, display=m.group("unit7").lower())
        if m.group("vague"):
            shown = re.sub(r"\s+", " ", m.group("span").lower())
            fact = replace(fact, display=f"{shown} (about {value:g})")
        if m.group("loose"):
            loose = re.sub(r"\s+", " ", m.group("loose").lower())
            fact = replace(fact, display=f"{loose} {m.group('unit5').lower()}")
        facts.append(fact)
    return facts


def _hedge_word(raw: str) -> str:
    """Return a hedge as the rules know it: "an estimated street value of" is "an estimated"."""
    hedge = raw.lower()
    if hedge.startswith(("an estimated", "estimated", "put")):
        return "an estimated" if hedge.startswith("an") else "estimated"
    if hedge.startswith("a") and hedge.endswith("reported"):
        return "a reported"
    return hedge


def _over_is_during(text: str, over: int, end: int) -> bool:
    """Return whether "over" at ``over`` before a span ending at ``end`` means "during"."""
    if _PHASED_IN.search(text, max(0, over - 30), over):
        return True  # "phase it in over two years": the particle "in", then the span
    if _OVER_MEANS_MORE.search(text, max(0, over - 12), over):
        return False
    between = _SPAN_BETWEEN.match(text, end)
    # "ending over ten years of talks" is more than ten years; a sentence opening "Over a
    # year and a half of follow-up, ..." sets the time the rest took.
    return between is None or (between.group(0).split()[0].lower() == "of" and text[over].isupper())


def _unit(word: str) -> tuple[str, float] | None:
    if word == "m-len":
        return ("m", 1.0)
    word = re.sub(r"\s+", " ", word.replace("-", " ")).strip()
    if word in _UNITS:
        return _UNITS[word]
    first = word.split(" ")[0] if word else ""
    if "/" in first and first.split("/")[0] in _UNITS:
        return _UNITS[first.split("/")[0]]  # "5.6 t/ha": tonnes, per hectare
    return _UNITS.get(first)


def _figure(raw: str) -> float:
    """Return a figure written in digits or as a number word: "7", "seven", "thirty-eight"."""
    return float(raw) if raw[0].isdigit() else _word_value(raw.lower())


def _word_value(word: str) -> float:
    if (hundreds := re.fullmatch(r"(\S+) hundred(?: and (\S+))?", word)) is not None:
        rest = _word_value(hundreds.group(2)) if hundreds.group(2) else 0.0
        return 100 * _word_value(hundreds.group(1)) + rest  # "two hundred and fifty"
    if (whole := re.sub(r"\s+and\s+a\s+half$", "", word)) != word:
        return _word_value(whole) + 0.5  # "one and a half" (million)
    if word.endswith(" dozen"):
        return 12 * _word_value(word.split()[0])  # "two dozen"
    word = re.sub(r"\s+(?=(?:thirds|fifths|sixths|eighths|tenths|quarters)$)", "-", word)
    fraction_word = word.split("-")[-1].endswith(
        ("th", "ths", "half", "halves", "quarter", "quarters")
    )
    if (
        "-" in word
        and word not in _NUMBER_WORDS
        and fraction_word
        and word.split("-")[1][:3] in _DENOMINATORS
    ):
        # "two-thirds", "three-quarters"; not "thirty-eight" or "forty-three".
        count, part = word.split("-", 1)
        return _NUMBER_WORDS[count] / _DENOMINATORS[part[:3]]
    if "-" in word and word not in _NUMBER_WORDS:
        tens, ones = word.split("-", 1)
        return float(_NUMBER_WORDS[tens] + _NUMBER_WORDS[ones])
    return float(_NUMBER_WORDS[word])


def _end(m: re.Match[str], parsed: _Parsed) -> int:
    """Return where the quantity's surface ends: after the unit only when it was used."""
    if parsed.unit == "m" and m.group("scale"):
        return m.end("scale")
    if (
        parsed.unit
        and (m.group("unit") or "").lower() in _SPAN_WORDS
        and (span := _TIME_NEXT.match(m.string, m.end("unit")))
    ):
        return span.end()  # "three previous years", to its unit
    if parsed.unit or (m.group("unit") and m.group("unit").lower() in _CURRENCY_WORDS):
        return m.end("unit")
    for group in ("pp", "pct", "scale2", "scale", "num", "word"):
        if m.group(group):
            return m.end(group)
    return m.end()


def display(value: float, key: str) -> str:
    """Return the normalised value for people: ``4.15e9 USD``, ``25%``, ``2e9 kg``."""
    if key == "percent":
        return f"{_num(value)}%"
    if key == "pp":
        return f"{_num(value)} percentage points"
    if key == "points":
        return f"{_num(value)} points"
    if key == "year" and value < 0:
        return f"{_num(-value)} BC"
    if key in ("count", "year"):
        return _num(value)
    if key == "age":
        months = value * 12
        if value < 2 and abs(months - round(months)) < 1e-6:
            return f"aged {round(months)} months"  # "aged 17 months", not "aged 1.416667"
        return f"aged {_num(value)}"
    if key == "multiple":
        return f"{_num(value)}×"
    if key == "s":
        # The largest unit that gives a short figure: "3.4 days", not "4896 minutes".
        for size, name in ((604800, "weeks"), (86400, "days"), (3600, "hours"), (60, "minutes")):
            amount = value / size
            if amount >= 1 and abs(round(amount, 2) - amount) < 1e-9:
                return f"{_num(amount)} {name if amount != 1 else name[:-1]}"
        return f"{_num(value)} {'second' if value == 1 else 'seconds'}"
    if key == "kg/m3":
        # A concentration in the units its readers use: "35 µg/L" for lead in blood.
        micro = value * 1e6
        return f"{_num(micro)} µg/L" if micro < 1000 else f"{_num(micro / 1e3)} mg/L"
    if key == "month":
        return f"{_num(value)} {'month' if value == 1 else 'months'}"
    return f"{_num(value)} {key}"


def _num(value: float) -> str:
    if value == 0:
        return "0"
    if not math.isfinite(value):
        return str(value)
    if abs(value) >= 1e5 or abs(value) < 1e-3:
        exp = math.floor(math.log10(abs(value)))
        mantissa = f"{value / 10**exp:.6f}".rstrip("0").rstrip(".")
        return f"{mantissa}e{exp}"
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text or "0"
