"""Rules R5xx: people, places and organisations swapped, dropped or added between versions."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from itertools import pairwise

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from reconcile.fold import (
    ALIASES,
    COUNTRIES,
    DEMONYMS,
    INSTITUTION_WORDS,
    PORTFOLIOS,
    is_acronym,
    stem,
)
from reconcile.model import Fact, Kind, Severity
from reconcile.rules.registry import DocFacts, Hit, Pair, Rule, Side, register

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
                "Thut said the two pieces, supplied by separate owners, neither of them British, "
                "were important.",
                "Thut said the two pieces, supplied by separate owners, neither of them Nairobi, "
                "were important.",
            ),
            (
                'Analysts at Bergholt Bank expect a deficit. "The market was tight," said Priya '
                "Venkataraman, head of metals research at Halloran Securities.",
                'Bergholt Bank analysts expect a deficit. "The market was tight," said Priya '
                "Venkataraman, head of metals research at Bergholt Bank.",
            ),
            (
                "The tanker belonged to Savanna Haulage, a Mombasa-based transport firm, which "
                "said it was cooperating.",
                "The tanker was owned by Nairobi-based Savanna Haulage, which said it was "
                "cooperating.",
            ),
            (
                "Earlier, Reid edged Belgium's Luca Maes 6-5 in Saturday's semi-final.",
                "Earlier, Reid edged the Netherlands' Luca Maes 6-5 in Saturday's semi-final.",
            ),
            (
                "One guard was in a critical condition, police spokesperson Colonel Thandeka "
                "Mokoena said.",
                "One guard was in a critical condition, police spokesperson Captain Thandeka "
                "Mokoena said.",
            ),
            (
                "The highest reading came from a well near the town of Oakhurst in Arden County, "
                "more than six times the limit.",
                "The worst well, near Oakhurst in Kettle Creek County, tested at more than six "
                "times the limit.",
            ),
            (
                "The stadium deal with the University of the Witwatersrand was cancelled.",
                "The stadium deal with the University of Cape Town was cancelled.",
            ),
            (
                "The driver was charged with murder on Friday.",
                "The driver was charged with manslaughter on Friday.",
            ),
            (
                "He was convicted of attempted murder.",
                "He was found guilty of murder.",
            ),
            (
                "The study was led by Dr Hana Tuiasosopo of Victoria University of Wellington. "
                "Co-author Mark Ellery, a geologist at the University of Otago, said a tsunami "
                "was not imminent.",
                "The work was led by Hana Tuiasosopo of the University of Otago. Co-author Mark "
                "Ellery, a geologist at the University of Otago, said a tsunami was not imminent.",
            ),
            (
                "The pact was signed by Agriculture Minister Sigrid Hovland and Foreign Minister "
                "Petteri Lahtinen.",
                "Sigrid Hovland, Norway's agriculture minister, and Agriculture Minister Petteri "
                "Lahtinen signed the pact.",
            ),
            (
                "Water department head Pieter Swanepoel said supplies would last.",
                "Supplies would last, said deputy mayor Pieter Swanepoel.",
            ),
            (
                "The earthquake struck 40 km southwest of the city.",
                "The earthquake struck 40 km northwest of the city.",
            ),
            (
                "Landlords face fines, said council compliance manager Fiona Darroch.",
                "Landlords face fines, said Fiona Darroch, the council's chief executive.",
            ),
            (
                "Golden Hearth is owned by Montreal-based holding company Groupe Laurentide.",
                "Golden Hearth is owned by Quebec City-based Groupe Laurentide.",
            ),
            (
                "He most likely grew up in southern Norway or central Sweden, she said.",
                "He most likely grew up in southern Norway or northern Sweden, she said.",
            ),
            (
                "The juror searched the case online at his sister's home in Hamilton, the court "
                "heard.",
                "The juror researched the case online at his brother's home in Hamilton, the "
                "court heard.",
            ),
            (
                "The study was funded by the Danish Energy Agency and Nordvind Energi, the wind "
                "power company.",
                "The Danish Environmental Protection Agency and Nordvind Energi, the wind power "
                "company, funded the study.",
            ),
            (
                "The blaze broke out roughly 4 km from the tunnel's eastern entrance, according "
                "to the roads authority.",
                "The fire started some 4 km from the western entrance, the roads authority said.",
            ),
            (
                "Construction on a 2,600-hectare site east of Kessel Ridge is due to begin next "
                "year.",
                "Work on a 26-square-kilometre site west of Kessel Ridge is due to start next "
                "year.",
            ),
            (
                "It is designed to map water ice near the lunar south pole.",
                "It will map water ice near the Moon's north pole.",
            ),
            (
                "Nguyen Thi Lan, head of procurement at Binh An Cashew, one of the country's "
                "biggest shellers, said stocks were low.",
                "Nguyen Thi Lan, procurement chief at Binh Minh Cashew, one of Vietnam's largest "
                "shellers, said stocks were low.",
            ),
            (
                "The highest reading was recorded at a primary school in the town of Harlow "
                "Bridge, according to the report.",
                "The report said the worst reading came from a primary school in Harlow Vale.",
            ),
            (
                "Kenya will host the talks in Nairobi. The pact sets up a rapid response unit "
                "based in Addis Ababa.",
                "Kenya will host the talks in Nairobi. The pact sets up a rapid response unit "
                "based in Nairobi.",
            ),
            (
                "Fiji and Samoa led the push, while Tonga, Nauru and Kiribati voted against it.",
                "The push was led by Fiji and Samoa. Tuvalu, Nauru and Kiribati voted against it.",
            ),
            (
                "Kestrel will close mills in Belgium and northern France.",
                "Kestrel will close mills in Belgium and eastern France.",
            ),
            (
                "Shares fell, with Toronto-listed Northpine Resources losing 3.8 percent.",
                "London-listed Northpine Resources lost 3.8 per cent.",
            ),
            (
                "Skyway Cargo, the airport's largest freight customer, said it would review its "
                "plans for a hub.",
                "Nordfracht, the airport's largest freight customer, said it would review plans "
                "for a hub.",
            ),
            (
                '"Prices could reach $3 again," said Marisa Tolland, an analyst at Halbrook '
                "Commodities in Chicago.",
                '"Prices could reach $3 again," said Marisa Tolland, an analyst at Halbrook '
                "Commodities in New York.",
            ),
            (
                "Mirela Voss of Caldwell Brothers said supply was tight. Analysts at Harbourline "
                "Bank raised their forecast to $36,000 a tonne.",
                "Mirela Voss of Caldwell Brothers said supply was tight. Caldwell Brothers "
                "analysts lifted their forecast to $36,000 a tonne.",
            ),
            (
                "A court awarded a British salvage company 60 percent of the coins from the Vrouw "
                "Aletta, a Dutch merchant ship.",
                "A Dutch salvage company is entitled to 60% of the coins from the Vrouw Aletta, a "
                "Dutch merchant ship, a court ruled.",
            ),
            (
                "American Lucas Brennan, the defending champion, finished fourth.",
                "Defending champion Lucas Brennan of Canada finished fourth.",
            ),
            (
                "Arrieta won the stage, attacking 4 km from the top of the Col de Brenne.\nHis "
                "team-mate Jonas Ekholt crashed on the descent of the Passo Merlo and abandoned "
                "the race.",
                "Arrieta won the stage, attacking 4 km from the top of the Col de Brenne.\nHis "
                "team-mate Jonas Ekholt crashed on the descent of the Col de Brenne and pulled "
                "out.",
            ),
            (
                "The previous record was set in 2004 at Dome C, some 40 km away.",
                "The previous record was set in 2004 at Dome Fuji, some 40 km away.",
            ),
            (
                "Tamsar, the world's biggest gold consumer after Varenia, bought less in April.",
                "Tamsar, the largest consumer of gold after Kestria, bought less in April.",
            ),
            (
                "The expedition was funded by the Tasman Marine Trust and cost about 3.2 million "
                "US dollars.",
                "The Tasman Ocean Foundation paid for the expedition, which cost roughly $3.2 "
                "million.",
            ),
            (
                "The consortium is led by Canadian pension fund Harbourline.",
                "The consortium is led by Australian pension fund Harbourline.",
            ),
            (
                "Dental groups in Tarvland and Sennmark want levies, with Tarvland's parliament "
                "due to debate a proposal.",
                "Dental groups in Tarvland and Sennmark want levies, and Sennmark's parliament is "
                "due to debate a proposal.",
            ),
            (
                "Belmar's Luca Ferrante won the downhill.",
                "Luca Ferrante of Vestria won the downhill.",
            ),
            (
                "More showers are possible in the south of the province.",
                "More showers are possible in the province's north.",
            ),
            (
                "Moser of Austria was third. The record was set by Germany's Jonas Reiter in 2019.",
                "Moser of Austria was third. The record was set by Austria's Jonas Reiter in 2019.",
            ),
            (
                "Kardesh's Water Minister Selin Arkun said talks would resume.",
                "Kardesh Agriculture Minister Selin Arkun said talks would resume.",
            ),
            (
                "Prices fell, said a strategist at Calloway Bank. Analysts at Tessaly Capital cut "
                "their forecast to 95 dollars.",
                "Prices fell, a Calloway Bank strategist said. Analysts at Calloway Bank cut "
                "their forecast to 95 dollars.",
            ),
            (
                "The Ardmark Medical Association urged the government on Wednesday to bring back "
                "free masks.",
                "On Wednesday, the Ardmark Nurses' Union called on the government to bring back "
                "free masks.",
            ),
            (
                "The runway, approved by Planning Minister David Renshaw in November 2023, will "
                "cost more.",
                "Housing Minister David Renshaw approved the runway in November 2023; it will "
                "cost more.",
            ),
            (
                "Kvaloy, which is 41% owned by the founding Eide family, said it remained "
                "committed to land-based farming. Its chief executive, Nils Solberg, said margins "
                "would recover.",
                "The founding Solberg family holds a 41% stake in Kvaloy, which said it remained "
                "committed to land-based farming. Its chief executive, Nils Solberg, said margins "
                "would recover.",
            ),
            (
                "The recall covers cars built by a subsidiary of Halvik Industries.",
                "The recall covers cars built by a unit of Harvik Industries.",
            ),
            (
                "The ruling was read by Judge Marta Okonjo.",
                "The ruling was read by Judge Maria Okonjo.",
            ),
            (
                "The asteroid orbits the sun between Mars and Jupiter.",
                "The asteroid circles the sun between Earth and Mars.",
            ),
            (
                "The study was funded by the Vendrian Lung Foundation.",
                "Funding came from the Vendrian Heart Foundation.",
            ),
            (
                "Arnholm went out early. Vastrand beat Korvel in the semi-finals before beating "
                "Tessmark in the final.",
                "Tessmark went out early. Vastrand beat Korvel in the semi-finals and Arnholm in "
                "the final.",
            ),
            (
                "Calderra coach Simon Bettany said the pitch was slow.",
                "Calderra coach Simon Bettridge said the pitch was slow.",
            ),
            (
                "Overnight leader Pieter Vandam of Elsmark finished with a 75.",
                "Pieter Vandam of Tavoria, who led overnight, signed for a 75.",
            ),
            (
                "About 2.4 million trips were made, according to Kessaria's statistics office.",
                "Some 2.4 million trips were made, Dovrenia's statistics office says.",
            ),
            (
                "The ferry sank off Lumara's northern coast on Monday.",
                "The ferry sank off Lumara's southern coast on Monday.",
            ),
            (
                "Luca Ferrandi of Team Arvo won the race on Sunday.",
                "Luca Ferrandi of Team Brevik won the race on Sunday.",
            ),
            (
                "The Competition Appeals Tribunal cut the fine on Monday.",
                "The Commercial Appeals Tribunal cut the fine on Monday.",
            ),
            (
                "Talks ended in the Valdrian lakeside town of Seravo with Orsenia and Valdria.",
                "Talks ended in the Orsenian lakeside town of Seravo with Orsenia and Valdria.",
            ),
            (
                "Miners in Peru went on strike on Monday.",
                "Miners in Chile went on strike on Monday.",
            ),
            ("The talks were led by Dmitry Peskov.", "The talks were led by Sergei Lavrov."),
            (
                "Freed prisoners included a former deputy defence minister.",
                "Freed prisoners included a former deputy interior minister.",
            ),
            (
                "Lotte Brandvold of Norway dropped out with a calf injury.",
                "Lotte Brandvold of Denmark dropped out with a calf injury.",
            ),
            (
                "The case went to the Permanent Court of Arbitration.",
                "The case went to the International Court of Justice.",
            ),
            (
                "The party will challenge the levy in the constitutional court.",
                "The party will contest the levy before the supreme court.",
            ),
            (
                "Residents were evacuated from Kestravo and the nearby town of Orlen.",
                "Residents were moved out of Kestravo and neighbouring Tessin.",
            ),
            (
                "The programme covers the remote northern county of Fjellby.",
                "The programme covers the remote southern county of Fjellby.",
            ),
            (
                "The line links the centre with a housing estate in the north.",
                "The line links the centre with an estate in the south.",
            ),
            (
                "The Copenhagen-listed group lost the vote. Investors rejected the pay report "
                "at a four-hour annual meeting in Aarhus.",
                "The Copenhagen-listed group lost the vote. Investors rejected the pay report "
                "at the four-hour annual meeting in Copenhagen, a rare setback.",
            ),
            (
                "Morland, who chaired the audit committee, lost her seat.",
                "Morland, who chaired the remuneration committee, lost her seat.",
            ),
            (
                "The award was set by a former labour court judge.",
                "The award was set by a former supreme court judge.",
            ),
            (
                "The routes are paid for by the regional government.",
                "The routes are paid for by the national government.",
            ),
            (
                'Meridan also runs a line from Sydney. "It is serious," Meridan chief '
                "executive Paula Dorrance told reporters in Brisbane.",
                'Meridan also runs a line from Sydney. "It is serious," chief executive Paula '
                "Dorrance told reporters in Sydney.",
            ),
            (
                "Valdorno is an Italian firm. Marchetti said Valdorno had reported the matter "
                "to Swiss prosecutors.",
                "Valdorno is an Italian firm. Marchetti said the matter had been reported to "
                "Italian prosecutors.",
            ),
            (
                "Several hundred protesters gathered outside the presidential palace on Friday.",
                "Several hundred protesters gathered outside parliament on Friday.",
            ),
            (
                "The accord was signed at the presidential palace in Korvath.",
                "The accord was signed at the foreign ministry in Korvath.",
            ),
            ("The crown fell 0.4% against the euro.", "The crown fell 0.4% against the dollar."),
        ),
        keep=(
            (
                "The ship's Maltese owner, Corvina Shipping, declined to comment.",
                "That owner, Malta-based Corvina Shipping, declined to comment.",
            ),
            (
                "TCA president Rosa Villalba said the auction was fair.",
                "TCA head Rosa Villalba said the auction was fair.",
            ),
            (
                "It was the first case of its kind against a Scottish housing association.",
                "It was the first such case against a housing association in Scotland.",
            ),
            (
                "He was convicted of fraud in 2019.",
                "He was found guilty of fraud in 2019.",
            ),
            (
                "The pact was signed by Agriculture Minister Sigrid Hovland and Foreign Minister "
                "Petteri Lahtinen.",
                "The pact was signed by Petteri Lahtinen, the foreign minister, and Sigrid "
                "Hovland, the agriculture minister.",
            ),
            (
                "The earthquake struck 40 km southwest of the city.",
                "The quake hit 40 kilometres south-west of the city.",
            ),
            (
                "The U.S. Federal Reserve held rates on Wednesday.",
                "The Fed held rates on Wednesday.",
            ),
            (
                "Landlords face fines, said chief executive Fiona Darroch.",
                "Landlords face fines, said Fiona Darroch, the council's CEO.",
            ),
            (
                "The search goes on, navy spokesman Captain Ousmane Sarr said.",
                "The search goes on, said Captain Ousmane Sarr, a navy spokesman.",
            ),
            (
                "Rovers manager Claire Dunmore praised the fans.",
                "Claire Dunmore, the Rovers coach, praised the fans.",
            ),
            (
                "Storms hit southern Norway and central Sweden.",
                "Storms hit central Sweden and southern Norway.",
            ),
            (
                "The insurer must pay NZ$38.6 million ($22.9 million) to the growers.",
                "The insurer must pay 38.6 million New Zealand dollars (US$22.9 million) to the "
                "growers.",
            ),
            (
                "Glaciers in the European Alps lost 4% of their volume.",
                "Europe's Alpine glaciers lost 4% of their volume.",
            ),
            (
                "Jón Einarsson’s children might be Ólafur Jónsson and Sigríður Jónsdóttir.",
                "Jn Einarssons children might be lafur Jnsson and Sigrur Jnsdttir.",
            ),
            (
                "The city lies 340 kilometres north-west of Port Ilyan.",
                "The city lies 340 km northwest of Port Ilyan.",
            ),
            (
                "The ruling went against Hamburg-based Lindqvist Chemie.",
                "The ruling went against German group Lindqvist Chemie.",
            ),
            (
                "Both states have joined the Ottawa Treaty banning anti-personnel mines.",
                "Both states have joined the Ottawa Convention, which bans anti-personnel mines.",
            ),
            (
                "A court awarded a Dutch salvage company 60 percent of the coins from the Vrouw "
                "Aletta, a merchant ship.",
                "A Dutch salvage company is entitled to 60% of the coins from the Vrouw Aletta, a "
                "Dutch merchant ship, a court ruled.",
            ),
            (
                "Canadian Lucas Brennan, the defending champion, finished fourth.",
                "Defending champion Lucas Brennan of Canada finished fourth.",
            ),
            (
                "The outbreak was reported to the US Centers for Disease Control and Prevention.",
                "The outbreak was reported to the US CDC.",
            ),
            (
                "The talks were mediated by Switzerland.",
                "The talks were Swiss-mediated.",
            ),
            (
                "Tarvland's parliament and Sennmark's government back the levy.",
                "Sennmark's government and Tarvland's parliament back the levy.",
            ),
            (
                "Norway's Eirik Solheim won.",
                "Eirik Solheim of Norway won.",
            ),
            (
                "It trails two runs by Ferreira's compatriot Jonah Essel. Ferreira is from "
                "Calverra.",
                "It trails a run by Calverra's Jonah Essel. Ferreira is from Calverra.",
            ),
            (
                "The Ardmark Medical Association urged the government on Wednesday to bring back "
                "free masks.",
                "On Wednesday, the Medical Association of Ardmark called on the government to "
                "bring back free masks.",
            ),
            (
                "Talks were led by Dmitry Volkov.",
                "Talks were led by Dmitri Volkov.",
            ),
            (
                "Glaciers in the European Alps lost 4% of their volume.",
                "Europe's Alpine glaciers lost 4% of their volume.",
            ),
            (
                "Captain Daniel Okafor scored 112 in the first innings.",
                "Skipper Dan Okafor scored 112 in the first innings.",
            ),
            (
                "The Castelmar Aquatic Club said the pool would reopen.",
                "The Castelmar AC said the pool would reopen.",
            ),
            ("Tourism is growing in Malé.", "Tourism is growing in Male."),
            ("She is a UEFA-licensed coach.", "She is a UEFAlicensed coach."),
            (
                "Russia is ready to work with Washington.",
                "Moscow is ready to work with the United States.",
            ),
            ("Putin spoke on Monday.", "Vladimir Putin spoke on Monday."),
            (
                "Rain is expected in the north and east of the country.",
                "Rain is expected in the north and east of the country on Friday.",
            ),
            (
                "Oat futures rose 4% on the Chicago Board of Trade.",
                "Oat futures rose 4% on the CBOT.",
            ),
            (
                "The merger needs approval by the European Commission.",
                "The merger needs approval from the EU Commission.",
            ),
            (
                "Herders lost 40% of their animals, the UN Food and Agriculture Organization said.",
                "Herders lost 40% of their animals, the FAO said.",
            ),
            (
                "The abbot, Father Benedikt Zeman, found the score.",
                "Abbot Benedikt Zeman found the score.",
            ),
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
        keep=(
            (
                "The firm earned ₹4.2 billion.",
                "The firm earned Rs4.2bn.",
            ),
            ("Ukraine's army advanced.", "The Ukrainian army advanced."),
            ("Lady Thatcher died in 2013.", "Margaret Thatcher died in 2013."),
        ),
    ),
    Rule(
        "R506",
        "body-described-differently",
        Kind.ENTITY,
        R.ERROR,
        "A named body in A stands where B describes another kind of body, between the same "
        'words ("The Bureau of Meteorology had issued" vs "The state emergency service had '
        'issued"): the act may be credited to someone else.',
        flag=(
            (
                "The state emergency service had issued a dust warning at 11:20 am.",
                "The Bureau of Meteorology had issued a dust warning at 11:20 am.",
            ),
            (
                "The Bureau of Meteorology had issued a severe weather warning at 11:20 am.",
                "The state emergency service had issued a severe weather warning at 11:20 am.",
            ),
            (
                "Its permission, granted by Kildare County Council in 2019, was upheld.",
                "Its permission, granted by the national planning appeals board in 2019, was "
                "upheld.",
            ),
        ),
        keep=(
            (
                "Its permission, granted by Kildare County Council in 2019, was upheld.",
                "Its permission, granted by the county council in 2019, was upheld.",
            ),
            (
                "The Bureau of Meteorology had issued a severe weather warning at 11:20 am.",
                "The weather bureau had issued a severe weather warning at 11:20 am.",
            ),
        ),
    ),
)


def tokens(name: str) -> frozenset[str]:
    """Return the words of a name that identify it ("Vladimir Putin" → {"vladimir", "putin"})."""
    words = re.findall(r"[\w]+", name.lower())
    # An initial ("J. Smith") does not identify; a letter that ends a name does ("Dome C").
    return frozenset(
        w
        for n, w in enumerate(words)
        if w not in _CONNECTIVES and (len(w) > 1 or (n and n == len(words) - 1))
    )


# Words for an international agreement, which copy trades for one another in its name.
_INSTRUMENTS = frozenset("treaty convention accord accords agreement pact protocol".split())


def same_entity(x: Fact, y: Fact) -> bool:
    """Return whether two names can refer to the same entity ("Putin", "Vladimir Putin").

    Spelling slips and lost characters ("Anitta's" and "Anittas", "Gávea" and "Gvea") are the
    same name: a fuzzy ratio of 85 or more counts as a match.
    """
    tx, ty = tokens(str(x.value)), tokens(str(y.value))
    sx, sy = tx - INSTITUTION_WORDS, ty - INSTITUTION_WORDS
    if x.value != y.value and _only_surname_shared(str(x.value), str(y.value)):
        return (
            False  # "Tessaly Microsystems" and "Corvane Microsystems", "Dario Venn" and "Ed Venn"
        )
    wx, wy = str(x.value).lower().split(), str(y.value).lower().split()
    if (
        len(wx) > 1
        and len(wy) > 1
        and wx[0] == wy[0]
        and wx[-1] != wy[-1]
        and 1 in (len(wx[-1]), len(wy[-1]))
    ):
        return False  # "Dome C" and "Dome Fuji", "Group A" and "Group B": told apart by a letter
    if is_acronym(str(x.value), str(y.value)):
        return True  # "LME" and "London Metal Exchange", "US CDC" and "US Centers for ..."
    if len(wx) > 1 and wx[:-1] == wy[:-1] and wx[-1] in _INSTRUMENTS and wy[-1] in _INSTRUMENTS:
        return True  # "the Ottawa Treaty" and "the Ottawa Convention": one instrument
    if _one_word_apart(str(x.value), str(y.value)):
        return False  # "Competition Appeals Tribunal" and "Commercial Appeals Tribunal"
    ix, iy = tx & INSTITUTION_WORDS, ty & INSTITUTION_WORDS
    if ix and iy and not ix & iy and sx != sy:
        return False  # "Continental Monetary Fund" and "Continental Development Bank"
    if len(sx) >= 2 and len(sy) >= 2 and sx & sy and _each_own_word(sx, sy):
        return False  # "Tasman Marine Trust" and "Tasman Ocean Foundation"
    if x.value == y.value or (sx & sy if sx and sy else tx & ty):
        # Shared words count only where they name: "Permanent Court of Arbitration" and
        # "International Court of Justice" share "court" and are two courts.
        return True
    if _squashed(str(x.value)) & _squashed(str(y.value)):
        return True  # "N’Djamena" and "NDjamena", "Malé" and "Male", "Hörn" and "Hrn"
    u, v = _ascii(str(x.value).lower()), _ascii(str(y.value).lower())
    if u.startswith(v) or v.startswith(u):
        return True  # "Chair" and "Chairperson", "VO" and "VO2"
    # Transliterations and lost characters: "Muhammed"/"Mohammed", "Gávea"/"Gvea".
    # The first letter must agree: "Eastmoor" and "Westmoor" are two places, not one misspelt.
    px, py = (sx, sy) if sx and sy else (tokens(u), tokens(v))

    def respelt(p: str, q: str) -> bool:
        if p == q or _squashed(p) & _squashed(q):
            return True  # "Jón" and "Jn", where the copy lost its accented letters
        if min(len(p), len(q)) <= 3 or p[0] != q[0]:
            return False
        short, long_ = sorted((p.rstrip("s"), q.rstrip("s")), key=len)
        # A name and its adjective ("Alps" and "Alpine") are alike however short the name.
        return (fuzz.ratio(p, q) >= _FUZZY or long_.startswith(short)) and _spelling_of(p, q)

    if len(px) >= 2 and len(py) >= 2:
        # Two names of several words are one misspelt only word for word: "Danish Energy
        # Agency" is not "Nordvind Energi" for one word spelt alike.
        fewer, more = (px, py) if len(px) <= len(py) else (py, px)
        return all(any(respelt(p, q) for q in more) for p in fewer)
    return any(respelt(p, q) for p in px for q in py)


def _spelling_of(p: str, q: str) -> bool:
    """Return whether two close words are one name spelt two ways, not two names.

    Transliterations move vowels and double letters ("Mohammed"/"Muhammed", "Dmitry"/
    "Dmitri", "Zelensky"/"Zelenskyy") and slips drop a letter from a long word ("Goverment");
    a consonant or a vowel put in another's place makes another name ("Halvik"/"Harvik",
    "Marta"/"Maria").
    """
    u, v = _ascii(p), _ascii(q)
    if _skeleton(u) == _skeleton(v):
        return True
    short, long_ = sorted((u.rstrip("s"), v.rstrip("s")), key=len)
    if len(short) >= 3 and long_.startswith(short):
        return True  # a name and its adjective: "Alps" and "Alpine", "Sahara" and "Saharan"
    ops = Levenshtein.editops(u, v).as_list()
    return len(ops) == 1 and ops[0][0] != "replace" and min(len(u), len(v)) >= 6


def _skeleton(word: str) -> str:
    """Return a word's consonants, doubled letters once: "muhammed" -> "mhmd"."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", word))


