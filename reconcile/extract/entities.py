"""Find names of people, places and organisations, folded to one spelling through aliases."""

from __future__ import annotations

import re

from reconcile.fold import ALIASES, DEMONYMS, INSTITUTION_WORDS, PORTFOLIOS
from reconcile.model import Fact, Kind

# A word of a name ends in a letter, a digit or a dot, or in the apostrophe of a plural
# possessive inside the name: "the Ardmark Nurses' Union", "the Workers' Party".
_NAME_WORD = r"[A-Z][\w’'.&-]*(?:[\w.]|(?<=s)['’](?=\s+[A-Z]))"
_NAME = re.compile(
    rf"\b(?:{_NAME_WORD}|[A-Z])"
    # A capital letter alone ends a name ("Dome C", "Group B"); with a dot it is an initial.
    # "University of the Witwatersrand", "Bank of the West": "of the" inside a name.
    rf"(?:\s+(?:(?:of\s+the|of|the|de|del|da|al|bin|van|von|for|and)\s+)?(?:{_NAME_WORD}|[A-Z]\b(?!\.)))*"
)
# Capitalised words that are not names: sentence openers, titles, days, months.
_NOT_NAMES = frozenset(
    """the a an in on at but and however even after before when while if as it he she they we
    though although because whether yet so then also
    i this that these those his her their its our there here what who why how some many most
    several all both each no not one two three four five six seven eight nine ten
    mr mrs ms dr president prime minister chief chairman chairwoman secretary spokesman
    spokeswoman senator governor general sir lord official officials
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec gmt utc bst cet est edt pst pdt cst cdt mst under over for with from by to of
    into during since until despite about against among between through within upon across
    im id ive ill i’m i’d i’ve i’ll i'm i'd i've i'll celsius fahrenheit centigrade
    chf eur gbp usd jpy cny inr rub aud cad sek nok dkk zar brl mxn hkd sgd pln
    q1 q2 q3 q4 h1 h2 mvp ceo cfo host hosts""".split()
)
_WORD = re.compile(r"[^\s]+")
_CONNECTORS = frozenset("of the de del da al bin van von".split())
_TITLES = frozenset(
    "president prime minister mr mrs ms dr chief chairman secretary senator governor "
    "general spokesman spokeswoman sen rep gov gen judge justice mayor ceo professor prof "
    "king queen prince princess pope bishop archbishop captain capt colonel sergeant "
    "ambassador chancellor commissioner inspector detective sheriff coach substitute striker "
    "defender midfielder goalkeeper manager analyst economist lawyer attorney chairwoman "
    "councillor councilman councilwoman deputy officer executive "
    # Clergy: "Father Benedikt Zeman" is "Abbot Benedikt Zeman".
    "father abbot abbess brother sister reverend rev imam rabbi cardinal".split()
)
# Courts named by their level, capitalised or not ("the constitutional court", "the High
# Court"): which court rules is a fact even where no proper name says it. Jurisdiction words
# ("federal", "state") are left out: "a federal court" may well be "a district court".
# The offence a person is charged with or convicted of: "charged with murder" is not
# "charged with manslaughter", nor "attempted murder" murder.
_OFFENCE = re.compile(
    r"\b(?:charged\s+with|convicted\s+of|accused\s+of|found\s+guilty\s+of|guilty\s+of|"
    r"pleaded\s+(?:not\s+)?guilty\s+to|arrested\s+on\s+suspicion\s+of|acquitted\s+of|"
    r"cleared\s+of|jailed\s+for|sentenced\s+for|indicted\s+(?:on|for))\s+"
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple)\s+counts?\s+of\s+)?"
    r"(?P<offence>(?:(?:attempted|aggravated|first-degree|second-degree|third-degree|"
    r"involuntary|voluntary|gross|criminal|sexual|armed|common)\s+)?"
    r"(?:murder|manslaughter|assault|fraud|theft|robbery|burglary|rape|arson|kidnapping|bribery|"
    r"corruption|embezzlement|money\s+laundering|tax\s+evasion|drug\s+trafficking|terrorism|"
    r"treason|espionage|perjury|blackmail|extortion|insider\s+trading|dangerous\s+driving|"
    r"careless\s+driving|drink-driving|drunk\s+driving|negligence|harassment|stalking|"
    r"smuggling|forgery|homicide|battery|trespass|vandalism|criminal\s+damage))\b",
    re.IGNORECASE,
)
_OFFENCE_HINT = re.compile(
    r"charged|convicted|accused|guilty|suspicion|acquitted|cleared|jailed|sentenced|indicted",
    re.IGNORECASE,
)
_COURT = re.compile(
    r"\b(?P<level>supreme|constitutional|high|appeals?|appellate|district|magistrates[’']?|"
    r"crown|county|administrative|military|family|juvenile)\s+courts?\b"
    r"|\bcourts?\s+of\s+(?P<of>appeals?|cassation)\b",
    re.IGNORECASE,
)
# A minister's or ministry's portfolio ("deputy defence minister", "Ministry of the Interior"):
# which office acted is a fact, named or not.
_AREAS = "|".join(sorted(PORTFOLIOS, key=lambda w: (-len(w), w)))
_PORTFOLIO = re.compile(
    rf"\b(?P<a>{_AREAS}|foreign|home|treasury)\s+(?P<office>minist(?:er|ry)|secretary|department)\b"
    rf"|\b(?P<office2>minist(?:er|ry))\s+(?:of|for)\s+(?:the\s+)?"
    rf"(?P<b>{_AREAS}|foreign\s+affairs|home\s+affairs)\b",
    re.IGNORECASE,
)
_PORTFOLIO_HINT = re.compile(r"minist|secretary|department", re.IGNORECASE)
_PORTFOLIOS = {
    "defense": "defence",
    "home": "interior",
    "home affairs": "interior",
    "foreign affairs": "foreign",
    "labor": "labour",
    "sports": "sport",
}
_COURT_LEVELS = {"appeal": "appeals", "appellate": "appeals", "magistrates’": "magistrates"}
# Words that make "X of Y" one name ("Republic of Korea", "Chamber of Commerce") besides
# the kinds of body: a person or team "of" a place is two names ("Lotte Brandvold of Norway").
_OF_JOINS = INSTITUTION_WORDS | frozenset(
    "republic kingdom museum college academy house chamber school assembly parliament congress "
    "senate tribunal states emirates islands isle church cathedral order institute duke earl "
    "archbishop bishop secretary director head governor people peoples journal review gazette "
    "times herald bureau office agency centre center laboratory observatory".split()
)
# A lone first word is a name when an age follows it ("Voss, 58, said").
# So is one described in apposition before it speaks: "Nordfracht, the airport's largest
# freight customer, said".
# So is one listed with names: "Tuvalu, Nauru and Kiribati voted against it".
_NAMED_OPENER = re.compile(
    r",\s*\d{1,3}\s*,"
    r"|,\s+[A-Z][\w’'-]+(?:,\s+[A-Z][\w’'-]+)*,?\s+(?:and|or)\s+[A-Z][\w’'-]+"
    r"|,\s+(?:the|a|an|its)\s+[^,.;:]{3,60},\s+(?:said|says|told|added|warned|announced)\b"
)
# Words that open a sentence before a comma and are never its subject.
_DISCOURSE = frozenset(
    """meanwhile separately still instead overall earlier later today yesterday elsewhere
    nonetheless nevertheless also again first finally now then here there thus hence
    likewise similarly moreover furthermore besides indeed yet previously currently""".split()
)


