"""Rules R7xx: hedges and bounds on quantities ("about", "more than", "up to") added or dropped."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from reconcile.model import Fact, Kind, Severity
from reconcile.rules.matching import (
    Match,
    bound,
    consistent_bound,
    just_past,
    limited,
    pair,
    same_key,
    step,
    written_to,
)
from reconcile.rules.registry import Hit, Pair, Rule, Side, register

_MEANING = {
    "~": "approximately",
    ">": "at least",
    "<": "at most",
    "≲": "just under",
    "=": "exactly",
}


def _rounding(x: Fact, bx: str, y: Fact, by: str) -> bool:
    """Return whether the hedge only owns up to rounding or converting an exact figure.

    ``x`` is the original's figure and ``y`` the rewrite's.
    """
    exact, hedged, sign = (x, y, by) if bx == "=" else (y, x, bx)
    e, h = exact.value, hedged.value
    if "=" not in (bx, by) or not isinstance(e, float | int) or not isinstance(h, float | int):
        return False
    if sign in ("~", "≲") and exact.attr("unit") != hedged.attr("unit"):
        # "minus 3C" and "about 27F": a conversion, owned up to. But a rewrite's "1,235 square
        # miles", finer than the original's "about 3,200 square kilometres", drops the hedge.
        return exact is x or written_to(exact) >= written_to(hedged)
    if just_past(exact, hedged):
        return True  # "11%" and "just over one in ten": the hedge says which way it rounds
    if step(hedged) <= step(exact):
        return False  # the hedged figure is the finer one: its hedge is news
    return sign in ("~", "≲") or (sign == ">" and e >= h) or (sign == "<" and e <= h)


def _with_hedge(f: Fact, text: str) -> Fact:
    """Return ``f`` widened to start at its hedge, so the finding quotes "about two weeks"."""
    start = int(f.attr("hedge_start", str(f.start)))
    if start >= f.start:
        return f
    return replace(f, start=start, text=text[start : f.end])


# A date something is only expected on: "the vote is expected on Thursday", "comes online,
# expected in 2027". Not "due in March", a schedule as settled as "opens in March".
_EXPECTED_DATE = re.compile(
    r"\bexpected\s+(?:to\s+[a-z]+\s+(?:[a-z]+\s+)?)?"
    r"(?:on|in|by|for|at|from|until)?\s*(?:the\s+|late\s+|early\s+|mid-)?$",
    re.IGNORECASE,
)
# Words that keep a date in the future or in doubt: "will", "plans to", "set to".
_NOT_YET = re.compile(
    r"\b(?:expected|expects|due|scheduled|slated|planned|plans?|set\s+to|will|would|could|may|"
    r"might|likely|probably|possibly|perhaps|hopes?|aims?|intends?|should|is\s+to|are\s+to|"
    r"forecasts?|projected|target)\b"
    r"|['’]ll\b",
    re.IGNORECASE,
)


def _expected_dates(pair_: Pair, dates: list[Match]) -> Iterator[Hit]:
    """Report a date one version only expects and the other states as settled.

    "The telescope comes online, expected in 2027" against "comes online in 2027"; "the
    vote is expected on Thursday" against "the vote took place on Thursday". Quiet where the
    other version keeps the date ahead ("will", "is due", "plans").
    """
    for m in dates:
        if m.a is None or m.b is None or m.status not in ("same", "reworded"):
            continue
        for x, text_x, y, side_y, code in (
            (m.a, pair_.text_a, m.b, pair_.b, "R701"),
            (m.b, pair_.text_b, m.a, pair_.a, "R702"),
        ):
            hedge = _EXPECTED_DATE.search(text_x, max(0, x.start - 40), x.start)
            if hedge is None:
                continue
            sentence = next((s for s in side_y.sentences if s.start <= y.start < s.end), None)
            if sentence is None:
                continue
            # The few words before the date: "plans to observe ... once it comes online in
            # 2027" plans the observing, not the date.
            before = sentence.text[max(0, y.start - sentence.start - 40) : y.start - sentence.start]
            if _NOT_YET.search(before):
                continue
            said = text_x[hedge.start() : x.end]
            if code == "R701":
                yield Hit(
                    code,
                    f"expectation made fact: '{said}' became '{y.text}', as settled",
                    replace(x, start=hedge.start(), text=said),
                    y,
                    (f"expected {x.display}", str(y.display)),
                )
            else:
                yield Hit(
                    code,
                    f"fact made expectation: '{y.text}' became '{said}'",
                    y,
                    replace(x, start=hedge.start(), text=said),
                    (str(y.display), f"expected {x.display}"),
                )
            break


def _bound_for_figure(x: Fact, y: Fact) -> Hit:
    """Return the hit for an exact figure given as a bound it meets ("38" vs "more than 30")."""
    values = (f"{_MEANING[bound(x)]} {x.display}", f"{_MEANING[bound(y)]} {y.display}")
    if bound(y) == "=":
        return Hit(
            "R701",
            f"figure made exact: {_phrase(x)} became '{y.text}' ({y.display}), which it allows",
            x,
            y,
            values,
        )
    return Hit(
        "R702",
        f"figure given as a bound: '{x.text}' ({x.display}) became {_phrase(y)}, which it meets",
        x,
        y,
        values,
    )


def _phrase(f: Fact, sign: str = "") -> str:
    return f"'{f.text}' ({_MEANING[sign or bound(f)]} {f.display})"


R = Severity
RULES = (
    Rule(
        "R701",
        "hedge-dropped",
        Kind.HEDGE,
        R.WARNING,
        'A hedge or bound in A ("about", "more than", "up to") is gone in B, so B states '
        "as exact a figure that A gave as approximate or as a limit.",
        flag=(
            (
                "She spoke on the Senate floor shortly after 4 p.m. local time.",
                "She spoke on the Senate floor at 4 p.m. local time.",
            ),
            (
                "The array will be used once its first section comes online, expected in 2027.",
                "The array will be used once its first section comes online in 2027.",
            ),
            (
                "The pact covers about 3,200 square kilometres of grazing land.",
                "The pact covers 1,235 square miles of grazing land.",
            ),
            (
                "Waterfront Books sold the chain for a reported 63 million pounds.",
                "Waterfront Books sold the chain for £63m.",
            ),
            (
                "Jamaica moved ahead for the first time with just under four minutes remaining.",
                "Jamaica took their first lead with four minutes remaining.",
            ),
            (
                "In the lower river, numbers fell by more than half over the decade.",
                "In the lower river, numbers dropped by half over the decade.",
            ),
            (
                "The crop could fall to as little as 1,100 tonnes.",
                "The crop could drop to 1,100 tonnes.",
            ),
            (
                "The metro will remain closed at least until Monday.",
                "The metro will remain closed until Monday.",
            ),
            (
                "Businesses will be offered loans of up to 500,000 crowns under the cap.",
                "Businesses are covered by the cap, and can apply for loans of 500,000 crowns.",
            ),
            (
                "Farmers stay exempt until at least 2030, the law says.",
                "Farmers stay exempt until 2030, the law says.",
            ),
            (
                "The hostages could be freed as early as Friday, officials said.",
                "The hostages could be freed on Friday, officials said.",
            ),
            (
                "He made the offer about two weeks after the tariff.",
                "He made the offer two weeks after the tariff.",
            ),
            ("As many as 300 flights were cancelled.", "300 flights were cancelled."),
            (
                "Sales are expected to rise nearly sevenfold by 2030.",
                "Sales are expected to rise sevenfold by 2030.",
            ),
            (
                "The strike will continue for at least another 10 days.",
                "The strike will continue for another 10 days.",
            ),
            (
                "Economists had expected a smaller rise, to about minus 11.0.",
                "Economists had forecast a smaller rise, to minus 11.0.",
            ),
            (
                "Less than 2% of the money reached the victims.",
                "Only 2% of the money reached the victims.",
            ),
        ),
        keep=(
            (
                "She spoke on the Senate floor shortly after 4 p.m. local time.",
                "She spoke on the Senate floor just after 4 p.m. local time.",
            ),
            (
                "The reactor will restart no earlier than March 2, 2026, the operator said.",
                "The reactor will restart no sooner than 2 March 2026, the operator said.",
            ),
            (
                "The final vote is expected on Thursday.",
                "The final vote will be held on Thursday.",
            ),
            (
                "The plant is due to open in March.",
                "The plant opens in March.",
            ),
            (
                "Patients lost an average of 7.4 kg over the trial.",
                "Patients lost around 16 pounds on average over the trial.",
            ),
            (
                "Waterfront Books sold the chain for a reported 63 million pounds.",
                "Waterfront Books sold the chain for about £63m.",
            ),
            (
                "The rules allowed a penalty of up to six points for the breach.",
                "Under the rules, the maximum sanction was six points for the breach.",
            ),
            (
                "Lindqvist, who topped three problems, won the final.",
                "Lindqvist, who managed three tops, won the final.",
            ),
            (
                "The shares are offered at a discount of about 38% to Tuesday's close.",
                "The shares are offered at roughly a 38 per cent discount to Tuesday's close.",
            ),
            (
                "The survey will cost an estimated 4.2 million euros.",
                "The survey is expected to cost €4.2m.",
            ),
            (
                "Boil frozen berries for at least one minute before eating them.",
                "Boil frozen berries for a minute or more before eating them.",
            ),
            (
                "Parliament voted to cut the speed limit on motorways to 110 km/h from 130 km/h.",
                "Parliament voted to lower the motorway speed limit from 130 km/h to 110 km/h.",
            ),
            (
                "Farm-gate prices could fall to as low as NZ$8.00.",
                "Farm-gate prices could fall to as little as NZ$8.",
            ),
            (
                "Debt would peak at 58 percent of GDP in 2028, below the EU limit of 60 percent.",
                "Debt will peak at 58 per cent of GDP in 2028, staying under the EU's 60 per cent "
                "ceiling.",
            ),
            (
                "The team flew over 1,100 individual reefs.",
                "The team surveyed 1,100 reefs from the air.",
            ),
            (
                "The rise will cost an estimated 480 million lunars a year, the ministry said.",
                "The rise will cost 480 million lunars a year, the ministry estimated.",
            ),
            (
                "The bank is not expected to cut rates until at least June.",
                "The bank is unlikely to cut rates before June.",
            ),
            (
                "He scored 298.4 points over two rounds.",
                "He totalled 298.4 points from his two jumps.",
            ),
            (
                "Winds gusting up to 95 km/h cut visibility.",
                "Winds gusting to 95 km/h cut visibility.",
            ),
            (
                "Damage was estimated at 1.2 million pounds.",
                "Damage was put at £1.2m.",
            ),
            (
                "The ban will remain in place until at least the end of September.",
                "The ban would not be lifted before the end of September.",
            ),
            (
                "The deal ends more than a decade of stalled negotiations.",
                "The deal ends over ten years of stalled negotiations.",
            ),
            (
                "The coach said the team had prepared the opening for more than two months.",
                "The coach said the team had spent over two months preparing the opening.",
            ),
            ("The trial ran over two academic years.", "The trial ran across two school years."),
            (
                "Kestrel finished more than two hours behind the leaders.",
                "Kestrel finished over two hours adrift of the winners.",
            ),
            (
                "Gusts of up to 45 km/h made scoring hard on Sunday.",
                "Gusts reaching 45 kilometres per hour made scoring hard on Sunday.",
            ),
            (
                "Calloway won at 11-under 273, two shots clear.",
                "Calloway won on 11 under par, a total of 273, two shots clear.",
            ),
            (
                "Flights stay grounded until at least Friday, officials said.",
                "Flights stay grounded until Friday at the earliest, officials said.",
            ),
            (
                "The team tracked the birds over four years, researchers said.",
                "The four-year project tracked the birds, researchers said.",
            ),
            (
                "Most of those who died were over 70, officials said.",
                "Most of those who died were older than 70, officials said.",
            ),
            (
                "Visibility fell to less than 50 metres in the town.",
                "Visibility in the town dropped below 50 metres.",
            ),
            ("More than 40 people were hurt.", "Over 40 people were hurt."),
            (
                "Patients had at least 15 headache days a month.",
                "Patients had 15 or more headache days a month.",
            ),
            (
                "Patients get a maximum of 14 days' supply.",
                "Patients get no more than 14 days' supply.",
            ),
            (
                "The ice was thicker than the minimum of 107 cm for trucks.",
                "The ice was thicker than the 107-centimetre minimum for trucks.",
            ),
            (
                "Children under 12 will remain exempt, while those aged 12 to 18 will pay half.",
                "Under-12s will still pay nothing, and 12- to 18-year-olds will pay 50 percent.",
            ),
            (
                "Consumers called on the council to phase it in over two years.",
                "Consumers urged the council to phase in the rise over 24 months.",
            ),
            (
                "Investors asked to pull out more than 310 million pounds in a week, the "
                "company said.",
                "The company said investors sought to take out over £310m in seven days.",
            ),
            (
                "The ride reaches speeds of up to 80 km/h.",
                "The ride reaches top speeds of 80 km/h.",
            ),
            ("The illness can last up to 50 days.", "The illness can stretch to 50 days."),
            ("Patients get more than a month's supply.", "Patients get over a month's supply."),
            (
                "The project was delayed by more than a year.",
                "The project was delayed by over a year.",
            ),
            (
                "He allowed three runs on five hits over six innings.",
                "He allowed three runs and five hits in six innings.",
            ),
            (
                "The previous high of $2,200 a tonne was set in May.",
                "The old high, $2,200 a tonne, was set in May.",
            ),
            (
                "The vote was pushed back to at least 2028.",
                "The vote was delayed until 2028 at the earliest.",
            ),
            (
                "Ships face a speed limit of 8 knots in the strait.",
                "Ships face an 8-knot (15 km/h) speed limit in the strait.",
            ),
            (
                "Work on the road, which is not expected before October, was halted.",
                "Work on the road, which is unlikely to begin until October, was halted.",
            ),
        ),
    ),
    Rule(
        "R702",
        "hedge-added",
        Kind.HEDGE,
        R.WARNING,
        "B hedges or bounds a figure that A gives as exact.",
        flag=(
            (
                "The final vote took place on Thursday.",
                "The final vote is expected on Thursday.",
            ),
            ("The fire destroyed 300 homes.", "The fire destroyed about 300 homes."),
            (
                "The trial heard evidence from 38 witnesses over six weeks.",
                "The trial heard from more than 30 witnesses over six weeks.",
            ),
        ),
        keep=(
            (
                "Flights are capped between 06:00 and 22:00 local time.",
                "Flights are capped from 0600 to 2200 local time.",
            ),
            (
                "Officials ended a cap that limited foreign ownership of listed banks to 30 "
                "percent.",
                "Officials ended a 30% cap on foreign ownership of listed banks.",
            ),
            (
                "The election is due by September 2027.",
                "The election must be held no later than September 2027.",
            ),
            (
                "The next general election is due no later than May 2027.",
                "A general election must be held by May 2027 at the latest.",
            ),
            (
                "Several hundred students protested outside parliament.",
                "About 300 students protested outside parliament.",
            ),
            (
                "The homes would not reopen them to visitors before March 10.",
                "Visitors to the homes will not be allowed back before 10 March.",
            ),
            (
                "Patients will get a replacement pump within 12 weeks.",
                "Patients will get a replacement pump in 12 weeks or less.",
            ),
            (
                "The council raised the ceiling for the mission, known as UNMIVA, to 9,500 troops.",
                "The mission may now deploy up to 9,500 troops.",
            ),
            (
                "Rural roads are already limited to 90 km/h.",
                "Rural roads are already capped at 90 km/h.",
            ),
            (
                "The tornado struck with winds estimated at 290 km/h.",
                "The tornado struck with winds of around 290 km/h.",
            ),
            (
                "Police seized tusks with an estimated street value of $4.5 million.",
                "Police seized tusks worth an estimated $4.5 million on the black market.",
            ),
            (
                "The airport handled 16.3 million passengers in the year to March, a record.",
                "The airport handled an all-time high of 16.3 million passengers in the year to "
                "March.",
            ),
            (
                "Males ranged over an average of 210 square kilometres.",
                "Males ranged over 210 sq km on average.",
            ),
            (
                "Participants were followed for 18 months after completing treatment.",
                "Over a year and a half of follow-up after treatment ended, few relapsed.",
            ),
            (
                "The speed limit on the viaduct is 80 km/h, the ministry said.",
                "Trains may not exceed 80 kph on the viaduct, the ministry said.",
            ),
            (
                "The deal guarantees a minimum flow of 1,200 cubic metres per second.",
                "The deal guarantees a flow of at least 1,200 cubic metres a second.",
            ),
            (
                "The shares touched a high of 29.10 euros.",
                "The shares climbed as high as 29.10 euros.",
            ),
            ("The fire destroyed some 300 homes.", "The fire destroyed about 300 homes."),
            ("The plasma held for 1,337 seconds.", "The plasma held for more than 22 minutes."),
            (
                "A foehn wind pushed temperatures to 22.4 degrees Celsius on Monday.",
                "A foehn wind drove temperatures in the Alpine valleys up to 22.4C (72.3F) on "
                "Monday.",
            ),
            ("She shot 29 or better in every end.", "She shot at least 29 in every end."),
            (
                "Prize money was raised this season to 40,000 Swiss francs.",
                "Prize money has gone up to CHF 40,000 this season.",
            ),
            (
                "The deal is worth 1.1 billion euros ($1.27 billion).",
                "The deal is worth 1.1 billion euros, or about $1.27 billion.",
            ),
            (
                "A licence can be renewed only twice.",
                "A licence can currently be renewed no more than two times.",
            ),
            (
                "Passengers rose to nearly triple the number a decade earlier.",
                "Passengers rose to almost three times as many as ten years before.",
            ),
            (
                "The family needs to reach 90% of the shares.",
                "The family must secure at least 90% of the shares.",
            ),
        ),
    ),
    Rule(
        "R703",
        "hedge-opposite",
        Kind.HEDGE,
        R.ERROR,
        'The versions bound a figure in opposite directions ("more than 40" vs "up to 40").',
        flag=(
            (
                "The tunnel, which opened in 2009, will remain closed for at least three weeks, "
                "the operator said. Traffic is being diverted over a mountain pass, adding 90 "
                "minutes to journeys.",
                "The tunnel opened in 2009. The operator said it would stay closed for up to "
                "three weeks, with traffic diverted over a mountain pass, adding 90 minutes to "
                "journeys.",
            ),
            (
                "Work should finish in mid-2028 at the earliest.",
                "Work should finish by mid-2028 at the latest.",
            ),
            (
                "Patients should check the battery indicator at least four times a day.",
                "Patients should check the battery indicator up to four times a day.",
            ),
            (
                "Analysts had expected at most one bank to fail the test.",
                "Analysts had expected at least one bank to fail the test.",
            ),
            ("More than 40 people were hurt.", "Up to 40 people were hurt."),
            (
                "Nearly one in four urgent calls missed the target.",
                "More than one in four urgent calls missed the target.",
            ),
            (
                "The vote was pushed back to at least 2028.",
                "The vote was delayed until 2028 at the latest.",
            ),
        ),
        keep=(
            (
                "Tickets cannot be resold for more than 10% above face value.",
                "Tickets may be resold for no more than 10 per cent above face value.",
            ),
            (
                "The upper house cannot block the bill but can delay it by up to 60 days.",
                "The upper house can delay the law by up to 60 days but cannot block it.",
            ),
            (
                "Jurors must not research cases online, and breaches can be punished by up to "
                "three months in prison.",
                "Jurors are warned not to research cases online and face up to three months in "
                "jail.",
            ),
            (
                "It did not tell the regulator until June 19, more than a month after the breach.",
                "The regulator was not told until 19 June - over a month after the breach.",
            ),
            (
                "Poultry moves are banned for at least 30 days.",
                "Poultry may not be moved for a minimum of 30 days.",
            ),
            (
                "Russia hadn't supplied more than 1 million tons in recent years.",
                "Russia's supply has not exceeded 1 million tons in recent years.",
            ),
            (
                "The cap allows two ships a day carrying no more than 5,000 passengers.",
                "Under the cap, no more than two ships a day carrying a maximum of 5,000 passengers"
                " may call.",
            ),
            (
                "The ministry did not say whether people under 60 would be offered the vaccine.",
                "The ministry confirmed that people under 60 would be offered the vaccine.",
            ),
        ),
    ),
    Rule(
        "R704",
        "hedge-changed",
        Kind.HEDGE,
        R.WARNING,
        'An approximation in one version is a bound in the other ("about 40" vs "more than 40").',
        flag=(
            (
                "The tanker was carrying roughly 98,000 tonnes of crude.",
                "The tanker was carrying nearly 98,000 tonnes of crude.",
            ),
            ("About 40 people were hurt.", "More than 40 people were hurt."),
        ),
        keep=(
            (
                "The deposit holds at least 8.8 million tonnes.",
                "The deposit holds an estimated 8.8 million tonnes or more.",
            ),
            ("About 40 people were hurt.", "Around 40 people were hurt."),
            ("Nearly 600,000 bags were lost.", "Close to 600,000 bags were lost."),
        ),
    ),
)


# Other ways to say "in part": "most of those", "part of the problem", "tended to be men".
_SOME = re.compile(
    # "the main cause" = "chiefly to blame".
    r"\b(?:most|much|part|majority|bulk|half|main|chief|primary|principal)\b|\btend(?:s|ed)?\s+to\b|\b(?:generally|usually|"
    r"essentially|basically|mainly|in\s+general)\b",
    re.IGNORECASE,
)
EXTENT_RULES = (
    Rule(
        "R707",
        "likelihood-dropped",
        Kind.HEDGE,
        R.WARNING,
        'One version states as fact what the other gives as a likelihood ("probably linked", '
        '"is believed to have begun", "reportedly").',
        flag=(
            (
                "He was killed, possibly as a sacrifice, the study found.",
                "He was killed, probably as a sacrifice, the study found.",
            ),
            (
                "The president is expected to sign the law next week.",
                "The president will sign the law next week.",
            ),
            (
                "Evacuated residents are not expected to be allowed home before Friday.",
                "Evacuated residents will not be allowed home before Friday.",
            ),
            (
                "The ministry said it would consider extending free vaccination to adults.",
                "The ministry said it would extend free vaccination to adults.",
            ),
            (
                "Aid groups warned that crowded displacement camps could accelerate its spread.",
                "Aid groups warned that packed displacement camps would speed up transmission.",
            ),
            (
                "Ondo said the decline was probably linked to warmer bottom water.",
                "Ondo said the decline was linked to warmer bottom water.",
            ),
            (
                "The family said it would consider an appeal.",
                "The family said it would appeal.",
            ),
            (
                "Tallis Hydro was studying whether to take the case to the Supreme Court.",
                "Tallis Hydro said it would take the case to the Supreme Court.",
            ),
            (
                "The team believes the fungicide disrupts gut bacteria.",
                "The fungicide disrupts gut bacteria.",
            ),
            (
                "Prosecutors said more arrests could follow.",
                "Prosecutors said more arrests would follow.",
            ),
            ("Officials suspect wild ducks brought the virus.", "Wild ducks brought the virus."),
            (
                "He abandoned the race with a suspected broken collarbone.",
                "He abandoned the race with a broken collarbone.",
            ),
            (
                "The decline was probably linked to warmer bottom water.",
                "The decline was linked to warmer bottom water.",
            ),
            (
                "The outbreak is believed to have begun in late January.",
                "The outbreak began in late January.",
            ),
        ),
        keep=(
            (
                "He was killed, probably as a sacrifice.",
                "He was killed, likely as a sacrifice.",
            ),
            (
                "Russian companies could consider a joint venture in the Krasnoyarsk region.",
                "Russian companies could consider setting up a joint venture in the Krasnoyarsk "
                "region.",
            ),
            (
                "The survey will cost an estimated 4.2 million euros.",
                "The survey is expected to cost €4.2m.",
            ),
            (
                "The two ambassadors are expected to present their credentials in May.",
                "The new ambassadors should present their credentials in May.",
            ),
            (
                "The government said it would consider prohibiting employers from charging a fee.",
                "The government said it would consider not allowing employers to charge a fee.",
            ),
            (
                "Whole islands are now looking to abandon their homes.",
                "Whole islands are now considering abandoning their homes.",
            ),
            (
                "Any claimants would be able to rely on the archives of the Red Cross.",
                "Any claimants could rely on the archives of the Red Cross.",
            ),
            (
                "The family said it would consider an appeal.",
                "The family said it was considering an appeal.",
            ),
            (
                "They allegedly photographed submarines.",
                "They are accused of photographing submarines.",
            ),
            ("Nobody knows what the court may decide.", "Nobody knows what the court will decide."),
            (
                "Experts believe the rise is due to better policing.",
                "Experts credit the rise to better policing.",
            ),
            (
                "The decline was probably linked to warmer bottom water.",
                "The decline may have been linked to warmer bottom water.",
            ),
            (
                "Police said no one else was believed to be trapped.",
                "Police said they believed nobody else was trapped.",
            ),
        ),
    ),
    Rule(
        "R705",
        "extent-changed",
        Kind.HEDGE,
        R.WARNING,
        'One version says a claim holds in part ("largely", "mostly"), the other in whole '
        '("entirely", "solely").',
        flag=(
            (
                "The project was funded largely by the EU.",
                "The project was funded entirely by the EU.",
            ),
        ),
        keep=(("The project was funded largely by the EU.", "It was mostly funded by the EU."),),
    ),
    Rule(
        "R706",
        "extent-dropped",
        Kind.HEDGE,
        R.WARNING,
        'A qualifier that limits a claim to a part ("largely", "mainly") or to most occasions '
        '("usually", "typically") is in one version only.',
        flag=(
            ("The project was funded largely by the EU.", "The project was funded by the EU."),
            (
                "Symptoms usually appear between two and 10 days after exposure.",
                "Symptoms appear between two and 10 days after exposure.",
            ),
            (
                "The group said the final text addressed most of its concerns.",
                "The group said the final text addressed its concerns.",
            ),
        ),
        keep=(
            (
                "Children with autism could learn to behave better in social situations.",
                "Children with autism could learn to behave more normally in social situations.",
            ),
            (
                "The project was funded largely by the EU.",
                "Most of the funding came largely from the EU.",
            ),
            (
                "The ministry disputed that agriculture was the main cause.",
                "The ministry rejected the idea that agriculture was chiefly to blame.",
            ),
        ),
    ),
)


@register(*EXTENT_RULES)
def check_extents(pair_: Pair) -> Iterator[Hit]:
    """Compare the extent words of the two sides: part against whole, or a part dropped."""
    if not pair_.a.sentences or not pair_.b.sentences:
        return
    yield from _certainty(pair_)
    yield from _degree(pair_)
    yield from _modal(pair_)
    yield from _weighed(pair_)
    yield from _expected(pair_)
    # "Most of the cases" is answered by "the majority of those infected" in other words.
    a = [f for f in pair_.a.facts if f.key == "extent" and not _share_said(f, pair_.b.text)]
    b = [f for f in pair_.b.facts if f.key == "extent" and not _share_said(f, pair_.a.text)]
    parts_a = [f for f in a if f.value == "part"]
    parts_b = [f for f in b if f.value == "part"]
    wholes_a = [f for f in a if f.value == "whole"]
    wholes_b = [f for f in b if f.value == "whole"]
    if len(parts_a) > len(parts_b) and len(wholes_b) > len(wholes_a):
        x, y = parts_a[len(parts_b)], wholes_b[len(wholes_a)]
        yield Hit("R705", f"extent changed: '{x.text}' (in part) vs '{y.text}' (in whole)", x, y)
    elif len(parts_b) > len(parts_a) and len(wholes_a) > len(wholes_b):
        x, y = wholes_a[len(wholes_b)], parts_b[len(parts_a)]
        yield Hit("R705", f"extent changed: '{x.text}' (in whole) vs '{y.text}' (in part)", x, y)
    elif parts_a and not b and not _SOME.search(pair_.b.text):
        x = parts_a[0]
        yield Hit(
            "R706", f"qualifier dropped: '{x.text}' limits the claim in A; B has none", x, None
        )
    elif parts_b and not a and not _SOME.search(pair_.a.text):
        y = parts_b[0]
        yield Hit("R706", f"qualifier added: '{y.text}' limits the claim in B; A has none", None, y)


def _share_said(f: Fact, other: str) -> bool:
    """Return whether a share ("most of") is given on the other side in its own words."""
    return f.text.lower().startswith("most of") and _SOME.search(other) is not None


def _certainty(pair_: Pair) -> Iterator[Hit]:
    """Report a claim made a likelihood on one side only ("probably linked" vs "was linked")."""
    # "Officials suspect" against "officials say": the same people, who the other side
    # has speak; only a suspicion the other side states as plain fact is dropped.
    # Nor is a word the other side uses too ("could consider a joint venture" vs "could
    # consider setting up a joint venture").
    a = [
        f
        for f in pair_.a.facts
        if f.key == "certainty" and not _held_by(f, pair_.b.text) and not _weighed_too(f, pair_.b)
    ]
    b = [
        f
        for f in pair_.b.facts
        if f.key == "certainty" and not _held_by(f, pair_.a.text) and not _weighed_too(f, pair_.a)
    ]
    if bool(a) == bool(b):
        return
    # A word of doubt on the other side answers it, unless this side has the same word too
    # ("Ondo said ... probably linked" vs "Ondo said ... linked": "said" is in both).
    # The likelihood's own word is not one more: "no one else was believed to be trapped" vs
    # "they believed nobody else was trapped" keeps the belief.
    maybe_a, maybe_b = _doubts(pair_.a, a), _doubts(pair_.b, b)
    if a and not maybe_b - maybe_a:
        yield Hit(
            "R707", f"likelihood dropped: '{a[0].text}' in A; B states it as fact", a[0], None
        )
    elif b and not maybe_a - maybe_b:
        yield Hit("R707", f"likelihood added: '{b[0].text}' in B; A states it as fact", None, b[0])


# How likely a claim is made, by the adverb that says it: "possibly" is less than "probably".
_DEGREE = re.compile(
    r"\b(?P<word>possibly|perhaps|conceivably|probably|likely|almost\s+certainly|certainly|"
    r"definitely)\s+(?P<then>[a-z]+(?:\s+[a-z]+)?)",
    re.IGNORECASE,
)
_DEGREES = {
    "possibly": "possible",
    "perhaps": "possible",
    "conceivably": "possible",
    "probably": "probable",
    "likely": "probable",
    "almost certainly": "near certain",
    "certainly": "certain",
    "definitely": "certain",
}


def _degree(pair_: Pair) -> Iterator[Hit]:
    """Report one claim put as possible on one side and probable (or certain) on the other.

    "killed possibly as a sacrifice" against "probably as a sacrifice": the words after the
    adverb must be the same, one adverb a side.
    """
    found = []
    for side in (pair_.a, pair_.b):
        marks = [(m, s) for s in side.sentences for m in _DEGREE.finditer(s.text)]
        if len(marks) != 1:
            return
        found.append(marks[0])
    (x, sx), (y, sy) = found
    said_x = _DEGREES[re.sub(r"\s+", " ", x.group("word").lower())]
    said_y = _DEGREES[re.sub(r"\s+", " ", y.group("word").lower())]
    if said_x == said_y or x.group("then").lower() != y.group("then").lower():
        return
    fx = Fact.matched(Kind.HEDGE, x, sx.start, "degree", said_x, said_x)
    fy = Fact.matched(Kind.HEDGE, y, sy.start, "degree", said_y, said_y)
    yield Hit(
        "R707",
        f"likelihood changed: '{x.group(0)}' ({said_x}) vs '{y.group(0)}' ({said_y})",
        fx,
        fy,
        (said_x, said_y),
    )


def _modal(pair_: Pair) -> Iterator[Hit]:
    """Report the same verb under "could" on one side and "would" or "will" on the other."""
    a = [f for f in pair_.a.facts if f.key == "modal"]
    b = [f for f in pair_.b.facts if f.key == "modal"]
    for x in a:
        verb = x.attr("verb")
        y = next((y for y in b if y.attr("verb") == verb and y.value != x.value), None)
        if (
            y is None
            and len(a) == len(b) == 1
            and b[0].value != x.value
            and _full_verb(verb)
            and _full_verb(b[0].attr("verb"))
        ):
            # One modal a side, on other verbs: "camps could accelerate its spread" vs "camps
            # would speed up transmission" (the verb reworded, the likelihood changed).
            y = b[0]
        if y is None or any(z.attr("verb") == y.attr("verb") and z.value == x.value for z in b):
            continue
        if any(z.attr("verb") == verb and z.value == y.value for z in a):
            continue
        said = (
            "a possibility in A, expected in B"
            if x.value == "maybe"
            else ("expected in A, a possibility in B")
        )
        yield Hit("R707", f"likelihood changed: '{x.text}' vs '{y.text}' ({said})", x, y)


def _full_verb(verb: str) -> bool:
    """Return whether a modal governs a verb of its own meaning.

    Not "be" or "have" ("would be able to rely" is "could rely"; "will have to wait") and not
    an adverb ("will likely make").
    """
    first = verb.split()[0] if verb else ""
    return bool(first) and first not in ("be", "have") and not first.endswith("ly")


# "would consider an appeal", "was studying whether to take the case to the Supreme Court":
# a step only weighed, against "would appeal", "would take the case" on the other side.
_WEIGHING = re.compile(
    r"\b(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|stud(?:y|ies|ied|ying)|"
    r"examin(?:e|es|ed|ing)|look(?:s|ed|ing)?\s+at)\s+(?:(?:an?|whether\s+to)\s+)?"
    r"(?P<what>[a-z]{4,})\b",
    re.IGNORECASE,
)
_DECIDED = r"\b(?:would|will|to|shall)\s+(?:now\s+|also\s+)?{what}\b"


def _weighed(pair_: Pair) -> Iterator[Hit]:
    """Report a step one side says is only weighed and the other says will be taken."""
    yield from _hedged_step(pair_, _WEIGHING, _DECIDED, _WEIGHING, "decided")


def _hedged_step(
    pair_: Pair, hedged: re.Pattern[str], taken: str, hedged_too: re.Pattern[str], how: str
) -> Iterator[Hit]:
    """Report the first step that one side hedges and the other states as taken.

    ``hedged`` finds the hedge and the verb it governs (group ``what``); ``taken`` is the
    pattern of that verb stated outright, with ``{what}`` for the verb; a side matching
    ``hedged_too`` hedges in its own words and is never the stating side.
    """
    for side, other, a_hedges in ((pair_.a, pair_.b, True), (pair_.b, pair_.a, False)):
        if hedged_too.search(other.text):
            continue
        for s in side.sentences:
            for m in hedged.finditer(s.text):
                stated = taken.format(what=re.escape(m.group("what").lower()))
                if not re.search(stated, other.text, re.IGNORECASE):
                    continue
                start, end = s.start + m.start(), s.start + m.end()
                fact = Fact(Kind.HEDGE, start, end, m.group(0), "certainty", "maybe", m.group(0))
                if a_hedges:
                    message = f"likelihood dropped: '{m.group(0)}' in A; B states it as {how}"
                    yield Hit("R707", message, fact, None)
                else:
                    message = f"likelihood added: '{m.group(0)}' in B; A states it as {how}"
                    yield Hit("R707", message, None, fact)
                return


# "is expected to sign the law" against "will sign the law": an expectation stated as fact.
_EXPECTED = re.compile(
    r"\b(?:is|are|was|were)\s+(?:not\s+)?expected\s+to\s+(?P<what>[a-z]{2,})\b", re.IGNORECASE
)
_WILL = r"\b(?:will|would)\s+(?:not\s+|now\s+|also\s+)?{what}\b"
_EXPECTED_TOO = re.compile(
    r"\b(?:expected|estimated|likely|probably|forecast|projected|should|set\s+to|due\s+to)\b",
    re.IGNORECASE,
)


def _expected(pair_: Pair) -> Iterator[Hit]:
    """Report a step one side says is expected and the other says will happen.

    Not where the other side hedges in its own words: "will cost an estimated 4.2 million",
    "should present", "are set to save".
    """
    yield from _hedged_step(pair_, _EXPECTED, _WILL, _EXPECTED_TOO, "fact")


def _weighed_too(f: Fact, other: Side) -> bool:
    """Return whether a step only considered is considered on the other side too."""
    word = f.text.split()[0].lower()
    return word.startswith("consider") and re.search(r"\bconsider", other.text, re.I) is not None


def _doubts(side: Side, own: list[Fact]) -> set[str]:
    """Return the words of doubt in ``side`` outside its likelihoods ``own``."""
    return {
        m.group(0).lower()
        for s in side.sentences
        for m in _MAYBE.finditer(s.text)
        if not any(f.start <= s.start + m.start() < f.end for f in own)
    }


def _held_by(f: Fact, other: str) -> bool:
    """Return whether a suspicion's holders ("Experts believe") are named on the other side."""
    holder = f.attr("holder")
    return bool(holder) and re.search(rf"\b{holder}\b", other, re.IGNORECASE) is not None


