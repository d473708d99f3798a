"""Fold text for comparison, shared by the extractors and the rules that compare their facts."""

from __future__ import annotations

import re


def fold_words(text: str) -> str:
    """Return the words of ``text`` with case, punctuation, dashes and quote style folded.

    Contractions are written out ("won't" = "will not") and a percentage is one way ("3%" =
    "three per cent" = "3 percent"): the speaker's words are the same.
    """
    text = text.lower()
    if "'" in text or "’" in text:
        text = _CONTRACTION.sub(lambda m: _CONTRACTIONS[m.group(0).replace("’", "'")], text)
    if "%" in text or "cent" in text:
        text = re.sub(r"\s?%|\s+per\s?cent\b", " percent", text)
        text = _PERCENT_WORD.sub(lambda m: f"{_SMALL[m.group(1)]} percent", text)
    # Copy that lost its apostrophes ("isnt", "dont"): the same denial.
    text = _BARE_NOT.sub(lambda m: f"{m.group(1)} not", text)
    text = re.sub(r"\bcannot\b", "can not", text)
    # Apostrophes go entirely: copy that lost them ("dont") still quotes the same words.
    text = re.sub(r"['’‘]", "", text)
    text = re.sub(r"[-–—]", " ", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


_CONTRACTIONS = {
    "won't": "will not",
    "can't": "can not",
    "shan't": "shall not",
    **{
        f"{v}n't": f"{v} not"
        for v in "do does did is are was were has have had would could should must need".split()
    },
    **{f"{p}'s": f"{p} is" for p in "it that there here what he she who where".split()},
    **{f"{p}'re": f"{p} are" for p in "we you they who".split()},
    **{f"{p}'ve": f"{p} have" for p in "i we you they who".split()},
    **{f"{p}'ll": f"{p} will" for p in "i we you they he she it that there who".split()},
    "i'm": "i am",
    "let's": "let us",
}
_BARE_NOT = re.compile(
    r"\b(do|does|did|is|are|was|were|has|have|had|would|could|should|must|need)nt\b"
)
_CONTRACTION = re.compile(
    r"\b(?:" + "|".join(re.escape(c).replace("'", "['’]") for c in _CONTRACTIONS) + r")(?!\w)"
)
_SMALL = {
    w: str(n) for n, w in enumerate("zero one two three four five six seven eight nine ten".split())
}
_PERCENT_WORD = re.compile(r"\b(" + "|".join(_SMALL) + r")\s+percent\b")


# One spelling per entity: other spellings, capitals used for governments ("Washington",
# "the Kremlin") and the adjectives that name a country ("French"). Comma-separated.
_ALIAS_GROUPS = {
    "United States": "US, U.S., USA, U.S.A., America, American, Americans, Washington",
    "Ireland": "Irish, Dublin",
    "Vatican": "Holy See",
    "Conservative": "Conservatives, Tory, Tories",
    "Russia": "Russian, Russians, Moscow, Kremlin",
    "Ukraine": "Ukrainian, Ukrainians, Kyiv, Kiev",
    "United Kingdom": "UK, U.K., Britain, British, Great Britain, London, Briton, Britons",
    "China": "Chinese, Beijing",
    "France": "French, Paris, Frenchman, Frenchwoman",
    "Germany": "German, Germans, Berlin",
    "Japan": "Japanese, Tokyo",
    "India": "Indian, Indians, New Delhi",
    "European Union": "EU, E.U., Brussels",
    "Canada": "Canadian, Canadians, Ottawa",
    "Mexico": "Mexican, Mexicans",
    "Brazil": "Brazilian, Brazilians",
    "Chile": "Chilean, Chileans, Santiago",
    "Peru": "Peruvian, Peruvians, Lima",
    "Italy": "Italian, Italians, Rome",
    "Spain": "Spanish, Madrid, Spaniard, Spaniards",
    "Israel": "Israeli, Israelis",
    "Iran": "Iranian, Iranians, Tehran",
    "Turkey": "Turkish, Ankara, Turk, Turks",
    # Adjectives only: "Stockholm" is a city as often as it is Sweden's government.
    "Switzerland": "Swiss",
    "Australia": "Australian, Australians",
    "Netherlands": "Dutch, Dutchman, Dutchwoman",
    "Poland": "Polish",
    "Sweden": "Swedish, Swede, Swedes",
    "Norway": "Norwegian, Norwegians",
    "Denmark": "Danish, Dane, Danes",
    "Finland": "Finnish",
    "Austria": "Austrian, Austrians",
    "Belgium": "Belgian",
    "Portugal": "Portuguese",
    "Greece": "Greek, Greeks",
    "South Korea": "South Korean",
    "Egypt": "Egyptian",
    "Indonesia": "Indonesian",
    "Malaysia": "Malaysian",
    "Argentina": "Argentine, Argentinian",
    "Nigeria": "Nigerian",
    "South Africa": "South African",
    "Scotland": "Scottish",
    # Regions named by their adjective: "the Sicilian port of Marzella" = "a port in Sicily".
    "Sicily": "Sicilian",
    "Sardinia": "Sardinian",
    "Corsica": "Corsican",
    "Bavaria": "Bavarian",
    "Catalonia": "Catalan",
    "Andalusia": "Andalusian",
    "Tuscany": "Tuscan",
    "Brittany": "Breton",
    "Flanders": "Flemish",
    "Quebec": "Quebecois, Québécois",
    "Tasmania": "Tasmanian",
    "Patagonia": "Patagonian",
    "Wales": "Welsh",
    "Kenya": "Kenyan, Kenyans",
    "Philippines": "Filipino, Filipinos, Philippine",
    "Vietnam": "Vietnamese",
    "Thailand": "Thai",
    "Pakistan": "Pakistani, Pakistanis",
    "Hungary": "Hungarian",
    "Romania": "Romanian",
    "Colombia": "Colombian",
    "New Zealand": "New Zealander, New Zealanders",
    "United Arab Emirates": "UAE, U.A.E., Emirati, Emiratis, Abu Dhabi",
    "Saudi Arabia": "Saudi, Saudis, Riyadh",
    "Malta": "Maltese",
    "Cyprus": "Cypriot, Cypriots",
    "Iceland": "Icelandic, Icelander, Icelanders",
    "Estonia": "Estonian, Estonians",
    "Latvia": "Latvian, Latvians",
    "Lithuania": "Lithuanian, Lithuanians",
    "Slovenia": "Slovenian, Slovene",
    "Croatia": "Croatian, Croatians",
    "Serbia": "Serbian, Serbians",
    "Bulgaria": "Bulgarian, Bulgarians",
    "Czechia": "Czech, Czech Republic",
    "Slovakia": "Slovak, Slovakian",
    "Albania": "Albanian, Albanians",
    "Montenegro": "Montenegrin",
    "Belarus": "Belarusian",
    "Moldova": "Moldovan",
    "Morocco": "Moroccan, Moroccans",
    "Algeria": "Algerian, Algerians",
    "Tunisia": "Tunisian, Tunisians",
    "Libya": "Libyan, Libyans",
    "Sudan": "Sudanese",
    "Ghana": "Ghanaian, Ghanaians",
    "Ethiopia": "Ethiopian, Ethiopians",
    "Tanzania": "Tanzanian, Tanzanians",
    "Uganda": "Ugandan, Ugandans",
    "Rwanda": "Rwandan, Rwandans",
    "Zimbabwe": "Zimbabwean, Zimbabweans",
    "Zambia": "Zambian, Zambians",
    "Mozambique": "Mozambican",
    "Angola": "Angolan",
    "Namibia": "Namibian",
    "Senegal": "Senegalese",
    "Cameroon": "Cameroonian",
    "Venezuela": "Venezuelan, Venezuelans",
    "Bolivia": "Bolivian",
    "Ecuador": "Ecuadorian, Ecuadorean",
    "Uruguay": "Uruguayan",
    "Paraguay": "Paraguayan",
    "Cuba": "Cuban, Cubans",
    "Singapore": "Singaporean",
    "Bangladesh": "Bangladeshi, Bangladeshis",
    "Nepal": "Nepalese, Nepali",
    "Sri Lanka": "Sri Lankan",
    "Afghanistan": "Afghan, Afghans",
    "Iraq": "Iraqi, Iraqis",
    "Syria": "Syrian, Syrians",
    "Lebanon": "Lebanese",
    "Jordan": "Jordanian",
    "Qatar": "Qatari",
    "Kuwait": "Kuwaiti",
    "Oman": "Omani",
    "Yemen": "Yemeni",
    "Armenia": "Armenian",
    "Azerbaijan": "Azerbaijani",
    "Kazakhstan": "Kazakh",
    "Uzbekistan": "Uzbek",
    "Mongolia": "Mongolian",
    "Taiwan": "Taiwanese",
    "United Nations": "UN, U.N.",
    "Pentagon": "Defense Department, Department of Defense",
    # Central banks by their short names.
    "Federal Reserve": "Fed, U.S. Federal Reserve, US Federal Reserve",
    "European Central Bank": "ECB",
    "European Commission": "EU Commission, E.U. Commission",
    "European Parliament": "EU Parliament, E.U. Parliament",
    "Bank of England": "BoE",
    "Bank of Japan": "BoJ, BOJ",
}
# The world's states, by their short English names: a place one version names where the other
# gives a town ("in Coventry" vs "in England") widens it rather than moving it.
COUNTRIES = frozenset(
    """afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
    bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
    botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile china
    colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt
    eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana
    greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran
    iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait
    kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
    madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia
    moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal
    netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay
    peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia
    seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland
    syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu
    uganda ukraine uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia
    zimbabwe""".split()
) | frozenset(
    {
        "cape verde", "central african republic", "costa rica", "czech republic",
        "dominican republic", "east timor", "el salvador", "equatorial guinea", "ivory coast",
        "new zealand", "north korea", "north macedonia", "papua new guinea", "saudi arabia",
        "sierra leone", "solomon islands", "south africa", "south korea", "south sudan",
        "sri lanka", "united arab emirates", "united kingdom", "united states",
    }
)  # fmt: skip
# A minister's or ministry's portfolio: "the health minister", "Ministry of Defence".
PORTFOLIOS = frozenset(
    """defence defense interior finance health justice education trade economy energy
    agriculture transport environment labour labor culture planning housing industry commerce
    tourism sport sports science technology digital communications infrastructure mining
    fisheries immigration security employment information water""".split()
)
# Words that say what kind of body a name is, not which one.
INSTITUTION_WORDS = frozenset(
    "court bank ministry party council university committee agency office department "
    "commission union association institute group company corporation international "
    "national federal state central city river fund organisation organization authority "
    "board service society foundation league club airlines airport hospital school port "
    "museum gallery stadium team trust institution centre center alliance network inc ltd "
    "corp plc llc gmbh holdings observatory laboratory".split()
)

ALIASES: dict[str, str] = {}
for _canonical, _names in _ALIAS_GROUPS.items():
    ALIASES[_canonical.lower()] = _canonical
    for _name in _names.split(","):
        ALIASES[_name.strip().lower()] = _canonical


# The adjectives of the alias table that name a country's people ("American", "Dutch"), not
# its capitals ("London Metal Exchange" is no Briton).
DEMONYMS = frozenset(
    k
    for k, country in ALIASES.items()
    if re.search(r"(?:an|ish|ese|ch|ss|ek|ine|i)$", k)
    and k not in COUNTRIES
    and k != country.lower()
    and k not in ("tehran", "new delhi")
)


def fold_name(word: str) -> str:
    """Return the one spelling of a name or name word ("UN" → "united nations"), lower-cased."""
    key = word.lower().rstrip(".")
    for form in (key, key + "."):
        if form in ALIASES:
            return ALIASES[form].lower()
    return key


# Superlatives that say opposite things, by the pair's first word: "fastest" and "slowest".
OPPOSITE_SUPERLATIVES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "fastest": (("fastest", "quickest"), ("slowest",)),
    "highest": (("highest",), ("lowest",)),
    "best": (("best",), ("worst",)),
    "strongest": (("strongest",), ("weakest",)),
    "largest": (("largest", "biggest"), ("smallest",)),
    "hottest": (("hottest", "warmest"), ("coldest", "coolest")),
    "wettest": (("wettest",), ("driest",)),
    "oldest": (("oldest",), ("youngest", "newest")),
    "longest": (("longest",), ("shortest",)),
    "tallest": (("tallest",), ("shortest",)),
    "richest": (("richest", "wealthiest"), ("poorest",)),
    "most expensive": (
        ("most expensive", "priciest", "costliest"),
        ("cheapest", "least expensive"),
    ),
    "heaviest": (("heaviest",), ("lightest",)),
    "deepest": (("deepest",), ("shallowest",)),
    "widest": (("widest",), ("narrowest",)),
    "safest": (("safest",), ("most dangerous",)),
    "busiest": (("busiest",), ("quietest",)),
    "closest": (("closest", "nearest"), ("farthest", "furthest", "most distant")),
}


