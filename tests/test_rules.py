"""Every rule ships examples it must flag and examples it must pass; both are run here."""

from __future__ import annotations

import re

import pytest

from reconcile import compare
from reconcile.model import Kind, Severity
from reconcile.rules import RULES

CASES_FLAG = [(code, a, b) for code, rule in RULES.items() for a, b in rule.flag]
CASES_KEEP = [(code, a, b) for code, rule in RULES.items() for a, b in rule.keep]


def test_every_rule_has_examples_of_both_kinds() -> None:
    missing = [code for code, rule in RULES.items() if not rule.flag or not rule.keep]
    assert not missing, f"rules without flag or keep examples: {missing}"


def test_codes_and_names_are_well_formed() -> None:
    names = set()
    for code, rule in RULES.items():
        assert re.fullmatch(r"R\d{3}", code)
        assert rule.code == code
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name)
        assert rule.name not in names
        names.add(rule.name)
        assert isinstance(rule.kind, Kind) and isinstance(rule.severity, Severity)
        assert rule.summary.endswith(".")


@pytest.mark.parametrize(("code", "a", "b"), CASES_FLAG)
def test_rule_flags_its_examples(code: str, a: str, b: str) -> None:
    report = compare(a, b)
    codes = [f.code for f in report.findings]
    assert code in codes, f"{code} not raised; got {[(f.code, f.message) for f in report.findings]}"
    for f in report.findings:
        if f.code == code:
            assert f.severity == RULES[code].severity
            assert f.message


@pytest.mark.parametrize(("code", "a", "b"), CASES_KEEP)
def test_rule_passes_its_examples(code: str, a: str, b: str) -> None:
    report = compare(a, b)
    assert code not in [f.code for f in report.findings], [f.message for f in report.findings]


def test_finding_spans_quote_both_versions() -> None:
    a = "Revenue rose to $4.15 billion in the quarter."
    b = "Revenue rose to $4.5 billion in the quarter."
    (finding,) = compare(a, b).findings
    assert finding.code == "R101" and finding.severity is Severity.ERROR
    assert finding.a is not None and finding.b is not None
    assert (finding.a.text, finding.b.text) == ("$4.15 billion", "$4.5 billion")
    assert a[finding.a.start : finding.a.end] == "$4.15 billion"
    assert finding.values == ("4.15e9 USD", "4.5e9 USD")
    assert "4.15e9 USD vs 4.5e9 USD" in finding.message


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The fund is worth $500 billion.", "The fund is worth $500bn."),
        ("Exports fell 25% in 2023.", "Exports fell 25 percent in 2023."),
        ("It supplied 2 million tons of aluminum.", "It supplied 2 million tonnes of aluminum."),
        ("The loan runs for 24 months.", "The loan runs for two years."),
    ],
)
def test_equal_facts_stay_below_warning(a: str, b: str) -> None:
    worst = compare(a, b).worst()
    assert worst is None or worst == Severity.INFO


def test_rank_error_between_fourth_biggest_and_biggest() -> None:
    report = compare(
        "It is the fourth-biggest lender in Italy.", "It is the biggest lender in Italy."
    )
    (finding,) = [f for f in report.findings if f.kind is Kind.RANK]
    assert finding.code == "R301" and finding.severity is Severity.ERROR
    assert "rank 4" in finding.message and "rank 1" in finding.message


def test_direction_flip_quotes_the_verb_that_reports_the_amount() -> None:
    # "rose" and "edging up" both go up; the one before the amount is the one that flipped.
    report = compare(
        "Perth was the only city where values rose, edging up 1.2% on mining leasing.",
        "Perth values eased 1.2 per cent, with mining leasing providing some support.",
    )
    (finding,) = [f for f in report.findings if f.code == "R401"]
    assert finding.a is not None and finding.a.text == "edging up"