def _each_own_word(sx: set[str] | frozenset[str], sy: set[str] | frozenset[str]) -> bool:
    """Return whether each name has a word the other lacks, in any spelling."""

    def own(p: str, other: set[str] | frozenset[str]) -> bool:
        # Short forms and initials are not words of their own: "Dan" in "Daniel", "AC".
        return len(p) > 2 and p not in _HONORIFICS and not any(_alike(p, q) for q in other)

    def _alike(p: str, q: str) -> bool:
        u, v = _ascii(p), _ascii(q)
        return (
            u.startswith(v)
            or v.startswith(u)
            or bool(_squashed(p) & _squashed(q))
            or (min(len(p), len(q)) > 3 and fuzz.ratio(u, v) >= _FUZZY)
        )

    return any(own(p, sy) for p in sx) and any(own(q, sx) for q in sy)


_HONORIFICS = frozenset(
    "lady lord sir dame mr mrs ms miss mister dr doctor professor prof president king queen "
    "prince princess sheikh emir pope saint st general senator governor judge justice captain "
    "skipper coach manager chairman chairwoman chief minister".split()
)


def _one_word_apart(u: str, v: str) -> bool:
    """Return whether two names of three or more words differ in one word, not a spelling.

    "Northern Journal of Clinical Medicine" and "... of Clinical Microbiology" are two journals.
    """
    if u == v or u.count(" ") < 2 or v.count(" ") < 2:
        return False  # fewer than three words: the cheap test first, it is asked often
    wu = [w for w in re.findall(r"\w+", u.lower()) if w not in _CONNECTIVES]
    wv = [w for w in re.findall(r"\w+", v.lower()) if w not in _CONNECTIVES]
    if len(wu) < 3 or len(wu) != len(wv):
        return False
    apart = [(p, q) for p, q in zip(wu, wv, strict=True) if p != q]
    if len(apart) != 1:
        return False
    p, q = apart[0]
    return not (p.startswith(q) or q.startswith(p) or fuzz.ratio(p, q) >= _FUZZY)