# Superlatives that rank on one scale: "the second-smallest extent" = "the second-lowest".
SAME_SCALE_SUPERLATIVES = (frozenset({"smallest", "lowest", "least", "fewest"}),)


def opposite_superlatives(x: str, y: str) -> bool:
    """Return whether two superlatives say opposite things ("slowest" and "fastest")."""
    x, y = x.lower(), y.lower()
    return any(
        (x in ups and y in downs) or (x in downs and y in ups)
        for ups, downs in OPPOSITE_SUPERLATIVES.values()
    )


# Past forms a suffix rule cannot reach: "did not find" and "found" share "find".
_IRREGULAR = {
    "found": "find",
    "told": "tell",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "made": "make",
    "held": "hold",
    "kept": "keep",
    "paid": "pay",
    "sold": "sell",
    "brought": "bring",
    "thought": "think",
    "sought": "seek",
    "won": "win",
    "lost": "lose",
    "began": "begin",
    "begun": "begin",
    "saw": "see",
    "seen": "see",
    "met": "meet",
    "ran": "run",
    "went": "go",
    "gone": "go",
    "using": "use",
    "led": "lead",
    "built": "build",
    "sent": "send",
    "spent": "spend",
    "meant": "mean",
    "lent": "lend",
    "felt": "feel",
    "dealt": "deal",
    "left": "leave",
    "heard": "hear",
    "understood": "understand",
    "knew": "know",
    "known": "know",
    "chose": "choose",
    "chosen": "choose",
    "spoke": "speak",
    "spoken": "speak",
    "wrote": "write",
    "written": "write",
    "rose": "rise",
    "risen": "rise",
    "fell": "fall",
    "fallen": "fall",
    "caught": "catch",
    "taught": "teach",
    "bought": "buy",
    "fought": "fight",
    "became": "become",
    "came": "come",
    "forgave": "forgive",
    "forgiven": "forgive",
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "struck": "strike",
    "stood": "stand",
    "drove": "drive",
    "driven": "drive",
    "grew": "grow",
    "grown": "grow",
    "broke": "break",
    "broken": "break",
    "overtook": "overtake",
    "overtaken": "overtake",
}