def test_an_opposite_word_under_a_denial_is_quoted_with_the_denial() -> None:
    # "did not rule out selling" leaves the sale open; "ruled out a sale" closes it. The
    # finding must show the "not", or it reads as "'rule out' vs 'ruled out'".
    report = compare(
        "The company did not rule out selling the unit.",
        "The company has ruled out a sale of the unit.",
    )
    (finding,) = [f for f in report.findings if f.code == "R402"]
    assert "'not rule out' vs 'ruled out'" in finding.message


def test_place_swapped_where_both_versions_name_both_places() -> None:
    # Each story mentions both cities; the copy still moves the headquarters.
    a = (
        "Skyvale shares fell 3% in Copenhagen and Nordair rose 24% in Oslo. "
        "The combined airline will be headquartered in Copenhagen and led by Annika Roll."
    )
    b = (
        "Skyvale lost 3% in Copenhagen and Nordair surged 24% in Oslo. "
        "The merged airline will be based in Oslo and run by Annika Roll."
    )
    swaps = [f for f in compare(a, b).findings if f.code == "R501"]
    assert [f.values for f in swaps] == [("Copenhagen", "Oslo")]
    assert swaps[0].severity is Severity.ERROR


def test_minutes_from_half_time_and_from_the_end_are_match_minutes() -> None:
    a = "Adeyemi scored eight minutes after half-time and Marr added a penalty in the 81st minute."
    b = "Adeyemi scored in the 53rd minute, and with nine minutes left Marr added a penalty."
    assert [f.code for f in compare(a, b).findings if f.severity >= Severity.WARNING] == []
    c = "Adeyemi scored seven minutes after half-time and Marr added a penalty in the 81st minute."
    (moment,) = [f for f in compare(c, b).findings if f.code == "R207"]
    assert moment.values == ("minute 52 (45+7)", "minute 53")


def test_a_surname_alone_is_the_same_person_in_whole_stories() -> None:
    # Long enough to be whole stories, where a name only one side has may have been swapped.
    shared = (
        "The producers' group agreed on Sunday to cut output by 1.5 million barrels a day. "
        "The cut will run for six months and will be reviewed at a meeting in early June. "
        "Brent crude futures jumped 4.2% to $78.60 a barrel in early Asian trading on Monday. "
        "Analysts said compliance by smaller members had historically been patchy. "
        "The group's share of global oil supply has shrunk to 38% from 44% a decade ago. "
        "Non-members have raised output steadily, led by offshore fields in the south. "
        "Ministers will meet again in the spring to review the state of the market. "
    )
    a = shared + "Energy minister Yusuf Dandar said his country was ready to act alone."
    b = shared + "Dandar, Kalvaria's energy minister, said his country was ready to act alone."
    assert len(a) >= 600
    assert [f.code for f in compare(a, b).findings if f.code == "R501"] == []
    c = shared + "Energy minister Elif Marov said his country was ready to act alone."
    (swap,) = [f for f in compare(a, c).findings if f.code == "R501"]
    assert swap.values == ("Yusuf Dandar", "Elif Marov")


def test_where_a_thing_stands_and_who_runs_it_are_not_one_name_swapped() -> None:
    shared = (
        "Astronomers have traced a repeating radio burst to a small dwarf galaxy. "
        "The source flared more than 400 times over eight months of observations. "
        "The team said the bursts were roughly a thousand trillion times stronger than the Sun's. "
        "The study was published on Wednesday in the journal Nature Astronomy. "
        "Repeaters make up a small share of the fast radio bursts detected so far. "
        "Most of them have been found in large galaxies that are still forming stars. "
        "The team plans to watch the source again when a new radio array comes online in 2027. "
    )
    a = shared + "Follow-up images came from the Very Large Telescope in Chile."
    b = (
        shared
        + "Follow-up images came from the European Southern Observatory's Very Large Telescope."
    )
    assert len(a) >= 600
    assert [f.code for f in compare(a, b).findings if f.code == "R501"] == []
    c = shared + "Follow-up images came from the Very Large Telescope in Peru."
    assert [f.code for f in compare(a, c).findings if f.code == "R501"] == ["R501"]


