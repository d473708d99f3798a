"""Find direct quotations in a sentence, including halves of quotations that span sentences."""

from __future__ import annotations

import re

from reconcile.fold import fold_words
from reconcile.model import Fact, Kind

_OPEN = "“«„"
_CLOSE = "”»‟"
_MARK = re.compile('[“«„”»‟"]')
_SINGLE = re.compile(r"‘[^‘“”\"]+?’(?![A-Za-z])")
# Straight single marks used as quotation marks: an opening ' at the start of a word, followed
# by a letter, and a closing ' after a letter or a stop, before a space, a stop or the end.
# The apostrophes of "don't", "Spain's" and "'90s" are not; "the students' union" closes
# nothing unless a quotation was opened before it.
_STRAIGHT_SINGLE = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[—–]))'(?=[A-Za-z])(?:[^'\"“”]|(?<=[A-Za-z])'(?=[A-Za-z]))*?"
    r"(?<=[A-Za-z.,!?])'(?=[\s.,;:!?)]|$)"
)
_MIN_WORDS = 3  # shorter quoted bits are titles, scare quotes or nicknames ("rare earth card")
# ... unless a speaker's verdict introduces them: 'called the estimate "pure fantasy"', 'said
# it was "deeply disappointed"'. A capitalised opening is a title or a name, not a verdict.
_VERDICT = re.compile(
    r"(?:\b(?<!so-)(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|brand(?:s|ed|ing)?|term(?:s|ed|ing)?|"
    r"label(?:s|led|ling|ed|ing)?|dismiss(?:es|ed|ing)?)\b[^.!?;“”\"]{0,40}"
    r"|\b(?:said|says|told|added|stated|insist(?:s|ed)|argu(?:es|ed)|maintain(?:s|ed)|"
    r"claim(?:s|ed)|stress(?:es|ed)|warn(?:s|ed)|declared)\b[^.!?;“”\"]{0,40}"
    # "said the government was "deeply concerned"": the subject a pronoun or a described body.
    r"\b(?:it|he|she|they|we|I|(?:the|its|his|her|their)\s+[a-z]+)\s+"
    r"(?:was|were|is|are|felt|feels|had\s+been|has\s+been"
    # 'said the company would "comply fully"': what the speaker undertakes, in their words.
    r"|would|will|could|can|must|should|might)"
    # 'said it "deeply regretted" the decision': the speaker's verb, quoted.
    r"|\b(?:said|says|added|stated)\s+(?:it|he|she|they|we)\s*$)\s?$"
)


def extract(text: str, offset: int = 0) -> list[Fact]:
    """Return the quoted passages of ``text``; spans cover the words inside the marks."""
    facts = []
    for start, end in _spans(text):
        inner_start, inner_end = _trim(text, start, end)
        words = fold_words(text[inner_start:inner_end])
        if len(words.split()) < _MIN_WORDS and not (
            text[inner_start : inner_start + 1].islower()
            and _VERDICT.search(text, max(0, start - 80), max(0, start - 1))
        ):
            continue
        facts.append(
            Fact(
                kind=Kind.QUOTE,
                start=offset + inner_start,
                end=offset + inner_end,
                text=text[inner_start:inner_end],
                key="quote",
                value=words,
                display=f"“{text[inner_start:inner_end]}”",
            )
        )
    return facts


def _spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each quoted stretch, as offsets of the characters inside."""
    marks = []
    for m in _MARK.finditer(text):
        i, ch = m.start(), m.group(0)
        if ch in _OPEN:
            marks.append((i, "open"))
        elif ch in _CLOSE:
            marks.append((i, "close"))
        else:
            marks.append((i, _straight_role(text, i)))
    spans = []
    open_at: int | None = None
    first = True
    for i, role in marks:
        if role == "open":
            open_at = i + 1
        elif role == "close":
            if open_at is not None:
                spans.append((open_at, i))
            elif first:
                spans.append((0, i))  # the sentence continues a quotation begun before it
            open_at = None
        first = False
    if open_at is not None:
        spans.append((open_at, len(text)))  # the quotation goes on into the next sentence
    # British single marks, ‘...’, where no double marks hold them; the closing mark is the
    # first ’ not inside a word (the apostrophe of "don’t" is).
    for m in _SINGLE.finditer(text):
        if not any(start - 1 <= m.start() < end + 1 for start, end in spans):
            spans.append((m.start() + 1, m.end() - 1))
    for m in _STRAIGHT_SINGLE.finditer(text) if "'" in text else ():
        if not any(start - 1 <= m.start() < end + 1 for start, end in spans):
            spans.append((m.start() + 1, m.end() - 1))
    return sorted(spans)


def _straight_role(text: str, i: int) -> str:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-" or i == 0:
        return "open" if not after.isspace() else "close"
    return "close"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",.;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end
