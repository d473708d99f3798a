"""Rules R9xx: sentences and framing lines present in one version only."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reconcile.model import Fact, Kind, Sentence, Severity
from reconcile.rules.registry import Hit, Pair, Rule, Side, register

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
# A sentence dropped and another added in its place, which the aligner pairs for their place
# between the same neighbours: R901 and R902 each report one of them.
_PAIRED_BY_PLACE = (
    "Chile's central valley has had its driest decade in 1,000 years, a study found.\n"
    "The study was funded by Chile's national research agency and the European Research "
    "Council.\nReservoirs serving Santiago were at 38 percent of capacity in May.",
    "Chile's central valley has had its driest decade in 1,000 years, a study found.\n"
    "The drought has cut Chile's wheat harvest by about a quarter since 2019.\n"
    "Reservoirs serving Santiago were at 38 percent of capacity in May.",
)

RULES = (
    Rule(
        "R901",
        "omitted-fact",
        Kind.OMISSION,
        R.WARNING,
        "A sentence of A that carries facts (numbers, ranks, names, quotations, conditions such "
        'as "must still be ratified") has no counterpart in B.',
        flag=(
            _PAIRED_BY_PLACE,
            (
                "Copper rose 3% on Monday. Miners in Peru went on strike.",
                "Copper rose 3% on Monday.",
            ),
            (
                "The pact was signed on Monday. It must still be ratified by both parliaments.",
                "The pact was signed on Monday.",
            ),
        ),
        keep=(
            ("Copper rose 3% on Monday.", "Copper gained 3% on Monday."),
            (
                "Brazil's coffee harvest will reach 66 million bags this season, the agency "
                "said.\nIt would be the country's second-largest harvest on record, behind only "
                "the 2020-21 season.\nArabica futures fell 4% in New York.",
                "Brazil's coffee harvest will reach 66 million bags this season, the agency "
                "said.\nThat would make it the largest crop in the country's history.\nArabica "
                "futures fell 4% in New York.",
            ),
        ),
    ),
    Rule(
        "R902",
        "added-fact",
        Kind.ADDITION,
        R.WARNING,
        "A sentence of B that carries facts has no counterpart in A.",
        flag=(
            _PAIRED_BY_PLACE,
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
        if sentence.role.is_boilerplate:
            a, b = (sentence, None) if only_a else (None, sentence)
            yield Hit(
                "R905" if only_a else "R906",
                f"{sentence.role.value} {'only in A' if only_a else 'only in B'}",
                a,
                b,
                subkind=sentence.role.value,
            )
            continue
        yield _lone(sentence, side, only_a)


def _lone(
    sentence: Sentence, side: Side, only_a: bool, why: str = "", subkind: str | None = None
) -> Hit:
    """Return the R901-R904 for a sentence only one version has; ``why`` says how it was found."""
    a, b = (sentence, None) if only_a else (None, sentence)
    how = f"; {why}" if why else ""
    lost = _carried(sentence, _facts_in(sentence, side))
    if lost:
        code = "R901" if only_a else "R902"
        verb = "omitted from B" if only_a else "added in B"
        return Hit(code, f"sentence {verb}; it carries {lost}{how}", a, b, subkind=subkind)
    code = "R903" if only_a else "R904"
    where = "only in A" if only_a else "only in B"
    return Hit(code, f"sentence {where}, with no checkable facts{how}", a, b, subkind=subkind)


def _carried(sentence: Sentence, facts: list[Fact]) -> str:
    """Return a short list of the facts a sentence carries, or '' when it carries none."""
    # A name or a word inside a source, or a fact inside one of its kind, is named with it:
    # "London" in "Traders in London said"; a figure inside a source is still listed.
    facts = [f for f in facts if not any(_inside(f, g) for g in facts)]
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


def _inside(f: Fact, g: Fact) -> bool:
    """Return whether ``f`` is named by ``g``, a longer fact around it."""
    return (
        g is not f
        and g.start <= f.start
        and f.end <= g.end
        and g.end - g.start > f.end - f.start
        and (f.kind is g.kind or (g.kind is Kind.ATTRIBUTION and f.kind in _NAMED_WITH_SOURCE))
    )


_NAMED_WITH_SOURCE = frozenset({Kind.ENTITY, Kind.NEGATION})
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
    # A pair joined only for its place, whose sentences give no fact of a kind in common ("It
    # would be the second-largest harvest" and "the largest crop": a rank each, one rewritten)
    # and share few words either way ("Interpretations of the plays will range from the highly
    # traditional to the experimental" is most of a longer sentence, simplified).
    weak = (
        len(pair_.a.sentences) == len(pair_.b.sentences) == 1
        and pair_.group.score is not None
        and pair_.group.score < WEAK_PAIR
        and not {f.kind for f in pair_.a.facts} & {f.kind for f in pair_.b.facts} & _FIGURES
        and _words_unsaid(pair_.a.sentences[0], pair_.b)
        and _words_unsaid(pair_.b.sentences[0], pair_.a)
    )
    for side, other, only_a in ((pair_.a, pair_.b, True), (pair_.b, pair_.a, False)):
        if not other.sentences or not (len(side.sentences) >= 2 or weak):
            continue
        for sentence in side.sentences:
            if not _unsaid(sentence, side, other):
                continue
            # A weak pair, joined only for its place between the same neighbours ("The study
            # was funded by ..." with "The drought has cut Chile's wheat harvest ..."): neither
            # sentence is the other rewritten, so each is reported as one version's alone, and
            # nothing else is reported between them (subkind "unpaired").
            why, subkind = (
                ("paired only by its place", "unpaired")
                if weak
                else ("merged with a neighbour", None)
            )
            mine = _lone(sentence, side, only_a, why, subkind)
            if mine.code in ("R903", "R904"):
                continue  # it carries no fact to name
            if not weak:
                yield mine
                continue
            theirs = _lone(other.sentences[0], other, not only_a, why, subkind)
            yield from (mine, theirs) if only_a else (theirs, mine)
            return


_FIGURES = frozenset({Kind.NUMBER, Kind.DATE, Kind.RANK, Kind.QUOTE})
# The aligner's THRESHOLD (reconcile.align, which rules may not import): a one-to-one pair
# scoring below it was joined for its place in the story, not for what it says.
WEAK_PAIR = 0.26


def _unsaid(sentence: Sentence, side: Side, other: Side) -> bool:
    """Return whether the other side says none of ``sentence``.

    It must share at most a quarter of its content words with the other side, and carry
    figures of kinds the other side gives none of: one that changed ("since 2015" for "since
    2017") is reported as changed.
    """
    if not _words_unsaid(sentence, other):
        return False
    facts = _facts_in(sentence, side)
    figures = {(f.kind, f.key) for f in facts if f.kind in (Kind.NUMBER, Kind.DATE)}
    return bool(figures) and not figures & {(f.kind, f.key) for f in other.facts}


def _words_unsaid(sentence: Sentence, other: Side) -> bool:
    """Return whether three in four of the content words of ``sentence`` are not in ``other``.

    A sentence of fewer than four content words is never taken to be unsaid.
    """
    theirs = {w.lower()[:5] for w in _CONTENT_WORD.findall(other.text)}
    words = {w.lower()[:5] for w in _CONTENT_WORD.findall(sentence.text)} - _COMMON
    return len(words) >= 4 and 4 * len(words & theirs) <= len(words)


def _facts_in(sentence: Sentence, side: Side) -> list[Fact]:
    """Return the facts of ``side`` in ``sentence``, modal verbs aside."""
    return [f for f in side.facts if sentence.start <= f.start < sentence.end and f.key != "modal"]