def test_every_change_of_a_clean_flip_is_reported() -> None:
    report = compare(
        "The crown weakened 0.6% against the euro, and the KSX index closed 1.4% lower.",
        "The crown strengthened 0.6 per cent against the euro, and the KSX ended 1.4 per cent "
        "higher.",
    )
    flips = [f.values for f in report.findings if f.code == "R401"]
    assert flips == [("down", "up"), ("down", "up")]
    assert {f.a.text for f in report.findings if f.code == "R401" and f.a} == {"weakened", "lower"}


def test_a_date_moved_into_the_next_passage_and_changed_is_reported_once() -> None:
    a = (
        "The council voted late on Tuesday to cut the ferry subsidy by 48%. "
        "The measure passed 23-18 after the Coast Party switched sides."
    )
    b = (
        "The council has voted to cut the ferry subsidy by 48%. "
        "The 23-18 vote on Monday night came after the Coast Party switched sides."
    )
    report = compare(a, b)
    assert len(report.groups) == 2  # two passages: the day moved from the first to the second
    codes = [f.code for f in report.findings if f.code.startswith("R2")]
    assert codes == ["R206"]
    (moved,) = [f for f in report.findings if f.code == "R206"]
    assert moved.a is not None and moved.b is not None
    assert (moved.a.text, moved.b.text) == ("late on Tuesday", "Monday night")
    # The same day in the next passage is no change at all.
    same = b.replace("Monday", "Tuesday")
    assert [f.code for f in compare(a, same).findings if f.code.startswith("R2")] == []


def test_a_day_moved_into_an_added_sentence_reads_the_same_swapped() -> None:
    # Found by the property tests (seed 42): a passage only one version has reports nothing
    # of its own, so the shared passage reports the moved day from either side.
    a = "Lawmakers approved the budget late on Tuesday by 88 votes to 61. The opposition left."
    b = (
        "Lawmakers approved the budget by 88 votes to 61. The vote came on Monday night after "
        "a twelve-hour debate. The opposition left."
    )
    forward = [(f.code, f.a.text, f.b.text) for f in compare(a, b).findings if f.a and f.b]
    backward = [(f.code, f.b.text, f.a.text) for f in compare(b, a).findings if f.a and f.b]
    assert forward == backward == [("R206", "late on Tuesday", "Monday night")]


def test_a_figure_changed_in_a_split_sentence_is_reported_either_way() -> None:
    a = "The lira fell 3.8% to a record low of 41.25 per dollar after the rate decision."
    b = "The lira slid 3.8% after the rate decision. The currency ended at 42.15 per dollar."
    for x, y, values in ((a, b, ("41.25", "42.15")), (b, a, ("42.15", "41.25"))):
        report = compare(x, y)
        moved = [f for f in report.findings if f.code == "R101"]
        assert [(f.a.text, f.b.text) for f in moved if f.a and f.b] == [values]
        assert not [f for f in report.findings if f.code in ("R104", "R105")]


