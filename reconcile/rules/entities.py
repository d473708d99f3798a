"""Rules R5xx: people, places and organisations swapped, dropped or added between versions."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rapidfuzz import fuzz, process

from reconcile.model import Fact, Kind, Severity
from reconcile.rules.registry import DocFacts, Hit, Pair, Rule, register

_FUZZY = 80.0
# Shorter texts are single sentences or briefs, where an unmatched name proves little.
_STORY_LENGTH = 600
_CONNECTIVES = frozenset("of the and de del da al bin van von".split())

R = Severity
RULES = (
    Rule(
        "R501",
        "entity-swapped",
        Kind.ENTITY,
        R.ERROR,
        'A name in A stands in the same place as a different name in B ("in Peru" vs '
        '"in Chile"): the same role is given to someone or somewhere else.',
        flag=(
            (
                "Miners in Peru went on strike on Monday.",
                "Miners in Chile went on strike on Monday.",
            ),
            ("The talks were led by Dmitry Peskov.", "The talks were led by Sergei Lavrov."),
        ),
        keep=(
            (
                "Russia is ready to work with Washington.",
                "Moscow is ready to work with the United States.",
            ),
            ("Putin spoke on Monday.", "Vladimir Putin spoke on Monday."),
        ),
    ),
    Rule(
        "R502",
        "entity-dropped",
        Kind.ENTITY,
        R.INFO,
        "A name in A is not in the aligned passage of B.",
        flag=(("Output fell in Peru and Chile last year.", "Output fell in Peru last year."),),
        keep=(("The French government objected.", "France objected."),),
    ),
    Rule(
        "R503",
        "entity-added",
        Kind.ENTITY,
        R.INFO,
        "A name in B is not in the aligned passage of A.",
        flag=(("Output fell in Peru last year.", "Output fell in Peru and Chile last year."),),
        keep=(("Ukraine's army advanced.", "The Ukrainian army advanced."),),
    ),
)


def tokens(name: str) -> frozenset[str]:
    """Return the words of a name that identify it ("Vladimir Putin" → {"vladimir", "putin"})."""
    words = re.findall(r"[\w]+", name.lower())
    return frozenset(w for w in words if w not in _CONNECTIVES and len(w) > 1)


def same_entity(x: Fact, y: Fact) -> bool:
    """Return whether two names can refer to the same entity ("Putin", "Vladimir Putin").

    Spelling slips and lost characters ("Anitta's" and "Anittas", "Gávea" and "Gvea") are the
    same name: a fuzzy ratio of 85 or more counts as a match.
    """
    if x.value == y.value or tokens(str(x.value)) & tokens(str(y.value)):
        return True
    if _acronym(str(x.value), str(y.value)):
        return True  # "LME" and "London Metal Exchange"
    u, v = str(x.value).lower(), str(y.value).lower()
    if u.startswith(v) or v.startswith(u):
        return True  # "Chair" and "Chairperson", "VO" and "VO2"
    # Transliterations and lost characters: "Muhammed"/"Mohammed", "Gávea"/"Gvea".
    # The first letter must agree: "Eastmoor" and "Westmoor" are two places, not one misspelt.
    return any(
        fuzz.ratio(p, q) >= _FUZZY
        for p in tokens(u)
        for q in tokens(v)
        if min(len(p), len(q)) > 3 and p[0] == q[0]
    )


class _Names:
    """The distinct names of one document, for "is this name anywhere in it?" questions."""

    def __init__(self, doc: DocFacts) -> None:
        names = {str(f.value).lower() for f in doc.of_kind(Kind.ENTITY)}
        self.names = names
        self.tokens = sorted({t for n in names for t in tokens(n) if len(t) > 3})
        self.token_set = {t for n in names for t in tokens(n)}
        # Initials of every multiword name, so "LME" is found for "London Metal Exchange".
        self.initials = {
            "".join(w[0] for w in n.split() if w not in _CONNECTIVES) for n in names if " " in n
        }
        self.memo: dict[str, bool] = {}

    def has(self, name: str) -> bool:
        key = name.lower()
        if key not in self.memo:
            self.memo[key] = self._has(key)
        return self.memo[key]

    def _has(self, key: str) -> bool:
        if 2 <= len(key) <= 6 and key.replace(".", "") in self.initials:
            return True
        if key in self.names or tokens(key) & self.token_set:
            return True
        if any(n.startswith(key) or key.startswith(n) for n in self.names):
            return True
        return any(
            process.extractOne(t, self.tokens, scorer=fuzz.ratio, score_cutoff=_FUZZY)
            for t in tokens(key)
            if len(t) > 3
        )


def _acronym(u: str, v: str) -> bool:
    short, long = (u, v) if len(u) < len(v) else (v, u)
    if not short.isupper() or not 2 <= len(short) <= 6 or " " not in long:
        return False
    initials = "".join(w[0] for w in long.split() if w[0].isupper())
    return initials == short.replace(".", "")


def _anywhere(name: Fact, doc: DocFacts) -> bool:
    index = doc.cache.get("entity-names")
    if not isinstance(index, _Names):
        index = doc.cache["entity-names"] = _Names(doc)
    return index.has(str(name.value))


@register(*RULES)
def check_entities(pair_: Pair) -> Iterator[Hit]:
    """Report names swapped in the same context, and names only one side gives."""
    if not pair_.a.sentences or not pair_.b.sentences:
        return
    a = [f for f in pair_.a.facts if f.kind is Kind.ENTITY]
    b = [f for f in pair_.b.facts if f.kind is Kind.ENTITY]
    left = [x for x in a if not any(same_entity(x, y) for y in b)]
    right = [y for y in b if not any(same_entity(x, y) for x in a)]
    # A swap needs a name in B that A never mentions, standing where A's name stood (the same
    # word before or after it). Two names merely missing from each side are left at info:
    # paraphrase trades "Senator Clinton" for "she" and adds a spokesman's name all the time.
    newcomers = [y for y in right if not _anywhere(y, pair_.doc_a)]
    # When each side lacks exactly one name and neither version mentions the other's name
    # anywhere, the same word on either side of it is enough, even "of" ("town of Drevik").
    one_each = (
        len(_unique(left)) == 1 and len(newcomers) == 1 and not _anywhere(left[0], pair_.doc_b)
    )
    for x in list(left):
        before_x, after_x = _context(pair_.text_a, x)
        for y in newcomers:
            before_y, after_y = _context(pair_.text_b, y)
            same_place = (before_x[0] and before_x == before_y) or (
                after_x[0] and after_x == after_y
            )
            if one_each and not same_place:
                raw_a, raw_b = _raw_context(pair_.text_a, x), _raw_context(pair_.text_b, y)
                same_place = any(p and p == q for p, q in zip(raw_a, raw_b, strict=True))
            if same_place:
                left.remove(x)
                right.remove(y)
                newcomers.remove(y)
                yield Hit(
                    "R501",
                    f"name differs: '{x.text}' ({x.display}) vs '{y.text}' "
                    f"({y.display}) in the same place",
                    x,
                    y,
                    (x.display, y.display),
                )
                break
    # In whole stories (not single sentences), a name the copy never mentions, standing in the
    # passage where the only name the original alone has was dropped, has taken its place.
    exclusive = [x for x in _unique(left) if not _anywhere(x, pair_.doc_b)]
    whole_stories = min(len(pair_.text_a), len(pair_.text_b)) >= _STORY_LENGTH
    if whole_stories and len(exclusive) == 1 and len(_unique(newcomers)) == 1:
        x, y = exclusive[0], newcomers[0]
        left = [f for f in left if f.value != x.value]
        right = [f for f in right if f.value != y.value]
        yield Hit(
            "R501",
            f"name differs: '{x.text}' ({x.display}) vs '{y.text}' ({y.display}); neither "
            "version mentions the other's name anywhere",
            x,
            y,
            (x.display, y.display),
        )
    for x in _unique(left):
        yield Hit("R502", f"name only in A: '{x.text}'", x, None, (x.display, ""))
    for y in _unique(right):
        yield Hit("R503", f"name only in B: '{y.text}'", None, y, ("", y.display))


def _unique(facts: list[Fact]) -> list[Fact]:
    seen: set[str] = set()
    out = []
    for f in facts:
        if str(f.value) not in seen:
            seen.add(str(f.value))
            out.append(f)
    return out


def _context(text: str, f: Fact) -> tuple[tuple[str, str], tuple[str, str]]:
    """Return the words around a name as ((word before, strong), (word after, strong)).

    A weak word ("of", "the", "said") only counts together with the word on the other side,
    so "values of Amsterdam, he" matches "values of Kenya, he" but "of X" alone does not.
    """
    before = re.search(r"([A-Za-z]+)\W{0,2}$", text[max(0, f.start - 30) : f.start])
    after = re.match(r"\W{0,2}([A-Za-z]+)", text[f.end : f.end + 30])
    word_before = before.group(1).lower() if before else ""
    word_after = after.group(1).lower() if after else ""
    strong_before = word_before not in _WEAK
    strong_after = word_after not in _WEAK
    both = f"{word_before} {word_after}" if word_before and word_after else ""
    return (
        (word_before if strong_before else both, "b"),
        (word_after if strong_after else both, "a"),
    )


def _raw_context(text: str, f: Fact) -> tuple[str, str]:
    before = re.search(r"([A-Za-z]+)\W{0,2}$", text[max(0, f.start - 30) : f.start])
    after = re.match(r"\W{0,2}([A-Za-z]+)", text[f.end : f.end + 30])
    return (before.group(1).lower() if before else "", after.group(1).lower() if after else "")


_WEAK = frozenset({"the", "and", "a", "an", "of", "said", "s", "in", "to", "for", "on"})