def stem(word: str) -> str:
    """Return the stem a denial and a statement share: "ruled" and "rule" are "rule"."""
    word = word.lower()
    word = _IRREGULAR.get(word, word)
    for suffix in ("ing", "ed", "es", "s", "d"):
        # A bare "d" ends only a past form ("used"): "yield", "fund" and "hold" keep theirs.
        if suffix == "d" and (not word.endswith("ed") or word.endswith("eed")):
            continue
        if suffix == "s" and word.endswith("ss"):
            continue  # "pass" is not a plural: it shares "pass" with "passed" and "passes"
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            # "running", "stopped": the consonant doubled before the ending ("falling" keeps
            # its double l, as "fall" has it).
            if (
                suffix in ("ing", "ed")
                and len(word) >= 4
                and word[-1] == word[-2]
                and word[-1] not in "aeiouslzf"
            ):
                word = word[:-1]
            break
    while word.endswith("e") and len(word) > 3:
        word = word[:-1]  # "agree", "agreed" and "agreeing" all "agr"
    return word[:5]


def is_acronym(u: str, v: str) -> bool:
    """Return whether one name is the initials of the other ("WHO", "the World Health ...")."""
    u, v = re.sub(r"^(?:the|The)\s+", "", u), re.sub(r"^(?:the|The)\s+", "", v)
    first_u, _, rest_u = u.partition(" ")
    first_v, _, rest_v = v.partition(" ")
    if first_u == first_v and rest_u and rest_v:
        u, v = rest_u, rest_v  # "US CDC" and "US Centers for Disease Control": the same "US"
    short, long = (u, v) if len(u) < len(v) else (v, u)
    if not short.isupper() or not 2 <= len(short) <= 6 or " " not in long:
        return False
    short = short.replace(".", "")
    # "CDC" for "Centers for Disease Control and Prevention": the initials may stop at "and".
    for part in (long, long.split(" and ")[0]):
        # "U.S." is "US" as initials go.
        words = [w.replace(".", "") or w for w in part.split() if w[0].isupper()]
        # "USDA" for the "US Department of Agriculture": a short capitalised word is its own
        # initials; "FDA" for the "US Food and Drug Administration": the country may be left off.
        whole = "".join(w if w.isupper() and len(w) <= 3 else w[0] for w in words)
        country_off = "".join(w[0] for w in words[1:]) if words and words[0].isupper() else ""
        # "CBOT" for the "Chicago Board of Trade": a short word may lend its initial too.
        every = "".join(w[0].upper() for w in part.split())
        for initials in ("".join(w[0] for w in words), whole, country_off, every):
            # "FIS" for the "International Ski Federation", "TAR" for the "Regional
            # Administrative Tribunal": initials of the name in its own language, in another order.
            if initials == short or (len(short) >= 3 and sorted(initials) == sorted(short)):
                return True
    return False


