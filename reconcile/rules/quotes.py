"""Rules R6xx: direct quotations reworded, turned into paraphrase, or added."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from reconcile.fold import fold_words
from reconcile.model import Fact, Kind, Sentence, Severity
from reconcile.rules.registry import DocFacts, Hit, Pair, Rule, Side, register

_QUOTE_MARKS = re.compile(r"[\"“”«»„‘]")
# Two quotations below this word-level similarity are different quotations, not one reworded.
_SAME_QUOTE = 35.0

R = Severity
RULES = (
    Rule(
        "R601",
        "quote-altered",
        Kind.QUOTE,
        R.WARNING,
        "The words inside a quotation differ between the versions; a quotation must be verbatim.",
        flag=(
            (
                '"We won\'t stop," he said.',
                '"We will stop," he said.',
            ),
            (
                '"He was not a local farmer who fell into a bog - someone brought him here, and '
                'someone killed him," said Dr Signe Kjaergaard.',
                '"He was not a local farmer who fell into a bog. Someone took him here, and '
                'someone killed him," said Dr Signe Kjaergaard.',
            ),
            (
                'The minister told parliament that the government was "deeply concerned" about '
                "the cuts.",
                'The minister said the government was "concerned" about the cuts.',
            ),
            (
                'Defence lawyers had called the original sentence "manifestly excessive".',
                'Defence lawyers had called the original sentence "clearly excessive".',
            ),
            (
                '"We cannot bring heavy machinery in yet," the mayor said.',
                '"We cannot bring heavy machinery in," the mayor said.',
            ),
            (
                '"Every dive turned up something new," Lind said.',
                '"Almost every dive turned up something new," Lind said.',
            ),
            ("“We have a lot of them,” Peskov said.", "“We have plenty of them,” Peskov said."),
            (
                '"This is a victory for our little island association," she said.',
                '"This is a victory for our island association," she said.',
            ),
            (
                '"We were too slow to see how far values had fallen, and that is on me," he said.',
                '"We were too slow to see how far values had fallen," he said.',
            ),
            (
                '"We will cut 300 jobs if the deal fails," the chief executive said.',
                '"We will cut ... jobs," the chief executive said.',
            ),
        ),
        keep=(
            (
                '"We won\'t stop," he said.',
                '"We will not stop," he said.',
            ),
            (
                '"The 3% rise is fair," he said.',
                '"The three per cent rise is fair," he said.',
            ),
            (
                '"He was not a local farmer who fell into a bog - someone brought him here, and '
                'someone killed him," said Dr Signe Kjaergaard.',
                '"He was not a local farmer who fell into a bog. Someone brought him here, and '
                'someone killed him," said Dr Signe Kjaergaard.',
            ),
            ("“We have a lot of them,” Peskov said.", '"We have a lot of them," Peskov said.'),
            (
                'The council will review the ban "every 30 days" from now.',
                "The council will review the ban ‘every 30 days’ from now.",
            ),
            (
                '"We have made a fair offer in a very difficult market, and the demands are '
                'simply not affordable," the company said.',
                'The company said it had made "a fair offer in a very difficult market" and '
                'that the demands were "simply not affordable".',
            ),
            (
                'Holm called the law "a gift to the surveillance state and a trap for ordinary '
                'citizens".',
                'Holm described the law as "a gift to the surveillance state ...".',
            ),
            (
                '"This is the darkest day in the history of our company and we will not rest '
                'until we know exactly what went wrong," he said.',
                'He said the company would "not rest until we know exactly what went wrong."',
            ),
            (
                'He called the treaty "a betrayal of the nation, signed behind the backs of '
                'voters".',
                'He called the treaty "a betrayal of the nation ...".',
            ),
        ),
    ),
    Rule(
        "R606",
        "quote-trimmed",
        Kind.QUOTE,
        R.INFO,
        "One version quotes part of the other's quotation word for word: the opening is said "
        "outside the marks, or a cut is shown by an ellipsis or by quoting in pieces; what is "
        "left out is shorter than what is kept and holds no figure, hedge or denial.",
        flag=(
            (
                '"This is a historic day for our two peoples," Ruel said.',
                'Ruel called it "a historic day for our two peoples".',
            ),
            (
                '"This was a well-resourced syndicate that studied every machine it hit," '
                "Inspector Hale said.",
                '"This was a well-resourced syndicate that studied every machine ...," '
                "Inspector Hale said.",
            ),
            (
                '"This is not a takeover, it is a partnership between equals," said rector '
                "Ingrid Solvik.",
                'Rector Ingrid Solvik said it was "not a takeover" but "a partnership between '
                'equals".',
            ),
        ),
        keep=(
            (
                '"This is a historic day for our two peoples," Ruel said.',
                '"This is a historic day for our two peoples," said Ruel.',
            ),
        ),
    ),
    Rule(
        "R602",
        "quote-paraphrased",
        Kind.QUOTE,
        R.WARNING,
        "A quotation in A is not quoted in B: the words became paraphrase, were dropped, or "
        "stand without their quotation marks.",
        flag=(
            (
                '"This is the most active repeater ever found in a dwarf galaxy, and it tells us '
                'young magnetars are the likely engines," Nkosi said.',
                'Nkosi said the source was "the most active repeater ever found in a dwarf '
                'galaxy" and that young magnetars were probably the engines behind it.',
            ),
            (
                '"This is a fluid situation, and safety will always come first," said spokesman '
                "Henrik Dahl.",
                'Spokesman Henrik Dahl called the situation fluid, adding: "Safety will always '
                'come first."',
            ),
            (
                'He said the company would "comply fully" with the order, the firm\'s lawyer '
                "added.",
                "He said the company would comply with the order in full, the firm's lawyer added.",
            ),
            (
                '"We are devastated and we will cooperate fully," the company\'s director said.',
                "The company's director said the firm was devastated and would cooperate fully.",
            ),
            (
                'Hospitals are targets because "every hour of downtime puts pressure on them to '
                'pay," Raman said. "They pay," she added.',
                "Hospitals are targets because every hour of downtime puts pressure on them to "
                'pay, Raman said. "They pay," she added.',
            ),
            (
                'The foundation said in a statement that it was "deeply disappointed" with the '
                'ruling, "a setback for every claimant".',
                'The foundation said in a statement it was disappointed with the ruling, "a '
                'setback for every claimant".',
            ),
            (
                "“We will not back down,” the mayor said. “It is our city,” she added.",
                "The mayor said the city would hold firm. “It is our city,” she added.",
            ),
        ),
        keep=(
            (
                'Chief Executive Helena Sjöberg said the company was "not insolvent" and that '
                "rents covered its costs.",
                "Chief Executive Helena Sjöberg insisted the company was “not insolvent”, saying "
                "rents covered its costs.",
            ),
            (
                'He called the campaign "Project Fear" on Tuesday.',
                "He called the campaign Project Fear on Tuesday.",
            ),
            (
                "“We will not back down,” the mayor said.",
                "“We will not back down,” said the mayor.",
            ),
        ),
    ),
    Rule(
        "R603",
        "quote-added",
        Kind.QUOTE,
        R.WARNING,
        "B puts in quotation marks words that A does not quote.",
        flag=(
            (
                "The mayor said the city would not back down.",
                "“We will not back down,” the mayor said.",
            ),
        ),
        keep=(
            (
                '"He was not a local farmer who fell into a bog - someone brought him here, and '
                'someone killed him," said Dr Signe Kjaergaard.',
                '"He was not a local farmer who fell into a bog. Someone brought him here, and '
                'someone killed him," said Dr Signe Kjaergaard.',
            ),
            (
                "Banks lent to so-called zombie firms for years.",
                'Banks lent to so-called "zombie" firms for years.',
            ),
            (
                "“We will not back down,” the mayor said.",
                "“We will not back down,” the mayor said.",
            ),
        ),
    ),
    Rule(
        "R604",
        "quote-unmarked",
        Kind.QUOTE,
        R.INFO,
        "A quotation in A is not quoted in B, but B has lost its quotation marks (none, or under "
        "a third as many as A: lost in conversion), so quotation and paraphrase cannot be told "
        "apart.",
        flag=(
            (
                "“We will not back down,” the mayor said.",
                "The mayor said the city would hold firm.",
            ),
        ),
        keep=(
            (
                "“We will not back down,” the mayor said.",
                "“We will not back down,” the mayor said.",
            ),
        ),
    ),
)


@register(*RULES)
def check_quotes(pair_: Pair) -> Iterator[Hit]:
    """Pair the quotations of an aligned group by wording and report each change of words."""
    if not pair_.a.sentences or not pair_.b.sentences:
        return
    a = [f for f in pair_.a.facts if f.kind is Kind.QUOTE]
    b = [f for f in pair_.b.facts if f.kind is Kind.QUOTE]
    # Pair the most alike quotations first, whatever their order, so that swapping the
    # versions pairs them the same way.
    scores = sorted(
        (
            (-fuzz.token_set_ratio(str(x.value), str(y.value)), x.value != y.value, i, j)
            for i, x in enumerate(a)
            for j, y in enumerate(b)
        ),
    )
    partner: dict[int, int] = {}
    taken: set[int] = set()
    for negative, _, i, j in scores:
        if -negative < _SAME_QUOTE:
            break
        if i not in partner and j not in taken:
            partner[i] = j
            taken.add(j)
    right = [y for j, y in enumerate(b) if j not in taken]
    # One quotation that the other version breaks over two sentences ("... fell into a bog -
    # someone brought him here" against "... fell into a bog. Someone brought him here"): the
    # same words, with the quotation that goes on paired along.
    read_on: dict[int, tuple[str, str]] = {}
    pieces_b: dict[int, tuple[Fact, ...]] = {}
    went_on: list[Fact] = []
    for i, j in partner.items():
        x, y = a[i], b[j]
        if x.value == y.value:
            continue
        if more := _goes_on(y, right, str(x.value)):
            right = [f for f in right if f not in more]
            read_on[i] = (str(x.value), " ".join(str(f.value) for f in (y, *more)))
            pieces_b[i] = (y, *more)
        elif more := _goes_on(x, [f for n, f in enumerate(a) if n not in partner], str(y.value)):
            went_on.extend(more)
            read_on[i] = (" ".join(str(f.value) for f in (x, *more)), str(y.value))
    for i, x in enumerate(a):
        if x in went_on:
            continue
        if i in read_on:
            said_a, said_b = read_on[i]
            if said_a != said_b:
                diff = word_diff(said_a, said_b)
                y = b[partner[i]]
                pieces = pieces_b.get(i, (y,))
                marked = sum(len(_ELLIPSIS.findall(f.text)) for f in pieces)
                if _quoted_in_part(said_a, said_b, len(pieces) - 1 + marked):
                    message = f"quoted in part, word for word: {diff}"
                    yield Hit("R606", message, x, y, (x.display, y.display))
                    continue
                yield Hit("R601", f"quotation reworded: {diff}", x, y, (x.display, y.display))
            continue
        if i not in partner:
            unquoted = str(x.value) in _plain(pair_.b.sentences)
            if _marks_lost(pair_):
                if not unquoted:
                    message = "quotation not quoted in B, which has lost its quotation marks: "
                    yield Hit("R604", f"{message}{x.display}", x, None)
            elif unquoted:
                # The same words, no longer quoted: B gives the speaker's words as its own.
                yield Hit("R602", f"quotation marks dropped in B: {x.display}", x, None)
            else:
                yield Hit("R602", f"quotation not quoted in B: {x.display}", x, None)
            continue
        y = b[partner[i]]
        said_a, said_b = str(x.value), str(y.value)
        if said_a == said_b:
            continue
        diff = word_diff(said_a, said_b)
        if _trimmed(said_a, said_b, pair_.a, pair_.b):
            part = "quotation trimmed"
        elif _quoted_in_part(said_a, said_b, len(_ELLIPSIS.findall(y.text))):
            part = "quoted in part, word for word"  # "studied every machine ..."
        else:
            part = ""
        if part:
            yield Hit("R606", f"{part}: {diff}", x, y, (x.display, y.display))
            continue
        paraphrased = _paraphrased_part(said_a, said_b, pair_.b, b)
        if paraphrased is not None:
            # "This is a fluid situation, and safety ..." against 'called the situation
            # fluid, adding: "Safety ..."': the opening became reported speech.
            cut, where = paraphrased
            yield Hit(
                "R602",
                f"part of the quotation given as paraphrase in B: '{cut}' quoted in A, "
                f"'{where.text}' in B's own words",
                x,
                where,
                (x.display, where.text),
            )
            if said_a.replace(cut, " ").split() == said_b.split():
                continue  # that was the only change
        yield Hit("R601", f"quotation reworded: {diff}", x, y, (x.display, y.display))
    for y in right:
        if str(y.value) not in _plain(pair_.a.sentences):
            yield Hit("R603", f"quotation only in B: {y.display}", None, y)


def _goes_on(first: Fact, others: list[Fact], whole: str) -> list[Fact]:
    """Return the quotations after ``first`` that, read on from it, come closest to ``whole``.

    [] unless reading on brings the words nearer to ``whole`` and close enough to be it.
    """
    text = str(first.value)
    best, score = 0, fuzz.ratio(text, whole)
    after = sorted((f for f in others if f.start > first.start), key=lambda f: f.start)[:2]
    for n, f in enumerate(after):
        text = f"{text} {f.value}"
        if (now := fuzz.ratio(text, whole)) > score:
            best, score = n + 1, now
    return after[:best] if score >= _SAME_QUOTE else []


# Words whose loss changes what a quotation says: a hedge ("Almost every dive") or a denial.
_HEDGING = frozenset(
    "almost nearly about around roughly only just some every all none yet still more less most "
    "least".split()
)
_DENYING = frozenset("not no never cannot".split())
_DENIAL = re.compile(r"\b(?:not|never|no|cannot)\b|n['’]t\b", re.IGNORECASE)


_CONTENT = re.compile(r"[a-z][a-z'’-]{3,}")
_FILLER = frozenset(
    "this that these those there their they them with from have been will would".split()
)


def _paraphrased_part(
    a: str, b: str, side_b: Side, quotes_b: list[Fact]
) -> tuple[str, Fact] | None:
    """Return a run of words cut from quotation ``a`` that B says outside its quotation marks.

    The run must hold at least two content words, two thirds of them (and two at least, or half
    where three or more) in one sentence of B outside any quotation; the fact returned spans
    them there.
    """
    wa, wb = a.split(), b.split()
    for op in Indel.opcodes(wa, wb):
        if op.tag != "delete" or op.src_end - op.src_start < 3:
            continue
        cut = " ".join(wa[op.src_start : op.src_end])
        content = [w for w in _CONTENT.findall(cut) if w not in _FILLER]
        if len(content) < 2:
            continue
        for sentence in side_b.sentences:
            spans = []
            for word in content:
                found = next(
                    (
                        m
                        for m in re.finditer(rf"\b{re.escape(word)}\b", sentence.text, re.I)
                        if not any(q.start <= sentence.start + m.start() < q.end for q in quotes_b)
                    ),
                    None,
                )
                if found is not None:
                    spans.append((found.start(), found.end()))
            # Two thirds of the words, or half of them where three or more are found: "it tells
            # us young magnetars are the likely engines" as "young magnetars were probably the
            # engines".
            if len(spans) < 2 or (
                3 * len(spans) < 2 * len(content)
                and (len(spans) < 3 or 2 * len(spans) < len(content))
            ):
                continue
            start, end = min(s for s, _ in spans), max(e for _, e in spans)
            if end - start > 80:
                continue
            text = sentence.text[start:end]
            where = Fact(
                Kind.QUOTE,
                sentence.start + start,
                sentence.start + end,
                text,
                "paraphrase",
                text,
                text,
            )
            return cut, where
    return None


def _trimmed(a: str, b: str, side_a: Side, side_b: Side) -> bool:
    """Return whether one quotation is the other with its opening words cut off.

    'called it "a historic day for two peoples"' quotes "This is a historic day for two
    peoples" from its predicate on: a partial quotation, the opening said outside the marks.
    Words cut from the end, most of a quotation, or an opening that carries a hedge, or a
    denial the shorter side does not say ("Almost every dive") are a changed quotation.
    """
    words_a, words_b = a.split(), b.split()
    short, long = (words_a, words_b) if len(words_a) < len(words_b) else (words_b, words_a)
    if not short or 2 * len(short) <= len(long) or long[-len(short) :] != short:
        return False
    cut = set(long[: len(long) - len(short)])
    if cut & _HEDGING:
        return False
    short_side = side_a if short is words_a else side_b
    return not cut & _DENYING or bool(_DENIAL.search(short_side.text))


_ELLIPSIS = re.compile(r"\.\.\.|…")
# A quoted fragment this long stands on its own, however much of the quotation it leaves out.
_FRAGMENT = 6
_FIGURES = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred thousand million billion half dozen percent".split()
)


def _quoted_in_part(a: str, b: str, cuts: int) -> bool:
    """Return whether quotation ``b`` is ``a`` word for word with runs left out where B shows it.

    B shows a cut with an ellipsis ("studied every machine ...") or by quoting in pieces with
    its own words between them ('it was "not a takeover" but "a partnership between equals"');
    ``cuts`` counts them; the opening may go too, said outside the marks. A word cut from the
    middle or the end without a mark ("our little island", "..., and that is on me") is a
    changed quotation, and so is a cut that holds a figure, a hedge or a denial, or that leaves
    fewer than six words and more than half of them gone where B does not mark each cut (half
    alike).
    """
    wa, wb = a.split(), b.split()
    if not wb:
        return False
    runs = []
    opening = False
    for op in Indel.opcodes(wa, wb):
        if op.tag == "equal":
            continue
        if op.tag != "delete":
            return False  # a word B has that A does not: reworded, not cut
        runs.append(wa[op.src_start : op.src_end])
        opening = opening or op.src_start == 0
    left_out = {w for run in runs for w in run}
    # A short fragment of a long quotation stands only where B marks every cut ("a betrayal
    # of the nation ..."); the opening left unmarked is not enough.
    marked = len(runs) <= cuts
    if 2 * len(wb) < len(wa) and len(wb) < _FRAGMENT and not marked:
        return False
    if 2 * len(wb) == len(wa) and (opening or len(runs) > cuts):
        return False  # half the words gone, and not where B marks a cut: "deeply concerned"
    if not runs or len(runs) > cuts + opening or left_out & (_HEDGING | _DENYING | _FIGURES):
        return False
    return not any(any(c.isdigit() for c in w) or _DENIAL.search(w) for w in left_out)


def _marks_lost(pair_: Pair) -> bool:
    """Return whether B has lost the quotation marks A has, as text pulled from a PDF does.

    B keeps them if it has at least a third as many as A; fewer, and quotation and paraphrase
    cannot be told apart there, provided B lost its apostrophes too ("Spains", "dont"), as
    such a conversion does: a rewrite that merely turned every quotation into reported speech
    keeps them. Counted once per document.
    """
    kept = _mark_count(pair_.text_b, pair_.doc_b, _QUOTE_MARKS, "quote-marks")
    if kept and 3 * kept >= _mark_count(pair_.text_a, pair_.doc_a, _QUOTE_MARKS, "quote-marks"):
        return False
    apostrophes = _mark_count(pair_.text_b, pair_.doc_b, _APOSTROPHE, "apostrophes")
    return apostrophes == 0 or 3 * apostrophes < _mark_count(
        pair_.text_a, pair_.doc_a, _APOSTROPHE, "apostrophes"
    )


# An apostrophe inside a word: "Spain's", "don’t".
_APOSTROPHE = re.compile(r"\w['’]\w")


def _mark_count(text: str, doc: DocFacts, marks: re.Pattern[str], key: str) -> int:
    known = doc.cache.get(key)
    if not isinstance(known, int):
        known = doc.cache[key] = len(marks.findall(text))
    return known


def _plain(sentences: tuple[Sentence, ...]) -> str:
    """Return the words of ``sentences`` folded like a quotation, marks or no marks."""
    return fold_words(" ".join(s.text for s in sentences))


def word_diff(a: str, b: str) -> str:
    """Return the word-level edits from ``a`` to ``b``: "a lot → plenty; + and"."""
    wa, wb = a.split(), b.split()
    # Longest-common-subsequence edits read best: runs of deletions and insertions between
    # two kept words become one replacement ("a lot" → "plenty").
    changes: list[tuple[list[str], list[str]]] = []
    open_change = False
    for op in Indel.opcodes(wa, wb):
        if op.tag == "equal":
            open_change = False
            continue
        if not open_change:
            changes.append(([], []))
            open_change = True
        changes[-1][0].extend(wa[op.src_start : op.src_end])
        changes[-1][1].extend(wb[op.dest_start : op.dest_end])
    parts = []
    for old_words, new_words in changes:
        old, new = " ".join(old_words), " ".join(new_words)
        if old and new:
            parts.append(f"'{old}' → '{new}'")
        elif old:
            parts.append(f"− '{old}'")
        else:
            parts.append(f"+ '{new}'")
    shown = "; ".join(parts[:6])
    if len(parts) > 6:
        shown += f"; and {len(parts) - 6} more changes"
    return shown