def test_a_moved_figure_is_placed_in_its_own_sentence_and_reads_the_same_swapped() -> None:
    a = (
        "The Dalmarian lira fell 3.8% on Tuesday to a record low of 41.25 per dollar after the "
        "central bank left its main rate unchanged. Analysts at Hollis Bank expect further falls."
    )
    b = (
        "The Dalmarian lira slid 3.8 percent on Tuesday after the central bank kept its main rate "
        "on hold. The currency ended at 42.15 per dollar, its weakest level in three years. "
        "Analysts at Hollis Bank expect further falls."
    )
    report = compare(a, b)
    assert [(g.a, g.b) for g in report.groups] == [((0,), (0,)), ((), (1,)), ((1,), (2,))]
    (moved,) = [f for f in report.findings if f.code == "R101"]
    assert moved.a is not None and moved.b is not None
    assert (moved.a.text, moved.b.text) == ("41.25", "42.15")
    assert moved.b.sentence == 1  # the added sentence that holds it, not the passage's first
    (swapped,) = [f for f in compare(b, a).findings if f.code == "R101"]
    assert swapped.a is not None and (swapped.a.text, swapped.a.sentence) == ("42.15", 1)
    # Found by the property tests: which passages neighbour each other must not depend on
    # which version is read first.
    x = (
        "Northfield Mining agreed to sell its Chilean copper unit for $4.15 billion, the "
        "company said on Tuesday. The deal values the unit at about 12 times its annual "
        "earnings. Chile produces about a quarter of the world's copper."
    )
    y = (
        "Shares rose 3.2% in early trading in Toronto. Northfield is the second-largest copper "
        "producer in Chile, according to the Chilean Copper Commission."
    )
    forward = {
        (f.code, f.a.text if f.a else "", f.b.text if f.b else "") for f in compare(x, y).findings
    }
    backward = {
        (f.code, f.b.text if f.b else "", f.a.text if f.a else "") for f in compare(y, x).findings
    }
    assert {c for c in forward if c[0].startswith("R1")} == {
        c for c in backward if c[0].startswith("R1")
    }


def test_a_denial_points_at_the_statement_it_contradicts_not_the_first_same_word() -> None:
    a = (
        "Medics treated dozens of runners for dehydration. "
        "The race director said no runner had been seriously hurt."
    )
    b = (
        "Medics treated dozens of runners for dehydration, and the race director said "
        "several runners had been seriously hurt."
    )
    (finding,) = [f for f in compare(a, b).findings if f.code == "R403"]
    assert finding.b is not None
    assert b[finding.b.start :].startswith("runners had been seriously hurt")


def test_a_figure_changed_into_a_passage_paired_only_by_place_is_reported_both_ways() -> None:
    # Found by the swap property (tests/test_properties.py): B's "3%" stands in a sentence the
    # aligner paired with A's only by its place; the group that holds A's "8 percent" reported
    # the change, but with the versions swapped the report fell to the place-paired group,
    # whose comparisons are dropped, and nothing was said.
    a = (
        "Output at the mine fell 8 percent last year to 310,000 tonnes. The government must "
        "approve the deal within three months."
    )
    b = (
        "Northfield Mining agreed to sell its Chilean copper unit for $4.15 billion, the company "
        "said on Tuesday. Shares rose 3% in early trading in Toronto. The smelter, built in "
        "1987, processes up to 500,000 tonnes of concentrate a year."
    )
    forward = [f.values for f in compare(a, b).findings if f.code == "R101"]
    backward = [f.values for f in compare(b, a).findings if f.code == "R101"]
    assert forward == [("8%", "3%")]
    assert backward == [("3%", "8%")]


def test_a_verb_before_no_is_denied_so_the_real_flip_is_the_one_reported() -> None:
    # "had seen no evidence" denies what "had not seen any evidence" denies; the change is
    # the accreditation.
    a = (
        "Rask said the paper had seen no evidence to support that claim and that Aasgaard had "
        "been accredited by the authorities."
    )
    b = (
        "Rask said it had not seen any evidence backing that claim and that Aasgaard had not "
        "been accredited by the authorities."
    )
    (finding,) = [f for f in compare(a, b).findings if f.code == "R403"]
    assert finding.a is not None and a[finding.a.start : finding.a.end] == "accredited"


def test_a_quotation_partly_turned_into_paraphrase_points_at_the_paraphrase() -> None:
    a = (
        '"Today is a milestone for our team, but it is only the start of a much longer '
        'journey," chief executive Maren Visser said.'
    )
    b = (
        "Chief executive Maren Visser said the day was a milestone for the team, adding: "
        '"It is only the start of a much longer road."'
    )
    findings = compare(a, b).findings
    (part,) = [f for f in findings if f.code == "R602"]
    assert part.b is not None and part.b.text == "milestone for the team"
    (reworded,) = [f for f in findings if f.code == "R601"]
    assert "'journey' → 'road'" in reworded.message