# The stretches of a day each part can mean: "late Monday" and "Monday night" agree, "Tuesday
# afternoon" and "Tuesday morning" do not.
PARTS_OF_DAY = {
    "early": frozenset({"small hours", "morning"}),
    "morning": frozenset({"morning"}),
    "afternoon": frozenset({"afternoon"}),
    "evening": frozenset({"evening", "night"}),
    "night": frozenset({"evening", "night", "small hours"}),
    "night-time": frozenset({"evening", "night", "small hours"}),
    "overnight": frozenset({"night", "small hours"}),
    "late": frozenset({"evening", "night"}),
    "midday": frozenset({"midday", "noon-", "noon+"}),
    "noon": frozenset({"midday", "noon-", "noon+"}),
    "before noon": frozenset({"morning", "noon-"}),
    "after noon": frozenset({"afternoon", "noon+"}),
    "midnight": frozenset({"night", "small hours"}),
    # "shortly before midnight" and "shortly after midnight" fall on two different days.
    "before midnight": frozenset({"night"}),
    "after midnight": frozenset({"small hours"}),
    "late afternoon": frozenset({"afternoon"}),
    "early afternoon": frozenset({"afternoon", "midday"}),
    "late morning": frozenset({"morning", "midday"}),
    "early morning": frozenset({"small hours", "morning"}),
}


