"""The registry of comparison rules: stable codes, names, default severities and examples."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from reconcile.model import Fact, Group, Kind, Sentence, Severity


@dataclass(frozen=True, slots=True)
class Rule:
    """A kind of finding: its code (``R101``), name, default severity and documentation.

    ``flag`` holds (A, B) sentence pairs that must raise the rule and ``keep`` pairs that must
    not; a meta-test runs them all, so every rule is shown to fire and to stay quiet.
    """

    code: str
    name: str
    kind: Kind
    severity: Severity
    summary: str
    flag: tuple[tuple[str, str], ...]
    keep: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Side:
    """One version's part of a group: its sentences and the facts found in them."""

    sentences: tuple[Sentence, ...]
    facts: tuple[Fact, ...]

    @property
    def text(self) -> str:
        """Return the side's sentences joined by spaces (offsets are not the document's)."""
        return " ".join(s.text for s in self.sentences)


class DocFacts:
    """Every fact of one document, indexed for questions about the whole document.

    A check on one group can then ask "does the other version state this anywhere?" without
    scanning the whole document, which would make long documents quadratic.
    """

    __slots__ = ("_by_key", "_by_value", "cache", "facts")

    def __init__(self, facts: tuple[Fact, ...]) -> None:
        self.facts = facts
        # Derived indexes a rule builds once per document (memoised, never changes results).
        self.cache: dict[str, object] = {}
        self._by_key: dict[tuple[Kind, str], list[Fact]] = defaultdict(list)
        self._by_value: dict[tuple[Kind, float], list[Fact]] = defaultdict(list)
        for f in facts:
            self._by_key[(f.kind, f.key)].append(f)
            if isinstance(f.value, float | int):
                self._by_value[(f.kind, _rounded(f.value))].append(f)

    def like(self, kind: Kind, key: str) -> list[Fact]:
        """Return the facts of ``kind`` measured in ``key``."""
        return self._by_key.get((kind, key), [])

    def with_value(self, kind: Kind, value: float) -> list[Fact]:
        """Return the facts of ``kind`` whose numeric value equals ``value``."""
        return self._by_value.get((kind, _rounded(value)), [])

    def of_kind(self, kind: Kind) -> list[Fact]:
        """Return every fact of ``kind``."""
        return [f for (k, _), fs in self._by_key.items() if k is kind for f in fs]


def _rounded(value: float) -> float:
    return float(f"{value:.9g}")


@dataclass(frozen=True, slots=True)
class Pair:
    """What a check sees: one alignment group with both sides and the facts of each document."""

    index: int
    group: Group
    a: Side
    b: Side
    doc_a: DocFacts
    doc_b: DocFacts
    text_a: str
    text_b: str
    # The groups just before and after in reading order, as (A side, B side): a fact a rewrite
    # moved into the next sentence is found there.
    around: tuple[tuple[Side, Side], ...] = ()


def moved_counterpart(
    f: Fact,
    pair_: Pair,
    from_a: bool,
    lone: Callable[[Side, Side], list[Fact]],
    alone: Callable[[Fact, DocFacts], bool],
    *,
    one_sided: bool,
    tag: str = "",
) -> tuple[Fact, bool] | None:
    """Return the fact ``f`` became in a neighbouring passage of the other version, if any.

    "voted late on Tuesday" here, "the vote on Monday night" in the next passage. ``lone(side,
    other)`` gives the facts like ``f`` that ``side`` has and ``other`` lacks (none when
    ``other`` has its own); ``alone(g, doc)`` says that ``doc`` never gives ``g``. Each of the
    two facts must be one the other version never gives and the lone one of its passage, so
    the test reads the same from either version; other such facts elsewhere in the story (a
    weekday dropped from a later passage) do not stand in the way. Passages only one version
    has are searched when ``one_sided``. ``tag`` names what ``alone`` asks beyond the fact's
    kind and key (a count's noun), for the memo. Returns the counterpart and whether its
    passage is one-sided.
    """
    own, other_here = (pair_.a, pair_.b) if from_a else (pair_.b, pair_.a)
    same_doc, other_doc = (pair_.doc_a, pair_.doc_b) if from_a else (pair_.doc_b, pair_.doc_a)
    if lone(own, other_here) != [f]:
        return None
    mine = _never_given(same_doc, other_doc, f, alone, tag)
    theirs = _never_given(other_doc, same_doc, f, alone, tag)
    if f not in mine or not theirs:
        return None
    # Passages both versions have first: each version then finds the same counterpart, where
    # one passage on each side of this one holds a candidate and only one of them is one-sided.
    around = sorted(pair_.around, key=lambda near: not (near[0].sentences and near[1].sentences))
    for near_a, near_b in around:
        both = bool(near_a.sentences and near_b.sentences)
        if not both and not one_sided:
            continue  # a passage one version lacks is reported as omitted or added
        near_own, near_other = (near_a, near_b) if from_a else (near_b, near_a)
        if near_own.sentences and lone(near_own, near_other):
            continue  # the neighbour has a figure of its own to pair with
        found = lone(near_other, near_own)
        if len(found) == 1 and found[0] in theirs:
            return found[0], not both
    return None


def _never_given(
    doc: DocFacts,
    other: DocFacts,
    like: Fact,
    alone: Callable[[Fact, DocFacts], bool],
    tag: str,
) -> list[Fact]:
    """Return the facts like ``like`` in ``doc`` that ``other`` never gives (memoised)."""
    name = f"never-given-{like.kind.value}-{like.key}-{tag}"  # a document meets only one other
    found = doc.cache.get(name)
    if not isinstance(found, list):
        found = doc.cache[name] = [g for g in doc.like(like.kind, like.key) if alone(g, other)]
    return found


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule firing on a pair, before configuration decides its final severity."""

    code: str
    message: str
    a: Fact | Sentence | None
    b: Fact | Sentence | None
    values: tuple[str, str] | None = None
    subkind: str | None = None


Check = Callable[[Pair], Iterable[Hit]]

RULES: dict[str, Rule] = {}
CHECKS: list[Check] = []


def register(*rules: Rule) -> Callable[[Check], Check]:
    """Register ``rules`` and the check function that raises them."""

    def decorate(check: Check) -> Check:
        for rule in rules:
            if rule.code in RULES:
                raise ValueError(f"duplicate rule code {rule.code}")
            RULES[rule.code] = rule
        CHECKS.append(check)
        return check

    return decorate