def test_a_sentence_merged_into_a_group_that_says_none_of_it_is_still_omitted() -> None:
    # Alignment can join a dropped sentence to its neighbour's group (as it does when the two
    # share a name); the group's other side then says nothing of it.
    from reconcile.judge import judge
    from reconcile.model import Group, Source
    from reconcile.pipeline import _facts
    from reconcile.segment import segment

    doc_a = segment(
        Source(
            "a",
            "Its founder's wife and two sons also sit on the board. The airline will publish "
            "the full plan within 48 hours, chief executive Ola Brenn said.",
        )
    )
    doc_b = segment(
        Source(
            "b", "The full plan will be released within two days, chief executive Ola Brenn said."
        )
    )
    merged = [Group((0, 1), (0,))]
    findings = judge(doc_a, doc_b, merged, _facts(doc_a, {}), _facts(doc_b, {}))
    (omitted,) = [f for f in findings if f.code == "R901"]
    assert omitted.a is not None and omitted.a.text.startswith("Its founder's wife")
    assert "merged with a neighbour" in omitted.message


def test_one_change_seen_by_two_checks_is_reported_once_at_the_closer_span() -> None:
    report = compare(
        "Tamsar, the world's biggest gold consumer after Varenia, bought less in April.",
        "Tamsar, the largest consumer of gold after Kestria, bought less in April.",
    )
    (swap,) = [f for f in report.findings if f.code == "R501"]
    assert swap.a is not None and swap.b is not None
    assert (swap.a.text, swap.b.text) == ("Varenia", "Kestria")


def test_a_year_said_relatively_is_not_sought_in_the_passages_around() -> None:
    a = (
        "The mill employs 300 people. "
        "Production will end at the end of March 2026, the company said."
    )
    b = (
        "The mill, which opened in 1956, employs 300 people. "
        "Production will end at the end of March next year, the company said."
    )
    report = compare(a, b)
    assert not [f for f in report.findings if f.code == "R201"]
    assert any(f.code == "R211" for f in report.findings)


def test_a_duration_moved_to_a_neighbouring_passage_is_still_a_duration() -> None:
    # "has 15 days to sign" vs "has 30 days to sign", told one passage later in B: the finding
    # is a changed duration (subkind "duration"), as it is within one passage.
    import tomllib
    from pathlib import Path

    from reconcile import compare

    pair = Path(__file__).parent.parent / "benchmarks/corpus/politics-electoral-map-senate.toml"
    story = tomllib.loads(pair.read_text(encoding="utf-8"))
    report = compare(story["original"], story["rewrite"])
    moved = [f for f in report.findings if f.values == ("15 days", "30 days")]
    assert [(f.code, f.subkind) for f in moved] == [("R201", "duration")]


