"""Alignment of split sentences whose second half shares few words with the original."""

from __future__ import annotations

from reconcile import compare

ORIGINAL = (
    "Halvorsen said on Tuesday that its outlook was unchanged.\n\n"
    "Like-for-like sales fell 6.3% from a year earlier, the steepest decline since the "
    "company listed in 2017.\n\n"
    "The group will close 14 stores."
)


def _groups(rewrite: str) -> list[tuple[list[str], list[str]]]:
    report = compare(ORIGINAL, rewrite)
    return [
        (
            [report.a.sentences[i].text for i in g.a],
            [report.b.sentences[j].text for j in g.b],
        )
        for g in report.groups
    ]


def test_sequel_that_finishes_the_partner_joins_its_group() -> None:
    rewrite = (
        "Halvorsen said on Tuesday that its outlook was unchanged.\n\n"
        "Sales at stores open for at least a year dropped 6.3% year on year. That was the "
        "sharpest fall since Halvorsen floated in 2015.\n\n"
        "The group will close 14 stores."
    )
    groups = _groups(rewrite)
    sales = next(g for g in groups if any("Like-for-like" in s for s in g[0]))
    assert len(sales[1]) == 2 and sales[1][1].startswith("That was the sharpest fall")
    report = compare(ORIGINAL, rewrite)
    assert any(f.code == "R201" for f in report.findings)  # 2017 vs 2015, compared in place


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