def extract(text: str, offset: int = 0) -> list[Fact]:
    """Return the names in ``text``; ``value`` is the name folded through the alias table.

    A capitalised run is cut at titles and openers: "Corvenian President Lucia Marek" holds
    "Corvenian" and "Lucia Marek", "Judge Miriam Oduya" holds "Miriam Oduya".
    """
    facts: list[Fact] = []
    for m in _NAME.finditer(text):
        if text.startswith("$", m.end()):
            continue  # "NZ$38.6 million", "US$22.9 million": a currency's sign, not a place
        if _UNIT.fullmatch(m.group(0)) and _FIGURE_BEFORE.search(text, 0, m.start()):
            continue  # "1 GW", "40 MWh": a unit after its figure, not a name
        if (sign := _RUPEES.fullmatch(m.group(0))) and (
            sign.group(1) or _FIGURE_AFTER.match(text, m.end())
        ):
            continue  # "Rs 4.2 billion", "Rs4.2bn": the rupee's sign, not a name
        if _RAND.fullmatch(m.group(0)) and _SCALE_AFTER.match(text, m.end()):
            continue  # "R240 million": rand, not a name ("the R2 motorway" is one)
        run: list[re.Match[str]] = []
        for word in _WORD.finditer(text, m.start(), m.end()):
            if "-" in word.group(0) and (head := _HEAD_OF_COMPOUND.match(word.group(0))):
                # "Irish-headquartered", "Stockholm-based": the name is the first part.
                word = _WORD.match(text, word.start(), word.start() + head.end()) or word
                if word.group(0) != m.group(0) and (
                    "-listed" in text[word.end() : word.end() + 8]
                    or "-based" in text[word.end() : word.end() + 7]
                    or (run and word.end() < m.end())
                ):
                    # "Toronto-listed Northpine Resources": the exchange's city, then the
                    # company; "Nairobi-based Savanna Haulage": its city, then the company.
                    _emit(text, offset, [*run, word], facts)
                    run = []
                    continue
            lowered = word.group(0).lower()
            # "the Netherlands' Luca Maes": a plural's possessive, as "Belgium's".
            plural_owner = lowered.endswith(("s'", "s’")) and len(lowered) > 4
            possessive = lowered.endswith(("'s", "’s")) or plural_owner
            bare = (lowered[:-2] if possessive and not plural_owner else lowered).strip(".’'")
            rest = text[word.end() : m.end()]
            if not run and not possessive and bare in DEMONYMS and _just_a_person(rest):
                # "American Lucas Brennan": a nationality, then the person.
                _emit(text, offset, [word], facts)
                continue
            if possessive and word.end() < m.end() and (bare in ALIASES or _person_after(rest)):
                # "Britain's Information Commissioner's Office": the country owns the body;
                # "Austria's Jonas Reiter": the country and its athlete.
                _emit(text, offset, [*run, word], facts, owner=True)
                run = []
            elif bare in _PORTFOLIO_WORDS and _OFFICE_AFTER.match(text, word.end()):
                _emit(text, offset, run, facts)  # "Portugal's Foreign Minister": a title
                run = []
            elif bare == "premier" and _person_after(rest):
                _emit(text, offset, run, facts)  # "Ontario Premier Daniel Fortier": a title,
                run = []  # where "Premier League" is a name
            elif bare == "of" and _person_like(run):
                _emit(text, offset, run, facts)  # "Lotte Brandvold of Norway": two names
                run = []
            elif bare == "the" and run and run[-1].group(0).lower() == "of":
                after = _WORD.match(text, word.end() + 1)
                if (
                    len(run) == 2
                    and run[0].group(0).lower() in INSTITUTION_WORDS
                    # "Ministry of the Interior" is a portfolio, read as one below.
                    and not (after and after.group(0).lower().strip(".,;:’'") in PORTFOLIOS)
                ):
                    run.append(word)  # "University of the Witwatersrand", "Bank of the West"
                else:
                    # "Anneke de Ruyter of the University of Adelaide": two names.
                    _emit(text, offset, run, facts)
                    run = []
            elif bare in _CONNECTORS and run:
                run.append(word)  # "Bank of England": kept unless it ends the run
            elif (
                (bare == "for" and run and _body(run[-1]))
                or (
                    bare == "and"
                    and any(w.group(0) == "for" for w in run)
                    and _ABSTRACT_AFTER.match(text, word.end())
                )
                or (
                    # "the Food and Agriculture Organization", "US Food and Drug Administration":
                    # one body, its name closed by the kind of body it is.
                    bare == "and"
                    and 0 < len(run) <= 2
                    and run[-1].group(0).lower() not in _CONNECTORS
                    and _BODY_AFTER_AND.match(text, word.end())
                )
                or (
                    # "the Ministry of Trade and Industry": the ministry's second area.
                    bare == "and"
                    and len(run) >= 3
                    and run[0].group(0).lower()
                    in ("ministry", "department", "minister", "secretary")
                    and run[1].group(0).lower() == "of"
                    and _AREA_AFTER_AND.match(text, word.end())
                )
            ):
                # "Centers for Disease Control and Prevention", "Institute for Fiscal Studies":
                # one body's name; "Brazil and Argentina" stays two.
                run.append(word)
            elif bare in _TITLES and run and run[-1].group(0).lower() in _CONNECTORS:
                run.append(word)  # "International Court of Justice", "Ministry of Defence"
            elif bare == "general" and _GENERAL_BODY.match(text, word.end()):
                run.append(word)  # "Brenhaven General Hospital", "the UN General Assembly"
            elif word.group(0) == "An" and run:
                run.append(word)  # "Binh An Cashew", "Hoi An": a name's word, not an article
            elif bare in _NOT_NAMES or bare in _TITLES or _all_not_names(bare):
                _emit(text, offset, run, facts)
                run = []
            else:
                run.append(word)
        _emit(text, offset, run, facts)
    for m in _KIN.finditer(text):
        # "at his sister's home" vs "at his brother's home": whose, among a person's family.
        kin = m.group("kin").lower()
        kin = _KIN_SINGULAR.get(kin, kin)
        facts.append(Fact.matched(Kind.ENTITY, m, offset, "kin", kin, kin))
    for m in _OFFENCE.finditer(text) if _OFFENCE_HINT.search(text) else ():
        offence = re.sub(r"\s+", " ", m.group("offence").lower())
        facts.append(
            Fact(
                Kind.ENTITY,
                offset + m.start("offence"),
                offset + m.end("offence"),
                m.group("offence"),
                "offence",
                offence,
                offence,
            )
        )
    for m in _COURT.finditer(text):
        level = (m.group("level") or m.group("of")).lower().replace("'", "’")
        level = _COURT_LEVELS.get(level, level)
        facts.append(
            Fact.matched(Kind.ENTITY, m, offset, "court", f"{level} court", f"{level} court")
        )
    for m in _PORTFOLIO.finditer(text) if _PORTFOLIO_HINT.search(text) else ():
        area = re.sub(r"\s+", " ", (m.group("a") or m.group("b")).lower())
        area = _PORTFOLIOS.get(area, area)
        # A minister is compared with a minister, a ministry with a ministry.
        office = (m.group("office") or m.group("office2")).lower()
        facts.append(
            Fact.matched(Kind.ENTITY, m, offset, f"portfolio-{office}", area, f"{area} portfolio")
        )
    return facts


