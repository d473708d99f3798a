"""Properties that hold for any story: self-comparison, coverage, symmetry, spans, robustness."""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile import Report, compare
from reconcile.rules import RULES

POOL = [
    "Copper rose 3% on Monday to $9,870 a ton, traders said.",
    "The strike at the Cerro Pardo mine entered its second week.",
    "Peru is the world's second-largest copper producer.",
    "“We will not return until the company makes a serious offer,” Rosa Quispe said.",
    "Halvard Resources said it will accept mediation by the Labour Ministry.",
    "The company bought the mine for $4.15 billion in 2021.",
    "Output fell by about 1,500 tons a day, according to the ministry.",
    "No arrests were made, police said on Thursday.",
    "The union is seeking a raise of 12% over three years.",
    "Inventories fell for a sixth straight session to 148,600 tons.",
    "The deal is worth $6.2bn and runs for 24 months.",
    "Prime Minister Ana Sorel met President Lucia Marek in Velmar on 25/02/2025.",
    "Shares of Calloway Systems Inc. jumped 8.5% in New York.",
    "It is the country's fourth-biggest lender after two mergers.",
    "More than 40 flights were cancelled at the airport.",
    "The central bank raised its main rate by 25 basis points.",
    "Analysts expect revenue of $412 million for the quarter.",
    "The quake struck at 4:17 a.m. local time, the agency said.",
    "About 3,400 investors lost money when the fund collapsed in March.",
    "The mayor will not seek re-election next year.",
]
SEPARATORS = st.sampled_from([" ", "\n", "\n\n", "\r\n"])
stories = st.lists(st.sampled_from(POOL), min_size=1, max_size=10).flatmap(
    lambda xs: SEPARATORS.map(lambda sep: sep.join(xs))
)
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Rules come in pairs whose sides swap when the versions do.
MIRROR = {}
for code, rule in RULES.items():
    for one, other in (("-dropped", "-added"), ("omitted-", "added-")):
        if one in rule.name:
            twin = rule.name.replace(one, other)
            match = [c for c, r in RULES.items() if r.name == twin]
            if match:
                MIRROR[code], MIRROR[match[0]] = match[0], code


def signature(report: Report, *, swap: bool = False) -> Counter[tuple[str, str, str]]:
    out: Counter[tuple[str, str, str]] = Counter()
    for f in report.findings:
        a = f.a.text if f.a else ""
        b = f.b.text if f.b else ""
        out[(MIRROR.get(f.code, f.code), b, a) if swap else (f.code, a, b)] += 1
    return out


@SLOW
@given(stories)
def test_a_story_compared_with_itself_has_no_findings(text: str) -> None:
    report = compare(text, text)
    assert report.findings == ()
    assert report.worst() is None


@SLOW
@given(stories, stories)
def test_every_sentence_is_in_exactly_one_group(a: str, b: str) -> None:
    report = compare(a, b)
    for side, doc in (("a", report.a), ("b", report.b)):
        seen = [i for g in report.groups for i in getattr(g, side)]
        assert sorted(seen) == [s.index for s in doc.sentences]
    assert all(len(g.a) <= 3 and len(g.b) <= 3 for g in report.groups)


@SLOW
@given(stories, stories)
def test_spans_stay_in_bounds_and_slice_exactly(a: str, b: str) -> None:
    report = compare(a, b)
    for doc in (report.a, report.b):
        for s in doc.sentences:
            assert 0 <= s.start < s.end <= len(doc.text)
            assert doc.text[s.start : s.end] == s.text
    for f in report.findings:
        for span, doc in ((f.a, report.a), (f.b, report.b)):
            if span is not None:
                assert doc.text[span.start : span.end] == span.text
                sentence = doc.sentences[span.sentence]
                assert sentence.start <= span.start < sentence.end


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(POOL), min_size=2, max_size=8, unique=True), st.randoms())
def test_swapping_the_versions_swaps_the_sides(sentences: list[str], rnd: object) -> None:
    # B: A reordered with one sentence dropped; the findings of (B, A) mirror those of (A, B).
    b_sentences = list(sentences[1:])
    rnd.shuffle(b_sentences)  # type: ignore[attr-defined]
    a, b = " ".join(sentences), " ".join(b_sentences)
    forward = signature(compare(a, b))
    backward = signature(compare(b, a), swap=True)
    assert forward == backward


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400), st.text(max_size=400))
def test_any_text_never_crashes(a: str, b: str) -> None:
    report = compare(a, b)
    assert len(report.groups) >= 0