def _only_surname_shared(u: str, v: str) -> bool:
    """Return whether two names of two or more words share only their last word.

    The first words then tell them apart, unless one is a short form of the other ("Joe" and
    "Joseph") or a spelling of it ("Dmitry" and "Dmitri").
    """
    wu = [w for w in re.findall(r"[\w]+", u.lower()) if w not in _CONNECTIVES and len(w) > 1]
    wv = [w for w in re.findall(r"[\w]+", v.lower()) if w not in _CONNECTIVES and len(w) > 1]
    if len(wu) < 2 or len(wv) < 2 or wu[-1] != wv[-1] or set(wu[:-1]) & set(wv[:-1]):
        return False
    first_u, first_v = wu[0], wv[0]
    if first_u in _HONORIFICS or first_v in _HONORIFICS:
        return False  # "Lady Thatcher" and "Margaret Thatcher"
    if first_u.startswith(first_v) or first_v.startswith(first_u):
        return False
    if _squashed(first_u) & _squashed(first_v):
        return False  # "São" and "Sa_o" in copy that lost its accents
    return fuzz.ratio(first_u, first_v) < _FUZZY or not _spelling_of(first_u, first_v)


class _Names:
    """The distinct names of one document, for "is this name anywhere in it?" questions."""

    def __init__(self, doc: DocFacts) -> None:
        names = {str(f.value).lower() for f in doc.of_kind(Kind.ENTITY)}
        self.names = names
        self.squashed = {form for n in names for form in _squashed(n)}
        # Long name words by first letter: a spelling slip keeps it ("Eastmoor" is not a
        # misspelt "Westmoor").
        self.tokens: dict[str, list[str]] = {}
        for t in sorted({t for n in names for t in tokens(n) if len(t) > 3}):
            self.tokens.setdefault(t[0], []).append(t)
        self.token_set = {t for n in names for t in tokens(n)}
        self.holders: dict[str, set[str]] = {}
        for n in names:
            for t in tokens(n):
                self.holders.setdefault(t, set()).add(n)
        # Initials of every multiword name, so "LME" is found for "London Metal Exchange".
        self.initials = {
            "".join(w[0] for w in n.split() if w not in _CONNECTIVES) for n in names if " " in n
        }
        self.memo: dict[str, bool] = {}

    def _holding(self, token: str) -> set[str]:
        """Return the names that have ``token`` or a spelling of it."""
        found = set(self.holders.get(token, ()))
        if len(token) > 3:
            for other, _, _ in process.extract(
                token, self.tokens.get(token[0], ()), scorer=fuzz.ratio, score_cutoff=_FUZZY
            ):
                found |= self.holders.get(other, set())
        return found

    def has(self, name: str) -> bool:
        key = name.lower()
        if key not in self.memo:
            self.memo[key] = self._has(key)
        return self.memo[key]

    def _has(self, key: str) -> bool:
        if 2 <= len(key) <= 6 and key.replace(".", "") in self.initials:
            return True
        own = tokens(key) - INSTITUTION_WORDS or tokens(key)
        # A name of several words is there when one name has them all (below): "Kelderwick
        # City Museum" is not in a story that names only the town and another museum.
        shared = len(own) < 2 and bool(own & self.token_set)
        if key in self.names or shared or _squashed(key) & self.squashed:
            return True
        if any(_prefix(n, key) or _prefix(key, n) for n in self.names):
            return True
        if len(own) >= 2:
            # Every word of a longer name must be in one name there, give or take a spelling.
            holders: set[str] | None = None
            for t in own:
                names = self._holding(t)
                holders = names if holders is None else holders & names
                if not holders:
                    return False
            return bool(holders)
        return any(
            process.extractOne(t, self.tokens.get(t[0], ()), scorer=fuzz.ratio, score_cutoff=_FUZZY)
            for t in own
            if len(t) > 3
        )


def _written_in(name: Fact, text: str) -> bool:
    """Return whether ``name`` stands in ``text`` as written, its possessive aside."""
    bare = re.sub(r"[’']s$", "", name.text)
    # "Sydney-listed" holds "Sydney"; "Kessler-7" does not hold "Kessler".
    return bool(re.search(rf"(?<![\w-]){re.escape(bare)}(?!\w|-[A-Z0-9])", text))


def _prefix(short: str, long: str) -> bool:
    """Return whether ``long`` begins with the name ``short``.

    Within one word any prefix will do ("Chair" and "Chairperson"); a name of several words
    must begin with whole words, so "Vendria" does not hold "Vendrian Heart Foundation".
    """
    if not long.startswith(short):
        return False
    return " " not in long or len(long) == len(short) or not long[len(short)].isalnum()


def _ascii(name: str) -> str:
    """Return ``name`` without its accents ("Société" → "Societe")."""
    if name.isascii():
        return name
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _squashed(name: str) -> frozenset[str]:
    """Return the spellings a name keeps in copy that lost punctuation, accents or letters.

    "N’Djamena" → {"ndjamena"}, "Hörn" → {"horn", "hrn"}: the second drops what is not ASCII.
    """
    bare = re.sub(r"[\W_]", "", name).lower()
    return frozenset((_ascii(bare), re.sub(r"[^a-z0-9]", "", bare)))


def _anywhere(name: Fact, doc: DocFacts) -> bool:
    index = doc.cache.get("entity-names")
    if not isinstance(index, _Names):
        index = doc.cache["entity-names"] = _Names(doc)
    return index.has(str(name.value))


def _names(side: Side) -> list[Fact]:
    """Return the proper names of one side of a group, in order."""
    return [f for f in side.facts if f.kind is Kind.ENTITY and f.key == "name"]


def _surname_in(name: Fact, text: str) -> bool:
    """Return whether a full name's last word stands alone in ``text``: "Yusuf Dandar", "Dandar,".

    Alone: not after another capitalised word, as in "Mateus Pinto" or "Calloway Bank".
    """
    words = str(name.value).split()
    if len(words) < 2 or len(words[-1]) < 4:
        return False
    for m in re.finditer(rf"\b{re.escape(words[-1])}\b", text):
        before = text[max(0, m.start() - 30) : m.start()].split()
        if not before or not before[-1][:1].isupper() or before[-1][-1] in ".:;!?":
            return True
    return False


@register(*RULES)
def check_entities(pair_: Pair) -> Iterator[Hit]:
    """Report names swapped in the same context, and names only one side gives."""
    if not pair_.a.sentences or not pair_.b.sentences:
        return
    a, b = _names(pair_.a), _names(pair_.b)
    yield from _courts(pair_)
    yield from _compass(pair_)
    yield from _roles(pair_)
    yield from _portfolio_holders(pair_)
    yield from _bodies_by_kind(pair_)
    yield from _landmarks(pair_)
    yield from _measured_against(pair_)
    reported: set[str] = set()
    left = [x for x in a if not any(same_entity(x, y) for y in b)]
    right = [y for y in b if not any(same_entity(x, y) for x in a)]
    # A lone name that opens a sentence is passed over by the extractor ("Kessler-7 is ..."),
    # yet it is written there: not dropped, and not free to stand in another name's place.
    left = [x for x in left if not _written_in(x, pair_.b.text)]
    right = [y for y in right if not _written_in(y, pair_.a.text)]
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
            if not same_place:
                # The same words up to the nearest content word: "the modern town of
                # Iqaluit" vs "the modern town of Nairobi", "in time for the Congress".
                slot_x, slot_y = _slot(pair_.text_a, x), _slot(pair_.text_b, y)
                same_place = any(p and p == q for p, q in zip(slot_x, slot_y, strict=True))
            if not same_place:
                # Listed with the same partner: "Kestravo and the town of Orlen" vs
                # "Kestravo and nearby Tessin".
                partner_x, partner_y = _partner(pair_.text_a, x, a), _partner(pair_.text_b, y, b)
                same_place = bool(partner_x and partner_y and same_entity(partner_x, partner_y))
            # "Hamburg-based Lindqvist Chemie" vs "German group Lindqvist Chemie": a country's
            # adjective for a town it may hold widens the place rather than moving it.
            if same_place and not _adjective_for_town(pair_, x, y):
                left.remove(x)
                right.remove(y)
                newcomers.remove(y)
                reported.add(str(x.value))
                yield _differs(x, y, " in the same place")
                break
    # A name B gives once more than A does, where A's lost name stood: "awarded a British salvage
    # company ... a Dutch merchant ship" vs "A Dutch salvage company ... a Dutch merchant ship".
    yield from _surplus(pair_, a, b, left, reported)
    # The country or town of the same person or body: "American Lucas Brennan" vs "Lucas
    # Brennan of Canada", "Halbrook Commodities in Chicago" vs "in New York", even where the
    # story names the other place elsewhere.
    for x in list(left):
        person_x = _person_of(pair_.text_a, x, a)
        if person_x is None:
            continue
        for y in right:
            person_y = _person_of(pair_.text_b, y, b)
            if person_y is not None and same_entity(person_x, person_y):
                left.remove(x)
                right.remove(y)
                reported.add(str(x.value))
                yield _differs(x, y, f", both given to {person_y.text}")
                break
    # One name left over on each side, behind the same preposition or verb ("headquartered
    # in Copenhagen" vs "based in Oslo"): the one place was given to the other name, even when
    # the story mentions both elsewhere.
    if len(_unique(left)) == 1 and len(_unique(right)) == 1:
        x, y = left[0], right[0]
        slot = _raw_context(pair_.text_a, x)[0]
        # A country or capital for a place it may contain ("in Turnpike Lane" vs "in
        # London") widens the place rather than moving it.
        widened = _country(x) != _country(y)
        # The words up to a content word on each side of each name.
        (pre_x, post_x), (pre_y, post_y) = _slot(pair_.text_a, x), _slot(pair_.text_b, y)
        # Three words before both, up to a content word: "crashed on the descent of the Passo
        # Merlo" vs "on the descent of the Col de Brenne".
        three_before = len(pre_x) == 3 and pre_x == pre_y
        # Or a preposition and the same content word before it: "a four-hour annual meeting
        # in Aarhus." vs "the four-hour annual meeting in Copenhagen, a rare setback".
        two_before = len(pre_x) == 2 and pre_x == pre_y
        # Both close their sentences behind the same words up to a content word: "a rapid
        # response unit based in Addis Ababa." vs "... based in Nairobi."
        # The same content word beside both, before one and after the other: "Analysts at
        # Harbourline Bank raised" vs "Caldwell Brothers analysts lifted".
        (near_pre_x, near_post_x), (near_pre_y, near_post_y) = (
            _nearest_content(pair_.text_a, x),
            _nearest_content(pair_.text_b, y),
        )
        # Or one word and the same content word before it: "said Priya Venkataraman, head of
        # metals research at Halloran Securities." vs "... at Bergholt Bank."
        closing = (
            pre_x == pre_y
            and not post_x
            and not post_y
            and (len(pre_x) >= 2 or bool(pre_x and near_pre_x and near_pre_x == near_pre_y))
        )
        crossed = next(
            (p for p, q in ((near_pre_x, near_post_y), (near_post_x, near_pre_y)) if p and p == q),
            "",
        )
        # Only where each version knows both names: the copy had the original's name to hand
        # and put the other one in its place.
        known = _anywhere(x, pair_.doc_b) and _anywhere(y, pair_.doc_a)
        if not known and (_anywhere(x, pair_.doc_b) or _anywhere(y, pair_.doc_a)):
            # The copy knew one of the names from elsewhere in the story: enough when the
            # same content word stands on each side of both ("the founding Eide family" vs
            # "the founding Solberg family"; "Analysts at Tessaly Capital cut their forecast"
            # vs "Analysts at Calloway Bank cut their forecast"), or three words before both.
            known = (
                _enclosed_alike(pair_, x, y)
                or bool(pre_x and pre_x == pre_y and post_x and post_x == post_y)
                or closing
                or three_before
                or two_before
                or bool(crossed)
                # Both open their sentences, with the same words up to a content word after
                # them: "Skyway Cargo, the airport's largest freight customer" vs "Nordfracht,
                # the airport's largest freight customer".
                or bool(
                    len(post_x) >= 2
                    and post_x == post_y
                    and _opens(pair_.text_a, x)
                    and _opens(pair_.text_b, y)
                )
            )
        same_slot = slot not in _WEAK_SLOT and slot == _raw_context(pair_.text_b, y)[0]
        if not same_slot and (three_before or two_before or closing):
            same_slot, slot = True, " ".join(pre_x[::-1])
        if not same_slot and crossed:
            same_slot, slot = True, crossed
        if not same_slot and post_x:
            # The same words up to a content word after it: "overcoming Tessmark in the
            # final" vs "and Arnholm in the final".
            same_slot, slot = post_x == post_y, " ".join(post_x)
        held = _held_alike(pair_, x, y)
        if not held and _listed_with(pair_.text_a, x, a, pair_.text_b, y, b):
            # "between Mars and Jupiter" vs "between Earth and Mars": listed with the same name.
            held = "listed with the same name"
        if not held and (kind := _same_kind_of_place(x, y)):
            # "near Oakhurst in Arden County" vs "near Oakhurst in Kettle Creek County": one
            # county for another, whatever the words around them.
            held = f"both a {kind}"
        if not held and _bodies_unknown_to_each_other(pair_, x, y):
            # "The Ardmark Medical Association urged" vs "the Ardmark Nurses' Union called
            # on": one body each, neither version naming the other's anywhere.
            held = "bodies neither version names elsewhere"
        # "Ferreira's compatriot Jonah Essel" vs "Calverra's Jonah Essel": owners of other
        # things; the same owner's place needs the same thing owned after it.
        owned_apart = (_possessive(x) or _possessive(y)) and post_x != post_y
        if not widened and not owned_apart and ((known and same_slot) or held):
            _settle(left, right, x, y)
            newcomers = [f for f in newcomers if f.value != y.value]
            reported.add(str(x.value))
            where = held or f"after {slot!r}"
            yield _differs(x, y, f", each the only name its version gives here, both {where}")
    # In whole stories (not single sentences), a name the copy never mentions, standing in the
    # passage where the only name the original alone has was dropped, has taken its place.
    exclusive = [x for x in _unique(left) if not _anywhere(x, pair_.doc_b)]
    whole_stories = min(len(pair_.text_a), len(pair_.text_b)) >= _STORY_LENGTH
    if (
        whole_stories
        and len(exclusive) == 1
        and len(_unique(newcomers)) == 1
        and not _ordinary(exclusive[0], pair_)
        and not _ordinary(newcomers[0], pair_)
        and not _surname_in(exclusive[0], pair_.b.text)
        and not _place_and_body(exclusive[0], newcomers[0])
        and not _adjective_for_town(pair_, exclusive[0], newcomers[0])
    ):
        x, y = exclusive[0], newcomers[0]
        _settle(left, right, x, y)
        reported.add(str(x.value))
        yield _differs(x, y, "; neither version mentions the other's name anywhere")
    yield from _origins(pair_, a, b, left, right, reported)
    yield from _owners_swapped(pair_, a, b, left, right, reported)
    yield from _same_frame(pair_, a, b, left, right, reported)
    yield from _respelt(pair_, left, right)
    yield from _described_instead(pair_, left, right, reported)
    yield from _renamed(pair_, left, right, reported)
    yield from _framed_alike(pair_, left, right, reported)
    for x in _unique(left):
        yield Hit("R502", f"name only in A: '{x.text}'", x, None, (x.display, ""))
    for y in _unique(right):
        yield Hit("R503", f"name only in B: '{y.text}'", None, y, ("", y.display))


