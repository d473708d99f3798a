"""Accuracy benchmark: alignment and findings against labels, injected changes, false alarms.

Run ``python -m benchmarks.accuracy`` from the repository root. Three measurements:

1. the labelled corpus in ``benchmarks/corpus/`` (written by the team, see FORMAT.md):
   alignment precision/recall/F1, recall and precision of labelled disagreements per kind, and
   the share of labelled equivalent wordings reported above ``info``;
2. changes injected into real text nobody here wrote (OneStopEnglish Adv/Int pairs in
   ``../shared/data``): one fact changed in a copy of the Int version, checked to be reported
   with the right kind and to leave every other finding as it was;
3. false alarms on honest rewrites: ``error`` and ``warning`` findings per 100 sentences on the
   unmodified OneStopEnglish pairs and on MSRP paraphrase pairs labelled 1.

``--json FILE`` writes the machine-readable summary; ``--quick`` samples fewer documents.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reconcile import Finding, Report, Severity, compare
from reconcile.model import Role

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "benchmarks" / "corpus"
# Written apart from the rules and never used to tune them: the figure to trust.
HOLDOUT = ROOT / "benchmarks" / "holdout"
DATA = ROOT.parent / "shared" / "data"
OSE = DATA / "onestopenglish" / "Texts-SeparatedByReadingLevel"
MSRP = DATA / "msrp" / "msr_paraphrase_test.txt"
KINDS = (
    "number",
    "date",
    "rank",
    "negation",
    "entity",
    "quote",
    "hedge",
    "attribution",
    "omission",
    "addition",
)


# ---------------------------------------------------------------- labelled corpus


@dataclass
class Tally:
    """Counts for one kind: labels found, labels missed, findings that matched nothing."""

    labels: int = 0
    found: int = 0
    findings: int = 0
    true_findings: int = 0
    missed: list[str] = field(default_factory=list)

    def recall(self) -> float | None:
        return self.found / self.labels if self.labels else None

    def precision(self) -> float | None:
        return self.true_findings / self.findings if self.findings else None


def _locate(text: str, snippet: str) -> tuple[int, int] | None:
    if not snippet:
        return None
    at = text.find(snippet)
    if at < 0:
        raise ValueError(f"label text not found: {snippet!r}")
    return at, at + len(snippet)


def _overlaps(span: tuple[int, int] | None, start: int, end: int) -> bool:
    return span is not None and start < span[1] and span[0] < end


def _hits(f: Finding, a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """Return whether finding ``f`` points at the labelled spans (each side it has)."""
    sides = []
    if a is not None and f.a is not None:
        sides.append(_overlaps(a, f.a.start, f.a.end))
    if b is not None and f.b is not None:
        sides.append(_overlaps(b, f.b.start, f.b.end))
    return bool(sides) and all(sides)


def _kind_fits(f: Finding, kind: str) -> bool:
    """Return whether finding ``f`` answers a label of ``kind``.

    A duration is both a number and a time: labellers file "38 seconds" vs "28 seconds" under
    number and "for nine days" vs "for eleven days" under date, and the engine reports either
    as a changed duration (kind date, subkind duration). So is a moment counted in the story's
    own events ("the 78th minute", "day two": kind date, subkind moment), which labellers also
    file under rank when it is an ordinal ("in the ninth round" vs "an eighth-round stoppage"),
    and a place in a sequence is a count as much as a rank ("for the fourth time": kind rank,
    subkind sequence). A change whose direction flipped with its amount kept ("sales fell 12%"
    vs "rose 12%": kind negation, subkind change) is a changed figure too, and labellers file
    it under number as often as under negation. Every other kind must match exactly.
    """
    if f.kind.value == kind:
        return True
    if f.subkind == "change":
        return kind == "number"
    if f.subkind == "moment":
        return kind in ("number", "date", "rank")
    if f.subkind == "duration":
        return kind in ("number", "date")
    return f.subkind == "sequence" and kind in ("number", "rank")


def _sentence_of(report: Report, side: str, start: int) -> int | None:
    doc = report.a if side == "a" else report.b
    for s in doc.sentences:
        if s.start <= start < s.end:
            return s.index
    return None


def _links(groups: list[tuple[set[int], set[int]]]) -> set[tuple[int, int]]:
    links = set()
    for a, b in groups:
        if not b:
            links.update((i, -1) for i in a)
        elif not a:
            links.update((-1, j) for j in b)
        else:
            links.update((i, j) for i in a for j in b)
    return links


def evaluate_corpus(paths: list[Path]) -> dict[str, Any]:
    """Return alignment, disagreement and equivalence figures over the labelled corpus."""
    tallies = {k: Tally() for k in KINDS}
    gold_links: set[tuple[str, int, int]] = set()
    pred_links: set[tuple[str, int, int]] = set()
    equal_total = 0
    equal_loud: list[str] = []
    pairs = 0
    for path in paths:
        label = tomllib.loads(path.read_text(encoding="utf-8"))
        a_text, b_text = label["original"], label["rewrite"]
        report = compare(
            a_text, b_text, a_path=f"{path.stem}/original", b_path=f"{path.stem}/rewrite"
        )
        pairs += 1
        # Alignment, over the sentences the labels cover.
        gold_groups = []
        covered_a: set[int] = set()
        covered_b: set[int] = set()
        for group in label.get("align", []):
            ga = {_sentence_of(report, "a", _locate(a_text, s)[0]) for s in group["a"]}  # type: ignore[index]
            gb = {_sentence_of(report, "b", _locate(b_text, s)[0]) for s in group["b"]}  # type: ignore[index]
            ga.discard(None)
            gb.discard(None)
            gold_groups.append((ga, gb))
            covered_a |= ga  # type: ignore[arg-type]
            covered_b |= gb  # type: ignore[arg-type]
        pred_groups = []
        for g in report.groups:
            pa = {i for i in g.a if i in covered_a}
            pb = {j for j in g.b if j in covered_b}
            if pa or pb:
                if g.a and g.b and not (pa and pb):
                    # The partner lies outside the labelled sentences: count it as a wrong link.
                    pa = pa or {-2}
                    pb = pb or {-2}
                pred_groups.append((pa, pb))
        gold_links |= {(path.stem, i, j) for i, j in _links(gold_groups)}  # type: ignore[arg-type]
        pred_links |= {(path.stem, i, j) for i, j in _links(pred_groups)}
        # Disagreements.
        loud = [f for f in report.findings if f.severity >= Severity.WARNING]
        matched_findings: set[int] = set()
        for item in label.get("disagree", []):
            kind = item["kind"]
            a_span, b_span = _locate(a_text, item["a"]), _locate(b_text, item["b"])
            need = Severity.parse(item.get("severity", "warning"))
            tally = tallies[kind]
            tally.labels += 1
            hits = [
                n
                for n, f in enumerate(report.findings)
                if _kind_fits(f, kind) and f.severity >= need and _hits(f, a_span, b_span)
            ]
            if hits:
                tally.found += 1
                matched_findings.update(hits)
            else:
                tally.missed.append(f"{path.stem}: {kind} {item['a']!r} vs {item['b']!r}")
        # Precision: a loud finding is true when it points at some labelled disagreement.
        all_spans = [
            (_locate(a_text, i["a"]), _locate(b_text, i["b"])) for i in label.get("disagree", [])
        ]
        for f in loud:
            tally = tallies[f.kind.value]
            tally.findings += 1
            if any(_hits(f, sa, sb) for sa, sb in all_spans):
                tally.true_findings += 1
        # Equivalences must stay at info or below.
        for item in label.get("equal", []):
            equal_total += 1
            a_span, b_span = _locate(a_text, item["a"]), _locate(b_text, item["b"])
            noisy = [
                f
                for n, f in enumerate(report.findings)
                if f.severity >= Severity.WARNING
                and n not in matched_findings
                and (
                    (a_span and f.a and _overlaps(a_span, f.a.start, f.a.end))
                    or (b_span and f.b and _overlaps(b_span, f.b.start, f.b.end))
                )
            ]
            if noisy:
                equal_loud.append(
                    f"{path.stem}: {item['a']!r} = {item['b']!r} -> "
                    f"{noisy[0].code} {noisy[0].message}"
                )
    tp = len(gold_links & pred_links)
    precision = tp / len(pred_links) if pred_links else 0.0
    recall = tp / len(gold_links) if gold_links else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    labels = sum(t.labels for t in tallies.values())
    found = sum(t.found for t in tallies.values())
    return {
        "pairs": pairs,
        "alignment": {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "gold_links": len(gold_links),
            "predicted_links": len(pred_links),
        },
        "disagreements": {"labels": labels, "recall": found / labels if labels else None},
        "per_kind": {
            k: {
                "labels": t.labels,
                "recall": t.recall(),
                "findings": t.findings,
                "precision": t.precision(),
            }
            for k, t in tallies.items()
        },
        "missed": [m for t in tallies.values() for m in t.missed],
        "equivalences": {
            "labels": equal_total,
            "reported_above_info": len(equal_loud),
            "rate": len(equal_loud) / equal_total if equal_total else None,
            "examples": equal_loud,
        },
    }


# ---------------------------------------------------------------- injected changes


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DIRECTIONS = {
    "rose": "fell",
    "fell": "rose",
    "increased": "decreased",
    "decreased": "increased",
    "grew": "shrank",
    "rising": "falling",
    "falling": "rising",
    "rise": "fall",
    "fall": "rise",
    "increase": "decrease",
    "decrease": "increase",
    "climbed": "dropped",
    "dropped": "climbed",
}
ORDINALS = {
    "second": "third",
    "third": "fourth",
    "fourth": "fifth",
    "fifth": "sixth",
    "first": "second",
}
SUPERLATIVES = (
    "largest",
    "biggest",
    "highest",
    "oldest",
    "longest",
    "richest",
    "fastest",
    "smallest",
    "lowest",
    "most",
)
HEDGES = (
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "approximately",
    "more than",
    "over",
    "at least",
    "up to",
    "some",
)
AUX = (
    "is",
    "was",
    "are",
    "were",
    "will",
    "would",
    "can",
    "could",
    "has",
    "have",
    "had",
    "should",
    "must",
)
MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|"
    "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
NAME_SWAP = ["Norway", "Kenya", "Portugal", "Vietnam", "Chile", "Ottawa", "Lisbon", "Nairobi"]


@dataclass(frozen=True)
class Change:
    """One injected change: where in the rewrite, what kind, and the text before and after."""

    kind: str
    start: int
    end: int
    before: str
    after: str


def _candidates(report: Report, rng: random.Random) -> list[tuple[str, int, str]]:
    """Return (kind, sentence index in B, sentence text) for aligned body sentences of B."""
    aligned = []
    for g in report.groups:
        if g.a and g.b:
            a_text = " ".join(report.a.sentences[i].text for i in g.a)
            for j in g.b:
                aligned.append((j, a_text))
    rng.shuffle(aligned)
    return aligned  # type: ignore[return-value]


def _mutations(kind: str, sentence: str, a_text: str) -> list[tuple[int, int, str]]:
    """Return possible (start, end, replacement) edits of ``kind`` inside ``sentence``.

    Each edit changes a fact the aligned A passage states too, so that it is a change of fact,
    not a new one.
    """
    out: list[tuple[int, int, str]] = []
    if kind in ("number", "percentage", "scale", "duration"):
        for m in re.finditer(
            r"(?<![\w.,/:-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w/:-]|\.\d)", sentence
        ):
            value = m.group(1)
            if re.fullmatch(r"(1[89]|20)\d\d", value) or value not in a_text:
                continue
            tail = sentence[m.end() : m.end() + 12]
            head = sentence[max(0, m.start() - 10) : m.start()]
            if re.match(r"\s?(?:st|nd|rd|th)?\s(?:" + MONTHS + ")", tail) or re.search(
                "(?:" + MONTHS + r")\.?\s$", head
            ):
                continue  # part of a date: the calendar rules own it
            is_duration = bool(
                re.match(r"[\s-](?:day|week|month|year|hour|minute|decade)s?\b", tail)
            )
            if (kind == "duration") != is_duration:
                continue
            is_pct = bool(re.match(r"\s?(%|per ?cent)", tail))
            has_scale = re.match(r"\s(million|billion|thousand)", tail)
            if kind == "percentage" and not is_pct:
                continue
            if kind == "scale":
                if has_scale:
                    word = has_scale.group(1)
                    new = {"million": "billion", "billion": "million", "thousand": "million"}[word]
                    s = m.end() + 1
                    out.append((s, s + len(word), new))
                continue
            if kind == "number" and is_pct:
                continue
            digits = value.replace(",", "")
            new = str(int(float(digits)) + 3) if "." not in digits else f"{float(digits) + 1.5:g}"
            out.append((m.start(1), m.end(1), new))
    elif kind == "year":
        for m in re.finditer(r"\b((?:19|20)\d\d)\b", sentence):
            if m.group(1) in a_text:
                out.append((m.start(1), m.end(1), str(int(m.group(1)) + 1)))
    elif kind == "weekday":
        for m in re.finditer(r"\b(" + "|".join(WEEKDAYS) + r")\b", sentence):
            if m.group(1) in a_text:
                nxt = WEEKDAYS[(WEEKDAYS.index(m.group(1)) + 2) % 7]
                out.append((m.start(1), m.end(1), nxt))
    elif kind == "rank":
        for m in re.finditer(
            r"\b(first|second|third|fourth|fifth)\b[- ](" + "|".join(SUPERLATIVES) + r")\b",
            sentence,
        ):
            if m.group(2) in a_text:
                out.append((m.start(1), m.end(1), ORDINALS[m.group(1)]))
        for m in re.finditer(r"\bthe (" + "|".join(SUPERLATIVES[:7]) + r")\b", sentence):
            if m.group(1) in a_text:
                out.append((m.start(1), m.start(1), "third-"))
    elif kind == "negation":
        for m in re.finditer(r"\b(" + "|".join(AUX) + r") (?!not\b|n't)([a-z]{3,})\b", sentence):
            if m.group(2) in a_text and re.search(r"\b" + m.group(1) + r"\b", a_text):
                out.append((m.end(1), m.end(1), " not"))
        for m in re.finditer(r"\b(is|was|are|were|will|did|does|do|has|have|had) not\b", sentence):
            out.append((m.end(1), m.end(), ""))
    elif kind == "direction":
        for m in re.finditer(r"\b(" + "|".join(DIRECTIONS) + r")\b", sentence):
            if m.group(1) in a_text:
                out.append((m.start(1), m.end(1), DIRECTIONS[m.group(1)]))
    elif kind == "entity":
        # A whole name standing alone (not part of a longer capitalised run).
        for m in re.finditer(r"(?<=[a-z,] )([A-Z][a-z]{3,})\b(?! [A-Z])", sentence):
            name = m.group(1)
            previous = sentence[: m.start(1)].split()[-1:] or [""]
            if previous[0][:1].isupper() or re.match(MONTHS + "$", name):
                continue  # part of a longer name, or a month
            if name in a_text and name not in WEEKDAYS and name not in NAME_SWAP:
                replacement = NAME_SWAP[len(name) % len(NAME_SWAP)]
                out.append((m.start(1), m.end(1), replacement))
    elif kind == "quote":
        for m in re.finditer(r"[\"“]([^\"”]{12,})[\"”]", sentence):
            inner = m.group(1)
            words = list(re.finditer(r"\b[a-z]{5,}\b", inner))
            if words and inner[:12] in a_text:
                w = words[len(words) // 2]
                s = m.start(1) + w.start()
                out.append((s, s + len(w.group(0)), "different"))
    elif kind == "hedge":
        for m in re.finditer(
            r"\b(" + "|".join(HEDGES) + r") (?=[$€£]?\d|(?:two|three|four|five|six|ten|a dozen)\b)",
            sentence,
        ):
            if m.group(0).strip() in a_text:
                out.append((m.start(), m.end(), ""))
    elif kind == "attribution":
        for m in re.finditer(r",? according to [^,.;]+", sentence):
            if m.group(0).strip(" ,")[:18] in a_text:
                out.append((m.start(), m.end(), ""))
        for m in re.finditer(r"\b((?:[A-Z][a-z]+ )*[A-Z][a-z]+) (said|says|told)\b", sentence):
            if m.group(1) in a_text and m.group(1) not in ("He", "She", "It", "They", "We"):
                out.append((m.start(1), m.end(1), "Officials"))
    return out


INJECT_KINDS = {
    "number": "number",
    "percentage": "number",
    "scale": "number",
    "duration": "date",
    "year": "date",
    "weekday": "date",
    "rank": "rank",
    "negation": "negation",
    "direction": "negation",
    "entity": "entity",
    "quote": "quote",
    "hedge": "hedge",
    "attribution": "attribution",
}


def _key(f: Finding) -> tuple[str, str, str]:
    """Return a finding as (code, a text, b text): what stays put when offsets move."""
    return (f.code, f.a.text if f.a else "", f.b.text if f.b else "")


def _signature(report: Report) -> Counter[tuple[str, str, str]]:
    """Return the multiset of the report's findings, offsets left out."""
    return Counter(_key(f) for f in report.findings)