# Other ways to make a claim a likelihood; either side having one is enough.
_MAYBE = re.compile(
    r"\b(?:may|might|could|would|likely|unlikely|believed|thought|suspected|expect(?:s|ed)?|appears?|"
    r"scarcely|hardly|"
    r"accused|alleged|alleges?|"
    r"seems?|suggest\w*|according|estimated|said|says?|think|thinks|reports?|probably|perhaps|"
    r"possibly|reportedly|allegedly|apparently)\b",
    re.IGNORECASE,
)


# A figure named as a limit is a bound: "the speed limit on the viaduct is 80 km/h" says what
# "trains may not exceed 80 kph" says.
# "is not due to open until 2045", "unlikely to begin until October": said of the date itself
# ("not until Monday" = "on Monday") and of the earliest it can be ("not before Monday").
_NOT_UNTIL = re.compile(
    r"(?:\b(?:not|never|unlikely)|n['’]t)\s+(?:[a-z]+\s+){0,5}?until\s+(?:the\s+|on\s+)?$",
    re.IGNORECASE,
)
# A figure to be reached: "needs to reach 90%", "must win 60 seats".
_THRESHOLD = re.compile(
    r"\b(?:(?:need|needs|needed|needing|required|requires|has|have|had)\s+to|must)\s+"
    r"(?:reach|hit|get|win|secure|achieve|obtain|gain|attract|clear|collect)\s+$",
    re.IGNORECASE,
)
_ONLY_BEFORE = re.compile(r"\bonly\s+$", re.IGNORECASE)
# Bounds that allow the figure itself: "only twice" meets "no more than two", not "fewer than".
_INCLUSIVE = frozenset(
    {"no more than", "at most", "up to", "a maximum of", "as many as", "as much as"}
)
_BY_DATE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)