# "Foreign Minister", "Finance Secretary": a portfolio is part of the title, not a name.
_PORTFOLIO_WORDS = PORTFOLIOS | {"foreign", "home"}
_OFFICE_AFTER = re.compile(r"\s+(?:Minister|Secretary)\b")


# After "and" in a body's name, a word for an activity: "... Control and Prevention".
_BODY_AFTER_AND = re.compile(
    r"\s+[A-Z][a-z]+\s+(?:Administration|Organization|Organisation|Agency|Authority|Commission|"
    r"Council|Department|Office|Bureau|Institute|Association|Federation|Board|Service|Society|"
    r"Foundation)\b"
)
_AREA_AFTER_AND = re.compile(r"\s+[A-Z][a-z]+\b(?!\s+[A-Z])")
_ABSTRACT_AFTER = re.compile(r"\s+[A-Z][a-z]+(?:tion|sion|ment|ance|ence|ity|ogy|ics|ure|ism)\b")


# A relative named by a possessive: "his sister's home", "Tanaka's wife".
_KIN = re.compile(
    r"\b(?:his|her|their|[A-Z][\w’'-]+['’]s)\s+(?:late\s+|elder\s+|younger\s+|older\s+)?"
    r"(?P<kin>sisters?|brothers?|mother|father|sons?|daughters?|wife|husband|uncle|aunt|"
    r"cousins?|nephews?|nieces?|grandsons?|granddaughters?|grandmother|grandfather|fiancée?)\b"
)
_KIN_SINGULAR = {
    w + "s": w
    for w in "sister brother son daughter cousin nephew niece grandson granddaughter".split()
}


