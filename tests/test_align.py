"""Alignment of split sentences whose second half shares few words with the original."""

from __future__ import annotations

import pytest

from reconcile import compare
from reconcile.features import terms

ORIGINAL = (
    "Halvorsen said on Tuesday that its outlook was unchanged.\n\n"
    "Like-for-like sales fell 6.3% from a year earlier, the steepest decline since the "
    "company listed in 2017.\n\n"
    "The group will close 14 stores."
)


def _groups(rewrite: str) -> list[tuple[list[str], list[str]]]:
    return _groups_of(ORIGINAL, rewrite)


def _groups_of(original: str, rewrite: str) -> list[tuple[list[str], list[str]]]:
    report = compare(original, rewrite)
    return [
        (
            [report.a.sentences[i].text for i in g.a],
            [report.b.sentences[j].text for j in g.b],
        )
        for g in report.groups
    ]


@pytest.mark.parametrize(
    "sales",
    [
        # In the same paragraph as the sentence it goes on about.
        "Sales at stores open for at least a year dropped 6.3% year on year. That was the "
        "sharpest fall since Halvorsen floated in 2015.",
        # In a paragraph of its own: it need only follow that sentence.
        "Sales at stores open for at least a year dropped 6.3% year on year.\n\n"
        "That was the sharpest fall since Halvorsen floated in 2015.",
    ],
)
def test_sequel_that_finishes_the_partner_joins_its_group(sales: str) -> None:
    rewrite = (
        "Halvorsen said on Tuesday that its outlook was unchanged.\n\n"
        f"{sales}\n\n"
        "The group will close 14 stores."
    )
    groups = _groups(rewrite)
    group = next(g for g in groups if any("Like-for-like" in s for s in g[0]))
    assert len(group[1]) == 2 and group[1][1].startswith("That was the sharpest fall")
    codes = {f.code for f in compare(ORIGINAL, rewrite).findings}
    assert "R201" in codes and "R902" not in codes  # 2017 vs 2015, compared in place


def test_sequel_that_adds_another_kind_of_fact_stays_an_addition() -> None:
    rewrite = (
        "Halvorsen said on Tuesday that its outlook was unchanged.\n\n"
        "Sales at stores open for at least a year dropped 6.3% year on year, the steepest "
        "decline since the company listed in 2017. It was the second profit warning this year.\n\n"
        "The group will close 14 stores."
    )
    groups = _groups(rewrite)
    added = [g for g in groups if not g[0]]
    assert [g[1] for g in added] == [["It was the second profit warning this year."]]


def test_count_moved_to_the_next_passage_is_compared_there() -> None:
    original = (
        "The ministry expelled Annika Holmberg, who led the 340-member mission.\n"
        "The mission said it had recorded irregularities at 2,150 polling stations."
    )
    rewrite = (
        "The ministry expelled Annika Holmberg.\n"
        "Holmberg led a 430-member mission, which recorded irregularities at 2,150 polling "
        "stations."
    )
    report = compare(original, rewrite)
    changed = [f for f in report.findings if f.code == "R101"]
    assert [(f.a.text, f.b.text) for f in changed if f.a and f.b] == [("340", "430")]


def test_figure_moved_to_the_passage_before_leaves_the_rest_to_pair() -> None:
    original = (
        "The board plans to open a cataract unit at Kilmory Hospital in October.\n"
        "The unit will cost £6.8 million, of which £4.5 million comes from the government."
    )
    rewrite = (
        "A cataract unit, costing £6.8m, is to open at Kilmory Hospital in October.\n"
        "The government is providing £5.4m of the cost."
    )
    report = compare(original, rewrite)
    changed = [(f.a.text, f.b.text) for f in report.findings if f.code == "R101" and f.a and f.b]
    assert changed == [("£4.5 million", "£5.4m")]
    moved = [f for f in report.findings if f.code == "R106"]
    assert len(moved) == 2 and all(f.severity.name == "INFO" for f in moved)


AUCTION = (
    "A river landscape by Hendrik Maes sold for $31 million on Thursday.\n\n"
    "The sale raised a total of $412 million, above its low estimate. Of the 46 lots "
    "offered, 41 found buyers.\n\n"
    "Online bidding accounted for 18% of the evening's total, the auction house said."
)


def test_lone_leftovers_in_the_same_gap_are_one_sentence_reworded() -> None:
    rewrite = (
        "A Hendrik Maes river landscape fetched $31 million on Thursday.\n\n"
        "In all, the evening raised $412m, above the low estimate. Forty-one of the 64 lots "
        "sold.\n\n"
        "Online bids made up 18% of the evening's total, the auction house said."
    )
    report = compare(AUCTION, rewrite)
    lots = next(
        g for g in report.groups if any("46 lots" in report.a.sentences[i].text for i in g.a)
    )
    assert [report.b.sentences[j].text for j in lots.b] == ["Forty-one of the 64 lots sold."]
    assert any(f.code == "R101" and f.values == ("46", "64") for f in report.findings)


