"""Rules R3xx: ranks and superlatives ("largest", "second-largest", "No. 1", "placed fifth")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from reconcile.fold import (
    SAME_SCALE_SUPERLATIVES,
    SUSPENDED_LINK,
    fold_name,
    opposite_superlatives,
)
from reconcile.model import Fact, Kind, Severity
from reconcile.rules.registry import Hit, Pair, Rule, register

_READING = {
    "after": "a superlative with the places above it named",
    "only": "counted from those said to rank above it",
    "ordinal": "an ordinal",
    "superlative": "a plain superlative",
    "position": "a placing",
    "number": "a number rank",
}

R = Severity
RULES = (
    Rule(
        "R301",
        "rank-mismatch",
        Kind.RANK,
        R.ERROR,
        'The versions give different ranks ("fourth-biggest" vs "biggest").',
        flag=(
            (
                "Second-ranked Vivanet secured 80 megahertz for $251 million.",
                "Vivanet, the third-largest operator, won 80 MHz for $251 million.",
            ),
            (
                "Arden, Kettle Creek and Sayer counties rank among the top five in Nebraska for "
                "fertilizer use.",
                "The three counties are among Nebraska's top three for fertilizer use.",
            ),
            (
                "Zhao won eight of the last nine frames to claim his third ranking title.",
                "Zhao took eight of the final nine frames for his second ranking title.",
            ),
            (
                "It was the largest drone trial outside Europe.",
                "It was the second-largest drone trial outside Europe.",
            ),
            (
                "The change lifted Limpatec from third place to first.",
                "The change moved Limpatec from second place to first.",
            ),
            (
                "Cork had the second-worst rate, at 11%.",
                "Cork had the third-poorest rate, at 11 per cent.",
            ),
            (
                "The ruling moves Vestkyst from 11th to ninth in the 12-team table.",
                "The ruling lifts Vestkyst from 11th to eighth in the 12-team league.",
            ),
            (
                "Uganda, which was the last country to agree to the text, will host the next "
                "meeting.",
                "Uganda, which was the first country to agree to the text, will host the next "
                "meeting.",
            ),
            (
                "Estonia has one of the highest rates in Europe, second only to Lithuania.",
                "Estonia has the highest rate in Europe.",
            ),
            (
                "Holzland, Romania's third-biggest timber processor, cut 400 jobs on Tuesday. The "
                "company employs 4,000 people at three sawmills.",
                "Holzland cut 400 jobs on Tuesday. Romania's largest timber processor employs "
                "4,000 people at three sawmills.",
            ),
            (
                "Cod quotas have been cut by 20 percent for 2025, the third consecutive annual "
                "reduction.",
                "Cod quotas have been cut by a fifth for 2025, the second consecutive annual "
                "reduction.",
            ),
            (
                "Indonesia and Uganda, the second- and third-largest producers, cut output.",
                "Indonesia and Uganda, the third- and fourth-largest producers, cut output.",
            ),
            (
                "Brennock shelved its mine expansion on Tuesday, citing weak prices.\n"
                "Brennock is the third-largest potash producer in Canada, behind Prairie Basin "
                "Minerals.\nThe company has already spent C$900 million on the expansion.",
                "Brennock shelved its mine expansion on Tuesday, citing weak prices.\n"
                "The company, Canada's second-largest potash producer, has already spent C$900 "
                "million on the expansion.",
            ),
            (
                "It was the second-fastest time ever run by a woman on the course.",
                "No woman has ever run the course faster.",
            ),
            (
                "It is the second-largest outbreak of its kind recorded in the region.",
                "Nowhere in the region has a larger outbreak of its kind been recorded.",
            ),
            (
                "Ghana, the largest grower, and Togo, the second-biggest grower, both reported "
                "losses.",
                "Ghana, which grows more cocoa than any other country, and Togo, the "
                "third-largest grower, both reported losses.",
            ),
            (
                "It was the UK's next most popular ad of 2014.",
                "It was the UK's third most popular ad of 2014.",
            ),
            (
                "It is the third-highest price ever paid for a Dutch painting.",
                "Only one Dutch painting has ever made more at auction.",
            ),
            (
                "Wozniak finished only 17th after landing short.",
                "Wozniak could only finish 27th after landing short.",
            ),
            (
                "Kovac, seeded 12th, won the title.",
                "Kovac, the 10th seed, won the title.",
            ),
            (
                "Harrowgate had the largest share of the delays, followed by St Aldric's.",
                "Harrowgate had the largest share of the delays, and St Aldric's came third.",
            ),
            (
                "President Dana Mirescu, whose first official visit to Sarnova began on Monday, "
                "signed the deal.",
                "President Dana Mirescu signed the deal during her second official visit to "
                "Sarnova, which began on Monday.",
            ),
            (
                "Kilmorran was the worst-hit town.",
                "Kilmorran was the second-hardest-hit town.",
            ),
            (
                "Jorund was named most valuable player after ending as the second-highest scorer.",
                "Jorund, the top scorer, was named most valuable player.",
            ),
            ("Kestrel finished third in the regatta.", "Kestrel came in fourth in the regatta."),
            (
                "He finished with a 75, tied for fourth with three others.",
                "He signed for a 75 and ended tied for fifth alongside three other players.",
            ),
            (
                "The Bears, who finished top of the regular-season standings, lost in overtime.",
                "The Bears, who finished second in the regular season, lost in overtime.",
            ),
            (
                "The team finished second to last last season, officials said.",
                "The team finished last last season, officials said.",
            ),
            (
                "She lost in the quarter-finals of the Harbour City Masters.",
                "She lost in the Harbour City Masters semi-finals.",
            ),
            (
                "The deposit is among the ten biggest in the world, it said.",
                "The deposit is one of the five largest in the world, it said.",
            ),
            (
                "It fell across some of the longest days of the year.",
                "It fell across some of the third-longest days of the year.",
            ),
            (
                "Renner had started from third on the grid, the team said.",
                "Renner had lined up fourth on the grid, the team said.",
            ),
            (
                "Rovers began the final day top of the table, the league said.",
                "Rovers began the final day in second place, the league said.",
            ),
            (
                "It was the party's worst result since 1991, officials said.",
                "It was the party's second-worst showing since 1991, officials said.",
            ),
            (
                "Olympic silver medallist Marta Hollis won the heat.",
                "Olympic bronze medallist Marta Hollis won the heat.",
            ),
            ("It is the country's fourth-biggest lender.", "It is the country's biggest lender."),
            ("Ferrand finished second in 2022.", "Ferrand was third in 2022."),
            (
                "Lindqvist will rise to ninth in the world rankings.",
                "Lindqvist will climb to eighth in the world rankings.",
            ),
            (
                "Lumera is the fourth-largest supplier of graphics controllers.",
                "Analysts rank Lumera third among suppliers of graphics controllers.",
            ),
            (
                "The shares rose 9%, making it the second-best performer on the exchange.",
                "The shares rose 9%, the best performance on the exchange.",
            ),
            (
                "PET is the world's most widely produced plastic.",
                "PET is the second-most common plastic.",
            ),
            (
                "Ramos, who finished fourth at last year's world championships, won.",
                "Ramos, fifth at last year's world championships, won.",
            ),
            (
                "It was the second major privacy judgment.",
                "It was the court's third major privacy ruling.",
            ),
            (
                "The watchdog said the 5,000-dinar limit would be the third-lowest cap in Europe.",
                "According to the watchdog, only one European country will have a lower cap.",
            ),
            (
                "Power demand hit a record 9,850 megawatts on Sunday evening.",
                "Power demand reached 9,850 megawatts on Sunday evening, the second-highest "
                "level on record.",
            ),
            (
                "Barley is grown on more land than any other crop in Scotland.",
                "Barley is the second most widely grown crop in Scotland.",
            ),
            (
                "Halden recorded 212 drone drops, the most of any prison.",
                "Halden recorded 212 drone drops, the second-highest of any jail.",
            ),
            ("Kovac finished last of the eight finalists.", "Kovac finished seventh of eight."),
            (
                "Marczak had been only fourth after the snatch.",
                "Marczak had been only third after the snatch.",
            ),
            (
                "Kaldova has the third-highest student debt per head in Europe.",
                "The OECD ranked Kaldova second in Europe for student debt per head.",
            ),
            (
                "The club was relegated after a ninth-place finish.",
                "The club was relegated after an eighth-place finish.",
            ),
        ),
        keep=(
            (
                "It was the warmest year on record.",
                "It was the hottest year on record.",
            ),
            (
                "Melbourne was the worst-hit market, with values down 19.3%, followed by Sydney "
                "at 15.1%.",
                "Melbourne fared worst, with a 19.3 per cent slide, and Sydney had the "
                "second-biggest fall, of 15.1 per cent.",
            ),
            ("It is the country's biggest lender.", "It is the country's largest lender."),
            ("She finished 1 minute 12 seconds ahead.", "She finished 72 seconds clear."),
            ("Kovac finished last of the eight finalists.", "Kovac finished eighth of eight."),
            (
                "Marczak won with 270 kg, 9 kg ahead of Giulia Ferri, who took silver with 261 "
                "kg. Elif Demirkan won bronze on 258 kg after missing her final two attempts.",
                "Her total of 270 kg left her nine kilos clear of Giulia Ferri, the runner-up "
                "on 261 kg, while Elif Demirkan took third place with 258 kg after failing "
                "with her last two attempts.",
            ),
        ),
    ),
    Rule(
        "R302",
        "rank-reworded",
        Kind.RANK,
        R.WARNING,
        'The same rank is reached by a different reading ("largest after China" and '
        '"second largest"); an editor should confirm the reading.',
        flag=(
            (
                "It was the second-hottest summer on record, the service said.",
                "It was the hottest summer on record after that of 2022, the service said.",
            ),
            (
                "Radon is the second most common cause of lung cancer after smoking, the agency "
                "said.",
                "Radon is the biggest cause of lung cancer after smoking, the agency said.",
            ),
            (
                "Harrowgate is the third-largest marine mutual in Europe by premium income.",
                "Only London's Castlemere Club and Hamburg-based Nordanker collect more premium "
                "income in Europe than Harrowgate.",
            ),
            (
                "Japan made the third-biggest pledge, of $310 million.",
                "Japan pledged $310 million, behind only Saudi Arabia and Germany.",
            ),
            (
                "The country is the world's largest aluminum producer after China.",
                "The country is the second largest aluminum producer in the world after China.",
            ),
        ),
        keep=(("It is the second-largest producer.", "It is the second largest producer."),),
    ),
    Rule(
        "R303",
        "rank-synonym",
        Kind.RANK,
        R.INFO,
        'The same rank is worded with a synonym ("biggest" and "largest").',
        flag=(
            (
                "Second-ranked Vivanet secured 80 megahertz for $251 million.",
                "Vivanet, the second-largest operator, won 80 MHz for $251 million.",
            ),
            (
                "He is the country's second-richest man.",
                "He is the country's second wealthiest person.",
            ),
            (
                "Marta Lind finished second in the sprint.",
                "Marta Lind was runner-up in the sprint.",
            ),
            (
                "Calgary posted the second-steepest fall, at 9.6%.",
                "Calgary posted the next-biggest drop, at 9.6%.",
            ),
            (
                "Solheim won, with Austria's Felix Moser third.",
                "Solheim won, while Austria's Felix Moser took third place.",
            ),
            (
                "The biggest falls were recorded in the north.",
                "The steepest declines came in the north.",
            ),
            (
                "Kovac, seeded 12th, became the first Croatian to reach a world final.",
                "Kovac was the 12th seed, and no Croatian had previously reached a world final.",
            ),
            (
                "Harrowgate had the largest share of the delays, followed by St Aldric's and the "
                "Wendle Infirmary.",
                "Harrowgate had the biggest share of the delays, while St Aldric's had the "
                "second-largest and the Wendle Infirmary came third.",
            ),
            (
                "Kilmorran was the worst-hit town.",
                "Kilmorran was the hardest-hit town.",
            ),
            (
                "She rose to a career-high second in the world rankings.",
                "She rose to a career-best No. 2 in the rankings.",
            ),
            (
                "Pereira finished second, officials said.",
                "Pereira had to settle for second, officials said.",
            ),
            ("It is the country's biggest lender.", "It is the country's largest lender."),
        ),
        keep=(
            (
                "Oslo is the cheapest capital in the survey.",
                "Oslo is the most expensive capital in the survey.",
            ),
            ("It is the country's biggest lender.", "It is the country's biggest lender."),
            (
                "It was the UK's next most popular ad of 2014.",
                "It was the UK's next most popular ad of 2014.",
            ),
        ),
    ),
    Rule(
        "R304",
        "rank-dropped",
        Kind.RANK,
        R.WARNING,
        "A rank in A has no counterpart in the aligned passage of B.",
        flag=(
            ("Chile is the world's largest copper producer.", "Chile is a major copper producer."),
        ),
        keep=(
            (
                "The US is eighth, while the UK fails to make the top ten at number 13.",
                "The US is eighth, while the UK is 13th.",
            ),
            (
                "Fox won gold, with Britain's Megan Hale second.",
                "Fox won gold, beating Britain's Megan Hale into second.",
            ),
            (
                "Turkey produces about 65 percent of the world's hazelnuts, and Italy is the "
                "second-largest producer.",
                "Turkey grows roughly 65% of the world's hazelnuts, ahead of second-placed Italy.",
            ),
            (
                "Lindqvist moved to the top of the overall standings.",
                "Lindqvist took over the overall lead.",
            ),
            (
                "Sea ice shrank to its second-smallest extent since records began in 1979.",
                "Sea ice shrank to the second-lowest extent in records dating back to 1979.",
            ),
            (
                "Brightmarket, the country's second-largest supermarket chain, cut its profit "
                "forecast on Tuesday. Its shares fell 5% in early trading in Stockholm.",
                "Brightmarket cut its profit forecast on Tuesday. Shares in the chain, the "
                "second-largest in the country, fell 5% in early trading in Stockholm.",
            ),
            (
                "The benefit was largest among patients over 65.",
                "Patients over 65 benefited most.",
            ),
            (
                "Oren Talbot finished second in the final.",
                "Oren Talbot was the beaten finalist.",
            ),
            (
                "It was the second-largest penalty the board has imposed.",
                "Only a 95 million franc fine against Aldis Privatbank in 2021 was bigger.",
            ),
            (
                "Rice prices jumped to their highest level in 15 years on Tuesday after Kanthara "
                "banned most exports.",
                "Rice prices surged to a 15-year high on Tuesday after Kanthara banned most "
                "exports.",
            ),
            (
                "Abelsen was the top scorer with nine goals.",
                "Abelsen led the scoring with nine goals.",
            ),
            (
                "It is the largest investment by a foreign carmaker in Kestria's history.",
                "No foreign carmaker has ever invested more in Kestria.",
            ),
            (
                "Kalvaria, the group's biggest producer, will cut most.",
                "Top producer Kalvaria will cut most.",
            ),
            (
                "Her time was the second-fastest in the race's history.",
                "Her time is the second-best in the race's history.",
            ),
            (
                "The final drew 1.9 million viewers, the league's largest for a final.",
                "The final drew a record audience of 1.9 million viewers for a league final.",
            ),
            (
                "Chile is the world's largest copper producer.",
                "Chile is the biggest copper producer.",
            ),
            ("Oduya finished second.", "Oduya took second place."),
            (
                "She beat South Korea's world number one Lim Jae-won.",
                "She beat top-ranked Lim Jae-won of South Korea.",
            ),
            (
                "He lost to the third seed, France's Hugo Delaunay.",
                "He lost to third-seeded Frenchman Hugo Delaunay.",
            ),
            (
                "It is the second-oldest flute found in Germany, the authors said.",
                "Only one older flute has been found in Germany, the authors said.",
            ),
            (
                "India and China were the two largest sources of students.",
                "China and India were the top two sources of students.",
            ),
            (
                "The rule covers Ostrel, the country's second-largest city.",
                "The rule covers Ostrel, the nation's second city.",
            ),
            (
                "Jobs fell, with the biggest losses in manufacturing and construction.",
                "Jobs fell, with manufacturing and construction hit hardest.",
            ),
            (
                "It was the second-fastest women's time in the event's history.",
                "It was a time bettered by only one woman in the event's history.",
            ),
            (
                "It is the third-largest market for heat pumps in the Nordic region.",
                "Only Sweden and Norway had bigger heat pump markets in the Nordic region.",
            ),
            (
                "Sotelo, 24, was named the series' most valuable player after batting .414 "
                "with three home runs.",
                "Sotelo, 24, was named series MVP after hitting .414 with three home runs.",
            ),
            (
                "Harwick have never played in the top division.",
                "Harwick have yet to play top-flight football.",
            ),
            ("Koller needed to finish in the top six.", "Koller needed to finish sixth or better."),
            ("Lind finished second with 5.95 metres.", "Lind was second with 5.95 metres."),
            ("Officials placed 14 farms under quarantine.", "Officials quarantined 14 farms."),
        ),
    ),
    Rule(
        "R305",
        "rank-added",
        Kind.RANK,
        R.WARNING,
        "A rank in B has no counterpart in the aligned passage of A.",
        flag=(
            ("Chile is a major copper producer.", "Chile is the world's largest copper producer."),
        ),
        keep=(
            (
                "She is in the top 10 of the world rankings.",
                "She is in the top ten of the world rankings.",
            ),
            (
                "Elin Oskarsson won the title, finishing third on the Rally de Aracena.",
                "Elin Oskarsson won the title, taking third place at the Rally de Aracena.",
            ),
            (
                "Indonesia and Uganda, the next-largest producers, are unlikely to fill the gap.",
                "Indonesia and Uganda, the second- and third-largest producers, are unlikely to "
                "fill the gap.",
            ),
            (
                "The previous worst dry spell in the record, in the late 1600s, lasted eight "
                "years.",
                "The second-worst dry spell in the record, in the late 1600s, lasted eight years.",
            ),
            (
                "Brennock shelved its mine expansion on Tuesday, citing weak prices.\nBrennock is "
                "the third-largest potash producer in Canada, behind Prairie Basin Minerals.\nThe "
                "company has already spent C$900 million on the expansion.",
                "Brennock shelved its mine expansion on Tuesday, citing weak prices.\nThe "
                "company, Canada's third-largest potash producer, has already spent C$900 million "
                "on the expansion.",
            ),
            (
                "The main opposition Civic Union voted against.",
                "The Civic Union, the largest opposition party, voted against.",
            ),
            (
                "Halvorsen is the market leader.",
                "Halvorsen is the country's top furniture retailer.",
            ),
            (
                "Adeyemi won the men's 100 metres on Sunday.",
                "Adeyemi took gold in the men's 100m on Sunday.",
            ),
            ("Chile is the largest copper producer.", "Chile is the largest copper producer."),
            ("He attacked 4 kilometres from the summit.", "He attacked 4km from the top."),
            ("Lorvath's Constitutional Court ruled.", "Lorvath's top court ruled."),
            (
                "Third seed Dario Vennes won in straight sets.",
                "Third-seeded Dario Vennes won in straight sets.",
            ),
            (
                "Japan topped the medal table with three golds, two silvers and four bronzes.",
                "Japan led the medal table with three gold medals, two silver and four bronze.",
            ),
            (
                "Marovia generated 31% of its electricity from solar in 2024, second only to wind.",
                "Solar was Marovia's second-biggest source of electricity after wind in 2024, "
                "at 31%.",
            ),
            (
                "Its latest annual report shows that 60% of its sales now come from outside "
                "Ireland.",
                "The company's most recent annual report shows that 60% of its sales now come "
                "from outside Ireland.",
            ),
            (
                "Haldria are expected to climb to at least fourth when the rankings are published.",
                "Haldria are expected to rise to fourth or higher when the rankings are published.",
            ),
        ),
    ),
    Rule(
        "R307",
        "superlative-scope",
        Kind.RANK,
        R.ERROR,
        "The same superlative holds over different spans: the deadliest since 2017 is not the "
        "deadliest on record.",
        flag=(
            (
                "Shares rose to their highest level since September 2021.",
                "Shares rose to a record high.",
            ),
            (
                "It was the longest budget session since the chamber moved to its current "
                "building in 1998.",
                "It was the longest budget session in the chamber's history.",
            ),
            (
                "It was the most snow in a single storm since 1998.",
                "It was the most snow ever recorded in a single storm.",
            ),
            (
                "It was the deadliest accident at an Austrian resort since a 2011 cable-car fire.",
                "It was the deadliest accident ever at an Austrian resort.",
            ),
            (
                "Shares jumped 7.5% after the announcement, their highest close in three years.",
                "Shares rose 7.5% after the announcement, closing at a record high.",
            ),
            (
                "It was the deadliest monsoon season since 2017, officials said.",
                "It was the deadliest monsoon season on record, officials said.",
            ),
            (
                "Shares rose 4.3% to 218.40 florins, their highest close since March.",
                "Shares rose 4.3% to 218.40 florins, a record closing level.",
            ),
        ),
        keep=(
            (
                "It was the largest outbreak in the state since records began in 1950.",
                "It was the state's biggest outbreak since record-keeping started in 1950.",
            ),
            (
                "Shares closed at an all-time high on Friday.",
                "Shares closed at their highest level ever on Friday.",
            ),
            (
                "It was the worst drought since records began, officials said.",
                "It was the worst drought on record, officials said.",
            ),
            (
                "Confidence fell to 31 percent, the lowest since the survey began in 2008.",
                "Confidence fell to 31%, the lowest reading since records began in 2008.",
            ),
        ),
    ),
    Rule(
        "R306",
        "rank-vs-among",
        Kind.RANK,
        R.ERROR,
        'One version gives a rank where the other says only "one of the" largest.',
        flag=(
            (
                "The museum houses one of Belgium's largest collections of gold work.",
                "The museum has Belgium's largest collection of gold work.",
            ),
            (
                "The skeleton is one of the best-preserved of any early bird.",
                "It is the best-preserved skeleton of any early bird.",
            ),
            (
                "The suit was one of the first brought under the law.",
                "The suit was the first case brought under the law.",
            ),
            ("It is one of the biggest banks in Europe.", "It is the biggest bank in Europe."),
        ),
        keep=(
            (
                "Turner, one of Britain's greatest painters, will be on the note.",
                "Turner, one of Britains greatest painters, will be on the note.",
            ),
            (
                "It is one of the country's most active volcanoes.",
                "It is among the most active volcanoes in the country.",
            ),
            (
                "Russia has one of the biggest reserves.",
                "Russia has one of the world's largest reserves.",
            ),
        ),
    ),
)


def _scope_shown(scope: str) -> str:
    return "of all time" if scope == "ever" else scope


# A place said in words: "second only to wind", "the second-biggest source after wind".
_PLACE_SAID = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)


def _both_say_the_place(x: Fact, y: Fact) -> bool:
    """Return whether both spans name the place outright, so no reading needs explaining."""
    return bool(_PLACE_SAID.search(x.text) and _PLACE_SAID.search(y.text))


def _explain(f: Fact) -> str:
    if f.value is None:
        return f"'{f.text}' is not a rank"
    return f"'{f.text}' reads as {f.display}"


@register(*RULES)
def check_ranks(pair_: Pair) -> Iterator[Hit]:
    """Compare the ranks of the two sides of an aligned group, in order of appearance."""
    if not pair_.a.sentences or not pair_.b.sentences:
        return
    a = [f for f in pair_.a.facts if f.kind is Kind.RANK]
    b = [f for f in pair_.b.facts if f.kind is Kind.RANK]
    # Pair like with like across the whole group, best matches first, so that the pairing does
    # not depend on which version is read first.
    # A rank of the same thing first: "second-highest scorer" pairs with "top scorer", not
    # with "most valuable player".
    heads_a = [_head(pair_.text_a, x) for x in a]
    heads_b = [_head(pair_.text_b, y) for y in b]
    # And a rank of the same holder: Malaysia's "second-biggest" pairs with Malaysia's
    # "third-largest", not with Indonesia's "largest" beside it.
    holders_a = [_holder(pair_.text_a, x) for x in a]
    holders_b = [_holder(pair_.text_b, y) for y in b]
    options = sorted(
        (
            bool(holders_a[ia] and holders_b[ib] and holders_a[ia] != holders_b[ib]),
            # (A place in a sequence pairs by its number: "the first period" with "the first
            # intermission" before "the second period".)
            "sequence" in (x.key, y.key) or not heads_a[ia] or heads_a[ia] != heads_b[ib],
            x.value != y.value,
            x.key != y.key,
            abs(ia - ib),
            ia,
            ib,
        )
        for ia, x in enumerate(a)
        for ib, y in enumerate(b)
        if _comparable(x, y)
    )
    paired: dict[int, int] = {}
    used: set[int] = set()
    for *_, ia, ib in options:
        if ia not in paired and ib not in used:
            paired[ia] = ib
            used.add(ib)
    text_a, text_b = pair_.a.text, pair_.b.text
    for ia, x in enumerate(a):
        if ia in paired:
            yield from _compare(x, b[paired[ia]])
        elif _listed_on(pair_.text_a, a, ia, set(paired)):
            continue
        elif x.value is not None and _standing(x, a) and not _record(x, text_b):
            if found := _moved_rank(x, heads_a[ia], pair_, from_a=True):
                moved, one_sided = found
                if moved.value != x.value:
                    yield _moved_hit(x, moved, "B", one_sided=one_sided)
                continue  # the same rank, said in the passage next door
            if _said_nearby(x, pair_, from_a=True):
                continue  # "the biggest in the country after Foodhall", one sentence later
            yield Hit(
                "R304",
                f"rank dropped: {_explain(x)}; B gives no rank here",
                x,
                None,
                (x.display, ""),
            )
    for ib, y in enumerate(b):
        if ib not in used and _listed_on(pair_.text_b, b, ib, used):
            continue  # "the second- and third-largest" for A's "the next-largest producers"
        if ib not in used and y.value is not None and _standing(y, b) and not _record(y, text_a):
            if found := _moved_rank(y, heads_b[ib], pair_, from_a=False):
                moved, one_sided = found
                if moved.value != y.value and one_sided:
                    # (Where B has sentences beside A's rank, A's side reports the change.)
                    yield _moved_hit(moved, y, "A", one_sided=True)
                continue  # the same rank, said in the passage next door
            if _said_nearby(y, pair_, from_a=False):
                continue
            yield Hit(
                "R305", f"rank added: {_explain(y)}; A gives no rank here", None, y, ("", y.display)
            )


def _listed_on(text: str, ranks: list[Fact], k: int, paired: set[int]) -> bool:
    """Return whether rank ``k`` ends a suspended list whose first rank was paired.

    "the second- and third-largest producers" against "the next-largest producers": the
    places listed together answer the one plural rank.
    """
    return (
        k > 0
        and k - 1 in paired
        and _SUSPENDED.fullmatch(text, ranks[k - 1].end, ranks[k].start) is not None
    )


def _moved_rank(f: Fact, head: str, pair_: Pair, *, from_a: bool) -> tuple[Fact, bool] | None:
    """Return the other rank of the same thing in a neighbouring passage, unranked on our side.

    "Brennock is the third-largest potash producer in Canada, behind ..." is a sentence the
    rewrite dropped, and the next one gains "the company, Canada's second-largest potash
    producer": the rank moved (and here changed). The passage must give one such rank, of the
    same thing ("potash"), and its own version, if it has sentences there, no rank at all.
    Returns the rank and whether its passage is one the other version alone has.
    """
    if not head:
        return None
    text = pair_.text_b if from_a else pair_.text_a
    for near_a, near_b in pair_.around:
        near, other = (near_b, near_a) if from_a else (near_a, near_b)
        if not near.sentences:
            continue
        if any(g.kind is Kind.RANK and g.value is not None for g in other.facts):
            continue  # the neighbour's own version ranks there too: its rank is its own
        like = [
            g
            for g in near.facts
            if g.kind is Kind.RANK
            and g.value is not None
            and _standing(g)
            and _comparable(f, g)
            and _head(text, g) == head
        ]
        if len(like) == 1:
            return like[0], not other.sentences
    return None


def _said_nearby(f: Fact, pair_: Pair, *, from_a: bool) -> bool:
    """Return whether the other version gives the same rank in a neighbouring passage.

    "the country's second-largest supermarket chain" in one sentence, "the biggest in the
    country after Foodhall" in the next: a rank moved with its clause, not dropped.
    """
    for near_a, near_b in pair_.around:
        near = near_b if from_a else near_a
        if any(
            g.kind is Kind.RANK and g.value == f.value and _comparable(f, g) for g in near.facts
        ):
            return True
    return False


def _moved_hit(x: Fact, y: Fact, neighbour: str, *, one_sided: bool) -> Hit:
    """Return the R301 for A's ``x`` and B's ``y``, one of them in a neighbouring passage."""
    moved = y if neighbour == "B" else x
    passage = (
        f"a neighbouring passage that only {neighbour} has"
        if one_sided
        else "a neighbouring passage"
    )
    return Hit(
        "R301",
        f"rank differs: {_explain(x)}, {_explain(y)} ('{moved.text}' stands in {passage})",
        x,
        y,
        (x.display, y.display),
    )


# Not a word that only links it to what follows: "took silver with 261 kg", "third place on".
_HEAD = re.compile(
    r"[\s-]+(?!(?:with|for|after|behind|ahead|from|and|the|but|than|into|over)\b)([a-z]{3,})\b"
)


# "the second- and third-largest producers": the first ordinal's noun comes after the second.
_SUSPENDED = re.compile(rf"{SUSPENDED_LINK}(?:[\w-]+)?")


def _head(text: str, f: Fact) -> str:
    """Return the word a rank qualifies, when one follows it: "top scorer" → "scorer"."""
    suspended = _SUSPENDED.match(text, f.end)
    m = _HEAD.match(text, suspended.end() if suspended else f.end)
    return m.group(1) if m else ""


# The name a rank is said of, just before it: "Malaysia is the", "Malaysia, the world's".
_HOLDER = re.compile(
    # "Giulia Ferri, who took silver": the name before "who" holds the rank after it.
    r"\b([A-Z][a-z]{2,})(?:['’]s)?(?:,\s+(?:which|who)(?:\s+[a-z]+)?|,|\s+(?:is|was|are|were))?"
    r"\s+(?:(?:now|still|also|the|its|world['’]s|country['’]s)\s+)*$"
)


def _holder(text: str, f: Fact) -> str:
    """Return the name a rank is said of when it stands just before it, or ""."""
    m = _HOLDER.search(text, max(0, f.start - 60), f.start)
    return m.group(1) if m else ""


_ORDINAL_WORD = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
    # "among the ten biggest" vs "one of the five largest": how many the group holds.
    r"|(?<=the\s)(?:two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,3}))\b",
    re.IGNORECASE,
)


def _ordinal_in(text: str) -> str:
    m = _ORDINAL_WORD.search(text)
    return m.group(0).lower() if m else ""


def _words_of(f: Fact) -> set[str]:
    return set(re.findall(r"[a-z]+", f.text.lower()))


def _phrases_of(f: Fact) -> set[str]:
    """Return the words of a rank and its pairs of words ("most expensive")."""
    words = re.findall(r"[a-z]+", f.text.lower())
    return set(words) | {f"{u} {v}" for u, v in itertools.pairwise(words)}


_RECORD = re.compile(r"\b(?:a|an|the)\s+(?:new\s+)?(?:record|all-time)\b", re.IGNORECASE)


_NONE_MORE = re.compile(
    r"\b(?:no|none|nothing|never)\b[^.;:]{0,60}?\b(?:more|bigger|larger|greater|higher)\b"
    # "produces more palm oil than any other country": the largest producer.
    r"|\b(?:more|bigger|larger|greater|higher)\b[^.;:]{0,40}?\bthan\s+any\s+other\b",
    re.IGNORECASE,
)
# "won the men's 100 metres" says what "took gold" and "finished first" say.
_WON = re.compile(r"\b(?:won|wins?|winning|winner|victory|victorious|champion)\b", re.IGNORECASE)


_FINALIST = re.compile(
    r"\b(?:beaten|losing)\s+finalists?\b|\blost\s+(?:in\s+)?the\s+final\b", re.IGNORECASE
)


# Ways to say first place without a rank: "led the scoring", "the market leader", "the main
# opposition party" (the largest of them).
_LEADS = re.compile(
    r"\b(?:led|leads|leading|topped|tops|headed|heads)\s+the\s+(?:scoring|standings|table|"
    r"field|rankings|charts?|market|league|list|polls?|race)\b"
    r"|\b(?:market|world|industry|sector)\s+leader\b|\bmain\s+opposition\b"
    # "moved to the top of the standings" = "took over the overall lead".
    r"|\b(?:took|takes|take|taking|seized|seizes|moved|moves|went|goes)\s+(?:over\s+)?(?:into\s+)?"
    r"the\s+(?:overall\s+)?lead\b|\bin\s+the\s+(?:overall\s+)?lead\b",
    re.IGNORECASE,
)


# The superlative before this one: "the previous worst dry spell", "the former record".
_PREVIOUS = re.compile(
    r"\b(?:previous|former|old|earlier)\s+(?:record|worst|best|biggest|largest|[a-z]{3,}est)\b",
    re.IGNORECASE,
)
# A superlative said of what was done: "the elderly benefited most".
_MOST_DONE = re.compile(r"\b[a-z]{3,}ed\s+most\b(?!\s+[a-z]+(?:ly|ive|ful|ous|ble|al)\b)")


def _record(f: Fact, other_text: str) -> bool:
    """Return whether the other side says what a first place says otherwise.

    "a record" or "no one has invested more" for "the largest"; a win for a first place in a
    race ("took gold").
    """
    if f.value == 2 and f.attr("reading") == "position":
        return _FINALIST.search(other_text) is not None  # "runner-up", "the beaten finalist"
    if f.value == 2 and _PREVIOUS.search(other_text):
        return True  # "the previous worst dry spell" is now the second-worst
    if f.value != 1:
        return False
    if _MOST_DONE.search(other_text):
        return True  # "benefited most" for "the benefit was largest"
    if f.attr("reading") == "position" and _WON.search(other_text):
        return True
    if _NONE_MORE.search(other_text):
        return True  # "no foreign carmaker has ever invested more": the largest
    if f.key == "size" and _LEADS.search(other_text):
        return True
    return _RECORD.search(other_text) is not None


def _standing(f: Fact, beside: Sequence[Fact] = ()) -> bool:
    """Return whether a rank is about standing (largest, No. 1, placed fifth, an ordinal).

    A band ("the top ten") beside a place of its own side ("at number 13") is the list the
    place is in, not a standing of its own.
    """
    if f.attr("reading") == "next":
        return False  # "followed by Norway": compared with a rank, never missed on its own
    if f.key == "band" and any(g.key != "band" and g.value is not None for g in beside):
        return False
    return f.key == "size" or f.attr("reading") in (
        "ordinal",
        "after",
        "only",
        "position",
        "number",
        "band",
    )


def _comparable(x: Fact, y: Fact) -> bool:
    if "sequence" in (x.key, y.key) or "band" in (x.key, y.key):
        return x.key == y.key
    return (
        x.key == y.key
        or "size" in (x.key, y.key)
        # "the second-best in the race's history" ranks what "the second-fastest" ranks.
        or ("best" in (x.key, y.key) and "worst" not in (x.key, y.key))
        # "the most widely produced" and "the second-most common": one superlative scale.
        or (x.key.startswith("most ") and y.key.startswith("most "))
        or (x.attr("reading") == "superlative" and y.attr("reading") == "superlative")
        or any(x.key in scale and y.key in scale for scale in SAME_SCALE_SUPERLATIVES)
    )


def _named_above(f: Fact) -> set[str]:
    """Return the capitalised words of the names a rank is counted below ("after Varenia")."""
    return {fold_name(w) for w in re.findall(r"\b[A-Z][\w’'-]+", f.attr("above"))} - {"the"}


def _plain(text: str) -> str:
    return text.lower().replace("-", " ")


def _compare(x: Fact, y: Fact) -> Iterator[Hit]:
    values = (x.display, y.display)
    if x.value is None and y.value is None:
        if _ordinal_in(x.text) != _ordinal_in(y.text):
            # "some of the longest days" vs "some of the third-longest days".
            yield Hit("R301", f"rank differs: '{x.text}' vs '{y.text}'", x, y, values)
        return
    if x.value is None or y.value is None:
        yield Hit("R306", f"rank vs 'one of': {_explain(x)}, {_explain(y)}", x, y, values)
        return
    if x.value != y.value:
        # A place in a sequence ("for the fourth time") is a count as much as a rank.
        subkind = "sequence" if "sequence" in (x.key, y.key) else None
        yield Hit("R301", f"rank differs: {_explain(x)}, {_explain(y)}", x, y, values, subkind)
        return
    scope_x, scope_y = x.attr("scope"), y.attr("scope")
    # One span of all time against a bounded one; two bounded spans differ by their figures,
    # which the number and date rules report ("since 2011" vs "since 2013").
    if scope_x and scope_y and (scope_x == "ever") != (scope_y == "ever"):
        yield Hit(
            "R307",
            f"superlative holds over another span: '{x.text}' {_scope_shown(scope_x)}, "
            f"'{y.text}' {_scope_shown(scope_y)}",
            x,
            y,
            (f"{x.display} {scope_x}", f"{y.display} {scope_y}"),
        )
        return
    rx, ry = x.attr("reading"), y.attr("reading")
    above_x, above_y = _named_above(x), _named_above(y)
    if above_x and above_y and above_x.isdisjoint(above_y):
        # "the biggest consumer after Varenia" vs "the largest consumer after Kestria": the
        # same place, below another name.
        shown_x, shown_y = x.attr("above"), y.attr("above")
        yield Hit(
            "R501",
            f"name differs: '{shown_x}' vs '{shown_y}', the name ranked above ('{x.text}' vs "
            f"'{y.text}', both rank {x.value})",
            x,
            y,
            (shown_x, shown_y),
        )
        return
    if rx != ry and ({"after", "only"} & {rx, ry}) and not _both_say_the_place(x, y):
        # "the largest after China" and "the second largest": the same place only by
        # counting the names above it, so say how it was read.
        yield Hit(
            "R302",
            f"same rank worded differently: {_explain(x)} ({_READING.get(rx, rx)}), "
            f"{_explain(y)} ({_READING.get(ry, ry)}); both mean rank {x.value}",
            x,
            y,
            values,
        )
    elif _words_of(x) & _words_of(y) == set() and any(
        opposite_superlatives(u, v) for u in _phrases_of(x) for v in _phrases_of(y)
    ):
        return  # "slowest" and "fastest": opposite words, reported as such by R402
    elif "next" in (rx, ry) and _plain(x.text) != _plain(y.text):
        listed = next(f for f in (x, y) if f.attr("reading") == "next")
        how = (
            "'next' counts from the place named before"
            if listed.text.lower().startswith("next")
            else "'followed by' lists the places after the first"
        )
        yield Hit(
            "R303",
            f"same rank in other words: '{x.text}' = '{y.text}' (rank {x.value}; {how})",
            x,
            y,
            values,
        )
    elif x.text.lower().replace("-", " ") != y.text.lower().replace("-", " "):
        yield Hit(
            "R303", f"same rank, synonym: '{x.text}' = '{y.text}' ({x.display})", x, y, values
        )
