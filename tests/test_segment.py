from __future__ import annotations

import pytest

from reconcile.model import Role, Source
from reconcile.segment import segment


def units(text: str) -> list[tuple[str, str]]:
    doc = segment(Source("t", text))
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text
    return [(s.role.value, s.text) for s in doc.sentences]


def body(text: str) -> list[str]:
    return [t for role, t in units(text) if role == "body"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shares of Apple Inc. rose. The U.S. economy grew.",
            ["Shares of Apple Inc. rose.", "The U.S. economy grew."],
        ),
        (
            "The U.S. Senate voted on Sept. 4 to approve it. It passed.",
            ["The U.S. Senate voted on Sept. 4 to approve it.", "It passed."],
        ),
        (
            "Avoid ovens between noon and 6 p.m. Firefighters battled 20 fires.",
            ["Avoid ovens between noon and 6 p.m.", "Firefighters battled 20 fires."],
        ),
        (
            "The plane landed at 6 p.m. Monday in Lima. It was late.",
            ["The plane landed at 6 p.m. Monday in Lima.", "It was late."],
        ),
        (
            "Revenue was $3.2 billion, up from $1.082 a share. Costs fell.",
            ["Revenue was $3.2 billion, up from $1.082 a share.", "Costs fell."],
        ),
        (
            "The quake struck at 4:17 a.m. local time. No. 2 was hit.",
            ["The quake struck at 4:17 a.m. local time.", "No. 2 was hit."],
        ),
        (
            "George W. Bush met Mr. Smith and Dr. Jones. They talked.",
            ["George W. Bush met Mr. Smith and Dr. Jones.", "They talked."],
        ),
        ("He arrived at 9 a.m. The meeting began.", ["He arrived at 9 a.m.", "The meeting began."]),
        (
            "“We will win. They will lose,” he said. She left.",
            ["“We will win.", "They will lose,” he said.", "She left."],
        ),
        (
            'He said, "We have plenty of them." "This creates prospects," he added.',
            ['He said, "We have plenty of them."', '"This creates prospects," he added.'],
        ),
        (
            "Why? Nobody knows! Prices rose…  Then they fell.",
            ["Why?", "Nobody knows!", "Prices rose…", "Then they fell."],
        ),
        ('"Is it over?" he asked. It was.', ['"Is it over?" he asked.', "It was."]),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert body(text) == expected


def test_wire_framing_lines() -> None:
    text = (
        "Copper Hits Record as Chile Mines Stall\n\n"
        "LIMA, March 4 (Meridian Wire) - Copper rose 3% on Tuesday. Traders cheered.\n\n"
        "--With assistance from Ana Ruiz.\n\n"
        "©2025 Meridian Wire L.P."
    )
    got = units(text)
    assert got[0] == ("headline", "Copper Hits Record as Chile Mines Stall")
    assert got[1] == ("dateline", "LIMA, March 4 (Meridian Wire) -")
    assert got[2:4] == [("body", "Copper rose 3% on Tuesday."), ("body", "Traders cheered.")]
    assert got[4] == ("credit", "--With assistance from Ana Ruiz.")
    assert got[5] == ("copyright", "©2025 Meridian Wire L.P.")


def test_dateline_with_a_region_and_a_date() -> None:
    text = "TARTU, Estonia, Aug 14 (Baltline News) - Cases rose to 212. Officials said."
    assert units(text)[:2] == [
        ("dateline", "TARTU, Estonia, Aug 14 (Baltline News) -"),
        ("body", "Cases rose to 212."),
    ]


@pytest.mark.parametrize("date", ["15/04/2025", "2025-04-15", "15.04.2025"])
def test_dateline_with_a_date_in_figures(date: str) -> None:
    text = f"KESSEN, {date} (Solar Markets Today) - Payments will be cut. It said so."
    assert units(text)[:2] == [
        ("dateline", f"KESSEN, {date} (Solar Markets Today) -"),
        ("body", "Payments will be cut."),
    ]


def test_partner_front_matter() -> None:
    text = (
        "Will copper break the deadlock?\n25/02/2025\nHarbour Daily\n"
        "Copper rose 3% on Tuesday, traders said.\nBy Jane Doe\n"
    )
    roles = [role for role, _ in units(text)]
    assert roles == ["headline", "date", "outlet", "body", "byline"]


def test_caption_before_dateline_is_front_matter() -> None:
    text = "Analyst Greg Jones breaks down the outlook.\n\n(Bloomberg) -- Copper rose 3%."
    assert [r for r, _ in units(text)] == ["caption", "dateline", "body"]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_spans_refer_to_decoded_text_whatever_the_newlines(newline: str) -> None:
    text = newline.join(["Copper rose 3%.", "", "Zinc fell 2%. Tin held."]) + newline
    doc = segment(Source("t", text))
    assert [s.text for s in doc.sentences] == ["Copper rose 3%.", "Zinc fell 2%.", "Tin held."]
    assert all(text[s.start : s.end] == s.text for s in doc.sentences)


def test_hard_wrapped_paragraph_is_joined() -> None:
    text = (
        "The central bank raised its main interest rate by half a point on\n"
        "Thursday, the third increase this year, and signalled more to come.\n"
    )
    assert len(body(text)) == 1


def test_empty_and_blank_documents() -> None:
    assert segment(Source("t", "")).sentences == ()
    assert segment(Source("t", "  \n\n \r\n")).sentences == ()


def test_long_line_without_punctuation_is_one_unit() -> None:
    text = "word " * 200_000
    doc = segment(Source("t", text))
    assert len(doc.sentences) == 1
    assert doc.sentences[0].role in (Role.BODY, Role.HEADLINE)
