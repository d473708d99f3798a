"""Rules R4xx: a statement and its denial, opposite verbs, and opposite directions of change."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reconcile.fold import stem
from reconcile.model import Fact, Kind, Severity
from reconcile.rules.registry import Hit, Pair, Rule, register

R = Severity
RULES = (
    Rule(
        "R401",
        "direction-flip",
        Kind.NEGATION,
        R.ERROR,
        "One version says a figure went up where the other says it went down (rose vs fell).",
        flag=(
            ("Copper prices rose 3% on Monday.", "Copper prices fell 3% on Monday."),
            ("Shares closed higher in Tokyo.", "Shares closed lower in Tokyo."),
        ),
        keep=(
            ("Copper prices rose 3% on Monday.", "Copper prices climbed 3% on Monday."),
            ("Exports tumbled 8%.", "Exports plunged 8%."),
        ),
    ),
    Rule(
        "R402",
        "antonym-flip",
        Kind.NEGATION,
        R.ERROR,
        "The versions use opposite words for the same event (approve/reject, accept/refuse, "
        "confirm/deny, win/lose, acquit/convict, fastest/slowest).",
        flag=(
            (
                "The union said it will accept the offer.",
                "The union said it will refuse the offer.",
            ),
            ("The jury acquitted the former mayor.", "The jury convicted the former mayor."),
            ("It was the slowest winning time since 2018.", "It was the fastest since 2018."),
        ),
        keep=(
            ("The council approved the budget.", "The council gave its approval to the budget."),
        ),
    ),
    Rule(
        "R403",
        "negation-flip",
        Kind.NEGATION,
        R.ERROR,
        'One version denies what the other states ("No arrests were made" vs "Arrests were '
        'made"; "will not seek re-election" vs "will seek re-election").',
        flag=(
            ("No arrests were made after the march.", "Arrests were made after the march."),
            ("The mayor will not seek re-election.", "The mayor will seek re-election."),
            (
                "Authorities urged residents not to return to damaged homes.",
                "Authorities told residents they could go back to damaged homes.",
            ),
            ("The firm did not rule out selling the unit.", "The firm has ruled out a sale."),
            ("The treaty can be extended.", "The treaty cannot be extended."),
            (
                "We are already seeing the effects of climate change in Bangladesh.",
                "We are not already seeing the effects of climate change in Bangladesh.",
            ),
        ),
        keep=(
            ("He didn't provide more details.", "He did not disclose more details."),
            ("Officials had not yet reached the village.", "Officials have yet to reach it."),
            ("The law bans children from working.", "The law does not allow children to work."),
            (
                "Russia hadn't supplied more than 1 million tons.",
                "Russia's supply has not exceeded 1 million tons.",
            ),
            (
                "Damascus ranked better than not just Baghdad but also Bangui.",
                "Damascus ranked better than Baghdad and Bangui.",
            ),
            (
                "Wine was allowed, but not, according to his advisers, French bands.",
                "Wine was allowed, but not French bands.",
            ),
        ),
    ),
)
# Words that deny without "not": a side using them may agree with the other side's "not".
# Short stems list their forms: "ban" must not match "Bangladesh", nor "cease" "ceasefire".
_IMPLICIT = re.compile(
    r"\b(?:den(?:y|ies|ied|ying|ial)|refus\w*|reject\w*|"
    r"fail\w*|little|hardly|barely|rarely|scarcely|neither|nor|none|nobody|"
    r"nothing|nowhere|lack\w*|absen\w*|unable|instead|rather than|"
    r"ceas(?:e|es|ed|ing)|stop(?:s|ped|ping)?|avoid\w*|"
    r"prevent\w*|ban(?:s|ned|ning)?|free of|dismiss\w*|"
    r"disagree\w*|far from|yet to|(?:warn|caution|advis|argu)\w*\s+against|wary|"
    r"struggl\w*|the last thing|bewar\w*|"
    r"un(?:able|likely|willing|clear|aware|known|certain|successful)|"
    r"in(?:capable|sufficient|adequate|effective))\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][a-z-]{2,}")
# Phrasal verbs that state what a single verb denies elsewhere ("not to return" vs "could go
# back"), keyed by the five-letter stem a denial records.
_PHRASAL = (
    ("retur", r"(?:go|goes|went|gone|going|come|comes|came|coming|get|gets|got)\s+back"),
    ("resig", r"step(?:s|ped|ping)?\s+down"),
    ("atten", r"(?:show|turn)(?:s|ed|ing)?\s+up"),
    ("cance", r"call(?:s|ed|ing)?\s+off"),
    ("postp", r"put(?:s|ting)?\s+off"),
    ("surre", r"(?:give|gives|gave|given|giving)\s+up"),
    ("conti", r"(?:carr(?:y|ies|ied|ying)|go|goes|went|going)\s+on\b(?!\s+(?:to|the|a)\b)"),
    ("relea", r"(?:set|sets|setting)\s+free"),
)
_PHRASAL_RE = re.compile(
    "|".join(rf"\b(?P<{stem}>{forms})\b" for stem, forms in _PHRASAL), re.IGNORECASE
)


@register(*RULES)
def check_polarity(pair_: Pair) -> Iterator[Hit]:
    """Compare what the two sides of an aligned group assert and deny."""
    if not pair_.a.sentences or not pair_.b.sentences:
        return
    a = [f for f in pair_.a.facts if f.kind is Kind.NEGATION]
    b = [f for f in pair_.b.facts if f.kind is Kind.NEGATION]
    yield from _directions(a, b, pair_)
    yield from _antonyms(a, b, pair_)
    yield from _negations(pair_, a, b)


def _directions(a: list[Fact], b: list[Fact], pair_: Pair) -> Iterator[Hit]:
    da = [f for f in a if f.key == "direction"]
    db = [f for f in b if f.key == "direction"]
    ways_a, ways_b = {f.value for f in da}, {f.value for f in db}
    # A clean flip: every change in A one way, every change in B the other.
    if len(ways_a) == 1 and len(ways_b) == 1 and ways_a != ways_b:
        yield _flip(da[0], db[0])
        return
    # Otherwise a verb flips only where both versions say the same after it ("fell for a
    # sixth straight session" vs "rose for a sixth straight session").
    for x in da:
        after_x = _words_after(pair_.text_a, x)
        amount_x = _amount_after(x, pair_.a.facts)
        subject_x = _word_before(pair_.text_a, x)
        for y in db:
            if x.value == y.value:
                continue
            same_words = after_x and after_x == _words_after(pair_.text_b, y)
            amount_y = _amount_after(y, pair_.b.facts)
            same_amount = amount_x is not None and amount_x == amount_y
            same_subject = subject_x and subject_x == _word_before(pair_.text_b, y)
            if same_words or same_amount or same_subject:
                yield _flip(x, y)
                return


def _flip(x: Fact, y: Fact) -> Hit:
    return Hit(
        "R401",
        f"direction differs: '{x.text}' ({x.value}) vs '{y.text}' ({y.value})",
        x,
        y,
        (str(x.value), str(y.value)),
    )


def _amount_after(f: Fact, facts: tuple[Fact, ...]) -> tuple[str, str] | None:
    """Return the quantity right after a direction verb ("strengthened 1.3 percent")."""
    for q in facts:
        if q.kind is Kind.NUMBER and 0 <= q.start - f.end <= 12:
            return (q.key, q.display)
    return None


def _word_before(text: str, f: Fact) -> str:
    """Return the content word just before a verb ("The crown strengthened" -> "crown")."""
    m = re.search(r"([A-Za-z]{3,})\W{0,2}$", text[max(0, f.start - 30) : f.start])
    word = m.group(1).lower() if m else ""
    return "" if word in _FUNCTION else word


_FUNCTION = frozenset("the and but has have had was were will would also then that which".split())


def _words_after(text: str, f: Fact) -> tuple[str, ...]:
    words = re.findall(r"[a-z0-9%$.]+", text[f.end : f.end + 60].lower())
    return tuple(words[:3]) if len(words) >= 3 else ()


def _antonyms(a: list[Fact], b: list[Fact], pair_: Pair) -> Iterator[Hit]:
    keys = {f.key for f in a if f.key.startswith("antonym:")}
    for key in sorted(keys):
        fa = [f for f in a if f.key == key]
        fb = [f for f in b if f.key == key]
        # "does not allow" says what "bans" says: a denied word stands for its opposite.
        sides_a = {_side(f, pair_.text_a) for f in fa}
        sides_b = {_side(f, pair_.text_b) for f in fb}
        if len(sides_a) == 1 and len(sides_b) == 1 and sides_a != sides_b:
            x, y = fa[0], fb[0]
            yield Hit(
                "R402", f"opposite words: '{x.text}' vs '{y.text}'", x, y, (x.display, y.display)
            )


_DENIED = re.compile(
    r"(?:\b(?:not|never|no longer|cannot)"
    r"|\b(?:do|does|did|is|are|was|were|has|have|had|wo|ca|could|would|should|must)n['’]?t)"
    r"\s+(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)


def _side(f: Fact, text: str) -> str:
    side = str(f.value)
    if not _DENIED.search(text, max(0, f.start - 20), f.start):
        return side
    return side[4:] if side.startswith("not-") else f"not-{side}"


def _negations(pair_: Pair, a: list[Fact], b: list[Fact]) -> Iterator[Hit]:
    na = [f for f in a if f.key == "negation"]
    nb = [f for f in b if f.key == "negation"]
    if len(na) == len(nb):
        return  # as many denials on each side: reworded, not flipped
    a_denies = len(na) > len(nb)
    denying, others, stating = (na, nb, pair_.b) if a_denies else (nb, na, pair_.a)
    stated = " ".join(s.text for s in stating.sentences)
    if _IMPLICIT.search(stated):
        return  # "denies that the plans are illiberal" = "the plans are not illiberal"
    denied_there = {f.value for f in others}
    words = {stem(w): w for w in reversed(_WORD.findall(stated))}
    for m in _PHRASAL_RE.finditer(stated):
        words.setdefault(m.lastgroup or "", m.group(0))
    for f in denying:
        if f.value in denied_there or f.value not in words:
            continue  # both deny it, or the other side does not say it at all
        word = words[str(f.value)]
        owner = next(s for s in stating.sentences if word in s.text)
        at = owner.start + owner.text.index(word)
        # Point at the word itself, not the whole sentence, so the finding quotes what changed.
        stated_fact = Fact(Kind.NEGATION, at, at + len(word), word, "statement", word, word)
        x, y = (f, stated_fact) if a_denies else (stated_fact, f)
        if a_denies:
            message = f"A denies what B states: '{f.text}' vs '{word}' without negation"
        else:
            message = f"B denies what A states: '{word}' without negation vs '{f.text}'"
        yield Hit("R403", message, x, y)
        return