# A place cut short by a hyphen and shared with the next: "the second- and third-largest
# producers" (the first ordinal takes the second's superlative and noun).
SUSPENDED_LINK = r"-\s+(?:and|or|to)\s+"

# Minutes past or to the hour said in words ("twenty past four" is 4:20), and where such a
# phrase is a clock time at all: after a word that places it in time and before its clause
# goes on ("voted ten to six" is a count, "kept at five to six days" a range, "around ten to
# one by men" a ratio). The dates read the time; the numbers leave its words alone.
CLOCK_MINUTES = {"five": 5, "ten": 10, "twenty": 20, "twenty-five": 25}
CLOCK_BEFORE = ("at", "around", "about", "until", "before", "after")
CLOCK_AFTER = r"\s*(?:[,.;:!?)]|$)|\s+(?:on|when|as|and|that|this|local|o['’]clock)\b"

# A military-style clock time, "1500 local time", "0930 GMT", and the first of two,
# "0400-2000 GMT", "from 0600 to 2200 local time": the zone after the second time.
MILITARY_TIME = (
    r"\b(?P<hm>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?:(?=\s*(?:(?:[-–]|to\b|and\b)\s*(?:[01]\d|2[0-3])"
    r"[0-5]\d\s*)?(?:GMT|UTC|local\s+time|hours|hrs)\b)"
    # "from 2300 to 0600", "between 0600 and 2200": a range with an end written with its
    # leading zero, which no count has.
    r"|(?=\s*(?:[-–]|to\b|and\b)\s*0\d[0-5]\d\b)"
    r"|(?<=\bto\s0\d{3})|(?<=\band\s0\d{3})|(?<=[-–]0\d{3})|(?<=\bfrom\s0\d{3})"
    r"|(?<=\bbetween\s0\d{3})"
    r"|(?<=\b0\d{3}\sto\s\d{4})|(?<=\b0\d{3}\sand\s\d{4})|(?<=\b0\d{3}[-–]\d{4}))(?!\d)"
)

