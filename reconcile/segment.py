"""Split a story into sentences and the framing lines (headline, dateline, credits) around them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reconcile.model import Document, Role, Sentence, Source

# A line ends at LF, CRLF or a lone CR; offsets stay those of the decoded text.
_LINE = re.compile(r"[^\r\n]+")

# Sentence-final punctuation, any closing quotes or brackets that belong to the sentence,
# then the space before the next sentence. The lookahead asks for a plausible sentence start.
_BOUNDARY = re.compile(r"(?:[.!?]+|…)[\"'”’»)\]]*(?=\s+[\"“‘'«(\[]?[A-Z0-9À-ÖØ-Þ])")

# Abbreviations after which a period never ends a sentence (titles, months, "No. 5").
_NEVER_FINAL = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sen",
        "rep",
        "gov",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "st",
        "mt",
        "rev",
        "hon",
        "pres",
        "supt",
        "insp",
        "det",
        "fr",
        "messrs",
        "mme",
        "mlle",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "nos",
        "vs",
        "approx",
        "dept",
        "est",
        "fig",
        "figs",
        "op",
        "vol",
        "art",
        "para",
        "ch",
        "sec",
        "ft",
        "pt",
    ]
)

# Abbreviations that may end a sentence ("... of Apple Inc. The company ...").
_MAYBE_FINAL = frozenset(
    [
        "inc",
        "corp",
        "ltd",
        "co",
        "jr",
        "sr",
        "plc",
        "llc",
        "bros",
        "etc",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "a.m",
        "p.m",
        "e.g",
        "i.e",
    ]
)

# Words that commonly start a sentence; after an ambiguous abbreviation they signal a boundary.
_STARTERS = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "its",
        "their",
        "our",
        "this",
        "that",
        "these",
        "those",
        "there",
        "but",
        "and",
        "so",
        "yet",
        "in",
        "on",
        "at",
        "for",
        "by",
        "if",
        "when",
        "while",
        "after",
        "before",
        "as",
        "some",
        "many",
        "most",
        "several",
        "officials",
        "police",
        "analysts",
        "shares",
        "prices",
        "however",
        "meanwhile",
        "still",
        "also",
        "then",
    ]
)

_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)\s|copyright\b)|all rights reserved", re.IGNORECASE)
_CREDIT = re.compile(
    r"^\s*(?:[-–—]{1,2}\s*)?(?:with (?:assistance|reporting|help) from|"
    r"(?:additional )?reporting by|editing by|edited by|writing by|written by|compiled by|"
    r"to contact the (?:reporter|editor)s?|photo(?:graph)?:|image:|source:)",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^\s*by\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|van|von|al|bin))*"
    r"(?:\s*[,|]\s*[\w .'’-]{0,60})?\s*$",
    re.IGNORECASE,
)
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DATE_LINE = re.compile(
    r"^\s*(?:(?:published|updated|posted|date)\s*:?\s*)?(?:" + _WEEKDAYS + r",?\s*)?(?:"
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|"
    r"\d{1,2}\s+" + _MONTHS + r",?\s+\d{4}|" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r")(?:[ ,T]+\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*"
    r"(?:[A-Z]{2,4}|[+-]\d{2}:?\d{2}|Z)?)?"
    r"\s*$",
    re.IGNORECASE,
)
# "(Bloomberg) -- ", "LIMA, March 4 (Meridian Wire) - ", "LONDON (Reuters) — ", "PARIS — ",
# "TARTU, Estonia, Aug 14 (Baltline News) - ".
_DATELINE = re.compile(
    # "KESSEN, 15/04/2025 (Solar Markets Today) - ": the date in figures.
    r"^\s*(?:[A-Z][A-Z.'’ -]{1,40}"
    r"(?:,\s*(?:[A-Z][\w.'’ -]{1,30}|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4})){0,2}\s*)?"
    r"(?:\([A-Z][\w.&'’ -]{1,40}\)\s*)?[-–—]{1,2}\s+"
)
_HAS_WORD = re.compile(r"[^\W\d_]")


def segment(source: Source, *, boilerplate: tuple[str, ...] = ()) -> Document:
    """Split ``source`` into sentences and framing lines, each with its span in the text.

    ``boilerplate`` adds regular expressions: a line in which one is found frames the story.
    """
    text = source.text
    extra = [re.compile(p) for p in boilerplate]
    units: list[tuple[int, int, Role]] = []
    lines = [
        (m.start(), m.end()) for m in _LINE.finditer(text) if text[m.start() : m.end()].strip()
    ]
    body_started = False
    for number, (start, end) in enumerate(_paragraphs(text, lines)):
        line = text[start:end]
        role = _framing_role(line)
        if role is None and any(p.search(line) for p in extra):
            role = Role.BOILERPLATE
        if role is None and not body_started:
            role = _front_matter_role(text, line, number, lines, start)
        if role is not None:
            units.append((start, end, role))
            continue
        body_started = True
        dateline = _DATELINE.match(line)
        if dateline and _is_dateline(dateline.group(0)):
            units.append((start, start + dateline.end(), Role.DATELINE))
            start += dateline.end()
        units.extend((s, e, Role.BODY) for s, e in split_sentences(text, start, end))
    sentences: list[Sentence] = []
    for s, e, role in units:
        s, e = _trim(text, s, e)
        if s < e:
            sentences.append(Sentence(len(sentences), s, e, text[s:e], role))
    return Document(path=source.path, text=text, sentences=tuple(sentences))


def _paragraphs(text: str, lines: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Yield paragraph spans: one per line, except that hard-wrapped blocks are joined.

    A block of lines with no blank line between them is hard-wrapped when most of its lines
    run to a margin (55 to 100 characters) without ending a sentence; then a line that does not
    end a sentence continues on the next. Elsewhere only a line followed by one that starts in
    lower case continues: a headline above a dateline, or a date line, stays its own line.
    """
    blocks: list[list[tuple[int, int]]] = []
    for line in lines:
        if blocks and _adjacent(text, blocks[-1][-1], line):
            blocks[-1].append(line)
        else:
            blocks.append([line])
    for block in blocks:
        wrapped = _hard_wrapped(text, block)
        start = block[0][0]
        for k, (s, e) in enumerate(block):
            last = k == len(block) - 1
            current = text[s:e].rstrip()
            following = "" if last else text[block[k + 1][0] : block[k + 1][1]].lstrip()
            ends = current.endswith((".", "!", "?", ":", "”", '"', "’"))
            carries_on = not last and not ends and (wrapped or following[:1].islower())
            if not carries_on:
                yield start, e
                if not last:
                    start = block[k + 1][0]


