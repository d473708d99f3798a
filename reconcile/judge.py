"""Run the registered rules over each alignment group and turn their hits into findings."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from reconcile.model import Document, Fact, Finding, Group, Sentence, Severity, Span
from reconcile.rules import CHECKS, RULES, Hit, Pair, Side
from reconcile.rules.registry import DocFacts


@dataclass(frozen=True, slots=True)
class Selection:
    """Which rules run and at what severity: ``select``/``ignore`` take code prefixes."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severities: Mapping[str, Severity] = field(default_factory=dict)

    def enabled(self, code: str) -> bool:
        """Return whether the rule ``code`` is selected and not ignored."""
        if self.select and not any(code.startswith(p) for p in self.select):
            return False
        return not any(code.startswith(p) for p in self.ignore)

    def severity(self, code: str) -> Severity:
        """Return the severity of ``code``: an override, or the rule's default."""
        for prefix in sorted(self.severities, key=len, reverse=True):
            if code.startswith(prefix):
                return self.severities[prefix]
        return RULES[code].severity


def judge(
    a: Document,
    b: Document,
    groups: Iterable[Group],
    facts_a: tuple[tuple[Fact, ...], ...],
    facts_b: tuple[tuple[Fact, ...], ...],
    selection: Selection | None = None,
) -> tuple[Finding, ...]:
    """Return the findings of every enabled rule on every group, in reading order."""
    selection = selection or Selection()
    all_a = DocFacts(tuple(f for fs in facts_a for f in fs))
    all_b = DocFacts(tuple(f for fs in facts_b for f in fs))
    findings: list[Finding] = []
    groups = tuple(groups)
    sides = [(_side(a, g.a, facts_a), _side(b, g.b, facts_b)) for g in groups]
    neighbours = _neighbours(groups)
    for index, group in enumerate(groups):
        pair = Pair(
            index=index,
            group=group,
            a=sides[index][0],
            b=sides[index][1],
            doc_a=all_a,
            doc_b=all_b,
            text_a=a.text,
            text_b=b.text,
            around=tuple(sides[k] for k in neighbours[index]),
        )
        found = [
            _finding(hit, pair, a, b, selection.severity(hit.code))
            for check in CHECKS
            for hit in check(pair)
            if selection.enabled(hit.code)
        ]
        if any(f.subkind == "unpaired" for f in found):
            # The group's two sentences were found not to be one rewritten: each is reported
            # as one version's alone, and their facts are not compared with each other. A
            # finding that reaches into a neighbouring passage (a figure that moved there and
            # changed) compares with that passage, not within the group: it stays, as it does
            # when the versions swap and the neighbour reports it.
            found = [f for f in found if f.subkind == "unpaired" or _reaches_out(f, group)]
        findings.extend(f for f in found if not any(_within(g, f) for g in found if g is not f))
    return tuple(findings)


def _reaches_out(f: Finding, group: Group) -> bool:
    """Return whether a finding points at a sentence outside ``group`` on either side."""
    return (f.a is not None and f.a.sentence not in group.a) or (
        f.b is not None and f.b.sentence not in group.b
    )


def _within(inner: Finding, outer: Finding) -> bool:
    """Return whether ``inner`` reports what ``outer`` does, inside its spans on both sides.

    Two checks may see one change ("after Varenia" vs "after Kestria" is a changed name to
    the entity check and to the rank check): the finding that points closer is kept.
    """
    if inner.code != outer.code or inner.a is None or inner.b is None:
        return False
    if outer.a is None or outer.b is None or (inner.a, inner.b) == (outer.a, outer.b):
        return False
    return (
        outer.a.start <= inner.a.start
        and inner.a.end <= outer.a.end
        and outer.b.start <= inner.b.start
        and inner.b.end <= outer.b.end
    )


def _neighbours(groups: tuple[Group, ...]) -> list[tuple[int, ...]]:
    """Return, for each group, the groups holding a sentence next to one of its own.

    Next in either version, so that the relation reads the same when the versions swap: the
    order of groups mixes the two versions' orders and would not.
    """
    owner_a = {i: k for k, g in enumerate(groups) for i in g.a}
    owner_b = {j: k for k, g in enumerate(groups) for j in g.b}
    out = []
    for k, g in enumerate(groups):
        near = {owner_a.get(i) for i in (min(g.a, default=-9) - 1, max(g.a, default=-9) + 1)}
        near |= {owner_b.get(j) for j in (min(g.b, default=-9) - 1, max(g.b, default=-9) + 1)}
        out.append(tuple(sorted(n for n in near if n is not None and n != k)))
    return out


def _side(doc: Document, indexes: tuple[int, ...], facts: tuple[tuple[Fact, ...], ...]) -> Side:
    return Side(
        sentences=tuple(doc.sentences[i] for i in indexes),
        facts=tuple(f for i in indexes for f in facts[i]),
    )


def _finding(hit: Hit, pair: Pair, a: Document, b: Document, severity: Severity) -> Finding:
    rule = RULES[hit.code]
    return Finding(
        code=rule.code,
        name=rule.name,
        kind=rule.kind,
        severity=severity,
        a=_span(hit.a, pair.a.sentences, a),
        b=_span(hit.b, pair.b.sentences, b),
        message=hit.message,
        group=pair.index,
        subkind=hit.subkind,
        values=hit.values,
    )


def _span(
    item: Fact | Sentence | None, sentences: tuple[Sentence, ...], doc: Document
) -> Span | None:
    if item is None:
        return None
    if isinstance(item, Sentence):
        return Span(item.index, item.start, item.end, item.text)
    owner = next((s for s in sentences if s.start <= item.start < s.end), None)
    if owner is None:
        # A fact a rule found in a neighbouring passage (a figure moved and changed): its
        # own sentence, not the group's first.
        at = bisect.bisect_right([s.start for s in doc.sentences], item.start) - 1
        owner = doc.sentences[at] if at >= 0 else sentences[0]
    return Span(owner.index, item.start, item.end, item.text)