def _by_date(f: Fact, text: str) -> bool:
    """Return whether a date is a deadline, "by" it: the bound that "no later than" gives."""
    return (
        f.key in ("date", "year", "weekday", "season")
        and _BY_DATE.search(text, max(0, f.start - 8), f.start) is not None
    )


_PEAK = re.compile(
    r"\b(?:reach(?:ing|ed|es)?|peak(?:ing|ed|s)?\s+at|hitting|topping(?:\s+out\s+at)?"
    # "winds gusting to 95 km/h": the top of the gusts.
    r"|gust(?:ing|ed|s)?\s+to|stretch(?:es|ed|ing)?\s+to"
    # "top speeds of 80 km/h" = "speeds of up to 80 km/h".
    r"|(?:top|maximum|peak)\s+[a-z]+\s+of)\s+$",
    re.IGNORECASE,
)


def _peak_for_bound(x: Fact, bx: str, text_a: str, y: Fact, by: str, text_b: str) -> bool:
    """Return whether one side's "up to" is the other's figure given as a peak reached."""
    for f, bf, text, other_bound in ((x, bx, text_a, by), (y, by, text_b, bx)):
        if bf == "=" and other_bound == "<" and _PEAK.search(text, max(0, f.start - 25), f.start):
            return True
    return False