def _ose_pairs(limit: int | None) -> list[tuple[str, str, str]]:
    adv = sorted((OSE / "Adv-Txt").glob("*-adv.txt"))
    pairs = []
    for a_path in adv:
        name = a_path.name[: -len("-adv.txt")]
        b_path = OSE / "Int-Txt" / f"{name}-int.txt"
        if b_path.exists():
            pairs.append(
                (
                    name,
                    a_path.read_text(encoding="utf-8-sig"),
                    b_path.read_text(encoding="utf-8-sig"),
                )
            )
    return pairs[:limit] if limit else pairs


def _points_at(f: Finding, lo: int, hi: int, *, removed: bool) -> bool:
    """Return whether ``f`` points at the edited stretch of B (or, for a removal, may lack B).

    A removal leaves no text to point at: the words just after it, within two short words
    ("not any way" losing "not" is reported on "way"), are what changed meaning.
    """
    if f.b is None:
        return removed
    reach = 10 if removed else 0
    return f.b.start <= hi + reach and lo <= f.b.end


def evaluate_injected(limit: int | None, per_kind: int, seed: int = 7) -> dict[str, Any]:
    """Inject one change at a time into copies of Int versions and check it is reported alone."""
    rng = random.Random(seed)
    pairs = _ose_pairs(limit)
    rng.shuffle(pairs)
    done: Counter[str] = Counter()
    found: Counter[str] = Counter()
    clean: Counter[str] = Counter()
    missed: list[str] = []
    for name, a, b_int in pairs:
        if all(done[k] >= per_kind for k in INJECT_KINDS):
            break
        honest = compare(a, b_int)
        # The Int versions lost their quotation marks, so quotations are changed in a copy of
        # the Adv version itself: real text, one changed word.
        identical = compare(a, a)
        honest_sig, identical_sig = _signature(honest), _signature(identical)
        for kind in INJECT_KINDS:
            if done[kind] >= per_kind:
                continue
            if kind == "quote":
                base, b, base_sig = identical, a, identical_sig
            else:
                base, b, base_sig = honest, b_int, honest_sig
            aligned = _candidates(base, rng)
            edits = [
                (j, e)
                for j, a_text in aligned
                for e in _mutations(kind, base.b.sentences[j].text, a_text)
            ]
            if not edits:
                continue
            j, (s, e, new) = rng.choice(edits)
            offset = base.b.sentences[j].start
            start, end = offset + s, offset + e
            changed = b[:start] + new + b[end:]
            report = compare(a, changed)
            done[kind] += 1
            expected = INJECT_KINDS[kind]
            lo, hi = start, start + max(len(new), 1)
            signature = _signature(report)
            new_findings = signature - base_sig
            hit = [
                f
                for f in report.findings
                if _kind_fits(f, expected)
                and f.severity >= Severity.WARNING
                and _points_at(f, lo, hi, removed=not new)
            ]
            if hit:
                found[kind] += 1
                hit_keys = {_key(f) for f in hit}
                extra = [k for k in new_findings.elements() if k not in hit_keys]
                lost = base_sig - signature
                # Findings that merely moved with the edited text are not collateral.
                if len(extra) <= 1 and len(lost) <= 1:
                    clean[kind] += 1
            else:
                missed.append(
                    f"{name}: {kind} {b[start:end]!r} -> {new!r} in "
                    f"{base.b.sentences[j].text[:100]!r}"
                )
    per = {
        k: {
            "injected": done[k],
            "found": found[k],
            "recall": found[k] / done[k] if done[k] else None,
            "only_change": clean[k] / done[k] if done[k] else None,
        }
        for k in INJECT_KINDS
    }
    total = sum(done.values())
    return {
        "injected": total,
        "recall": sum(found.values()) / total if total else None,
        "per_kind": per,
        "missed_sample": missed[:25],
    }


