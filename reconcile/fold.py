"""Fold text for comparison, shared by the extractors and the rules that compare their facts."""

from __future__ import annotations

import re


def fold_words(text: str) -> str:
    """Return the words of ``text`` with case, punctuation, dashes and quote style folded."""
    # Apostrophes go entirely: copy that lost them ("dont") still quotes the same words.
    text = re.sub(r"['’‘]", "", text.lower())
    text = re.sub(r"[-–—]", " ", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


# One spelling per entity: other spellings, capitals used for governments ("Washington",
# "the Kremlin") and the adjectives that name a country ("French"). Comma-separated.
_ALIAS_GROUPS = {
    "United States": "US, U.S., USA, U.S.A., America, American, Americans, Washington",
    "Russia": "Russian, Russians, Moscow, Kremlin",
    "Ukraine": "Ukrainian, Ukrainians, Kyiv, Kiev",
    "United Kingdom": "UK, U.K., Britain, British, Great Britain, London",
    "China": "Chinese, Beijing",
    "France": "French, Paris",
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
    "Spain": "Spanish, Madrid",
    "Israel": "Israeli, Israelis",
    "Iran": "Iranian, Iranians, Tehran",
    "Turkey": "Turkish, Ankara",
    "United Nations": "UN, U.N.",
    "Pentagon": "Defense Department, Department of Defense",
}
ALIASES: dict[str, str] = {}
for _canonical, _names in _ALIAS_GROUPS.items():
    ALIASES[_canonical.lower()] = _canonical
    for _name in _names.split(","):
        ALIASES[_name.strip().lower()] = _canonical


def fold_name(word: str) -> str:
    """Return the one spelling of a name or name word ("UN" → "united nations"), lower-cased."""
    key = word.lower().rstrip(".")
    for form in (key, key + "."):
        if form in ALIASES:
            return ALIASES[form].lower()
    return key
