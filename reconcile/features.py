"""Turn a sentence into the weighted content terms that alignment compares."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\$?\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)?")

_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "so",
        "yet",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "without",
        "into",
        "onto",
        "over",
        "under",
        "about",
        "after",
        "before",
        "since",
        "until",
        "as",
        "than",
        "that",
        "this",
        "these",
        "those",
        "there",
        "here",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "why",
        "how",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "has",
        "have",
        "had",
        "having",
        "do",
        "does",
        "did",
        "doing",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "it",
        "its",
        "it's",
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "they",
        "them",
        "their",
        "theirs",
        "we",
        "us",
        "our",
        "ours",
        "you",
        "your",
        "yours",
        "i",
        "me",
        "my",
        "mine",
        "also",
        "just",
        "very",
        "such",
        "some",
        "any",
        "each",
        "every",
        "all",
        "both",
        "either",
        "neither",
        "other",
        "another",
        "more",
        "most",
        "much",
        "many",
        "few",
        "then",
        "now",
        "still",
        "even",
        "only",
        "too",
        "said",
        "says",
        "say",
        "told",
        "tell",
        "added",
        "adding",
        "according",
        "while",
        "though",
        "although",
        "however",
        "because",
        "if",
        "whether",
        "not",
        "no",
        "never",
        "up",
        "down",
        "out",
        "off",
        "again",
        "further",
        "once",
        "own",
        "same",
        "one",
        "ones",
        "s",
        "t",
        "re",
        "ve",
        "ll",
        "d",
        "m",
    ]
)
# Negation is content for facts, but for alignment it must not push two sentences apart.
_NEGATIONS = frozenset({"not", "no", "never", "n't"})

_NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "hundred": "100",
    "dozen": "12",
}

# Spellings of one name that rewrites swap freely; folded before comparison.
_ALIASES = (
    (re.compile(r"\bunited states(?: of america)?\b|\bu\.s\.a?\.?|\bamerica\b", re.I), " USA "),
    (re.compile(r"\bunited kingdom\b|\bu\.k\.|\bbritain\b", re.I), " UK "),
    (re.compile(r"\beuropean union\b|\be\.u\.", re.I), " EU "),
    (re.compile(r"\bunited nations\b|\bu\.n\.", re.I), " UN "),
    (re.compile(r"\bper ?cent\b|%", re.I), " percent "),
)

STEM_LENGTH = 5
_SPACED_THOUSANDS = re.compile(r"\b(\d{1,3})[ \u00a0\u202f](?=\d{3}\b)")

# Words rewrites swap for each other, folded to one term so that paraphrase still pairs up.
# Only alignment sees this; the fact rules compare the words themselves (rose vs fell stays a
# finding, and the two directions are kept apart here too).
_SYNONYMS = {
    word: group.split()[0]
    for group in (
        "start began begin begins begun started starting commenced launched",
        "strike walkout stoppage",
        "talks negotiations",
        "rise rose risen climbed climb gained gain increased jumped grew rallied surged soared",
        "fall fell fallen dropped declined decreased slid slumped tumbled plunged sank",
        "buy bought purchased acquired acquire purchase",
        "company firm",
        "largest biggest",
        "end ended ending finished concluded",
        "need needs needed require requires required",
        "show showed shown reveal revealed",
        "percent pct",
    )
    for word in group.split()
}
_WEEKDAY = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def terms(text: str) -> dict[str, float]:
    """Return the content terms of ``text`` with a boost for numbers and names.

    Words are folded to their first five letters, a crude but language-blind stem that joins
    "cooperate" and "cooperation", "minerals" and "mineral"; numbers keep their digits.
    """
    for pattern, replacement in _ALIASES:
        text = pattern.sub(replacement, text)
    text = _SPACED_THOUSANDS.sub(r"\1", text)  # "12 000" is the number 12000
    out: dict[str, float] = {}
    for m in _TOKEN.finditer(text):
        word = m.group(0)
        lower = word.lower().replace("’", "'")
        if word == "US":
            lower = "usa"
        if lower[0] == "$" or lower[0].isdigit():
            term = "#" + lower.lstrip("$").replace(",", "")
            boost = 1.5
        elif lower in _NUMBER_WORDS:
            term = "#" + _NUMBER_WORDS[lower]
            boost = 1.5
        else:
            if lower.endswith("n't") or lower in _NEGATIONS:
                # "didn't" and "did not" are one term; weak, so that a denial and its
                # statement still pair up (the fact rules then compare them).
                out["not"] = max(out.get("not", 0.0), 0.5)
                continue
            if lower.endswith("'s"):
                lower = lower[:-2]
            if lower in _STOP or len(lower) < 2:
                continue
            if lower in _WEEKDAY:
                lower = "weekday"  # "on Thursday" and "on Friday" are the same slot of a story
            term = _SYNONYMS.get(lower, lower)
            if 4 <= len(term) <= STEM_LENGTH and term[-1] == "s" and term[-2] not in "su'":
                term = term[:-1]  # "cuts" and "cut", "jobs" and "job", as "prices" and "price"
            term = term[:STEM_LENGTH]
            boost = 1.3 if word[0].isupper() and m.start() > 0 else 1.0
        out[term] = max(out.get(term, 0.0), boost)
    return out