_ESTIMATING = re.compile(r"\b(?:estimat(?:ed|es|e|ing)|reckon(?:s|ed)?)\b", re.IGNORECASE)
# "is expected to cost €4.2m": an estimate of the figure just after it.
_EXPECTED_BEFORE = re.compile(
    r"\b(?:expected|projected|forecast)\s+to\s+(?:[a-z]+\s+){1,2}$", re.IGNORECASE
)


def _estimate_said(x: Fact, bx: str, y: Fact, by: str, text_a: str, text_b: str) -> bool:
    """Return whether an estimate on one side is said of the same figure by a verb on the other.

    "an estimated 480 million lunars, the ministry said" and "480 million lunars, the ministry
    estimated": the figure is an estimate in both.
    """
    for f, other, other_bound, text in ((x, y, by, text_b), (y, x, bx, text_a)):
        if "estimated" in f.attr("hedge") and other_bound == "=":
            if _EXPECTED_BEFORE.search(text, max(0, other.start - 40), other.start):
                return True
            return any(not other.start <= m.start() < other.end for m in _ESTIMATING.finditer(text))
    return False


_WITHIN = re.compile(r"\bwithin\s+(?:the\s+)?(?:next\s+|first\s+)?(?:about\s+)?$", re.IGNORECASE)


