"""Rules R9xx: sentences and framing lines present in one version only."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reconcile.model import Fact, Kind, Sentence, Severity
from reconcile.rules.registry import Hit, Pair, Rule, register

# A capitalised word after the first one is most often a name: a sentence with one carries a fact.
_NAME = re.compile(r"(?<=[\s“\"(])[A-Z][a-z]+")
_QUOTE = re.compile(r"[“”\"]")
# A condition or requirement is a fact of the story even without a figure or a name: "the pact
# must still be ratified", "the sale is subject to approval", "unless the court intervenes".
_CONDITION = re.compile(
    r"\b(?:must|has to|have to|needs? to|will need to|requires?|subject to|pending|unless|"
    r"only if|on condition that|conditional on|(?:is|are|was|were) yet to)\b(?:\s+[\w’'-]+){0,5}",
    re.IGNORECASE,
)

R = Severity
RULES = (
    Rule(
        "R901",
        "omitted-fact",
        Kind.OMISSION,
        R.WARNING,
        "A sentence of A that carries facts (numbers, ranks, names, quotations, conditions such "
        'as "must still be ratified") has no counterpart in B.',
        flag=(
            (
                "Copper rose 3% on Monday. Miners in Peru went on strike.",
                "Copper rose 3% on Monday.",
            ),
            (
                "The pact was signed on Monday. It must still be ratified by both parliaments.",
                "The pact was signed on Monday.",
            ),
        ),
        keep=(("Copper rose 3% on Monday.", "Copper gained 3% on Monday."),),
    ),
    Rule(
        "R902",
        "added-fact",
        Kind.ADDITION,
        R.WARNING,
        "A sentence of B that carries facts has no counterpart in A.",
        flag=(
            (
                "Copper rose 3% on Monday.",
                "Copper rose 3% on Monday. Miners in Peru went on strike.",
            ),
        ),
        keep=(("Copper rose 3% on Monday.", "Copper gained 3% on Monday."),),
    ),
    Rule(
        "R903",
        "omitted-sentence",
        Kind.OMISSION,
        R.WARNING,
        "A sentence of A has no counterpart in B. It holds no figure, date or name to compare, "
        "but what it says is lost all the same.",
        flag=(("Copper rose 3% on Monday. It was a quiet day.", "Copper rose 3% on Monday."),),
        keep=(("Copper rose 3% on Monday.", "Copper rose 3% on Monday."),),
    ),
    Rule(
        "R904",
        "added-sentence",
        Kind.ADDITION,
        R.WARNING,
        "A sentence of B has no counterpart in A. It holds no figure, date or name to compare, "
        "but it says something A does not.",
        flag=(("Copper rose 3% on Monday.", "Copper rose 3% on Monday. It was a quiet day."),),
        keep=(("Copper rose 3% on Monday.", "Copper rose 3% on Monday."),),
    ),
    Rule(
        "R905",
        "omitted-boilerplate",
        Kind.OMISSION,
        R.INFO,
        "A headline, dateline, byline, credit, caption or copyright line is only in A.",
        flag=(
            ("Copper rose 3% on Monday.\n\n©2025 Meridian Wire L.P.", "Copper rose 3% on Monday."),
        ),
        keep=(("Copper rose 3% on Monday.", "Copper rose 3% on Monday."),),
    ),
    Rule(
        "R906",
        "added-boilerplate",
        Kind.ADDITION,
        R.INFO,
        "A headline, date line, outlet name or other framing line is only in B.",
        flag=(("Copper rose 3% on Monday.", "Harbour Daily\nCopper rose 3% on Monday."),),
        keep=(("Copper rose 3% on Monday.", "Copper rose 3% on Monday."),),
    ),
)


@register(*RULES)
def check_unmatched(pair_: Pair) -> Iterator[Hit]:
    """Report each sentence that has no counterpart, naming the facts it carries."""
    if pair_.a.sentences and pair_.b.sentences:
        return
    only_a = bool(pair_.a.sentences)
    side = pair_.a if only_a else pair_.b
    for sentence in side.sentences:
        # A modal ("could follow") says how sure a claim is, not what it is.
        facts = [
            f for f in side.facts if sentence.start <= f.start < sentence.end and f.key != "modal"
        ]
        a, b = (sentence, None) if only_a else (None, sentence)
        where = "only in A" if only_a else "only in B"
        if sentence.role.is_boilerplate:
            yield Hit(
                "R905" if only_a else "R906",
                f"{sentence.role.value} {where}",
                a,
                b,
                subkind=sentence.role.value,
            )
            continue
        lost = _carried(sentence, facts)
        if lost:
            code = "R901" if only_a else "R902"
            verb = "omitted from B" if only_a else "added in B"
            yield Hit(code, f"sentence {verb}; it carries {lost}", a, b)
        else:
            code = "R903" if only_a else "R904"
            yield Hit(code, f"sentence {where}, with no checkable facts", a, b)


def _carried(sentence: Sentence, facts: list[Fact]) -> str:
    """Return a short list of the facts a sentence carries, or '' when it carries none."""
    items = list(dict.fromkeys(f"'{f.text}'" for f in facts))[:4]
    names = _NAME.findall(sentence.text)
    if not items and names:
        items = [f"'{n}'" for n in dict.fromkeys(names)][:3]
    if not items and _QUOTE.search(sentence.text):
        items = ["a quotation"]
    condition = _CONDITION.search(sentence.text)
    if not items and condition:
        items = [f"a condition ('{condition.group(0)}')"]
    if not items:
        return ""
    distinct = len({f.text for f in facts})
    extra = distinct - 4 if distinct > 4 else 0
    return ", ".join(items) + (f" and {extra} more" if extra else "")


_CONTENT_WORD = re.compile(r"[A-Za-z][a-z’'-]{3,}")
# Words too common to show that the other side says the sentence, by their first five letters.
_COMMON = frozenset(
    w[:5]
    for w in """that this these those there their they them with from have has had been will
    would could should also said says told after before about into over than then when where
    which while what more most some such other only just year years week weeks month
    months""".split()
)


@register()
def check_absorbed(pair_: Pair) -> Iterator[Hit]:
    """Report a sentence merged into a group whose other side says none of it.

    Alignment can join a dropped sentence to another's group ("Kamara's wife and two sons are
    also on the list." with the sentence on publishing the list); the group's other side then
    says nothing of it: it is omitted (or added) all the same.
    """
    for side, other, only_a in ((pair_.a, pair_.b, True), (pair_.b, pair_.a, False)):
        if len(side.sentences) < 2 or not other.sentences:
            continue
        theirs = {w.lower()[:5] for w in _CONTENT_WORD.findall(other.text)}
        for sentence in side.sentences:
            words = {w.lower()[:5] for w in _CONTENT_WORD.findall(sentence.text)}
            words -= _COMMON
            if len(words) < 4 or 4 * len(words & theirs) > len(words):
                continue
            facts = [f for f in side.facts if sentence.start <= f.start < sentence.end]
            figures = {(f.kind, f.key) for f in facts if f.kind in (Kind.NUMBER, Kind.DATE)}
            if not figures or figures & {(f.kind, f.key) for f in other.facts}:
                # Only a sentence with figures of kinds the other side gives none of: one that
                # changed ("since 2015" for "since 2017") is reported as changed.
                continue
            lost = _carried(sentence, [f for f in facts if f.key != "modal"])
            if not lost:
                continue
            a, b = (sentence, None) if only_a else (None, sentence)
            code = "R901" if only_a else "R902"
            verb = "omitted from B" if only_a else "added in B"
            yield Hit(code, f"sentence {verb}; it carries {lost}; merged with a neighbour", a, b)
