"""Rules R8xx: who a claim is attributed to, dropped or changed between versions."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rapidfuzz import fuzz

from reconcile.fold import fold_name
from reconcile.model import Fact, Kind, Severity
from reconcile.rules.registry import Hit, Pair, Rule, register

_FUZZY = 85.0
_SELF_REFERENCES = frozenset("company firm group bank airline carrier".split())
_FUNCTION_WORDS = frozenset(
    "the a an according to of for and my our your its their his her in on at by said told "
    "says added also".split()
)
# Words that say what kind of source it is; they identify one only when nothing else does
# ("the ministry said" vs "the police said"), never across names ("Trade Ministry" vs
# "economy ministry" differ by their names).
_GENERIC_WORDS = frozenset(
    "news service agency newspaper daily outlet ministry department office officials official "
    "government figures data statistics survey report study estimates spokesman spokeswoman "
    "spokesperson police authorities sources analysts experts company firm group bank "
    "airline court union".split()
)

R = Severity
RULES = (
    Rule(
        "R801",
        "attribution-dropped",
        Kind.ATTRIBUTION,
        R.WARNING,
        'A source in A ("according to Interfax", "the ministry said") is gone from B, '
        "so B states as fact what A attributes.",
        flag=(("Output fell 5%, according to the Interfax news service.", "Output fell 5%."),),
        keep=(
            ("Output fell 5%, according to Interfax.", "According to Interfax, output fell 5%."),
        ),
    ),
    Rule(
        "R802",
        "attribution-changed",
        Kind.ATTRIBUTION,
        R.WARNING,
        "The versions attribute the same claim to different sources.",
        flag=(("Output fell 5%, according to Interfax.", "Output fell 5%, according to Reuters."),),
        keep=(("Output fell 5%, Peskov said.", "Output fell 5%, Dmitry Peskov said."),),
    ),
    Rule(
        "R803",
        "attribution-added",
        Kind.ATTRIBUTION,
        R.INFO,
        "B names a source that A does not give for this passage.",
        flag=(("Output fell 5%.", "Output fell 5%, according to Interfax."),),
        keep=(
            ("Output fell 5%, according to Interfax.", "Output fell 5%, according to Interfax."),
        ),
    ),
)


def tokens(f: Fact) -> frozenset[str]:
    """Return the words that identify a source ("Dmitry Peskov" → {"dmitry", "peskov"}).

    Names fold through the alias table ("UN" and "United Nations"); kind words such as
    "ministry" count only for a source that has nothing more specific.
    """
    text = re.sub(r"[’']s\b", "", str(f.value))
    for long_form in ("united nations", "united states", "united kingdom", "european union"):
        text = re.sub(long_form, long_form.replace(" ", "_"), text, flags=re.IGNORECASE)
    words = [fold_name(w.replace("_", " ")).replace(" ", "_") for w in re.findall(r"\w+", text)]
    words = [w for w in words if len(w) > 1 and w not in _FUNCTION_WORDS]
    specific = [w for w in words if w not in _GENERIC_WORDS]
    return frozenset(specific or words)


def same_source(x: Fact, y: Fact) -> bool:
    """Return whether two attributions can name the same source (a pronoun names anyone).

    Names match word by word, fuzzily ("Römer" and "Rmer", "Liberia's" and "Liberias"). A
    source named only by its kind ("officials", "police", "the ministry") matches a source
    whose words include that kind; a description ("the union", "the biggest opposition
    group") may stand for any named source, but two descriptions must share a word.
    """
    if "pronoun" in (x.key, y.key):
        return True
    tx, ty = tokens(x), tokens(y)
    if not tx or not ty or tx <= _SELF_REFERENCES or ty <= _SELF_REFERENCES:
        return True  # "the company said" refers back to a company the other version names
    for kind_only, other in ((tx, y), (ty, x)):
        if kind_only <= _GENERIC_WORDS:
            words = _words(other)
            return kind_only <= words or bool(kind_only & words)
    if _named(x) != _named(y):
        return True
    return bool(tx & ty) or any(fuzz.ratio(u, v) >= _FUZZY for u in tx for v in ty)


def _words(f: Fact) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"\w+", re.sub(r"[’']s\b", "", str(f.value))))


def _named(f: Fact) -> bool:
    """Return whether a source carries a proper name (not only a description)."""
    words = re.findall(r"\w+", str(f.value))
    return any(w[0].isupper() for w in words if w.lower() not in ("the", "a", "an"))


@register(*RULES)
def check_attributions(pair_: Pair) -> Iterator[Hit]:
    """Report named sources that one version gives and the other drops or changes."""
    if not pair_.a.sentences or not pair_.b.sentences:
        return
    a = [f for f in pair_.a.facts if f.kind is Kind.ATTRIBUTION]
    b = [f for f in pair_.b.facts if f.kind is Kind.ATTRIBUTION]
    named_b = [y for y in b if y.key != "pronoun"]
    b_words = {
        fold_name(w)
        for s in pair_.b.sentences
        for w in re.findall(r"\w+", s.text.replace("’s", ""))
    }
    unmatched_a = [
        x
        for x in a
        if x.key != "pronoun"
        and not any(same_source(x, y) for y in b)
        # B still names the source, as the subject of its sentence ("The Social Alliance ...
        # plans to contest"): the claim is still theirs.
        and not (x.key == "said" and tokens(x) and tokens(x) <= b_words)
    ]
    unmatched_b = [y for y in named_b if not any(same_source(x, y) for x in a)]
    for x in unmatched_a:
        if unmatched_b:
            y = unmatched_b.pop(0)
            yield Hit(
                "R802", f"source changed: '{x.text}' vs '{y.text}'", x, y, (x.display, y.display)
            )
        else:
            yield Hit(
                "R801",
                f"attribution dropped: '{x.text}' has no counterpart in B",
                x,
                None,
                (x.display, ""),
            )
    for y in unmatched_b:
        yield Hit("R803", f"source only in B: '{y.text}'", None, y, ("", y.display))
