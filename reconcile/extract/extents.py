"""Find words that qualify how far a claim holds: "largely", "mostly" against "entirely"."""

from __future__ import annotations

import re

from reconcile.model import Fact, Kind

# A part of the whole ("funded largely by the EU") against all of it ("funded entirely by").
_EXTENT = re.compile(
    r"\b(?:(?P<part>largely|mostly|mainly|partly|partially|primarily|predominantly|chiefly|principally|"
    r"in\s+(?:large\s+)?part|for\s+the\s+most\s+part|"
    # "addressed most of its concerns" against "addressed its concerns".
    # Not "for most of the race" or "lived most of his adult life", a stretch of time.
    r"(?<!\bthe\s)(?<!\bfor\s)most\s+of(?=\s+(?:the|its|their|his|her|our|these|those)\s)"
    r"(?!\s+\w+\s+(?:[\w-]+\s+)?(?:life|lives|career|time|days?|nights?|years?|weeks?|months?|"
    r"seasons?|century|decades?|mornings?|afternoons?|evenings?|race|match|game)\b)|"
    # How often a claim holds: "Symptoms usually appear" against "Symptoms appear".
    r"usually|typically|generally|(?<!more\s)(?<!less\s)normally|in\s+most\s+cases)"
    r"|(?P<whole>entirely|fully|wholly|completely|solely|exclusively|totally|always|invariably))\b",
    re.IGNORECASE,
)


# Words that make a claim a likelihood rather than a fact: "probably linked", "is believed to
# have begun", "reportedly", "allegedly".
_CERTAINTY = re.compile(
    r"\b(?:probably|apparently|reportedly|allegedly|presumably|suspected(?=\s+[a-z]+\s+[a-z]+)|"
    r"(?:is|are|was|were)\s+(?:believed|thought|suspected|understood|said)\s+to|"
    # "would consider extending" against "would extend".
    r"consider(?:s|ed|ing)?(?=\s+(?:not\s+)?[a-z]{3,}ing\b)|"
    # "are now looking to abandon their homes" = "are now considering abandoning them".
    r"(?:is|are|was|were)\s+(?:now\s+)?looking\s+to(?=\s+(?!the\b|an?\b)[a-z]{3,}\b)|"
    # "Officials suspect wild ducks brought the virus": a claim the source only suspects.
    r"(?P<holder>officials|police|investigators|authorities|experts|scientists|researchers|"
    r"doctors|team|authors|analysts|economists|engineers)\s+"
    r"(?:suspect|suspects|suspected|believe|believes|believed)(?!\s+in\b))\b",
    re.IGNORECASE,
)


# A modal and the verb it governs: "more arrests could follow" against "would follow".
_MODAL = re.compile(
    r"\b(?:(?P<maybe>could|may|might)|(?P<will>will|would))\s+(?:also\s+|still\s+|soon\s+)?"
    r"(?P<verb>(?:be|have)\s+[a-z]+|[a-z]{3,})\b"
)
_HINT = re.compile(
    r"ly\b|part|believe|thought|suspect|understood|said\s+to|most\s+(?:cases|of)|always|consider|"
    r"looking",
    re.IGNORECASE,
)


def extract(text: str, offset: int = 0) -> list[Fact]:
    """Return the extent and likelihood words of ``text``.

    ``value`` is ``part`` or ``whole`` for extent words, ``maybe`` for likelihood words.
    """
    modals = _modals(text, offset)
    if not _HINT.search(text):
        return modals  # every extent or likelihood word ends in -ly or names a part or belief
    facts: list[Fact] = []
    for m in _CERTAINTY.finditer(text):
        # Who holds the belief, when the words name them: "Officials suspect".
        holder = (("holder", m.group("holder").lower()),) if m.group("holder") else ()
        shown = m.group(0).lower()
        facts.append(Fact.matched(Kind.HEDGE, m, offset, "certainty", "maybe", shown, holder))
    facts += modals
    for m in _EXTENT.finditer(text):
        value = "part" if m.group("part") else "whole"
        shown = f"{m.group(0).lower()} ({'in part' if value == 'part' else 'in whole'})"
        facts.append(Fact.matched(Kind.HEDGE, m, offset, "extent", value, shown))
    return facts


def _modals(text: str, offset: int) -> list[Fact]:
    """Return each modal with the verb it governs ("could follow"), questions aside."""
    facts = []
    for m in _MODAL.finditer(text):
        if m.group("verb").startswith("not") or m.group("verb") in _NOT_VERBS:
            continue
        if _ASKED.search(text, max(0, m.start() - 30), m.start()):
            continue  # "what the court may decide": a question, not a claim
        value = "maybe" if m.group("maybe") else "will"
        verb = (("verb", m.group("verb")),)
        facts.append(Fact.matched(Kind.HEDGE, m, offset, "modal", value, m.group(0), verb))
    return facts


_ASKED = re.compile(r"\b(?:what|whether|how|if|when|who)\b[^,.;:]*$", re.IGNORECASE)
_NOT_VERBS = frozenset("the this that not also never have".split())