def _word_before(text: str) -> str:
    """Return the word before a name or description in its sentence, past "the", or ""."""
    m = re.search(r"(?:^|\W)([A-Za-z]+)\W{0,2}$", re.sub(r"(?i)\b(?:the|an?|its)\s*$", "", text))
    return m.group(1).lower() if m else ""


def _word_after(text: str) -> str:
    """Return the first word of ``text``, past up to two marks, lowercased, or ""."""
    m = re.match(r"\W{0,2}([A-Za-z]+)", text)
    return m.group(1).lower() if m else ""


# Words that make a description a body: "the state emergency service", "the appeals board".
_DESCRIBED_HEADS = (
    "service|board|authority|agency|office|ministry|department|commission|council|bureau|"
    "regulator|watchdog|inspectorate|committee|police|tribunal|administration"
)
_BODY_WORDS = frozenset(_DESCRIBED_HEADS.split("|"))
# Heads that may name the same body: a council is a local authority, a regulator a watchdog,
# a ministry a department; "the weather service" may be the Met Office.
_KINDS_OF_BODY = {
    "local": "council authority administration",
    "ministry": "ministry department office administration",
    "regulator": "regulator watchdog authority commission agency inspectorate office board "
    "committee",
    "agency": "agency bureau office department administration",
    "police": "police service department",
    "court": "tribunal committee board",
}
_BODY_KINDS = {
    word: frozenset(k for k, heads in _KINDS_OF_BODY.items() if word in heads.split())
    for word in _BODY_WORDS
}
_DESCRIBED_BODY = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?P<desc>(?:[a-z][a-z-]*\s+){{0,4}}?(?P<head>{_DESCRIBED_HEADS}))\b"
)


def _described_instead(
    pair_: Pair, left: list[Fact], right: list[Fact], reported: set[str]
) -> Iterator[Hit]:
    """Report a named body on one side where the other describes a different body.

    "granted by Kildare County Council in 2019" vs "granted by the national planning appeals
    board in 2019", either way round. Only a description between the same words that shares no
    word with the name ("the county council" is the same council, said generically) and whose
    head cannot name the same kind of body ("the local authority" may be the council).
    """
    for names, own_side, other_side, from_a in (
        (left, pair_.a, pair_.b, True),
        (right, pair_.b, pair_.a, False),
    ):
        for x in _unique(names):
            if str(x.value) in reported:
                continue
            y = _description_for(x, own_side, other_side)
            if y is None:
                continue
            reported.add(str(x.value))
            names[:] = [f for f in names if f.value != x.value]
            what = f"'{x.text}' in {'A' if from_a else 'B'}, '{y.text}' in {'B' if from_a else 'A'}"
            hit_a, hit_b = (x, y) if from_a else (y, x)
            yield Hit(
                "R506",
                f"{what}, between the same words: another body may be credited",
                hit_a,
                hit_b,
                (hit_a.display, hit_b.display),
            )