# "day two", "stage 4", "lap 12": which day or stage of the story's own events, a moment the
# dates read ("the second day") and the numbers leave alone. The figure must end its phrase:
# "ended the day 3.2 percent higher" is a change on the day, not day 3.
EVENT_NUMBER = (
    r"\b(?P<unit2>day|stage|round|game|leg|lap|year)\s+(?P<n2>\d{1,2}|one|two|three|four|five|six|"
    r"seven|eight|nine|ten)\b(?=\s*(?:[,;:!?)]|\.(?!\d))|\s+(?:of|in|on|at|when|after|before|"
    # "On day one Calderra were dismissed": the clause's subject follows.
    r"against|with|was|is|but|and)\s|\s+(?-i:[A-Z]))"
)

# A range of days in one month: "December 9 to 14", "9-14 December", "between 9 and 14 May".
# The dates read the lone day with the month of the other, and the numbers leave both alone.
# Case-sensitive inside, so that the numbers' case-blind pattern reads exactly the same ranges.
_RANGE_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
DAY_RANGE = (
    r"(?-i:\b(?:(?P<ma>"
    + _RANGE_MONTH
    + r")\s+[0-3]?\d(?:st|nd|rd|th)?\s*(?:-|–|to|through|and)\s*(?P<da>[0-3]?\d)"
    r"(?:st|nd|rd|th)?(?![.,]?\d|\s*(?:%|per\b|percent|[a-z]))(?:,?\s+(?P<ya>(?:1[89]|20)\d\d)\b)?"
    r"|(?P<db>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?P<mb>" + _RANGE_MONTH + r"))\b)"
)

# "would not be lifted before the end of September", "not available before 2028": until at
# least then. Searched in the 70 characters before a date or a year. Not "until": "was not
# founded until 1863" dates the founding.
NOT_BEFORE = re.compile(
    r"(?:\b(?:not|never|unlikely)|n['’]t)\s+(?:[a-z]+\s+){0,5}?before\s+(?:the\s+|on\s+)?$",
    re.IGNORECASE,
)