# ---------------------------------------------------------------- honest rewrites


# Sentences with no counterpart: simplified copy drops whole sentences, so these are counted
# apart from the facts compared between matched sentences.
_UNMATCHED = ("R901", "R902", "R903", "R904")


def evaluate_false_alarms(limit: int | None, msrp_limit: int | None) -> dict[str, Any]:
    """Count error and warning findings per 100 sentences on rewrites that changed no fact."""
    ose_sentences = 0
    ose_loud: Counter[str] = Counter()
    sample: list[str] = []
    for name, a, b in _ose_pairs(limit):
        report = compare(a, b)
        ose_sentences += sum(1 for s in report.b.sentences if s.role is Role.BODY)
        for f in report.findings:
            if f.severity >= Severity.WARNING:
                ose_loud[f.code] += 1
                if len(sample) < 40 and f.code not in _UNMATCHED:
                    sample.append(f"{name}: {f.code} {f.message[:160]}")
    msrp_pairs = 0
    msrp_loud: Counter[str] = Counter()
    msrp_sample: list[str] = []
    if MSRP.exists():
        lines = MSRP.read_text(encoding="utf-8-sig").splitlines()
        for line in lines[1:] if lines and lines[0].startswith("Quality") else lines:
            parts = line.split("\t")
            if len(parts) != 5 or parts[0] != "1":
                continue
            msrp_pairs += 1
            report = compare(parts[3], parts[4])
            for f in report.findings:
                if f.severity >= Severity.WARNING:
                    msrp_loud[f.code] += 1
                    if len(msrp_sample) < 25:
                        msrp_sample.append(f"{f.code} {f.message[:160]}")
            if msrp_limit and msrp_pairs >= msrp_limit:
                break
    ose_total = sum(ose_loud.values())
    msrp_total = sum(msrp_loud.values())
    ose_facts = sum(v for k, v in ose_loud.items() if k not in _UNMATCHED)
    return {
        "onestopenglish": {
            "pairs": len(_ose_pairs(limit)),
            "sentences": ose_sentences,
            "loud_per_100_sentences": 100 * ose_total / ose_sentences if ose_sentences else None,
            "loud_per_100_sentences_excluding_unmatched": 100 * ose_facts / ose_sentences
            if ose_sentences
            else None,
            "by_rule": dict(sorted(ose_loud.items())),
            "sample": sample,
        },
        "msrp": {
            "pairs": msrp_pairs,
            "loud_per_100_pairs": 100 * msrp_total / msrp_pairs if msrp_pairs else None,
            "by_rule": dict(sorted(msrp_loud.items())),
            "sample": msrp_sample,
        },
    }