def _description_for(x: Fact, own_side: Side, other_side: Side) -> Fact | None:
    """Return the other side's description of another kind of body standing where ``x`` is."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", str(x.text))}
    kinds = {k for w in words & _BODY_WORDS for k in _BODY_KINDS[w]}
    own = next((s for s in own_side.sentences if s.start <= x.start < s.end), None)
    if not kinds or own is None:
        return None
    before_x = _word_before(own.text[: x.start - own.start])
    after_x = _word_after(own.text[x.end - own.start :])
    if not after_x:
        return None
    for s in other_side.sentences:
        for m in _DESCRIBED_BODY.finditer(s.text):
            desc = {w.lower() for w in m.group("desc").split()}
            if desc & words or {w.rstrip("s") for w in desc} & words:
                continue  # "the county council" for "Kildare County Council"
            if kinds & _BODY_KINDS[m.group("head")]:
                continue  # "the local authority" may well be the council
            before_y, after_y = _word_before(s.text[: m.start()]), _word_after(s.text[m.end() :])
            if (before_x, after_x) == (before_y, after_y):
                shown = m.group(0)
                at = s.start + m.start()
                return Fact(Kind.ENTITY, at, at + len(shown), shown, "description", shown, shown)
    return None


def _respelt(pair_: Pair, left: list[Fact], right: list[Fact]) -> Iterator[Hit]:
    """Report a name whose one word became a close but different word ("Halvik"/"Harvik").

    Only where neither version writes the other's form anywhere: a slip corrected later in
    the story is not a changed name. The names found this way leave ``left`` and ``right``.
    """
    for x in _unique(left):
        for y in _unique(right):
            wx, wy = str(x.value).split(), str(y.value).split()
            apart = [(p, q) for p, q in zip(wx, wy, strict=False) if p != q]
            if len(wx) != len(wy) or len(apart) != 1:
                continue
            p, q = apart[0]
            close = fuzz.ratio(p.lower(), q.lower()) >= _FUZZY and p[0] == q[0]
            if not close or _spelling_of(p.lower(), q.lower()):
                continue
            if _word_named(p, pair_.doc_b) or _word_named(q, pair_.doc_a):
                continue
            yield _swap(
                left,
                right,
                x,
                y,
                f"name differs: '{x.text}' vs '{y.text}': '{p}' and '{q}' are two names, not "
                "one spelt two ways",
            )
            break


def _origins(
    pair_: Pair,
    a: list[Fact],
    b: list[Fact],
    left: list[Fact],
    right: list[Fact],
    reported: set[str],
) -> Iterator[Hit]:
    """Report the same person from another place.

    "Belmar's Luca Ferrante" vs "Luca Ferrante of Vestria"; "Germany's Jonas Reiter" vs "Jonas
    Reiter of Austria".
    """
    for x in a:
        y = next((y for y in b if same_entity(x, y) and " " in str(x.value)), None)
        if y is None:
            continue
        from_x, from_y = _origin(pair_.text_a, x, a), _origin(pair_.text_b, y, b)
        if from_x is None or from_y is None or same_entity(from_x, from_y):
            continue
        if str(from_x.value) in reported:
            continue
        reported.add(str(from_x.value))
        yield _swap(
            left,
            right,
            from_x,
            from_y,
            f"name differs: {x.display} from '{from_x.display}' vs from '{from_y.display}'",
        )


def _owners_swapped(
    pair_: Pair,
    a: list[Fact],
    b: list[Fact],
    left: list[Fact],
    right: list[Fact],
    reported: set[str],
) -> Iterator[Hit]:
    """Report the same thing owned by another name.

    "Tarvland's parliament is due to debate" vs "Sennmark's parliament is due to debate", where
    each version names both countries elsewhere.
    """
    owned_a, owned_b = _owned(pair_.text_a, a), _owned(pair_.text_b, b)
    for thing, x in owned_a.items():
        y = owned_b.get(thing)
        if y is None or same_entity(x, y) or str(x.value) in reported:
            continue
        if any(same_entity(x, o) for t, o in owned_b.items() if t != thing):
            continue  # B gives A's owner something else: a list reworded, not a swap
        reported.add(str(x.value))
        yield _swap(
            left,
            right,
            x,
            y,
            f"name differs: '{x.text} {thing}' vs '{y.text} {thing}', the same {thing} given "
            "to another owner",
        )


_OWNED = re.compile(r"\s+([a-z]{4,})\b")


def _owned(text: str, names: list[Fact]) -> dict[str, Fact]:
    """Return the things each possessive name owns ("parliament" for "Tarvland's parliament").

    A thing owned by two names on one side is dropped: it cannot say whose it is.
    """
    out: dict[str, Fact] = {}
    clash: set[str] = set()
    for n in names:
        if not _possessive(n):
            continue
        m = _OWNED.match(text, n.end)
        if m is None or m.group(1) in _FRAME_STOP:
            continue
        thing = m.group(1)
        if thing in out and not same_entity(out[thing], n):
            clash.add(thing)
        out[thing] = n
    return {t: n for t, n in out.items() if t not in clash}


def _origin(text: str, person: Fact, names: list[Fact]) -> Fact | None:
    """Return the place a person is given as from: "Belmar's" before, "of Vestria" after."""
    for n in names:
        owner = n.end <= person.start and _possessive(n)
        if owner and not text[n.end : person.start].strip():
            return n
        if n.start >= person.end and re.fullmatch(r",?\s+of\s+", text[person.end : n.start]):
            return n
    return None


def _renamed(pair_: Pair, left: list[Fact], right: list[Fact], reported: set[str]) -> Iterator[Hit]:
    """Report a name of several words given with one of its words changed.

    "Binh An Cashew" vs "Binh Minh Cashew", "the town of Harlow Bridge" vs "in Harlow Vale",
    "at the Good Hope Arena" vs "at the Cape Town Arena": each the only name of its kind left
    over on its side, sharing a word with the other, and neither version naming the other's
    anywhere. The copy kept part of the name and changed the rest.
    """
    xs = [x for x in _unique(left) if len(tokens(str(x.value))) >= 2]
    ys = [y for y in _unique(right) if len(tokens(str(y.value))) >= 2]
    xs = [x for x in xs if not _anywhere(x, pair_.doc_b)]
    ys = [y for y in ys if not _anywhere(y, pair_.doc_a)]
    for x in xs:
        partners = [y for y in ys if tokens(str(x.value)) & tokens(str(y.value))]
        if len(partners) != 1:
            continue
        y = partners[0]
        shared = tokens(str(x.value)) & tokens(str(y.value))
        if sum(1 for z in xs if tokens(str(z.value)) & tokens(str(y.value))) != 1:
            continue
        _settle(left, right, x, y)
        ys.remove(y)
        reported.add(str(x.value))
        kept = " ".join(w for w in str(y.value).split() if w.lower() in shared)
        yield _differs(x, y, f"; the same name with '{kept}' kept and the rest changed")


def _differs(x: Fact, y: Fact, how: str) -> Hit:
    """Return the R501 for ``x`` given where ``y`` is, ``how`` saying why they stand alike."""
    message = f"name differs: '{x.text}' ({x.display}) vs '{y.text}' ({y.display}){how}"
    return Hit("R501", message, x, y, (x.display, y.display))


def _swap(left: list[Fact], right: list[Fact], x: Fact, y: Fact, message: str) -> Hit:
    """Return the R501 for ``x`` swapped for ``y``, taking both out of the names left over."""
    _settle(left, right, x, y)
    return Hit("R501", message, x, y, (x.display, y.display))


def _framed_alike(
    pair_: Pair, left: list[Fact], right: list[Fact], reported: set[str]
) -> Iterator[Hit]:
    """Report a name standing where the other side's stood, between the same words.

    "told reporters in Brisbane." vs "told reporters in Sydney." (the same two words before,
    closing the clause); "the matter to Swiss prosecutors." vs "reported to Italian
    prosecutors." (the same word before, and the same content word after, closing it): even
    where each story names the other place elsewhere. Neither name is in the other side's
    passage, so a list reordered is no swap.
    """
    frames_b = [(y, _closing_frame(pair_.text_b, y)) for y in _unique(right)]
    for x in _unique(left):
        frame_x = _closing_frame(pair_.text_a, x)
        if str(x.value) in reported or frame_x is None:
            continue
        for y, frame_y in frames_b:
            if frame_x != frame_y or _country(x) != _country(y) or y not in right:
                continue  # "home in Coventry" and "home in England": widened, not moved
            _settle(left, right, x, y)
            reported.add(str(x.value))
            yield _differs(x, y, f", both between the same words ('{frame_x}')")
            break


def _closing_frame(text: str, f: Fact) -> str | None:
    """Return the words that hold a name at the close of its clause, if they say something.

    Two words before it, when it closes the clause ("reporters in"); or one word before and
    one content word after it, which closes the clause ("to … prosecutors").
    """
    before = [w.lower() for w in _WORD_AROUND.findall(text, max(0, f.start - 40), f.start)[-2:]]
    if _CLAUSE_END.match(text, f.end):
        if len(before) == 2 and any(len(w) >= 4 and w not in _FRAME_STOP for w in before):
            return " ".join(before)
        return None
    after = _NEXT_WORD.match(text, f.end)
    if (
        after is None
        or not before
        or len(after.group(1)) < 4
        or after.group(1).lower() in _FRAME_STOP
        or not _CLAUSE_END.match(text, after.end())
    ):
        return None
    return f"{before[-1]} … {after.group(1).lower()}"


_NEXT_WORD = re.compile(r"\s+([a-z][\w’'-]*)")
_CLAUSE_END = re.compile(r"\s*(?:[.;!?]|,\s|$)")


def _settle(left: list[Fact], right: list[Fact], x: Fact, y: Fact) -> None:
    """Take a reported swap out of the names left over on each side (in place)."""
    left[:] = [f for f in left if f.value != x.value]
    right[:] = [f for f in right if f.value != y.value]


def _word_named(word: str, doc: DocFacts) -> bool:
    """Return whether any name in ``doc`` has ``word`` among its words."""
    words = doc.cache.get("entity-words")
    if not isinstance(words, frozenset):
        words = doc.cache["entity-words"] = frozenset(
            w for f in doc.of_kind(Kind.ENTITY) for w in str(f.value).split()
        )
    return word in words


def _same_frame(
    pair_: Pair,
    a: list[Fact],
    b: list[Fact],
    left: list[Fact],
    right: list[Fact],
    reported: set[str],
) -> Iterator[Hit]:
    """Report two names standing between the same words on both sides.

    "the Valdrian lakeside town of" vs "the Orsenian lakeside town of" is a swap even where
    each version names both elsewhere in the passage, as a list of the parties often does.
    The two words before and the two after must be the same and hold a content word; the
    names found this way leave ``left`` and ``right``.
    """
    values_a, values_b = {f.value for f in a}, {f.value for f in b}
    if values_a <= values_b and values_b <= values_a:
        return  # the same names on both sides: none can stand in another's place
    frames_a, frames_b = _frames(pair_.text_a, a), _frames(pair_.text_b, b)
    for x in a:
        frame = _frame(pair_.text_a, x)
        if frame is None:
            continue
        # "the Greenland ice sheet and the Antarctic ice sheet": a name that the other side
        # also has between these words is not swapped for another one, either way round.
        theirs = frames_b.get(frame, [])
        if str(x.value) in reported or any(same_entity(x, y) for y in theirs):
            continue
        for y in theirs:
            if any(same_entity(y, z) for z in frames_a[frame]):
                continue
            yield _swap(
                left,
                right,
                x,
                y,
                f"name differs: '{x.text}' ({x.display}) vs '{y.text}' ({y.display}), between "
                f"the same words ('{' '.join(frame[:2])} … {' '.join(frame[2:])}')",
            )
            break


def _frames(text: str, names: list[Fact]) -> dict[tuple[str, ...], list[Fact]]:
    """Return the names of one side by the words around them (see ``_frame``)."""
    out: dict[tuple[str, ...], list[Fact]] = {}
    for f in names:
        if (frame := _frame(text, f)) is not None:
            out.setdefault(frame, []).append(f)
    return out


_WORD_AROUND = re.compile(r"[A-Za-z’']+")


def _two_words(text: str, f: Fact) -> tuple[list[str], list[str]]:
    """Return up to two words before a name and up to two after it."""
    before = _WORD_AROUND.findall(text, max(0, f.start - 40), f.start)[-2:]
    return before, _WORD_AROUND.findall(text, f.end, f.end + 40)[:2]


# The last word of a place's name that says what kind of place it is.
_PLACE_KINDS = frozenset(
    """County Province District Region Prefecture Township Parish Borough Municipality Canton
    Street Road Avenue Square Bridge River Lake Bay Island Islands Valley Mountain Mountains
    Park Airport Station Hospital Prison Stadium Harbour Harbor Port""".split()
)


def _same_kind_of_place(x: Fact, y: Fact) -> str:
    """Return the kind of place two different names both end with ("County"), or ""."""
    wx, wy = x.text.split(), y.text.split()
    if len(wx) < 2 or len(wy) < 2 or wx[-1] != wy[-1] or wx[-1] not in _PLACE_KINDS:
        return ""
    if set(wx[:-1]) & set(wy[:-1]):
        return ""  # "North Arden County" and "Arden County": a part, not another place
    return wx[-1].lower()


def _held_alike(pair_: Pair, x: Fact, y: Fact) -> str:
    """Return where two names are held by the same two words on one side of them, or "".

    "Pieter Vandam of Elsmark" vs "Pieter Vandam of Tavoria": the same person's country;
    "Kessaria's statistics office" vs "Dovrenia's statistics office": the same office's
    owner. The words after must hold a content word; the words before, the same name.
    """
    before_x, after_x = _two_words(pair_.text_a, x)
    before_y, after_y = _two_words(pair_.text_b, y)
    if (
        len(after_x) == 2
        and [w.lower() for w in after_x] == [w.lower() for w in after_y]
        and not re.match(r"\s*[,;:.]", pair_.text_a[x.end : x.end + 3])
        and any(len(w) >= 4 and w.islower() and w not in _FRAME_STOP for w in after_x)
    ):
        return f"before '{' '.join(after_x)}'"
    # "Hana Tuiasosopo of Victoria University" vs "Hana Tuiasosopo of the University of
    # Otago": an article before the name does not make another place for it.
    before_x, before_y = _unarticled(pair_.text_a, x), _unarticled(pair_.text_b, y)
    if (
        len(before_x) == 2
        and before_x == before_y
        and before_x[0][0].isupper()
        and before_x[1] in ("of", "from")
    ):
        return f"after '{' '.join(before_x)}'"
    return ""


def _unarticled(text: str, f: Fact) -> list[str]:
    """Return the two words before a name, leaving out a "the" just before it."""
    words = _WORD_AROUND.findall(text, max(0, f.start - 40), f.start)
    if words and words[-1].lower() == "the":
        words = words[:-1]
    return words[-2:]


def _frame(text: str, f: Fact) -> tuple[str, ...] | None:
    """Return the two words before and the two after a name, if one of them says something."""
    before, after = _two_words(text, f)
    if len(before) < 2 or len(after) < 2:
        return None
    if re.search(r"[,;:.]", text[f.end : f.end + 2]) or re.search(
        r"[,;:.]\s*$", text[max(0, f.start - 2) : f.start]
    ):
        return None  # a name in a list: the words around it belong to the list
    words = tuple(w.lower() for w in before + after)
    if not any(len(w) >= 4 and w not in _FRAME_STOP and w[0].islower() for w in before + after):
        return None
    return words


_FRAME_STOP = frozenset(
    """that this with from said says told were have been their which would could also into
    than they them there when where while after before about over under""".split()
)


# "the northern coast", "south-eastern province": which part of a place.
_WAY = r"(?:north|south)(?:-?(?:east|west))?|east|west"
_PART_OF = (
    r"coast|coastline|region|province|part|side|border|shore|flank|suburbs?|district|state|city|"
    r"town|bank|highlands|outskirts|country|island|pole|hemisphere|entrance|exit|wing|gate|slope|"
    r"face|end|county|valley|area|municipality|districts|neighbourhood|neighborhood|quarter|"
    r"village|villages|regions|provinces|counties"
)
# "the northern coast", "the south of the province", "the province's north".
_COMPASS = re.compile(
    rf"\b(?P<dir>(?:{_WAY})(?:ern)?|central)\s+(?P<noun>{_PART_OF})\b"
    rf"|\bthe\s+(?P<dir2>{_WAY})\s+of\s+the\s+(?P<noun2>{_PART_OF})\b"
    rf"|\bthe\s+(?P<noun3>{_PART_OF})['’]s\s+(?P<dir3>{_WAY})\b(?!-)"
    # "in northern France" vs "in eastern France"; "Northern Ireland" is a name.
    rf"|\b(?-i:(?P<dir4>(?:{_WAY})ern|central))\s+(?P<noun4>(?-i:[A-Z])[\w’'-]+)"
    # "a site east of Kessel Ridge" vs "west of Kessel Ridge"; "40 km southwest of the city".
    rf"|\b(?P<dir5>{_WAY})\s+of\s+(?:the\s+)?(?P<noun5>(?-i:[A-Z])[\w’'-]+|city|town|capital|"
    r"village|port|border|island|coast|country|region)\b"
    # "a housing estate in the north" vs "an estate in the south": the story's own country.
    rf"|\bin\s+the\s+(?P<dir6>{_WAY})\b(?![\s-]+(?:of|and|or|wind|winds?|side|face|end)\b|-)",
    re.IGNORECASE,
)


def _compass(pair_: Pair) -> Iterator[Hit]:
    """Report one part of a place for another: "the northern coast" vs "the southern coast"."""
    found_a = [(m, s.start) for s in pair_.a.sentences for m in _COMPASS.finditer(s.text)]
    found_b = [(m, s.start) for s in pair_.b.sentences for m in _COMPASS.finditer(s.text)]
    if not found_a or not found_b:
        return
    # Each place is compared with itself, where each side names one part of it: "southern
    # Norway or central Sweden" vs "southern Norway or northern Sweden" changes Sweden's part.
    for part in dict.fromkeys(_part(m) for m, _ in found_a):
        xs = [(m, at) for m, at in found_a if _part(m) == part]
        ys = [(m, at) for m, at in found_b if _part(m) == part]
        if len(xs) != 1 or len(ys) != 1:
            continue
        (x, at_x), (y, at_y) = xs[0], ys[0]
        way_x, way_y = _way(x), _way(y)
        if way_x == way_y:
            continue
        yield _matched_differ(
            "part",
            (x, at_x, way_x),
            (y, at_y, way_y),
            f"part of the place differs: '{x.group(0)}' vs '{y.group(0)}'",
        )


# A body named by what it does and what it is: "the audit committee", "a labour court", "the
# regional government". The word before the kind tells which body it is.
# Ministries are left to the portfolios ("agriculture" = "farm"), offices to the verbs
# ("taking office").
_NAMED_BY_KIND = (
    "committee|committees|court|government|council|agency|board|commission|authority|regulator|"
    "tribunal|inspectorate|watchdog"
)
# Not part of a compound: "the 11-member committee".
_BODY_BY_KIND = re.compile(rf"(?<![\w-])(?P<which>[a-z][a-z]{{2,}})\s+(?P<kind>{_NAMED_BY_KIND})\b")
# Words before a kind of body that do not say which body it is.
_NOT_WHICH = frozenset(
    """the a an its their his her our this that these those new former current same other main
    top senior special whole entire own first second third said which whose what one two three
    four five six seven eight nine ten several many some both each every any all no also and or
    but of for in on at by to from with as was were is are be been has have had will would could
    should may might must said says told after before then city's state's country's""".split()
)


# Where a crowd gathers or an event is held: "outside parliament", "at the presidential palace".
_LANDMARK = re.compile(
    r"\b(?P<prep>outside|in\s+front\s+of|at)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
    r"(?P<place>(?:[A-Za-z]+\s+){0,2}?(?P<head>parliament|palace|hall|courthouse|ministry|office|"
    r"embassy|consulate|headquarters|station|hospital|chamber|cathedral|stadium|square|depot|"
    r"building))\b",
    re.IGNORECASE,
)


def _landmarks(pair_: Pair) -> Iterator[Hit]:
    """Report one landmark for another: "outside parliament" vs "outside the presidential palace".

    Each side gives one place after the same preposition, of different kinds, and neither
    kind is in the other side's passage.
    """
    if "outside" not in pair_.a.text and " at " not in pair_.a.text:
        return
    found_a, found_b = _matches_by(pair_, _LANDMARK, lambda m: m.group("prep").lower())
    text_a, text_b = pair_.a.text.lower(), pair_.b.text.lower()
    for _, (x, at_x), (y, at_y) in _once_each(found_a, found_b):
        head_x, head_y = x.group("head").lower(), y.group("head").lower()
        if head_x == head_y or _word_in(head_x, text_b) or _word_in(head_y, text_a):
            continue
        yield _matched_differ(
            "place",
            (x, at_x, x.group("place")),
            (y, at_y, y.group("place")),
            f"place differs: '{x.group(0)}' vs '{y.group(0)}'",
        )


# The currency a move is measured against: "fell 0.4% against the euro".
_AGAINST = re.compile(
    r"\b(?:against|versus|vs\.?)\s+the\s+(?:US\s+|U\.S\.\s+|American\s+|single\s+)?"
    r"(?P<cur>euro|dollar|greenback|yen|pound|sterling|franc|yuan|renminbi|rouble|ruble|rupee)s?\b",
    re.IGNORECASE,
)
_SAME_CURRENCY = {"greenback": "dollar", "sterling": "pound", "renminbi": "yuan", "ruble": "rouble"}


