"""Group the sentences of two versions that say the same thing, in any order.

Alignment is not a monotonic diff: rewrites move paragraphs, split one sentence in two and
merge two into one. Each body sentence becomes a bag of IDF-weighted content terms (numbers and
names count more, so that in a list of like sentences the partner is the one about the same
company or place); candidate partners come from an inverted index, so the work grows with the
number of sentences rather than with its square. Groups of up to three adjacent sentences on
one side are scored by weighted Dice against the other side and chosen greedily, best first.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from reconcile.features import STEM_LENGTH, terms
from reconcile.model import Document, Group

# Below this a pair is not trusted as a partner; found on the seed pair and the samples, where
# honest partners score from about 0.3 and unrelated sentences of one story stay under 0.2.
THRESHOLD = 0.26
# Mutual best partners, both otherwise unmatched, are aligned down to this score.
WEAK_THRESHOLD = 0.15
# A merged group must score above its best one-to-one part, and every sentence in the merge
# must find this share of its own weight on the other side, so an added sentence that merely
# mentions the same person is not swallowed by its neighbour.
MERGE_MARGIN = 0.0
MERGE_CONTAINMENT = 0.2
# A sentence of a merge run may lean on the merge's partner when its score with it is this
# close to its best.
LEAN = 0.9
# A leftover sentence joins its neighbour's group when this share of its weight is found there.
ABSORB_CONTAINMENT = 0.3
# ...and a group further away when this share is found there and the group scores higher with it.
DISTANT_CONTAINMENT = 0.4
# Terms that stand for a slot of the story, not a word ("weekday" for any day's name): they
# help a pair that the rest of its words make, but a sentence from another paragraph does not
# belong to a group for naming some day ("won ... on Thursday" and "won ... on Saturday").
SLOT_TERMS = frozenset({"weekday"[:STEM_LENGTH]})
MAX_GROUP = 3
# A lone leftover on each side of the same gap between aligned neighbours is one sentence
# reworded ("Of the 46 lots offered, 41 found buyers." / "Forty-one of the 64 lots sold.") when
# they share at least this score: less than an honest partner needs alone, but the place agrees.
# On the 511 corpus pairs, 0.12 parts four more dropped sentences from added ones that 0.08
# had joined ("Zhemar had threatened to divert its exports" and "Zhemar's economy grew 3.8%"),
# with no equivalence lost. Higher loses rewordings whose changed figure lowers the score:
# "Of the 46 lots offered, 41 found buyers" / "Forty-one of the 64 lots sold" scores 0.127.
GAP_THRESHOLD = 0.12
# Terms found in more sentences than this share carry little signal and blow up the index.
_COMMON_SHARE = 0.2
_CANDIDATES = 8
_MAX_POSTINGS = 40
_BACKGROUND = 20


@dataclass(frozen=True, slots=True)
class _Side:
    indexes: tuple[int, ...]  # sentence index of each body unit, in document order
    bags: tuple[dict[str, float], ...]


def align(a: Document, b: Document, *, threshold: float = THRESHOLD) -> tuple[Group, ...]:
    """Return groups covering every sentence of ``a`` and ``b`` exactly once."""
    side_a = _side(a)
    side_b = _side(b)
    weights = _idf(side_a.bags + side_b.bags)
    wa = [_weigh(bag, weights) for bag in side_a.bags]
    wb = [_weigh(bag, weights) for bag in side_b.bags]
    pairs = _candidate_pairs(wa, wb, weights)
    chosen = _choose(wa, wb, pairs, threshold)
    joined_a, joined_b = _joined(a, side_a), _joined(b, side_b)
    chosen = _absorb(chosen, wa, wb, joined_a, joined_b, side="b")
    chosen = _absorb(chosen, wa, wb, joined_a, joined_b, side="a")
    texts = (
        [b.sentences[j].text for j in side_b.indexes],
        [a.sentences[i].text for i in side_a.indexes],
    )
    # A sequel may open a paragraph of its own ("That would have made it Stockholm's biggest
    # tech listing since 2022."): it need only follow the sentence it goes on about.
    next_a, next_b = _adjacent(side_a), _adjacent(side_b)
    chosen = _absorb_sequel(chosen, wa, wb, next_b, _sequels(b, side_b), texts, side="b")
    chosen = _absorb_sequel(chosen, wa, wb, next_a, _sequels(a, side_a), texts, side="a")
    # Both sides from the same groups, so that swapping the versions mirrors the result.
    distant_a = _absorb_distant(chosen, wa, wb, pairs, side="a")
    distant_b = _absorb_distant(chosen, wa, wb, pairs, side="b")
    chosen = [
        (ga2, gb2, _score(wa, wb, ga2, gb2) if (ga2, gb2) != (ga, gb) else score)
        for (ga, gb, score), (ga2, _, _), (_, gb2, _) in zip(
            chosen, distant_a, distant_b, strict=True
        )
    ]
    chosen += _pair_gaps(chosen, wa, wb)
    groups = []
    for ga, gb, score in chosen:
        ia = tuple(side_a.indexes[i] for i in ga)
        ib = tuple(side_b.indexes[j] for j in gb)
        same = [a.sentences[i].text for i in ia] == [b.sentences[j].text for j in ib]
        # 1.0 is kept for word-for-word equal passages, so that "equal" means equal.
        groups.append(Group(ia, ib, 1.0 if same else min(round(score, 4), 0.9999)))
    groups += _same_framing(a, b)
    groups += _same_wordless(a, b, groups)
    used_a = {i for g in groups for i in g.a}
    used_b = {j for g in groups for j in g.b}
    groups += [Group((s.index,), ()) for s in a.sentences if s.index not in used_a]
    groups += [Group((), (s.index,)) for s in b.sentences if s.index not in used_b]
    return order(groups)


def _same_framing(a: Document, b: Document) -> list[Group]:
    """Pair framing lines (headline, byline, credit...) that both versions carry word for word."""

    def fold(text: str) -> str:
        return " ".join(text.lower().split())

    waiting: dict[str, list[int]] = defaultdict(list)
    for s in b.sentences:
        if s.role.is_boilerplate:
            waiting[fold(s.text)].append(s.index)
    groups = []
    for s in a.sentences:
        if s.role.is_boilerplate and waiting.get(fold(s.text)):
            groups.append(Group((s.index,), (waiting[fold(s.text)].pop(0),), 1.0))
    return groups


def _same_wordless(a: Document, b: Document, groups: list[Group]) -> list[Group]:
    """Pair body sentences with no content words ("He did.") that both versions carry as is."""
    used_a = {i for g in groups for i in g.a}
    used_b = {j for g in groups for j in g.b}
    waiting: dict[str, list[int]] = defaultdict(list)
    for s in b.sentences:
        if s.index not in used_b and not s.role.is_boilerplate and not terms(s.text):
            waiting[" ".join(s.text.split())].append(s.index)
    out = []
    for s in a.sentences:
        key = " ".join(s.text.split())
        if s.index in used_a or s.role.is_boilerplate or not waiting.get(key) or terms(s.text):
            continue
        out.append(Group((s.index,), (waiting[key].pop(0),), 1.0))
    return out


def order(groups: Sequence[Group]) -> tuple[Group, ...]:
    """Return ``groups`` in reading order of A, each addition placed after its B predecessor."""
    placed = sorted((g for g in groups if g.a), key=lambda g: g.a[0])
    additions = sorted((g for g in groups if not g.a), key=lambda g: g.b[0])
    slot_of_b = {j: k for k, g in enumerate(placed) for j in g.b}
    known = sorted(slot_of_b)
    after: dict[int, list[Group]] = defaultdict(list)
    cursor = -1
    anchor = -1  # -1: before the first group
    for add in additions:
        while cursor + 1 < len(known) and known[cursor + 1] < add.b[0]:
            cursor += 1
            anchor = max(anchor, slot_of_b[known[cursor]])
        after[anchor].append(add)
    result: list[Group] = list(after.get(-1, []))
    for k, g in enumerate(placed):
        result.append(g)
        result.extend(after.get(k, []))
    return tuple(result)


def _side(doc: Document) -> _Side:
    body = [s for s in doc.sentences if not s.role.is_boilerplate]
    return _Side(tuple(s.index for s in body), tuple(terms(s.text) for s in body))


def _idf(bags: Sequence[dict[str, float]]) -> dict[str, float]:
    df: dict[str, int] = defaultdict(int)
    for bag in bags:
        for t in bag:
            df[t] += 1
    # Pseudo-sentences that contain none of the terms: in a short text every word is "common",
    # and raw IDF would call a two-sentence story's shared words worthless.
    n = len(bags) + _BACKGROUND
    return {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}


def _weigh(bag: dict[str, float], idf: dict[str, float]) -> dict[str, float]:
    return {t: boost * idf[t] for t, boost in bag.items() if idf[t] > 0}


def _candidate_pairs(
    wa: list[dict[str, float]], wb: list[dict[str, float]], idf: dict[str, float]
) -> dict[tuple[int, int], float]:
    """Return the shared weight of each (a, b) pair that has a distinctive term in common."""
    n = len(wa) + len(wb)
    # A term in more sentences than this is too common to propose partners; capping it keeps
    # the candidate search linear in long documents.
    limit = max(8, min(int(_COMMON_SHARE * n), _MAX_POSTINGS))
    postings: dict[str, list[int]] = defaultdict(list)
    for j, bag in enumerate(wb):
        for t in bag:
            postings[t].append(j)
    shared: dict[tuple[int, int], float] = {}
    for i, bag in enumerate(wa):
        acc: dict[int, float] = defaultdict(float)
        for t, w in bag.items():
            post = postings.get(t)
            if not post or len(post) > limit:
                continue
            for j in post:
                acc[j] += min(w, wb[j][t])
        best = sorted(acc.items(), key=lambda kv: -kv[1])[: _CANDIDATES * 2]
        for j, s in best:
            shared[(i, j)] = s
    return shared


def _dice(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    inter = sum(min(w, b[t]) for t, w in a.items() if t in b)
    total = sum(a.values()) + sum(b.values())
    return 2 * inter / total if total else 0.0


def _union(bags: Sequence[dict[str, float]]) -> dict[str, float]:
    out: dict[str, float] = {}
    for bag in bags:
        for t, w in bag.items():
            if w > out.get(t, 0.0):
                out[t] = w
    return out


def _choose(
    wa: list[dict[str, float]],
    wb: list[dict[str, float]],
    shared: dict[tuple[int, int], float],
    threshold: float,
) -> list[tuple[tuple[int, ...], tuple[int, ...], float]]:
    """Pick non-overlapping groups greedily by score, merges only where they clearly help."""
    na, nb = len(wa), len(wb)
    size_a = [sum(w.values()) for w in wa]
    size_b = [sum(w.values()) for w in wb]
    one: dict[tuple[int, int], float] = {}
    for (i, j), inter in shared.items():
        total = size_a[i] + size_b[j]
        one[(i, j)] = 2 * inter / total if total else 0.0
    partners_a: dict[int, set[int]] = defaultdict(set)
    partners_b: dict[int, set[int]] = defaultdict(set)
    for i, j in one:
        partners_a[i].add(j)
        partners_b[j].add(i)

    # Ties go to the partner at the nearer relative position, the same whichever version is
    # read first ("Shares rose 3.2% in Toronto" early, "Shares rose 3% in Toronto" late).
    def apart(i: int, j: int) -> float:
        return abs(i / max(na, 1) - j / max(nb, 1))

    best_of_a = {
        i: max(sorted(js), key=lambda j: (one[(i, j)], -apart(i, j)))
        for i, js in partners_a.items()
    }
    best_of_b = {
        j: max(sorted(is_), key=lambda i: (one[(i, j)], -apart(i, j)))
        for j, is_ in partners_b.items()
    }
    options: list[tuple[float, tuple[int, ...], tuple[int, ...]]] = []
    for (i, j), score in one.items():
        position = 1 - apart(i, j)
        # The small pull towards the same relative position only breaks near-ties.
        options.append((score + 0.01 * position, (i,), (j,)))
    # Merges: a run of adjacent sentences on one side that each share terms with one sentence.
    for i, js in partners_a.items():
        for run in _runs(sorted(js)):
            best_single = max(one[(i, j)] for j in run)
            score = _dice(wa[i], _union([wb[j] for j in run]))
            contained = all(
                _leans_on(one, (i, j), (best_of_b[j], j), partners_a[best_of_b[j]] - set(run))
                and shared[(i, j)] >= MERGE_CONTAINMENT * size_b[j]
                for j in run
            )
            if contained and score > best_single + MERGE_MARGIN:
                options.append((score, (i,), tuple(run)))
    for j, is_ in partners_b.items():
        for run in _runs(sorted(is_)):
            best_single = max(one[(i, j)] for i in run)
            score = _dice(_union([wa[i] for i in run]), wb[j])
            contained = all(
                _leans_on(one, (i, j), (i, best_of_a[i]), partners_b[best_of_a[i]] - set(run))
                and shared[(i, j)] >= MERGE_CONTAINMENT * size_a[i]
                for i in run
            )
            if contained and score > best_single + MERGE_MARGIN:
                options.append((score, tuple(run), (j,)))
    options.sort(key=lambda o: (-o[0], len(o[1]) + len(o[2]), o[1], o[2]))
    used_a: set[int] = set()
    used_b: set[int] = set()
    chosen = []
    for score, ga, gb in options:
        if score < threshold:
            break
        if used_a.intersection(ga) or used_b.intersection(gb):
            continue
        used_a.update(ga)
        used_b.update(gb)
        chosen.append((ga, gb, min(_score(wa, wb, ga, gb), 1.0)))
    # A weaker pair is still trusted when each sentence is the other's best candidate and both
    # are left over: heavy paraphrase shares few words, but it shares them with its partner.
    for (i, j), score in sorted(one.items(), key=lambda kv: (-kv[1], apart(*kv[0]))):
        if score < WEAK_THRESHOLD:
            break
        if i in used_a or j in used_b or best_of_a[i] != j or best_of_b[j] != i:
            continue
        used_a.add(i)
        used_b.add(j)
        chosen.append(((i,), (j,), score))
    return chosen


def _leans_on(
    one: dict[tuple[int, int], float],
    pair: tuple[int, int],
    rival: tuple[int, int],
    rival_else: set[int],
) -> bool:
    """Return whether a sentence of a merge run belongs to the merge's partner.

    It does when the partner is its best match (``rival`` is ``pair``), or nearly so and the
    best match has another partner to go to (``rival_else``, the other side's sentences it
    shares words with outside the run): a lead split in two ("... will be cut by 52 percent
    from June 1" and "It called the move the second-steepest cut") whose first half shares a
    body's name with another sentence of the original, which has its own partner.
    """
    if rival == pair:
        return True
    if one[pair] < LEAN * one[rival]:
        return False
    flip = rival[0] == pair[0]  # the rival shares this sentence of A: its partners are in B
    return any(
        one.get((rival[0], k) if not flip else (k, rival[1]), 0.0) >= WEAK_THRESHOLD
        for k in rival_else
    )


def _joined(doc: Document, side: _Side) -> list[bool]:
    """Return, for each body unit, whether it shares a paragraph with the next body unit."""
    out = []
    for k, index in enumerate(side.indexes):
        if k + 1 < len(side.indexes) and side.indexes[k + 1] == index + 1:
            gap = doc.text[doc.sentences[index].end : doc.sentences[index + 1].start]
            out.append("\n" not in gap and "\r" not in gap)
        else:
            out.append(False)
    return out


def _adjacent(side: _Side) -> list[bool]:
    """Return, for each body unit, whether the next sentence of the document is a body unit."""
    ix = side.indexes
    return [k + 1 < len(ix) and ix[k + 1] == ix[k] + 1 for k in range(len(ix))]


def _owners(
    chosen: list[tuple[tuple[int, ...], tuple[int, ...], float]], side: str
) -> dict[int, int]:
    """Return, for each sentence of ``side`` in a chosen group, that group's number."""
    return {k: n for n, (ga, gb, _) in enumerate(chosen) for k in (gb if side == "b" else ga)}


def _absorb(
    chosen: list[tuple[tuple[int, ...], tuple[int, ...], float]],
    wa: list[dict[str, float]],
    wb: list[dict[str, float]],
    joined_a: list[bool],
    joined_b: list[bool],
    *,
    side: str,
) -> list[tuple[tuple[int, ...], tuple[int, ...], float]]:
    """Join a leftover sentence to the group of its neighbour in the same paragraph.

    A split sentence often leaves a short half ("Putin did not disclose more details.") that
    shares too few words to win a pair of its own; when most of it is found in the neighbour's
    partner, it belongs to that group rather than standing as an addition.
    """
    mine, other = (wb, wa) if side == "b" else (wa, wb)
    joined = joined_b if side == "b" else joined_a
    groups = list(chosen)
    owner = _owners(chosen, side)
    for k in range(len(mine)):
        if k in owner or not mine[k]:
            continue
        for neighbour in (k - 1, k + 1):
            if neighbour not in owner:
                continue
            if not joined[min(k, neighbour)]:
                continue
            n = owner[neighbour]
            ga, gb, score = groups[n]
            members = gb if side == "b" else ga
            partners = ga if side == "b" else gb
            if len(members) >= MAX_GROUP:
                continue
            if _contained(mine[k], [other[p] for p in partners]) >= ABSORB_CONTAINMENT:
                merged = tuple(sorted((*members, k)))
                groups[n] = (ga, merged, score) if side == "b" else (merged, gb, score)
                owner[k] = n
                break
    return groups


# A sentence that goes on about the one before: "That was the sharpest fall since 2015."
_SEQUEL = re.compile(
    r"(?:It|This|That)\s+(?:was|is|marked|made|came|left|brought|meant|means|would|will|has|had)\b"
)
# The partner must have this share of its weight left unsaid by the sentence before.
SEQUEL_UNSAID = 0.35
# Kinds of fact by their look, to tell a sequel that finishes the partner's sentence ("the
# sharpest fall since 2015" for "the steepest decline since 2017") from one that adds to it.
_SHAPES = {
    "year": re.compile(r"\b(?:1[89]|20)\d\d\b"),
    "superlative": re.compile(
        r"\b(?:most|(?<!at\s)least|best|worst|record|(?!(?:inter|for|prot|requ|w|t|r|cont|hon|mod|harv|"
        r"sugg|arr|inv|lat|dig|ch|n|gu|qu|v|p|cr|ern|hom)est\b)[a-z]{2,}est)\b",
        re.IGNORECASE,
    ),
    "ordinal": re.compile(
        r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b",
        re.IGNORECASE,
    ),
    "percent": re.compile(r"%|\bper\s?cent\b|\bpercent\b", re.IGNORECASE),
    "since": re.compile(r"\bsince\b", re.IGNORECASE),
}


def _shapes(text: str) -> Counter[str]:
    return Counter({name: len(pattern.findall(text)) for name, pattern in _SHAPES.items()})


def _sequels(doc: Document, side: _Side) -> list[set[str]]:
    """Return the kinds of fact of each body unit that opens by pointing back.

    Every other unit gets the empty set.
    """
    out = []
    for index in side.indexes:
        text = doc.sentences[index].text
        out.append(set(+_shapes(text)) if _SEQUEL.match(text) else set())
    return out


def _absorb_sequel(
    chosen: list[tuple[tuple[int, ...], tuple[int, ...], float]],
    wa: list[dict[str, float]],
    wb: list[dict[str, float]],
    joined: list[bool],
    sequel: list[set[str]],
    texts: tuple[list[str], list[str]],
    *,
    side: str,
) -> list[tuple[tuple[int, ...], tuple[int, ...], float]]:
    """Join a leftover sequel to the group of the sentence it follows.

    A rewrite splits "sales fell 6.3%, the steepest decline since the company listed in 2017"
    into "Sales dropped 6.3%." and "That was the sharpest fall since Halvorsen floated in
    2015." The second half shares few words with the original, yet it says what the group's
    other side says beyond the first half: it joins that group when it points back at the
    sentence before and the other side has much the first half leaves unsaid.
    """
    mine, other = (wb, wa) if side == "b" else (wa, wb)
    groups = list(chosen)
    owner = _owners(chosen, side)
    for k in range(1, len(mine)):
        if k in owner or not sequel[k] or not joined[k - 1] or k - 1 not in owner:
            continue
        n = owner[k - 1]
        ga, gb, score = groups[n]
        members = gb if side == "b" else ga
        partners = ga if side == "b" else gb
        if len(members) >= MAX_GROUP or len(partners) != 1:
            continue
        unsaid = 1 - _contained(other[partners[0]], [mine[m] for m in members])
        mine_text, other_text = texts if side == "b" else texts[::-1]
        # What the partner says that the sentence before does not: the sequel must say
        # only such kinds of thing, or it adds rather than finishes.
        left = _shapes(other_text[partners[0]]) - _shapes(" ".join(mine_text[m] for m in members))
        if unsaid >= SEQUEL_UNSAID and len(sequel[k]) >= 2 and sequel[k] <= set(left):
            merged = tuple(sorted((*members, k)))
            groups[n] = (ga, merged, score) if side == "b" else (merged, gb, score)
            owner[k] = n
    return groups


def _absorb_distant(
    chosen: list[tuple[tuple[int, ...], tuple[int, ...], float]],
    wa: list[dict[str, float]],
    wb: list[dict[str, float]],
    shared: dict[tuple[int, int], float],
    *,
    side: str,
) -> list[tuple[tuple[int, ...], tuple[int, ...], float]]:
    """Join a leftover sentence to a group in another paragraph that it completes.

    A rewrite may fold two sentences from different paragraphs into one ("The team used the
    telescope..." and, later, "The telescope, launched in 2019, cost..."). A leftover sentence
    joins the group whose other side holds DISTANT_CONTAINMENT of its weight, when the group then
    scores higher than without it: the partner says what the leftover says, beyond its own
    group. Its facts are then compared there, so nothing it carries goes unreported.
    """
    mine, other = (wb, wa) if side == "b" else (wa, wb)
    groups = list(chosen)
    owner_other: dict[int, int] = {}
    used: set[int] = set()
    for n, (ga, gb, _) in enumerate(chosen):
        for k in ga if side == "b" else gb:
            owner_other[k] = n
        used.update(gb if side == "b" else ga)
    candidates: dict[int, set[int]] = defaultdict(set)
    for i, j in shared:
        k, partner = (j, i) if side == "b" else (i, j)
        if k not in used and partner in owner_other:
            candidates[k].add(owner_other[partner])
    for k in sorted(candidates):
        best: tuple[float, int, tuple[int, ...], tuple[int, ...]] | None = None
        for n in candidates[k]:
            ga, gb, _ = groups[n]
            members = gb if side == "b" else ga
            partners = ga if side == "b" else gb
            if len(members) >= MAX_GROUP:
                continue
            bags = [other[p] for p in partners]
            if _contained(mine[k], bags, ignore=SLOT_TERMS) < DISTANT_CONTAINMENT:
                continue
            merged = tuple(sorted((*members, k)))
            new_a, new_b = (ga, merged) if side == "b" else (merged, gb)
            after = _score(wa, wb, new_a, new_b)
            if after > _score(wa, wb, ga, gb) + 1e-9 and (best is None or after > best[0]):
                best = (after, n, new_a, new_b)
        if best is not None:
            after, n, new_a, new_b = best
            groups[n] = (new_a, new_b, after)
    return groups


def _pair_gaps(
    chosen: list[tuple[tuple[int, ...], tuple[int, ...], float]],
    wa: list[dict[str, float]],
    wb: list[dict[str, float]],
) -> list[tuple[tuple[int, ...], tuple[int, ...], float]]:
    """Pair the one leftover of A and the one of B that sit between the same aligned groups.

    Both versions tell the story in order around them, so the two are the same sentence
    rewritten rather than an omission beside an addition; their facts are then compared. A gap
    holding more than one leftover on a side stays unpaired: which goes with which is a guess.
    Found on the early corpus, where the five such pairs scored 0.10-0.17: the three within the
    story were one sentence reworded, the two after its last aligned group an omission and an
    addition. The threshold (GAP_THRESHOLD) was raised as the corpus grew.
    """
    # Only a gap with aligned groups on both sides: rewriters trim a story from the bottom and
    # add background at its end, so the last sentences of each are often unrelated.
    bounds = sorted((min(ga), max(ga), min(gb), max(gb)) for ga, gb, _ in chosen if ga and gb)
    used_a = {i for ga, _, _ in chosen for i in ga}
    used_b = {j for _, gb, _ in chosen for j in gb}
    out: list[tuple[tuple[int, ...], tuple[int, ...], float]] = []
    for before, after in itertools.pairwise(bounds):
        # Only where the neighbours keep the same order on both sides is the gap one place.
        if after[2] <= before[3]:
            continue
        # One sentence on each side, left over: a sentence of another group inside the gap
        # means the groups cross there.
        gap_a, gap_b = range(before[1] + 1, after[0]), range(before[3] + 1, after[2])
        if len(gap_a) != 1 or len(gap_b) != 1 or gap_a[0] in used_a or gap_b[0] in used_b:
            continue
        score = _dice(wa[gap_a[0]], wb[gap_b[0]])
        if score >= GAP_THRESHOLD:
            out.append(((gap_a[0],), (gap_b[0],), score))
    return out


def _contained(
    bag: dict[str, float], partners: list[dict[str, float]], ignore: frozenset[str] = frozenset()
) -> float:
    """Return the share of ``bag``'s weight that the union of ``partners`` also holds.

    Terms in ``ignore`` count towards the bag's weight but are never held.
    """
    size = sum(bag.values())
    if not size:
        return 0.0
    target = _union(partners)
    return sum(min(w, target[t]) for t, w in bag.items() if t in target and t not in ignore) / size


def _score(
    wa: list[dict[str, float]], wb: list[dict[str, float]], ga: tuple[int, ...], gb: tuple[int, ...]
) -> float:
    """Return the weighted Dice score of a group, without the tie-breaking position bonus."""
    return _dice(_union([wa[i] for i in ga]), _union([wb[j] for j in gb]))


def _runs(indexes: list[int]) -> list[list[int]]:
    """Return every run of 2..MAX_GROUP consecutive indexes found in ``indexes``."""
    present = set(indexes)
    runs = []
    for start in indexes:
        run = [start]
        while len(run) < MAX_GROUP and run[-1] + 1 in present:
            run.append(run[-1] + 1)
            runs.append(list(run))
    return runs