# After "General", a body's word: "General Hospital" is a name, "General Antonio" a title.
_GENERAL_BODY = re.compile(
    r"\s+(?:Hospital|Infirmary|Assembly|Motors|Electric|Dynamics|Council|Synod|Court|"
    r"Directorate|Accounting|Services?)\b"
)


def _body(word: re.Match[str]) -> bool:
    """Return whether a name word is a kind of body ("Centers", "Institute", "Agency")."""
    bare = word.group(0).lower()
    return bare in _OF_JOINS or bare.removesuffix("s") in _OF_JOINS


def _person_after(rest: str) -> bool:
    """Return whether the words after a possessive name someone: two or more, none a body's."""
    words = rest.split()
    return len(words) >= 2 and not any(
        w.lower().strip(".’'") in _OF_JOINS or w.lower() in _CONNECTORS for w in words
    )


def _just_a_person(rest: str) -> bool:
    """Return whether the words after a name are a person's name alone: two or three words."""
    return _person_after(rest) and len(rest.split()) <= 3


def _person_like(run: list[re.Match[str]]) -> bool:
    """Return whether the words before an "of" name someone rather than a body's kind.

    Two or more words, none a kind of body and no connector between them: "Lotte Brandvold"
    (of Norway), "Mateo Arrieta" (of Corvex-Linde); not "Bank" (of England), "Royal Bank"
    (of Scotland) or "Court of Appeal".
    """
    if len(run) < 2:
        return False
    words = [w.group(0).lower().strip(".’'") for w in run]
    return not any(w in _CONNECTORS or w in _OF_JOINS for w in words)