@pytest.mark.parametrize(
    ("exact", "hedged", "near"),
    [
        ("11%", "just over one in ten", True),
        ("13%", "just over one in ten", False),
        ("9%", "just under one in ten", True),
        ("9%", "just over one in ten", False),
        ("about 11%", "just over one in ten", False),
        ("29", "nearly 30", True),
        ("25", "nearly 30", False),
        ("31", "nearly 30", False),
    ],
)
def test_just_over_just_under_and_nearly_own_up_to_a_figure_near_them(
    exact: str, hedged: str, near: bool
) -> None:
    from reconcile.extract import numbers
    from reconcile.rules.matching import just_past

    (x,) = numbers.extract(exact)
    (y,) = numbers.extract(hedged)
    assert just_past(x, y) is near


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Bounds on a year written after it, or by denying anything before it.
        (
            "The election must be held no later than 2028.",
            "The election must be held by 2028 at the latest.",
        ),
        (
            "The election is due no later than May 2027.",
            "It must be held by May 2027 at the latest.",
        ),
        (
            "The seed would not be available to farmers before 2028.",
            "The seed would reach farmers in 2028 at the earliest.",
        ),
        # "a cap" after a year is what is extended, not a limit the year sets.
        (
            "Ministers agreed to extend until the end of 2027 a cap on capacity.",
            "A ceiling on capacity was extended until the end of December 2027.",
        ),
        # "said" before a denial is not "said" before a plan: no question left open here.
        ("Managers said no jobs would be lost.", "Managers said there would be no redundancies."),
        # A description stands for a body its version names, or of its own country.
        (
            "Denmark's food safety agency said it was monitoring the recall.",
            "The national food safety regulator said it was keeping an eye on the recall.",
        ),
        (
            "Rainfall in Westmark was the highest since 1871, the Westmark Meteorological "
            "Institute said on Monday.",
            "Rainfall in Westmark was the highest since 1871, the national weather service said "
            "on Monday.",
        ),
        (
            "Samples were positive at the Northgate and Salt Quay plants, the institute said.",
            "Samples were positive at the Northgate and Salt Quay plants, but the INSP said so.",
        ),
        # "and said" after a clause of time: the subject of the first verb speaks.
        (
            "Serrat, 63, denied wrongdoing in a televised address hours after the vote and said "
            "he would not resign.",
            "Hours later, Serrat, 63, went on television to deny any wrongdoing and said he would "
            "not step down.",
        ),
        # One kind of body named by another word: a compound, a ministry's portfolio, a verb.
        ("The inquiry committee will have 11 members.", "The 11-member committee will report."),
        (
            "India's agriculture ministry raised its forecast.",
            "India's farm ministry lifted its forecast.",
        ),
        (
            "He has not vetoed any law since taking office in 2022.",
            "He took office in 2022 and has never vetoed a law.",
        ),
        # Names reordered in a list, and one landmark in two spellings, are no swap.
        ("Exports to France and Germany rose.", "Exports to Germany and France rose."),
        ("Protesters gathered outside City Hall.", "Protesters gathered outside the town hall."),
        # A power of ten's sign is written in words on the other side.
        (
            "The clock is accurate to 7.9 parts in 10 to the power of 19.",
            "The clock is accurate to 7.9 x 10^-19.",
        ),
        # A hedge before a figure below zero, in words or with a sign.
        (
            "Overnight lows have stayed below minus 20C for six nights.",
            "Night-time temperatures have stayed below -20C for six nights.",
        ),
        # An estimate's hedge is no source: the World Bank is the source on both sides.
        (
            "The blockade cost its economy an estimated $2.3 billion, according to the World Bank.",
            "According to the World Bank, the blockade cost its economy an estimated $2.3bn.",
        ),
    ],
)
def test_the_same_facts_put_otherwise_stay_quiet(a: str, b: str) -> None:
    from reconcile import Severity, compare

    loud = [f for f in compare(a, b).findings if f.severity >= Severity.WARNING]
    assert loud == []


def test_a_year_after_a_year_is_no_period_of_comparison() -> None:
    from reconcile import compare

    report = compare(
        "The ban starts in 2029, one year earlier than previously planned.",
        "The ban starts in 2029, two years earlier than previously planned.",
    )
    assert [(f.code, f.values) for f in report.findings if f.code.startswith("R20")] == [
        ("R201", ("12 months", "24 months"))
    ]


def test_an_omitted_sentence_names_its_facts_once() -> None:
    from reconcile import compare

    report = compare(
        "Copper rose. Traders in London said stocks fell to 10,000 tonnes in April.",
        "Copper rose.",
    )
    (omitted,) = [f for f in report.findings if f.code == "R901"]
    # "London" is named with the source around it; the figure and the month are listed.
    assert "'London'" not in omitted.message
    assert "'Traders in London said'" in omitted.message
    assert "'10,000 tonnes'" in omitted.message and "'April'" in omitted.message