# ---------------------------------------------------------------- command line


def _pct(x: float | None) -> str:
    return "   -  " if x is None else f"{100 * x:5.1f}%"


def sealed(result: dict[str, Any]) -> dict[str, Any]:
    """Return a corpus result without the labels it missed or reported loudly.

    A held-out set stays held out only while nobody reads its misses: the figures are enough
    to track it, and the misses are for the day it joins the corpus.
    """
    out = dict(result)
    out["missed"] = []
    out["equivalences"] = {**result["equivalences"], "examples": []}
    out["sealed"] = True
    return out


def run(quick: bool = False, show_holdout: bool = False) -> dict[str, Any]:
    """Run every measurement whose data is present and return the summary.

    The held-out set's misses are left out unless ``show_holdout`` (see ``sealed``).
    """
    started = time.perf_counter()
    summary: dict[str, Any] = {}
    paths = sorted(CORPUS.glob("*.toml"))
    summary["corpus"] = evaluate_corpus(paths) if paths else None
    held = sorted(HOLDOUT.glob("*.toml"))
    summary["holdout"] = evaluate_corpus(held) if held else None
    if summary["holdout"] and not show_holdout:
        summary["holdout"] = sealed(summary["holdout"])
    if OSE.exists():
        summary["injected"] = evaluate_injected(
            limit=60 if quick else None, per_kind=10 if quick else 40
        )
        summary["false_alarms"] = evaluate_false_alarms(
            limit=40 if quick else None, msrp_limit=300 if quick else None
        )
    else:
        summary["injected"] = summary["false_alarms"] = None
    summary["seconds"] = round(time.perf_counter() - started, 1)
    return summary