def _adjacent(text: str, line: tuple[int, int], nxt: tuple[int, int]) -> bool:
    between = text[line[1] : nxt[0]]
    return between.count("\n") + between.count("\r") - between.count("\r\n") == 1


def _hard_wrapped(text: str, block: list[tuple[int, int]]) -> bool:
    if len(block) < 3:
        return False
    inner = [text[s:e].rstrip() for s, e in block[:-1]]
    at_margin = sum(1 for line in inner if 55 <= len(line) <= 100)
    return at_margin >= max(2, (2 * len(inner)) // 3)


def _framing_role(line: str) -> Role | None:
    """Return the role of a line that frames a story wherever it stands, or None."""
    if _COPYRIGHT.search(line):
        return Role.COPYRIGHT
    if _CREDIT.match(line) and len(line) < 300:
        return Role.CREDIT
    if _DATE_LINE.match(line):
        return Role.DATE
    if len(line) < 120 and _BYLINE.match(line) and not line.rstrip().endswith("."):
        return Role.BYLINE
    if not _HAS_WORD.search(line):
        return Role.CAPTION  # rules, separators, lone numbers
    return None


def _front_matter_role(
    text: str, line: str, number: int, lines: list[tuple[int, int]], start: int
) -> Role | None:
    """Return the role of a line before the body starts (headline, outlet, caption), or None."""
    # Wire copy opens its body with a dateline; whatever stands before it is front matter.
    first_dateline = _first_dateline(text, lines)
    if first_dateline is not None and start < first_dateline:
        return Role.HEADLINE if not _ends_sentence(line) else Role.CAPTION
    words = len(line.split())
    if _ends_sentence(line) and not line.rstrip().endswith(("?", "!")):
        return None
    if number == 0 and words <= 40 and len(split_sentences(line, 0, len(line))) == 1:
        return Role.HEADLINE
    if words <= 4 and not _ends_sentence(line):
        return Role.OUTLET
    if words <= 15 and not _ends_sentence(line):
        return Role.HEADLINE
    return None


def _first_dateline(text: str, lines: list[tuple[int, int]]) -> int | None:
    for start, end in lines[:6]:
        m = _DATELINE.match(text[start:end])
        if m and _is_dateline(m.group(0)):
            return start
    return None


def _is_dateline(prefix: str) -> bool:
    # A bare dash at the start is a list item, not a dateline: ask for a place or an outlet.
    return bool(re.search(r"[A-Z]", prefix))


def _ends_sentence(line: str) -> bool:
    return line.rstrip().rstrip("\"'”’»)]").endswith((".", "!", "?", "…"))


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the sentence spans of ``text[start:end]``; closing quotes stay with their sentence."""
    spans = []
    begin = start
    for m in _BOUNDARY.finditer(text, start, end):
        if not _is_final(text, m.start(), m.end(), end):
            continue
        spans.append((begin, m.end()))
        begin = m.end()
    spans.append((begin, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _is_final(text: str, punct: int, after: int, end: int) -> bool:
    """Return whether the punctuation at ``punct`` ends a sentence."""
    if text[punct] != ".":
        return True
    if text.startswith("...", punct) or text.startswith("..", punct):
        return True
    word_start = punct
    while word_start > 0 and (text[word_start - 1].isalnum() or text[word_start - 1] in ".'’&"):
        word_start -= 1
    word = text[word_start:punct].lower().strip(".")
    nxt = re.match(r"\s+[\"“‘'(\[]?([\w’'-]+)", text[after : min(end, after + 60)])
    next_word = nxt.group(1) if nxt else ""
    if word in _NEVER_FINAL:
        return False
    if len(word) == 1 and word.isalpha() and text[punct - 1].isupper():
        return (
            next_word.lower() in _STARTERS
            and word_start > 0
            and text[word_start - 1] == " "
            and _lone_capital_is_word(text, word_start)
        )
    if word[:1].isdigit():
        return True  # "$1.8bn." ends a sentence; only letters make a dotted abbreviation
    if word in ("a.m", "p.m") and next_word[:1].isupper():
        # "... between noon and 6 p.m. Firefighters have ...": a clock time ends a sentence
        # before any capitalised word that does not go on with the time ("6 p.m. Monday").
        return next_word.lower().rstrip("’'s") not in _AFTER_CLOCK
    if word in _MAYBE_FINAL or (word.count(".") >= 1 and len(word) <= 6):
        return next_word.lower() in _STARTERS
    return True


# Words that follow a clock time inside one sentence: days, months, zones.
_AFTER_CLOCK = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept oct
    nov dec gmt utc bst cet cest est edt cst cdt mst mdt pst pdt eastern central pacific mountain
    local et pt ct""".split()
)


def _lone_capital_is_word(text: str, at: int) -> bool:
    # "Plan B." or "vitamin C." end sentences; "J. Smith" and "George W. Bush" do not.
    prev = text[max(0, at - 12) : at].split()
    return bool(prev) and prev[-1][:1].islower()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