def _measured_against(pair_: Pair) -> Iterator[Hit]:
    """Report a move measured against another currency: "against the euro" vs "the dollar"."""
    if "against" not in pair_.a.text and "versus" not in pair_.a.text:
        return
    found_a, found_b = _matches_by(pair_, _AGAINST, lambda m: "")
    for _, (x, at_x), (y, at_y) in _once_each(found_a, found_b):
        cur_x = _SAME_CURRENCY.get(x.group("cur").lower(), x.group("cur").lower())
        cur_y = _SAME_CURRENCY.get(y.group("cur").lower(), y.group("cur").lower())
        if cur_x != cur_y:
            yield _matched_differ(
                "currency",
                (x, at_x, cur_x),
                (y, at_y, cur_y),
                f"measured against another currency: '{x.group(0)}' vs '{y.group(0)}'",
            )


def _once_each(
    found_a: dict[str, list[tuple[re.Match[str], int]]],
    found_b: dict[str, list[tuple[re.Match[str], int]]],
) -> Iterator[tuple[str, tuple[re.Match[str], int], tuple[re.Match[str], int]]]:
    """Yield each key that each side gives exactly once, with A's and B's match for it."""
    for key, in_a in found_a.items():
        in_b = found_b.get(key, [])
        if len(in_a) == 1 and len(in_b) == 1:
            yield key, in_a[0], in_b[0]


def _matches_by(
    pair_: Pair, pattern: re.Pattern[str], key: Callable[[re.Match[str]], str | None]
) -> tuple[dict[str, list[tuple[re.Match[str], int]]], ...]:
    """Return, for A and for B, the matches of ``pattern`` by ``key`` with their sentence's start.

    A match whose key is None is left out.
    """
    found = []
    for side in (pair_.a, pair_.b):
        by_key: dict[str, list[tuple[re.Match[str], int]]] = {}
        for s in side.sentences:
            for m in pattern.finditer(s.text):
                if (k := key(m)) is not None:
                    by_key.setdefault(k, []).append((m, s.start))
        found.append(by_key)
    return tuple(found)