# Capitalised only because a sentence starts with it: a gerund, a participle, an adverb, an
# adjective of time.
_OPENER_WORD = re.compile(r"[A-Z][a-z]+(?:ing|ed|ly)|Longstanding|Former|Veteran|Fellow")


def _emit(
    text: str, offset: int, run: list[re.Match[str]], facts: list[Fact], *, owner: bool = False
) -> None:
    """Append the name made of the words in ``run``, unless it is only a sentence opener.

    An ``owner`` ("Belmar's" before "Luca Ferrante") is a name even where it opens a sentence.
    """
    while run and run[-1].group(0).lower() in _CONNECTORS | {"for", "and"}:
        run = run[:-1]
    if not run:
        return
    start, end = run[0].start(), run[-1].end()
    while end > start and text[end - 1] == ".":
        end -= 1
    surface = text[start:end]
    if len(surface) < 2:
        return
    known = re.sub(r"[’']s$", "", run[0].group(0)).lower().rstrip(".") in ALIASES
    # A sentence opens at its start, after a colon and inside an opening quotation mark.
    before = text[max(0, start - 3) : start].rstrip(" \t")
    opening = not text[:start].strip(" \t“‘\"'(«") or before.endswith((":", "“", "‘", "«"))
    if opening and len(run) > 1 and _OPENER_WORD.fullmatch(run[0].group(0)):
        # "Getting Indians ...", "Longstanding Uncut campaigner ...": the opening word is
        # the sentence's, not the name's.
        _emit(text, offset, run[1:], facts)
        return
    if opening and len(run) == 1 and not (known or owner) and not _NAMED_OPENER.match(text, end):
        return  # a lone capitalised first word is usually just the start of the sentence
    if opening and len(run) == 1 and surface.lower() in _DISCOURSE:
        return
    if _CURRENCY_AFTER.match(text, end):
        return  # "3.2 million US dollars", "Hong Kong dollars": a currency, not a name here
    canonical = canonical_name(surface)
    facts.append(
        Fact(
            kind=Kind.ENTITY,
            start=offset + start,
            end=offset + end,
            text=surface,
            key="name",
            value=canonical,
            display=canonical,
        )
    )


# Units written in capitals after a figure ("1 GW", "3 TWh", "20,000 TEU"); not "3 UN envoys".
_UNIT = re.compile(r"[KMGTP]W[hep]?|[MGT]Hz|[KMGTP]B|MPa|[MGk]V|PSI|HP|BTU|MMBtu|TEUs?|MMT")
_FIGURE_BEFORE = re.compile(r"\d\s?$")
# "Rs 4.2 billion", "Rp3.2 trillion", "Tk 15 million" (the taka): a currency, no name.
_RUPEES = re.compile(r"(?:R[sp]|Tk)\.?(\d[\d.,]*(?:bn|m|k)?\.?)?")
_FIGURE_AFTER = re.compile(r"\s?\d")
_RAND = re.compile(r"R\d[\d.,]*")
_SCALE_AFTER = re.compile(r"\s?(?:m|bn|million|billion)\b")

_CURRENCY_AFTER = re.compile(
    r"\s+(?:dollars?|cents?|pounds?|crowns?|francs?|pesos?|rupees?|yuan|yen)\b",
    re.IGNORECASE,
)


def canonical_name(surface: str) -> str:
    """Return the one spelling of a name ("U.S." → "United States", "Kremlin" → "Russia")."""
    bare = re.sub(r"[’']s$|(?<=s)[’']$", "", surface).strip()  # "Belgium's", "Netherlands'"
    lowered = bare.lower()
    for form in (lowered, lowered + "."):
        if form in ALIASES:
            return ALIASES[form]
    if lowered.startswith("the ") and lowered[4:] in ALIASES:
        return ALIASES[lowered[4:]]
    if lowered.endswith("s") and lowered[:-1] in ALIASES:
        return ALIASES[lowered[:-1]]  # "Britains": a possessive that lost its apostrophe
    head = lowered.split("-")[0]
    if "-" in lowered and head in ALIASES:
        return ALIASES[head]  # "Russian-occupied", "US-backed"
    return bare


# "Stockholm-based", "Kremlin-backed": the name and a word about it; "Chen-yu", "Jong-un" are
# names whole.
_HEAD_OF_COMPOUND = re.compile(
    r"[A-Z][\w’']*(?=-(?:[a-z]+ed|born|led|run|made|style|era|wide|bound|speaking|area|"
    r"language|class|type|like|listed|owned)\b)"
)


def _all_not_names(word: str) -> bool:
    """Return whether a hyphenated word joins words that are not names ("October-December")."""
    return "-" in word and all(part in _NOT_NAMES for part in word.split("-"))
