"""The registry of comparison rules: stable codes, names, default severities and examples."""

from __future__ import annotations

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


@dataclass(frozen=True, slots=True)
class Pair:
    """What a check sees: one alignment group with both sides and the facts of each document."""

    index: int
    group: Group
    a: Side
    b: Side
    doc_facts_a: tuple[Fact, ...]
    doc_facts_b: tuple[Fact, ...]
    text_a: str
    text_b: str


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