def _within(f: Fact, text: str) -> bool:
    """Return whether a figure is given "within": "within 12 weeks" is at most 12 weeks."""
    return _WITHIN.search(text, max(0, f.start - 25), f.start) is not None


@register(*RULES)
def check_hedges(pair_: Pair) -> Iterator[Hit]:
    """Compare the hedges on quantities that the two versions share."""
    if not pair_.a.sentences or not pair_.b.sentences:
        return
    kinds = (Kind.NUMBER, Kind.DATE)
    a = [f for f in pair_.a.facts if f.kind in kinds]
    b = [f for f in pair_.b.facts if f.kind in kinds]
    text_a, text_b = pair_.text_a, pair_.text_b
    matches = pair(a, b)
    yield from _expected_dates(pair_, [m for m in matches if m.a and m.a.kind is Kind.DATE])
    for m in matches:
        if m.a is not None and m.b is None and (moved := _moved_to(m.a, pair_)) is not None:
            # "closed for at least three weeks" here, "for up to three weeks" in the passage
            # the rewrite moved it to: the figure is the same, its bound is not.
            yield from _bounds(
                m.a, moved, "same", text_a, text_b, " (B gives it in another passage)"
            )
        if m.a is None or m.b is None:
            continue
        if m.status == "differs" and consistent_bound(m.a, m.b, text_a, text_b):
            yield _bound_for_figure(_with_hedge(m.a, text_a), _with_hedge(m.b, text_b))
            continue
        if m.status not in ("same", "reworded", "rounded"):
            continue
        if m.a.attr("compared") or m.b.attr("compared"):
            continue  # "from a year earlier": a period of comparison, which no hedge bounds
        if m.a.attr("converted") or m.b.attr("converted"):
            continue  # "($1.27 billion)" and "or about $1.27 billion": a courtesy, hedged or not
        yield from _bounds(m.a, m.b, m.status, text_a, text_b, "")


