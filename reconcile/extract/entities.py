"""Find names of people, places and organisations, folded to one spelling through aliases."""

from __future__ import annotations

import re

from reconcile.model import Fact, Kind

# Spellings, capitals used for governments, and adjectives that name the same country.
_ALIAS_GROUPS = {
    "United States": "US U.S. USA U.S.A. America American Americans Washington",
    "Russia": "Russian Russians Moscow Kremlin",
    "Ukraine": "Ukrainian Ukrainians Kyiv Kiev",
    "United Kingdom": "UK U.K. Britain British Great Britain London",
    "China": "Chinese Beijing",
    "France": "French Paris",
    "Germany": "German Germans Berlin",
    "Japan": "Japanese Tokyo",
    "India": "Indian Indians New Delhi",
    "European Union": "EU E.U. Brussels",
    "Canada": "Canadian Canadians Ottawa",
    "Mexico": "Mexican Mexicans",
    "Brazil": "Brazilian Brazilians",
    "Chile": "Chilean Chileans Santiago",
    "Peru": "Peruvian Peruvians Lima",
    "Italy": "Italian Italians Rome",
    "Spain": "Spanish Madrid",
    "Israel": "Israeli Israelis",
    "Iran": "Iranian Iranians Tehran",
    "Turkey": "Turkish Ankara",
    "United Nations": "UN U.N.",
    "Pentagon": "Defense Department Department of Defense",
}
ALIASES: dict[str, str] = {}
for _canonical, _names in _ALIAS_GROUPS.items():
    ALIASES[_canonical.lower()] = _canonical
    for _name in _names.split(" "):
        ALIASES[_name.lower()] = _canonical
for _multi in (
    "united states",
    "great britain",
    "new delhi",
    "united kingdom",
    "united nations",
    "european union",
):
    ALIASES[_multi] = ALIASES.get(_multi, _multi.title())

_NAME = re.compile(
    r"\b(?:[A-Z][\w’'.&-]*[\w.]|[A-Z])(?:\s+(?:(?:of|the|de|del|da|al|bin|van|von)\s+)?"
    r"[A-Z][\w’'.&-]*[\w.])*"
)
# Capitalised words that are not names: sentence openers, titles, days, months.
_NOT_NAMES = frozenset(
    """the a an in on at but and however even after before when while if as it he she they we
    i this that these those his her their its our there here what who why how some many most
    several all both each no not one two three four five six seven eight nine ten
    mr mrs ms dr president prime minister chief chairman chairwoman secretary spokesman
    spokeswoman senator governor general sir lord official officials
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec gmt utc bst cet est edt pst pdt cst cdt mst under over for with from by to of
    into during since until despite about against among between through within upon across
    im id ive ill i’m i’d i’ve i’ll i'm i'd i've i'll""".split()
)
_TITLES = frozenset(
    "president prime minister mr mrs ms dr chief chairman secretary senator governor "
    "general spokesman spokeswoman sen rep gov gen".split()
)


def extract(text: str, offset: int = 0) -> list[Fact]:
    """Return the names in ``text``; ``value`` is the name folded through the alias table."""
    facts: list[Fact] = []
    for m in _NAME.finditer(text):
        words = m.group(0).split()
        start = m.start()
        # Drop leading titles and sentence openers: "President Vladimir Putin" is "Vladimir Putin".
        while words and (
            words[0].lower().strip(".’'") in _NOT_NAMES or words[0].lower() in _TITLES
        ):
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else start
            words = words[1:]
        if not words:
            continue
        known = re.sub(r"[’']s$", "", words[0]).lower() in ALIASES
        opening = not text[:start].strip(" \t“‘\"'(«")
        if opening and len(words) == 1 and not known:
            continue  # a lone capitalised first word is usually just the start of the sentence
        surface = " ".join(words)
        end = start + len(surface)
        if text[start:end] != surface:
            end = m.end()
            surface = text[start:end]
        surface = surface.rstrip(".")
        end = start + len(surface)
        if len(surface) < 2:
            continue
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
    return facts


def canonical_name(surface: str) -> str:
    """Return the one spelling of a name ("U.S." → "United States", "Kremlin" → "Russia")."""
    bare = re.sub(r"[’']s$", "", surface).strip()
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