def test_leftovers_after_the_last_aligned_sentence_stay_omission_and_addition() -> None:
    # Rewriters trim from the bottom and add background at the end: these two share "lots"
    # and "sold" but are not one sentence.
    original = AUCTION.rsplit("\n\n", 1)[0]
    rewrite = (
        "A Hendrik Maes river landscape fetched $31 million on Thursday.\n\n"
        "In all, the evening raised $412 million, above its low estimate. Most lots sold at "
        "a Sanmarin sale in May went to dealers."
    )
    groups = _groups_of(original, rewrite)
    assert (["Of the 46 lots offered, 41 found buyers."], []) in groups
    assert ([], ["Most lots sold at a Sanmarin sale in May went to dealers."]) in groups


def test_a_distant_leftover_does_not_join_a_group_for_naming_another_day() -> None:
    # "won ... on Thursday" shares "won", "metres" and a weekday with "won ... on Saturday" in
    # another paragraph; the weekday is a slot, not a shared word, so the sentence stays an
    # addition rather than a Saturday-vs-Thursday error inside the other passage.
    import tomllib
    from pathlib import Path

    pair = Path(__file__).parent.parent / "benchmarks/corpus/sport-speed-skating-5000m-record.toml"
    story = tomllib.loads(pair.read_text(encoding="utf-8"))
    report = compare(story["original"], story["rewrite"])
    thursday = next(
        s.index for s in report.b.sentences if s.text.startswith("De Wit also won the 3,000")
    )
    saturday = next(s.index for s in report.a.sentences if s.text.startswith("Earlier on Saturday"))
    group = next(g for g in report.groups if saturday in g.a)
    assert thursday not in group.b
    assert ("Saturday", "Thursday") not in [f.values for f in report.findings]


def test_short_plurals_share_a_term_with_their_singular() -> None:
    # Words are cut to five letters, which joins "prices" and "price" but left "cuts" and
    # "cut" apart; a short plural now loses its "s" ("gas" and "bus" are too short to).
    assert set(terms("The cuts hit jobs and toys.")) == set(terms("The cut hit a job and a toy."))
    assert "gas" in terms("Gas prices rose.") and "less" in terms("It cost less.")


def test_a_split_lead_stays_with_its_lead_when_a_body_is_named_elsewhere() -> None:
    # The rewrite's first sentence shares the regulator's full name with the original's third
    # sentence more than with the original's lead, whose other half is the rewrite's second.
    original = (
        "Tavoria's water regulator will cut the tariff paid by bottling plants by 30% from "
        "May 1, it said on Monday, the biggest reduction since the levy began in 2011.\n\n"
        "Plants will pay 4.1 cents per litre, down from 5.9 cents.\n\n"
        "About 140 plants, nearly one in three in the country, draw from wells, according to "
        "the regulator, the National Water Resources Board (NWRB)."
    )
    rewrite = (
        "The levy on water drawn by bottling plants in Tavoria will be cut by 30 percent from "
        "May 1, the country's National Water Resources Board (NWRB) announced. It called the "
        "move the biggest cut since the levy was introduced in 2011.\n\n"
        "Plants will pay 4.1 cents a litre, compared with 5.9 cents now.\n\n"
        "Some 140 plants, almost a third of the total, use wells, the regulator said."
    )
    groups = _groups_of(original, rewrite)
    lead = next(g for g in groups if any("30%" in s for s in g[0]))
    assert len(lead[1]) == 2 and "30 percent" in lead[1][0] and "2011" in lead[1][1]
    wells = next(g for g in groups if any("140 plants" in s for s in g[0]))
    assert wells[1] == [
        "Some 140 plants, almost a third of the total, use wells, the regulator said."
    ]


def test_a_tie_between_two_partners_goes_the_same_way_whichever_version_is_read_first() -> None:
    # Two near-identical sentences of B ("3.2%" early, "3%" late) share the same words with
    # one sentence of A: the nearer in relative position pairs with it, in both directions.
    # (Drawn by the swap property test in a fresh clone.)
    a = (
        "Northfield Mining agreed to sell its Chilean copper unit for $4.15 billion, the company "
        "said on Tuesday. Northfield Mining agreed to sell its Chilean copper unit for $4.5 "
        "billion, the company said on Tuesday. Copper prices have climbed more than 20% since "
        "January."
    )
    b = (
        'Union leader Jorge Pérez said workers "will not accept" job cuts. The company will pay '
        "a special dividend of 45 cents a share on Friday. Shares rose 3.2% in early trading in "
        "Toronto. Northfield Mining agreed to sell its Chilean copper unit for $4.15 billion, the "
        "company said on Tuesday. The deal values the unit at about 12 times its annual "
        "earnings. The unit employs 2,400 people in the Atacama region. The unit employs 4,200 "
        "people in the Atacama region. Northfield is the second-largest copper producer in "
        "Chile, according to the Chilean Copper Commission. The sale is expected to close by the "
        "end of March 2025. The buyer, Andes Metals, is the biggest miner in Peru. Shares rose 3% "
        "in early trading in Toronto."
    )
    forward = {(g.a, g.b) for g in compare(a, b).groups if g.a and g.b}
    backward = {(g.b, g.a) for g in compare(b, a).groups if g.a and g.b}
    assert forward == backward