def _moved_to(f: Fact, pair_: Pair) -> Fact | None:
    """Return the one figure of the other version equal to ``f``, outside this passage.

    Only where each version gives the figure once, so the two are the same figure.
    """
    if not isinstance(f.value, float | int):
        return None
    mine = [g for g in pair_.doc_a.with_value(f.kind, f.value) if same_key(g, f)]
    theirs = [g for g in pair_.doc_b.with_value(f.kind, f.value) if same_key(g, f)]
    if len(mine) != 1 or len(theirs) != 1 or theirs[0] in pair_.b.facts:
        return None
    return theirs[0]


def _bounds(a: Fact, b: Fact, status: str, text_a: str, text_b: str, where: str) -> Iterator[Hit]:
    """Yield the hit for two equal figures whose hedges claim different bounds, if any."""
    x, y = _with_hedge(a, text_a), _with_hedge(b, text_b)
    bx, by = limited(x, text_a), limited(y, text_b)
    if bx == by or {bx, by} == {"≲", "<"}:
        return
    if status == "rounded" and _rounding(x, bx, y, by):
        return  # "1,337 seconds" and "more than 22 minutes": the hedge says it is rounded
    if _peak_for_bound(x, bx, text_a, y, by, text_b):
        return  # "gusts of up to 45 km/h" and "gusts reaching 45 km/h": the peak either way
    if _estimate_said(x, bx, y, by, text_a, text_b):
        return  # "an estimated 480 million" and "480 million, the ministry estimated"
    if {bx, by} == {"=", "<"} and _within(*((x, text_a) if bx == "=" else (y, text_b))):
        return  # "within 12 weeks" and "in 12 weeks or less": "within" is the bound
    if {bx, by} == {"=", "<"} and _by_date(*((x, text_a) if bx == "=" else (y, text_b))):
        return  # "due by September 2027" and "no later than September 2027"
    # The side without a bound, and what stands before its figure.
    exact, exact_text = (x, text_a) if bx == "=" else (y, text_b)
    if {bx, by} == {"=", ">"} and _NOT_UNTIL.search(
        exact_text, max(0, exact.start - 70), exact.start
    ):
        return  # "not due to open until 2045" and "not before 2045": the earliest, either way
    if {bx, by} == {"=", ">"} and _THRESHOLD.search(
        exact_text, max(0, exact.start - 40), exact.start
    ):
        return  # "needs to reach 90%" and "must secure at least 90%": a threshold, met or passed
    if (
        {bx, by} == {"=", "<"}
        and (x if bx == "<" else y).attr("hedge") in _INCLUSIVE
        and _ONLY_BEFORE.search(exact_text, max(0, exact.start - 6), exact.start)
    ):
        return  # "can be renewed only twice" and "no more than two times"
    values = (f"{_MEANING[bx]} {x.display}", f"{_MEANING[by]} {y.display}")
    shown_x, shown_y = _phrase(x, bx), _phrase(y, by)
    if by == "=":
        yield Hit(
            "R701", f"hedge dropped: {shown_x} became '{y.text}' (exact){where}", x, y, values
        )
    elif bx == "=":
        yield Hit("R702", f"hedge added: '{x.text}' (exact) became {shown_y}{where}", x, y, values)
    elif {bx, by} in ({"<", ">"}, {"≲", ">"}):
        # "up to 20" vs "at least 20"; "nearly one in four" vs "more than one in four".
        yield Hit("R703", f"opposite bounds: {shown_x} vs {shown_y}{where}", x, y, values)
    else:
        yield Hit("R704", f"hedge changed: {shown_x} vs {shown_y}{where}", x, y, values)