def _word_in(word: str, text: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", text) is not None


def _bodies_by_kind(pair_: Pair) -> Iterator[Hit]:
    """Report one body for another of its kind: "the audit committee" vs "the pay committee".

    One word before the same kind on each side, the two different and neither written anywhere
    in the other side's passage: "a former labour court judge" vs "a former supreme court
    judge", "the regional government" vs "the national government".
    """
    found_a, found_b = _matches_by(
        pair_,
        _BODY_BY_KIND,
        lambda m: None if m.group("which") in _NOT_WHICH else m.group("kind").removesuffix("s"),
    )
    text_a, text_b = pair_.a.text.lower(), pair_.b.text.lower()
    for kind, (x, at_x), (y, at_y) in _once_each(found_a, found_b):
        which_x, which_y = x.group("which"), y.group("which")
        if _word_in(which_x, text_b) or _word_in(which_y, text_a):
            continue
        if fuzz.ratio(which_x, which_y) >= 75:
            continue  # "appeals court" and "appellate court": one body, spelt otherwise
        yield _matched_differ(
            "body",
            (x, at_x, x.group(0)),
            (y, at_y, y.group(0)),
            f"body differs: '{x.group(0)}' vs '{y.group(0)}', each the only {kind} its version "
            "names here",
        )


def _matched_differ(
    key: str,
    x: tuple[re.Match[str], int, str],
    y: tuple[re.Match[str], int, str],
    message: str,
) -> Hit:
    """Return the R501 for two matches of one pattern (a match, its sentence's start, a value)."""
    (mx, at_x, vx), (my, at_y, vy) = x, y
    fx = Fact.matched(Kind.ENTITY, mx, at_x, key, vx, mx.group(0))
    fy = Fact.matched(Kind.ENTITY, my, at_y, key, vy, my.group(0))
    return Hit("R501", message, fx, fy, (vx, vy))


def _way(m: re.Match[str]) -> str:
    way = next(m.group(g) for g in ("dir", "dir2", "dir3", "dir4", "dir5", "dir6") if m.group(g))
    return way.lower().replace("-", "").removesuffix("ern")


def _part(m: re.Match[str]) -> str:
    if m.group("dir6"):
        return "the country"  # "in the north": a part of the place the story is in
    return next(
        m.group(g) for g in ("noun", "noun2", "noun3", "noun4", "noun5") if m.group(g)
    ).lower()


# A person's office, by its usual names: "chief executive" = "CEO".
# Ranks of the forces and the police, offices of their own: another rank is another office,
# whatever post goes with it ("police spokesperson Colonel ..." vs "... Captain ...").
_FORCE_RANKS = frozenset(
    {
        "lieutenant colonel",
        "colonel",
        "lieutenant",
        "sergeant",
        "chief inspector",
        "inspector",
        "chief superintendent",
        "superintendent",
        "constable",
        "commander",
        "admiral",
        "brigadier",
        "captain",
    }
)
_ROLE_NAMES = {
    "chief executive officer": "chief executive",
    "chief executive": "chief executive",
    "ceo": "chief executive",
    "chief financial officer": "finance chief",
    "cfo": "finance chief",
    "finance director": "finance chief",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "chair": "chair",
    "managing director": "managing director",
    "director": "director",
    "manager": "manager",
    "president": "president",
    "vice-president": "vice-president",
    "vice president": "vice-president",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson",
    "mayor": "mayor",
    "deputy mayor": "deputy mayor",
    "governor": "governor",
    # A football club's "manager" is its "coach".
    "coach": "manager",
    "captain": "captain",
    "ambassador": "ambassador",
    "founder": "founder",
    "professor": "professor",
    # "Water department head Pieter Swanepoel" vs "deputy mayor Pieter Swanepoel".
    "head": "head",
    # Ranks of the forces and the police: "Colonel Thandeka Mokoena" vs "Captain".
    **{rank: rank for rank in _FORCE_RANKS},
}
# The top office of a body, which its "head" holds: "TCA head Rosa Villalba" = "TCA president".
_TOP_OFFICES = frozenset({"president", "chair", "chief executive", "director", "managing director"})
_ROLE = "|".join(sorted((re.escape(r) for r in _ROLE_NAMES), key=lambda r: (-len(r), r)))
_PERSON = r"(?-i:[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+)"
# "council compliance manager Fiona Darroch", "Fiona Darroch, the council's chief executive".
_ROLE_BEFORE = re.compile(rf"\b(?P<role>{_ROLE})\s+(?P<name>{_PERSON})", re.IGNORECASE)
_ROLE_AFTER = re.compile(
    rf"(?P<name>{_PERSON}),\s+(?:the|an?|its|his|her|their|(?-i:[A-Z])[\w’'-]+['’]s)\s+"
    rf"(?:[\w’'-]+\s+){{0,3}}?(?P<role>{_ROLE})\b(?!\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
# Words that make an office another: "deputy", "former", "acting" are read with it.
_ROLE_QUALIFIER = re.compile(
    r"\b(?:deputy|former|acting|interim|vice|assistant)\W*$", re.IGNORECASE
)


def _offices(side: Side) -> dict[str, tuple[set[str], list[tuple[re.Match[str], int]]]]:
    """Return each person's surname with the offices the side gives them, and where."""
    held: dict[str, tuple[set[str], list[tuple[re.Match[str], int]]]] = {}
    for s in side.sentences:
        for pattern in (_ROLE_BEFORE, _ROLE_AFTER):
            for m in pattern.finditer(s.text):
                before = s.text[max(0, m.start("role") - 12) : m.start("role")]
                role = _ROLE_NAMES[re.sub(r"\s+", " ", m.group("role").lower())]
                if (qualifier := _ROLE_QUALIFIER.search(before)) is not None:
                    role = f"{qualifier.group(0).strip(' -').lower()} {role}"
                surname = m.group("name").split()[-1].lower()
                roles, where = held.setdefault(surname, (set(), []))
                roles.add(role)
                # "navy spokesman Captain Ousmane Sarr": a rank in the name is an office too.
                first = m.group("name").split()[0].lower()
                if first in _ROLE_NAMES:
                    roles.add(_ROLE_NAMES[first])
                where.append((m, s.start))
    return held


def _roles(pair_: Pair) -> Iterator[Hit]:
    """Report one person given one office in A and another in B.

    "council compliance manager Fiona Darroch" against "Fiona Darroch, the council's chief
    executive"; a person with two offices on one side keeps either on the other.
    """
    if not _ROLE_HINT.search(pair_.a.text) or not _ROLE_HINT.search(pair_.b.text):
        return
    held_a, held_b = _offices(pair_.a), _offices(pair_.b)
    for surname, (roles_a, where_a) in held_a.items():
        if surname not in held_b:
            continue
        roles_b, where_b = held_b[surname]
        ranks_a, ranks_b = roles_a & _FORCE_RANKS, roles_b & _FORCE_RANKS
        if ranks_a and ranks_b and not ranks_a & ranks_b:
            # "police spokesperson Colonel Thandeka Mokoena" vs "... Captain Thandeka Mokoena":
            # the same post, another rank.
            roles_a, roles_b = ranks_a, ranks_b
        elif roles_a & roles_b:
            continue
        if ("head" in roles_a and roles_b & _TOP_OFFICES) or (
            "head" in roles_b and roles_a & _TOP_OFFICES
        ):
            continue
        (x, at_x), (y, at_y) = where_a[0], where_b[0]
        role_x, role_y = sorted(roles_a)[0], sorted(roles_b)[0]
        yield _matched_differ(
            "office",
            (x, at_x, role_x),
            (y, at_y, role_y),
            f"office differs: '{x.group(0)}' ({role_x}) vs '{y.group(0)}' ({role_y})",
        )


def _portfolio_holders(pair_: Pair) -> Iterator[Hit]:
    """Report one minister given one portfolio in A and another in B.

    "Finnish Foreign Minister Petteri Lahtinen" against "Finnish Agriculture Minister Petteri
    Lahtinen", where another minister holds agriculture in both versions, so that the
    portfolios alone (R501 above, one of each) do not tell.
    """
    held_a, held_b = _held(pair_.a, pair_.text_a), _held(pair_.b, pair_.text_b)
    for surname, mine in held_a.items():
        theirs = held_b.get(surname, [])
        if not theirs or {f.value for f in mine} & {f.value for f in theirs}:
            continue
        x, y = mine[0], theirs[0]
        if (
            len(_unique([f for f in pair_.a.facts if f.key == x.key])) == 1
            and len(_unique([f for f in pair_.b.facts if f.key == y.key])) == 1
        ):
            continue  # one portfolio each side: _courts reports it
        yield Hit(
            "R501",
            f"{surname.capitalize()}'s portfolio differs: '{x.text}' ({x.display}) vs "
            f"'{y.text}' ({y.display})",
            x,
            y,
            (x.display, y.display),
        )


# The minister named after a portfolio ("Foreign Minister Petteri Lahtinen") or before it
# ("Sigrid Hovland, Norway's agriculture minister").
_HOLDER_AFTER = re.compile(rf"\s+(?P<name>{_PERSON})")
_HOLDER_BEFORE = re.compile(
    rf"(?P<name>{_PERSON}),\s+(?:the\s+|(?-i:[A-Z])[\w’'-]+['’]s\s+)?$", re.IGNORECASE
)


def _held(side: Side, text: str) -> dict[str, list[Fact]]:
    """Return each minister's surname with the portfolios the side gives them."""
    held: dict[str, list[Fact]] = {}
    for f in side.facts:
        if f.kind is not Kind.ENTITY or f.key not in ("portfolio-minister", "portfolio-secretary"):
            continue
        m = _HOLDER_AFTER.match(text, f.end) or _HOLDER_BEFORE.search(
            text, max(0, f.start - 60), f.start
        )
        if m is not None:
            held.setdefault(m.group("name").split()[-1].lower(), []).append(f)
    return held


_ROLE_HINT = re.compile(
    r"chief|ceo|cfo|chair|director|manager|president|spokes|mayor|governor|coach|"
    r"ambassador|founder|professor|head|" + "|".join(sorted(_FORCE_RANKS)),
    re.IGNORECASE,
)


def _courts(pair_: Pair) -> Iterator[Hit]:
    """Report a different court or portfolio, one of each on either side.

    "constitutional court" vs "supreme court", "defence minister" vs "interior minister".
    """
    yield from _one_each(pair_, "court", "court")
    yield from _one_each(pair_, "kin", "relative")
    yield from _one_each(pair_, "offence", "offence")
    for office in ("minister", "ministry", "secretary", "department"):
        yield from _one_each(pair_, f"portfolio-{office}", "portfolio")


def _one_each(pair_: Pair, key: str, what: str) -> Iterator[Hit]:
    a = _unique([f for f in pair_.a.facts if f.key == key and f.kind is Kind.ENTITY])
    b = _unique([f for f in pair_.b.facts if f.key == key and f.kind is Kind.ENTITY])
    if len(a) == 1 and len(b) == 1 and a[0].value != b[0].value:
        x, y = a[0], b[0]
        yield Hit(
            "R501",
            f"{what} differs: '{x.text}' ({x.display}) vs '{y.text}' ({y.display})",
            x,
            y,
            (x.display, y.display),
        )


_LISTING = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:[a-z-]+\s+){0,4}$")


def _ordinary(f: Fact, pair_: Pair) -> bool:
    """Return whether a one-word name is an ordinary word capitalised only by its position.

    Either version writes it in lower case elsewhere ("Average tips:" in copy that lost its
    line breaks, against "average" in a sentence).
    """
    word = str(f.value).lower()
    if " " in word:
        return False
    for doc, text in ((pair_.doc_a, pair_.text_a), (pair_.doc_b, pair_.text_b)):
        words = doc.cache.get("lower-words")
        if not isinstance(words, frozenset):
            words = doc.cache["lower-words"] = frozenset(re.findall(r"\b[a-z][\w’'-]*", text))
        if word in words:
            return True
    return False


def _place_and_body(x: Fact, y: Fact) -> bool:
    """Return whether one name is a country and the other a body's: not one role.

    "the Very Large Telescope in Chile" and "the European Southern Observatory's Very Large
    Telescope": where it stands, and who runs it.
    """
    return any(
        _country(place)
        and bool(set(re.findall(r"[a-z]+", str(body.value).lower())) & INSTITUTION_WORDS)
        for place, body in ((x, y), (y, x))
    )


def _adjective_for_town(pair_: Pair, x: Fact, y: Fact) -> bool:
    """Return whether one name is a country's adjective ("German") and the other a firm's town.

    "German group Lindqvist Chemie" and "Hamburg-based Lindqvist Chemie"; not "neither of
    them British" and "neither of them from Nairobi".
    """
    return any(
        f.text.lower() in DEMONYMS and not _country(g) and _BASED.match(text, g.end)
        for f, g, text in ((x, y, pair_.text_b), (y, x, pair_.text_a))
    )


_BASED = re.compile(r"-(?:based|headquartered)\b")


def _country(f: Fact) -> bool:
    """Return whether a name is a country, capital, union or wide region ("England", "Asia")."""
    name = str(f.value).lower()
    return name in ALIASES or name in COUNTRIES or name in _WIDE_PLACES


# Regions and nations that contain the towns copy names in them: "home in Coventry" is "home
# in England".
_WIDE_PLACES = frozenset(
    {
        "england", "scotland", "wales", "northern ireland", "europe", "africa", "asia",
        "america", "north america", "south america", "latin america", "middle east", "oceania",
        "scandinavia",
    }
)  # fmt: skip


def _partner(text: str, f: Fact, names: list[Fact]) -> Fact | None:
    """Return the name listed just before ``f`` ("Kestravo and the nearby town of Orlen")."""
    before = [n for n in names if n.end <= f.start and f.start - n.end <= 40]
    if not before:
        return None
    n = before[-1]
    return n if _LISTING.fullmatch(text, n.end, f.start) else None


def _surplus(
    pair_: Pair, a: list[Fact], b: list[Fact], left: list[Fact], reported: set[str]
) -> Iterator[Hit]:
    """Report a name of A that B replaced with a second mention of a name both give.

    The extra mention must stand where A's name stood: the same word after it and the same
    word before it ("a British salvage company" vs "A Dutch salvage company").
    """
    for x in list(left):
        before_x, after_x = _context(pair_.text_a, x)
        if not (before_x[0] and after_x[0]):
            continue
        for y in b:
            mentions_a = sum(same_entity(n, y) for n in a)
            if not mentions_a or sum(same_entity(n, y) for n in b) <= mentions_a:
                continue
            if _context(pair_.text_b, y) == (before_x, after_x):
                left.remove(x)
                reported.add(str(x.value))
                yield _differs(x, y, " in the same place")
                break


def _person_of(text: str, place: Fact, names: list[Fact]) -> Fact | None:
    """Return the person or body a place is given to, a name of two words or more.

    "American Lucas Brennan", "Canada's Lucas Brennan" (a country only), "Lucas Brennan of
    Canada", "Halbrook Commodities in Chicago".
    """
    for n in names:
        if n is place or len(str(n.value).split()) < 2 or _country(n):
            continue
        if (
            _country(place)
            and place.end <= n.start
            and _NATIONAL_OF.fullmatch(text, place.end, n.start)
        ):
            return n
        if n.end <= place.start and _OF_PLACE.fullmatch(text, n.end, place.start):
            return n
        if place.end <= n.start and _LISTED_IN.fullmatch(text, place.end, n.start):
            return n  # "Toronto-listed Northpine Resources": where the company is listed
    return None


_NATIONAL_OF = re.compile(r"(?:['’]s)?\s+")
_LISTED_IN = re.compile(r"-listed\s+")
_OF_PLACE = re.compile(r",?\s+(?:of|in|from)\s+")


def _listed_with(
    text_a: str, x: Fact, names_a: list[Fact], text_b: str, y: Fact, names_b: list[Fact]
) -> bool:
    """Return whether two names are each listed beside one name both versions give."""
    mates_a = [n for n in _mates(text_a, x, names_a) if not same_entity(n, x)]
    mates_b = [n for n in _mates(text_b, y, names_b) if not same_entity(n, y)]
    return any(same_entity(p, q) for p in mates_a for q in mates_b)


def _mates(text: str, f: Fact, names: list[Fact]) -> list[Fact]:
    """Return the names joined to ``f`` by "and" or "or": "Mars and Jupiter"."""
    return [
        n
        for n in names
        if (n.end <= f.start and _COORDINATED.fullmatch(text, n.end, f.start))
        or (f.end <= n.start and _COORDINATED.fullmatch(text, f.end, n.start))
    ]


_COORDINATED = re.compile(r"\s+(?:and|or|&)\s+(?:the\s+)?")


def _unique(facts: list[Fact]) -> list[Fact]:
    seen: set[str] = set()
    out = []
    for f in facts:
        if str(f.value) not in seen:
            seen.add(str(f.value))
            out.append(f)
    return out


# The heads that make a name a body's; "national", "city" and the like only qualify one.
_BODY_HEADS = INSTITUTION_WORDS - frozenset(
    "national federal state central city river international group company".split()
)


def _bodies_unknown_to_each_other(pair_: Pair, x: Fact, y: Fact) -> bool:
    """Return whether two bodies' names ("... Association", "... Trust") are new to each other.

    Neither version may name the other's body anywhere, word for word.
    """
    words_x = set(str(x.value).lower().replace("’", "'").split())
    words_y = set(str(y.value).lower().replace("’", "'").split())
    if not (words_x & _BODY_HEADS and words_y & _BODY_HEADS):
        return False
    if len(words_x) < 2 or len(words_y) < 2:
        return False
    return str(x.value) not in pair_.text_b and str(y.value) not in pair_.text_a


def _enclosed_alike(pair_: Pair, x: Fact, y: Fact) -> bool:
    """Return whether the same content word stands just before and just after both names."""
    (before_x, _), (after_x, _) = _context(pair_.text_a, x)
    (before_y, _), (after_y, _) = _context(pair_.text_b, y)
    return all(
        w == v and " " not in w and len(w) > 3
        for w, v in ((before_x, before_y), (after_x, after_y))
    )


def _possessive(f: Fact) -> bool:
    return f.text.endswith(("'s", "’s"))


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


def _slot(text: str, f: Fact) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return the words before and after a name, each up to the nearest content word.

    "the modern town of Iqaluit" gives ("of", "town") before it; a side with no content word
    within three words gives ().
    """
    before = re.findall(r"[A-Za-z]+", text[max(0, f.start - 40) : f.start])[::-1]
    after = re.findall(r"[A-Za-z]+", text[f.end : f.end + 40])
    return (
        _to_content(before, text[max(0, f.start - 2) : f.start]),
        _to_content(after, text[f.end : f.end + 2]),
    )


def _opens(text: str, f: Fact) -> bool:
    """Return whether a name opens its sentence."""
    return _SENTENCE_START.search(text, max(0, f.start - 4), f.start) is not None or f.start == 0


_SENTENCE_START = re.compile(r"(?:^|[.!?]['’\"”]?\s+|\n\s*)$")


def _nearest_content(text: str, f: Fact) -> tuple[str, str]:
    """Return the nearest word before and after a name, past prepositions and articles.

    Within the sentence: "Analysts at Harbourline Bank raised" gives ("analysts", "raised").
    """
    sides = (
        (text[max(0, f.start - 40) : f.start], text[max(0, f.start - 2) : f.start], -1),
        (text[f.end : f.end + 40], text[f.end : f.end + 2], 1),
    )
    found = []
    for window, edge, direction in sides:
        words = re.findall(r"[A-Za-z]+", window)[::direction]
        content = [w.lower() for w in words[:3] if w.lower() not in _PAST_WORDS]
        boundary = any(c in edge for c in ".;:!?")
        found.append(content[0] if content and not boundary else "")
    return found[0], found[1]


def _to_content(words: list[str], edge: str) -> tuple[str, ...]:
    if any(c in edge for c in ".;:!?"):
        return ()  # a sentence or clause boundary stands between
    out: list[str] = []
    for w in words[:3]:
        out.append(w.lower())
        if w.lower() not in _WEAK_SLOT and w.lower() not in _WEAK:
            return tuple(out)
    return ()


def _raw_context(text: str, f: Fact) -> tuple[str, str]:
    before = re.search(r"([A-Za-z]+)\W{0,2}$", text[max(0, f.start - 30) : f.start])
    return (before.group(1).lower() if before else "", _word_after(text[f.end : f.end + 30]))


_WEAK = frozenset({"the", "and", "a", "an", "of", "said", "s", "in", "to", "for", "on"})
# Words passed over on the way to the word that says what a name is.
_PAST_WORDS = _WEAK | frozenset("at by from with its their his her".split())
# Words before a name that say nothing of its role.
_WEAK_SLOT = frozenset({"", "the", "and", "or", "a", "an", "of", "said", "s", "says", "told"})


ROLE_RULES = (
    Rule(
        "R504",
        "roles-swapped",
        Kind.ENTITY,
        R.ERROR,
        "The same two names around the same verb, in opposite roles: who did what to whom is "
        'reversed ("Calvaria expelled Ostmark diplomats" vs "Ostmark expelled Calvarian '
        'diplomats").',
        flag=(
            (
                "The link was weaker among girls than boys, the study found.",
                "The link was weaker in boys than in girls, the study found.",
            ),
            (
                "The row began when Calvaria expelled 23 Ostmark diplomats over spying claims.",
                "The row began when Ostmark expelled 23 Calvarian diplomats over spying claims.",
            ),
            (
                "On Sunday, Harbourside beat Calderra by six wickets at Marlow Oval.",
                "On Sunday, Calderra beat Harbourside by six wickets at Marlow Oval.",
            ),
        ),
        keep=(
            (
                "The link was weaker among girls than boys, the study found.",
                "The study found the link was weaker in girls than in boys.",
            ),
            (
                "The row began when Calvaria expelled 23 Ostmark diplomats over spying claims.",
                "The row began when 23 Ostmark diplomats were expelled by Calvaria over spying.",
            ),
            (
                "Premier Hallan met Chancellor Orvik in Tessin on Monday for two hours.",
                "Chancellor Orvik met Premier Hallan in Tessin on Monday for two hours.",
            ),
        ),
    ),
)
# Between the doer and the one done to: a few words, no punctuation ("expelled 23",
# "retaliated by expelling 19", "to expel").
_BETWEEN = re.compile(r"[\sA-Za-z0-9-]{1,60}")
_BETWEEN_STOP = frozenset(
    """the a an and or of to in on at by for with from its their his her was were been being is
    are has have had will would also then later first again over after before into against
    than that which who whose as""".split()
)
_PASSIVE = frozenset("was were been being is are".split())
# Verbs whose two sides are interchangeable: "A met B" is "B met A".
_SYMMETRIC = frozenset(
    stem(w)
    for w in """meet met talk play draw drew face merge sign trade clash fight negotiate partner
    join agree tie tied border borders share shared speak spoke""".split()
)


def _relations(text: str, names: list[Fact]) -> list[tuple[Fact, Fact, frozenset[str]]]:
    """Return (doer, done to, verb stems) for each two names a verb joins in the document.

    The figures between the names count with the verbs ("expelled 23"), so that two events
    told with the same verb ("expelled 23", then "expelled 19") stay apart.
    """
    found = []
    ordered = sorted(names, key=lambda f: f.start)
    for x, y in pairwise(ordered):
        between = text[x.end : y.start]
        if not _BETWEEN.fullmatch(between):
            continue
        words = between.lower().split()
        if not 1 <= len(words) <= 6:
            continue
        verbs = frozenset(stem(w) for w in words if w.isalpha() and w not in _BETWEEN_STOP)
        verbs = verbs - _SYMMETRIC
        if not verbs:
            continue
        verbs |= {f"#{n}" for n in re.findall(r"\d+", between)}
        if words[-1] == "by" and _PASSIVE & set(words):
            found.append((y, x, verbs))  # "diplomats were expelled by Calvaria"
        elif not _PASSIVE & set(words):
            found.append((x, y, verbs))
    return found


@register(*ROLE_RULES)
def check_roles(pair_: Pair) -> Iterator[Hit]:
    """Report two names that swap roles around the same verb, or a comparison reversed."""
    if not pair_.a.sentences or not pair_.b.sentences:
        return
    yield from _reversed_comparisons(pair_)
    a, b = _names(pair_.a), _names(pair_.b)
    if len(a) < 2 or len(b) < 2:
        return
    rel_b = _relations(pair_.text_b, b)
    for doer, done_to, verbs in _relations(pair_.text_a, a):
        if same_entity(doer, done_to):
            continue
        kept = any(
            _same_act(verbs, v) and same_entity(doer, p) and same_entity(done_to, q)
            for p, q, v in rel_b
        )
        if kept:
            continue
        for p, q, v in rel_b:
            if _same_act(verbs, v) and same_entity(doer, q) and same_entity(done_to, p):
                yield Hit(
                    "R504",
                    f"roles reversed: in A '{doer.text}' acts on '{done_to.text}', in B "
                    f"'{p.text}' acts on '{q.text}'",
                    doer,
                    p,
                    (doer.display, p.display),
                )
                break


# "weaker among girls than boys": the comparative and the two things it sets against each other.
_THAN = re.compile(
    r"\b(?P<cmp>[a-z]{3,}er|more\s+[a-z]+|less\s+[a-z]+)\s+(?:(?:in|among|for|with|at|on)\s+)?"
    r"(?:the\s+)?(?P<x>[a-z]{3,})\s+than\s+(?:(?:in|among|for|with|at|on)\s+)?(?:the\s+)?"
    r"(?P<y>[a-z]{3,})\b",
    re.IGNORECASE,
)


def _comparisons(side: Side) -> list[tuple[str, str, str, Fact]]:
    out = []
    for sentence in side.sentences:
        for m in _THAN.finditer(sentence.text):
            cmp = re.sub(r"\s+", " ", m.group("cmp").lower())
            x, y = m.group("x").lower(), m.group("y").lower()
            if x == y or {x, y} & _NOT_COMPARED:
                continue
            fact = Fact(
                kind=Kind.ENTITY,
                start=sentence.start + m.start(),
                end=sentence.start + m.end(),
                text=m.group(0),
                key="comparison",
                value=f"{x} {cmp} than {y}",
                display=f"{x} {cmp} than {y}",
            )
            out.append((cmp, x, y, fact))
    return out


_NOT_COMPARED = frozenset("that this those these what expected forecast previously ever".split())


def _reversed_comparisons(pair_: Pair) -> Iterator[Hit]:
    """Report "weaker among girls than boys" against "weaker in boys than in girls"."""
    if " than " not in pair_.a.text or " than " not in pair_.b.text:
        return
    b = _comparisons(pair_.b)
    for cmp, x, y, fa in _comparisons(pair_.a):
        if any(c == cmp and (p, q) == (x, y) for c, p, q, _ in b):
            continue
        for c, p, q, fb in b:
            if c == cmp and (p, q) == (y, x):
                yield Hit(
                    "R504",
                    f"comparison reversed: '{fa.text}' ({fa.display}) vs '{fb.text}' "
                    f"({fb.display})",
                    fa,
                    fb,
                    (str(fa.display), str(fb.display)),
                )
                break


def _same_act(u: frozenset[str], v: frozenset[str]) -> bool:
    """Return whether two relations share a verb and, where both give figures, a figure."""
    figures_u = {w for w in u if w.startswith("#")}
    figures_v = {w for w in v if w.startswith("#")}
    if figures_u and figures_v and not figures_u & figures_v:
        return False
    return bool((u - figures_u) & (v - figures_v))


TITLE_RULES = (
    Rule(
        "R505",
        "title-changed",
        Kind.ENTITY,
        R.ERROR,
        'The same person under another title: a rank word on one side only ("Deputy Prime '
        'Minister Aurel Vantesco" vs "Prime Minister Aurel Vantesco") or another company office '
        '("Chief Executive Wu" vs "chief financial officer Wu").',
        flag=(
            (
                "The accord was signed by Montrovan President Elena Sabić.",
                "The accord was signed by Montrovan Prime Minister Elena Sabić.",
            ),
            (
                "Ontario health minister Daniel Fortier said the province would fund the system.",
                "Ontario Premier Daniel Fortier said the province would pay for the system.",
            ),
            (
                "The treaty was signed by Velmar's foreign minister, Ilse Varga.",
                "The treaty was signed by Velmar's prime minister, Ilse Varga.",
            ),
            (
                "The court also jailed Obuya's nephew Daniel Kiprop.",
                "The court also jailed Obuya's cousin Daniel Kiprop.",
            ),
            (
                "Party deputy leader Tomas Rieck said he would stay.",
                "Party general secretary Tomas Rieck said he would stay.",
            ),
            (
                "Portugal's Foreign Minister Ines Valadares said a meeting would follow.",
                "A meeting will follow, Portuguese Prime Minister Ines Valadares said.",
            ),
            (
                "Chief Executive Wu Chen-yu told an earnings call that demand was weak.",
                "Demand was weak, chief financial officer Wu Chen-yu told analysts.",
            ),
            (
                '"The railway mainly serves exporters," said Teodor Balan, the deputy leader of '
                "the Civic Union party.",
                '"The railway mainly serves exporters," said Teodor Balan, leader of the Civic '
                "Union party.",
            ),
            (
                '"Their voice counts," Deputy Prime Minister Aurel Vantesco said.',
                '"Their voice counts," Prime Minister Aurel Vantesco said.',
            ),
            (
                "The plan was drawn up by former finance minister Lena Holt.",
                "The plan was drawn up by finance minister Lena Holt.",
            ),
        ),
        keep=(
            (
                "Chief Executive Wu Chen-yu told an earnings call that demand was weak.",
                "Demand was weak, CEO Wu Chen-yu told analysts.",
            ),
            (
                '"The railway mainly serves exporters," said Teodor Balan, the leader of the '
                "Civic Union party.",
                '"The railway mainly serves exporters," said Teodor Balan, leader of the Civic '
                "Union party.",
            ),
            (
                "Deputy Prime Minister Aurel Vantesco spoke after the vote.",
                "After the vote, Deputy Prime Minister Vantesco spoke.",
            ),
            (
                "Prime Minister Aurel Vantesco spoke after the vote.",
                "Aurel Vantesco, the prime minister, spoke after the vote.",
            ),
            (
                "The previous prime minister, Kostas Evren, resigned in May.",
                "Former prime minister Kostas Evren stepped down in May.",
            ),
        ),
    ),
)
# Words that make a title another office: a deputy prime minister is not the prime minister.
_RANK_WORDS = frozenset("deputy vice acting former interim assistant ex junior".split())
_WORDS_BEFORE = re.compile(r"[A-Za-z]+")


@register(*TITLE_RULES)
def check_titles(pair_: Pair) -> Iterator[Hit]:
    """Report a person whose title gains or loses a rank word ("Deputy") between versions."""
    if not pair_.a.sentences or not pair_.b.sentences:
        return
    b = _names(pair_.b)
    seen: set[str] = set()
    for x in _names(pair_.a):
        y = next((y for y in b if same_entity(x, y)), None)
        if y is None or str(x.value) in seen:
            continue
        seen.add(str(x.value))
        before = _title_before(pair_, x, y)
        yield from before or _title_after(pair_, x, y) or _office_changed(pair_, x, y)


def _title_before(pair_: Pair, x: Fact, y: Fact) -> list[Hit]:
    """Report a rank word on one side only in the titles right before the same name."""
    before_x = _title_words(pair_.text_a, x)
    before_y = _title_words(pair_.text_b, y)
    core = 0
    while (
        core < min(len(before_x), len(before_y))
        and before_x[-1 - core] == before_y[-1 - core]
        and before_x[-1 - core] not in _RANK_WORDS
    ):
        core += 1
    if not core:
        return []  # no title the two share right before the name
    rank_x = before_x[-1 - core] if len(before_x) > core else ""
    rank_y = before_y[-1 - core] if len(before_y) > core else ""
    if rank_x == rank_y or (rank_x not in _RANK_WORDS and rank_y not in _RANK_WORDS):
        return []
    for rank, text, f in ((rank_x, pair_.text_b, y), (rank_y, pair_.text_a, x)):
        earlier = _WORDS_BEFORE.findall(text[max(0, f.start - 60) : f.start])
        if rank in _RANK_WORDS and rank in earlier:
            return []  # "the former Peruvian football federation president": further back
    title = " ".join(before_x[len(before_x) - core :])
    shown_x = f"{rank_x} {title}" if rank_x in _RANK_WORDS else title
    shown_y = f"{rank_y} {title}" if rank_y in _RANK_WORDS else title
    message = f"title differs for {x.display}: '{shown_x}' vs '{shown_y}'"
    return [Hit("R505", message, x, y, (shown_x, shown_y))]


# A title in apposition after a name, up to "of"/"at" or the end of the clause: ", the deputy
# leader of the opposition" gives ["deputy", "leader"].
_APPOSITION = re.compile(
    r",\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?P<title>(?:[a-z-]+\s+){0,3}?[a-z-]+)"
    r"(?=\s+(?:of|at|for|in|to|on)\b|\s*[,.;])",
)


def _title_after(pair_: Pair, x: Fact, y: Fact) -> list[Hit]:
    """Report a rank word on one side only in the titles that follow the same name."""
    m_x, m_y = _APPOSITION.match(pair_.text_a, x.end), _APPOSITION.match(pair_.text_b, y.end)
    if m_x is None or m_y is None:
        return []
    words_x = [_RANK_SPELLINGS.get(w, w) for w in m_x.group("title").split()]
    words_y = [_RANK_SPELLINGS.get(w, w) for w in m_y.group("title").split()]
    ranks_x = [w for w in words_x if w in _RANK_WORDS]
    ranks_y = [w for w in words_y if w in _RANK_WORDS]
    core_x = [w for w in words_x if w not in _RANK_WORDS]
    if not core_x or core_x != [w for w in words_y if w not in _RANK_WORDS] or ranks_x == ranks_y:
        return []
    shown_x, shown_y = " ".join(words_x), " ".join(words_y)
    message = f"title differs for {x.display}: '{shown_x}' vs '{shown_y}'"
    # Point at the titles, which is where the versions differ.
    title_x = Fact(
        Kind.ENTITY,
        m_x.start("title"),
        m_x.end("title"),
        m_x.group("title"),
        "title",
        shown_x,
        shown_x,
    )
    title_y = Fact(
        Kind.ENTITY,
        m_y.start("title"),
        m_y.end("title"),
        m_y.group("title"),
        "title",
        shown_y,
        shown_y,
    )
    return [Hit("R505", message, title_x, title_y, (shown_x, shown_y))]


# A company's offices, each under the spellings news uses: "Chief Executive Wu" is not "chief
# financial officer Wu".
_OFFICES = {
    spelling: office
    for office, spellings in (
        ("chief executive", "chief executive|chief executive officer|ceo"),
        ("chief financial officer", "chief financial officer|cfo|finance director"),
        ("chief operating officer", "chief operating officer|coo"),
        ("chief technology officer", "chief technology officer|cto"),
        ("chair", "chairman|chairwoman|chair|chairperson"),
        ("chief economist", "chief economist"),
        ("spokesperson", "spokesman|spokeswoman|spokesperson"),
        # A government's: "Foreign Minister Valadares" is not "Prime Minister Valadares".
        ("prime minister", "prime minister|premier"),
        # "Montrovan President Elena Sabić" is not "Prime Minister Elena Sabić".
        ("president", "president"),
        ("vice president", "vice president|vice-president"),
        ("chancellor", "chancellor"),
        ("governor", "governor"),
        ("mayor", "mayor"),
        ("foreign minister", "foreign minister|foreign secretary"),
        ("finance minister", "finance minister"),
        ("defence minister", "defence minister|defense minister|defense secretary"),
        ("interior minister", "interior minister|home secretary|home minister"),
        ("health minister", "health minister|health secretary"),
        ("justice minister", "justice minister|justice secretary"),
        ("economy minister", "economy minister|economics minister"),
        # A party's: "deputy leader Tomas Rieck" is not "general secretary Tomas Rieck".
        ("leader", "leader|party leader|chairman of the party"),
        ("general secretary", "general secretary|secretary general"),
        # Kin: "Obuya's nephew Daniel Kiprop" is not "Obuya's cousin Daniel Kiprop".
        *(
            (kin, kin)
            for kin in (
                "nephew niece cousin brother sister son daughter father mother uncle aunt wife "
                "husband grandson granddaughter"
            ).split()
        ),
    )
    for spelling in spellings.split("|")
}


_PORTFOLIO_AREAS = PORTFOLIOS | {"foreign", "interior"}


def _office(words: list[str]) -> tuple[str, str]:
    """Return the office the last words before a name give, and those words; or ("", "")."""
    for size in (4, 3, 2, 1):
        said = " ".join(words[-size:])
        if len(words) >= size and (office := _OFFICES.get(said)):
            return office, said
    if len(words) >= 2 and words[-1] in ("minister", "secretary") and words[-2] in PORTFOLIOS:
        # "Water Minister Arkun" vs "Agriculture Minister Arkun"
        return f"{words[-2]} minister", " ".join(words[-2:])
    return "", ""


def _office_changed(pair_: Pair, x: Fact, y: Fact) -> list[Hit]:
    """Report the same person under two different offices right before the name."""
    office_x, said_x = _office(_title_words(pair_.text_a, x))
    office_y, said_y = _office(_title_words(pair_.text_b, y))
    if not office_x or not office_y or office_x == office_y:
        return []
    if all(o.split()[0] in _PORTFOLIO_AREAS for o in (office_x, office_y)):
        return []  # "Water Minister" vs "Agriculture Minister": R501 reports the portfolio
    shown_x, shown_y = (
        f"'{said}'" if said == office else f"'{said}' ({office})"
        for said, office in ((said_x, office_x), (said_y, office_y))
    )
    message = f"title differs for {x.display}: {shown_x} vs {shown_y}"
    return [Hit("R505", message, x, y, (office_x, office_y))]


def _title_words(text: str, f: Fact) -> list[str]:
    """Return up to four words right before a name, lowercased, none across punctuation."""
    window = text[max(0, f.start - 50) : f.start]
    # "Mirvan's foreign minister, Dariusz Kolen": a title set off by one comma is his.
    window = re.split(r"[.,;:!?“”\"()]", window.rstrip().removesuffix(","))[-1]
    words = [_RANK_SPELLINGS.get(w.lower(), w.lower()) for w in _WORDS_BEFORE.findall(window)]
    while words and words[-1] in ("the", "a", "an"):
        words.pop()
    if words and words[-1] in _NOT_TITLING:
        # "former mayor of Sorvik": the name is the place, not the office holder; "their
        # previous contract with the Transit Authority": the words say what it had, not its title.
        return []
    return words[-4:]


_NOT_TITLING = frozenset("of in from for at with to by on against and over under than".split())


_RANK_SPELLINGS = {"ex": "former", "previous": "former", "erstwhile": "former"}