def report_text(summary: dict[str, Any]) -> str:
    """Return the summary as a table for people."""
    out: list[str] = []
    for name, title in (("corpus", "Labelled corpus (tuning)"), ("holdout", "Held-out set")):
        corpus = summary.get(name)
        if not corpus:
            out.append(f"{title}: none found in benchmarks/{name}/")
            continue
        al = corpus["alignment"]
        out.append(f"{title}: {corpus['pairs']} pairs")
        out.append(
            f"  alignment  precision {_pct(al['precision'])}  recall {_pct(al['recall'])}  "
            f"F1 {_pct(al['f1'])}  ({al['gold_links']} gold links)"
        )
        d = corpus["disagreements"]
        out.append(f"  disagreements: {d['labels']} labelled, recall {_pct(d['recall'])}")
        out.append("  kind          labels  recall  findings  precision")
        for kind, row in corpus["per_kind"].items():
            out.append(
                f"  {kind:<12}  {row['labels']:>6}  {_pct(row['recall'])}  {row['findings']:>8}  "
                f"{_pct(row['precision'])}"
            )
        eq = corpus["equivalences"]
        out.append(
            f"  equivalences: {eq['labels']} labelled, {eq['reported_above_info']} reported "
            f"above info ({_pct(eq['rate'])})"
        )
        if corpus.get("sealed"):
            out.append("    (misses not shown: the set is held out; --show-holdout lists them)")
        for line in corpus["missed"][:40]:
            out.append(f"    missed: {line}")
        for line in eq["examples"][:20]:
            out.append(f"    loud equal: {line}")
    inj = summary.get("injected")
    if inj:
        out.append(
            f"Injected changes (OneStopEnglish): {inj['injected']} changes, "
            f"recall {_pct(inj['recall'])}"
        )
        out.append("  kind          injected  recall  only-change")
        for kind, row in inj["per_kind"].items():
            out.append(
                f"  {kind:<12}  {row['injected']:>8}  {_pct(row['recall'])}  "
                f"{_pct(row['only_change'])}"
            )
        for line in inj["missed_sample"][:10]:
            out.append(f"    missed: {line}")
    else:
        out.append("Injected changes: skipped (../shared/data/onestopenglish is absent)")
    fa = summary.get("false_alarms")
    if fa:
        o, m = fa["onestopenglish"], fa["msrp"]
        out.append(
            f"False alarms on honest rewrites: OneStopEnglish {o['pairs']} pairs, "
            f"{o['sentences']} sentences: {o['loud_per_100_sentences']:.1f} error+warning per 100 "
            f"sentences ({o['loud_per_100_sentences_excluding_unmatched']:.1f} excluding unmatched "
            f"sentences)"
        )
        out.append(f"  by rule: {o['by_rule']}")
        if m["pairs"]:
            out.append(
                f"  MSRP paraphrases (label 1): {m['pairs']} pairs: "
                f"{m['loud_per_100_pairs']:.1f} error+warning per 100 pairs; "
                f"by rule: {m['by_rule']}"
            )
        for line in o["sample"][:12]:
            out.append(f"    sample: {line}")
    out.append(f"({summary['seconds']} s)")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures; optionally write JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="sample fewer documents")
    parser.add_argument("--json", metavar="FILE", help="also write the summary as JSON")
    parser.add_argument(
        "--show-holdout",
        action="store_true",
        help="also list the held-out set's misses (only when it is about to join the corpus)",
    )
    args = parser.parse_args(argv)
    summary = run(quick=args.quick, show_holdout=args.show_holdout)
    sys.stdout.write(report_text(summary))
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
