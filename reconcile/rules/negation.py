"""Rules R4xx: a statement and its denial, opposite verbs, and opposite directions of change."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from reconcile.fold import stem
from reconcile.model import Fact, Kind, Sentence, Severity
from reconcile.rules.registry import Hit, Pair, Rule, Side, register

R = Severity
RULES = (
    Rule(
        "R401",
        "direction-flip",
        Kind.NEGATION,
        R.ERROR,
        "One version says a figure went up where the other says it went down (rose vs fell).",
        flag=(
            (
                "The shilling weakened slightly to 129.3 per dollar.",
                "The shilling firmed slightly to 129.3 to the dollar.",
            ),
            (
                "The yen weakened to 152.4 per dollar.",
                "The yen strengthened to 152.4 per dollar.",
            ),
            (
                "The December contract has still lost nearly 9 percent this year.",
                "The December contract is still up nearly 9% this year.",
            ),
            (
                "The official toll could be revised upward as data arrive, the ministry said.",
                "The official toll could be revised downward as data arrive, the ministry said.",
            ),
            (
                "Ferrand shares fell 2.4 percent in early trading but later recovered to close up "
                "5.7 percent at 6.69 crowns.",
                "Ferrand fell 2.4 per cent in early deals before rebounding to close 5.7 per cent "
                "lower at 6.69 crowns.",
            ),
            (
                "Perth values rose, edging up 1.2% on mining demand.",
                "Perth values eased 1.2 per cent despite mining demand.",
            ),
            ("The drought cut output in Kolmara.", "The drought boosted output in Kolmara."),
            (
                "At the other schools, sleep duration did not change.",
                "At the other schools, sleep duration increased slightly.",
            ),
            (
                "The deal includes a 20% cut in total catches, it said.",
                "The deal includes a 20% increase in total catches, it said.",
            ),
            (
                "The port handled about 5% less cocoa this season.",
                "The port handled roughly 5% more cocoa this season.",
            ),
            (
                "Cardiology was the only area where waiting times fell last year.",
                "Cardiology was the only specialty where waiting times lengthened last year.",
            ),
            ("Copper prices rose 3% on Monday.", "Copper prices fell 3% on Monday."),
            ("Shares closed higher in Tokyo.", "Shares closed lower in Tokyo."),
            (
                "Prices could rebound if the real strengthens against the dollar.",
                "Prices could bounce back if the real weakens against the dollar.",
            ),
            (
                "Halloran shares jumped 27% while Stellmark shares slipped 2%.",
                "Halloran shares soared 27%, while Stellmark's stock rose 2%.",
            ),
            ("Its sales there fell 12% last year.", "Its sales in the country rose 12% last year."),
            (
                "Sales were 1.9 billion euros, down from 2.3 billion euros a year earlier.",
                "Sales were €1.9 billion, up from €2.3 billion a year earlier.",
            ),
            (
                "Kalahari Stone did not change its 2025 production target.",
                "Kalahari Stone cut its 2025 production target.",
            ),
        ),
        keep=(
            (
                "The index pared some losses to close 3.8% lower at 6,412.55.",
                "The index then recovered some ground to finish 3.8% down at 6,412.55.",
            ),
            (
                "The yen weakened to 152.4 per dollar.",
                "The dollar strengthened to 152.4 yen.",
            ),
            (
                "The euro fell 0.5% against the dollar.",
                "The dollar rose 0.5% against the euro.",
            ),
            (
                "The index has added 2.1 points since Monday.",
                "The index is up 2.1 points since Monday.",
            ),
            (
                "The panel reduced a 12-point deduction to four points, and Vestkyst moves to "
                "ninth.",
                "The panel cut their 12-point deduction to four points, and Vestkyst climbed to "
                "ninth.",
            ),
            (
                "Ferrand shares fell 2.4 percent in early trading but later recovered to close up "
                "5.7 percent at 6.69 crowns.",
                "Ferrand fell 2.4 per cent in early deals before rebounding to close 5.7 per cent "
                "higher at 6.69 crowns.",
            ),
            (
                "Prices climbed to a 12-year high after drought cut output.",
                "Prices hit their highest level in 12 years after drought reduced output.",
            ),
            (
                "The employers criticised the decision, saying firms would cut jobs.",
                "The employers condemned the increase, warning firms would shed staff.",
            ),
            (
                "The share has shrunk to 38% as output from rivals has surged.",
                "As rivals have ramped up output, the share has fallen to 38%.",
            ),
            ("Copper prices rose 3% on Monday.", "Copper prices climbed 3% on Monday."),
            ("Exports tumbled 8%.", "Exports plunged 8%."),
        ),
    ),
    Rule(
        "R402",
        "antonym-flip",
        Kind.NEGATION,
        R.ERROR,
        "The versions use opposite words for the same event (approve/reject, accept/refuse, "
        "confirm/deny, win/lose, acquit/convict, fastest/slowest).",
        flag=(
            (
                "Southfield's larger rival, Tasman Milk Group, held its forecast at NZ$8.90.",
                "Southfield's smaller rival, Tasman Milk Group, kept its forecast at NZ$8.90.",
            ),
            (
                '"It is alarming," said Mikkel Barros, who was not involved in the study.',
                '"It is alarming," said Mikkel Barros, who led the study.',
            ),
            (
                "The company said it was studying the judgment and had not decided whether to "
                "appeal.",
                "The company said it would appeal the judgment.",
            ),
            (
                "He said a hamstring injury had troubled him but refused to use it as an excuse.",
                "He blamed a hamstring injury for the defeat.",
            ),
            (
                "Zelmaria denies any involvement and has called for a joint investigation.",
                "Zelmaria denies any involvement and has refused a joint investigation.",
            ),
            (
                "A previous ballot at the site in March 2023 failed narrowly, with 49.2 percent "
                "in favour.",
                "A previous vote at the site in March 2023 narrowly passed, with 49.2 per cent in "
                "favour.",
            ),
            (
                "Reservoirs are low after a drier-than-average winter.",
                "Reservoirs are low after a wetter-than-average winter.",
            ),
            (
                "The minister denied that the pact had any military dimension.",
                "The minister acknowledged that the pact had a military dimension.",
            ),
            (
                "The coalition holds 120 seats, short of a two-thirds majority.",
                "The coalition holds 120 seats, enough for a two-thirds majority.",
            ),
            (
                "Rents rose 4% year on year in May.",
                "Rents rose 4% month on month in May.",
            ),
            (
                "The plane landed safely at Heathrow.",
                "The plane crash-landed at Heathrow.",
            ),
            (
                "The company added 1,200 jobs last year.",
                "The company cut 1,200 jobs last year.",
            ),
            (
                "The company reported a net loss of 340 million euros.",
                "The company reported a net profit of 340 million euros.",
            ),
            (
                "The judge granted bail on Monday.",
                "The judge refused bail on Monday.",
            ),
            (
                "Quarterly profit beat analysts' forecasts.",
                "Quarterly profit missed analysts' forecasts.",
            ),
            (
                "The bill passed the lower house on Thursday.",
                "The bill passed the upper house on Thursday.",
            ),
            (
                "The plan has broad support among members.",
                "The plan has little support among members.",
            ),
            (
                "The retailer expanded into Brazil in 2023.",
                "The retailer withdrew from Brazil in 2023.",
            ),
            (
                "The pilot survived the crash.",
                "The pilot died in the crash.",
            ),
            (
                "The vote passed 52-48 on Tuesday.",
                "The vote failed 48-52 on Tuesday.",
            ),
            (
                "Neighbouring Vanumatu expressed concern on Tuesday.",
                "Neighbouring Vanumatu welcomed the deal on Tuesday.",
            ),
            (
                "Vanumatu expressed concern about the spaceport lease.",
                "Vanumatu welcomed the spaceport lease.",
            ),
            (
                "The lorry driver was detained for questioning.",
                "The lorry driver was released after questioning.",
            ),
            (
                "The jury rejected a protest by the Finnish team.",
                "The jury upheld a protest by the Finnish team.",
            ),
            (
                "Overnight rain made the course faster than in the heats.",
                "Overnight rain made the course slower than in the heats.",
            ),
            (
                "The dollar was stronger against the yen on Friday.",
                "The dollar was weaker against the yen on Friday.",
            ),
            (
                "The firm did not rule out selling the unit.",
                "The firm has ruled out a sale.",
            ),
            (
                "Foreign investors were net buyers for a fifth day.",
                "Foreign investors were net sellers for a fifth day.",
            ),
            (
                "Park, who had beaten Rao twice this year, reached the final.",
                "Park, who had lost to Rao twice this year, reached the final.",
            ),
            (
                "The export ban will be lifted next month.",
                "The export ban will be extended next month.",
            ),
            (
                "The bill was signed into law on Friday.",
                "The bill was vetoed on Friday.",
            ),
            (
                "He became the youngest ever winner of the title.",
                "He became the oldest ever winner of the title.",
            ),
            (
                "Oslo is the cheapest capital in the survey.",
                "Oslo is the most expensive capital in the survey.",
            ),
            (
                "Police arrested three men on Saturday.",
                "Police released three men on Saturday.",
            ),
            (
                "Giulia Santacroce made nine blocks, a record for a European Cup final.",
                "Giulia Santacroce made nine blocks, equalling the record for a European Cup "
                "final.",
            ),
            (
                "A poll found that 54 percent support compulsory voting, while 39 percent oppose "
                "it.",
                "A poll found that 54% oppose compulsory voting, while 39% back it.",
            ),
            (
                "Eleven recall petitions have been filed since 2000, and most have failed.",
                "Eleven recall petitions have been filed since 2000, and most have succeeded.",
            ),
            (
                "Judge Marsh dismissed a separate claim by the growers, the court said.",
                "Judge Marsh also upheld a separate claim by the growers, the court said.",
            ),
            (
                "The detector recorded its first events nearly four months earlier than planned.",
                "The detector recorded its first events nearly four months later than planned.",
            ),
            (
                "She won in 10.81 seconds, into a slight headwind of 0.3 metres per second.",
                "She won in 10.81 seconds, helped by a light tailwind of 0.3m/s.",
            ),
            (
                "A poll found that 54 percent of Lessovians opposed culling, while 38 percent "
                "supported it.",
                "A poll found 54 per cent of Lessovians supported culling and 38 per cent opposed "
                "it.",
            ),
            (
                "Earlier on Sunday, England beat hosts South Africa 61-49 to take third place.",
                "England lost 61-49 to hosts South Africa in the third-place play-off earlier on "
                "Sunday.",
            ),
            (
                "The minister said the government would consider fines for people who go on the "
                "ice.",
                "The minister said the government had ruled out fines for people who go on the "
                "ice.",
            ),
            (
                "Speculators held a net long position in potato futures.",
                "Speculators held a net short position in potato futures.",
            ),
            (
                "The block had been declared safe by inspectors in March.",
                "The block had been declared unsafe by inspectors in March.",
            ),
            (
                "She worked on a temporary contract that ended in January.",
                "She worked on a temporary contract that was renewed in January.",
            ),
            (
                "The union said it would go ahead with a one-day national strike.",
                "The union said it had called off a one-day national strike.",
            ),
            (
                "The craters release a small amount of methane compared with global emissions.",
                "The craters release a significant amount of methane compared with global "
                "emissions.",
            ),
            (
                "The balloon took off in winds above the limit of 20 km per hour.",
                "The balloon took off in winds below the 20 km/h limit.",
            ),
            (
                "The federation said it would relax its water-quality rules.",
                "The federation ruled out relaxing its water-quality rules.",
            ),
            (
                "The ministry rejected the criticism, saying it had run a campaign since December.",
                "The ministry accepted the criticism but said it had been running a campaign "
                "since December.",
            ),
            (
                "The president said she will sign the law next week.",
                "The president said she will veto the law next week.",
            ),
            (
                "The government said it would continue to cooperate with the mission.",
                "The government said it would end its cooperation with the mission.",
            ),
            (
                "The highway reopened on the advice of the weather service.",
                "The highway reopened against the advice of the weather service.",
            ),
            (
                "The syndicate's members said they were considering an appeal.",
                "The syndicate's members said they had ruled out an appeal.",
            ),
            (
                "Talks on the atlas collapsed in March after six rounds.",
                "Talks on the atlas resumed in March after six rounds.",
            ),
            (
                "The lorry had passed a safety inspection in May.",
                "The lorry had failed a safety inspection in May.",
            ),
            (
                "Seven councillors ended up voting against the closures.",
                "Seven councillors ended up voting in favour of the closures.",
            ),
            (
                "Southfield's larger rival, Tasman Milk, held its forecast.",
                "Southfield's smaller rival, Tasman Milk, held its forecast.",
            ),
            (
                "The opposition said it would boycott the new parliament's first session.",
                "The opposition said it would attend the new parliament's first session.",
            ),
            (
                "Sweden had led after the second leg.",
                "Sweden trailed after the second leg.",
            ),
            (
                "The government plans to raise public-sector wages next year.",
                "The government plans to freeze public-sector pay next year.",
            ),
            (
                "Twelve miners were treated for dehydration and released.",
                "Twelve miners were treated for dehydration and kept in hospital for observation.",
            ),
            (
                "The doctors' union welcomed the plan on Monday.",
                "The doctors' union opposed the plan on Monday.",
            ),
            (
                "Serrat remains in office until the vote.",
                "Serrat must step aside until the vote.",
            ),
            (
                "Harrow still has fuel and will fly past a second asteroid.",
                "Harrow has run out of fuel and its mission will end.",
            ),
            (
                "The lander receives sunlight for most of the lunar day.",
                "The lander lies in darkness for most of the lunar day.",
            ),
            (
                "The hospital contracts were suspended pending the audit.",
                "The hospital contracts remain in force while the audit proceeds.",
            ),
            (
                "The judge refused Veltara's application to pause the order.",
                "The judge granted its application to pause the order.",
            ),
            (
                "The government would ease visa requirements for business travellers.",
                "The government would tighten visa requirements for business travellers.",
            ),
            (
                "Hallan has been on bail since his arrest in May.",
                "Hallan has been kept in custody since his arrest in May.",
            ),
            (
                "The vaccine was a reasonable match for the circulating strain.",
                "The vaccine was a poor match for the circulating strain.",
            ),
            (
                "Peru's request for the objects to be seized immediately was rejected.",
                "The court granted Peru's request for the objects to be seized immediately.",
            ),
            (
                "The judge said the assessment had underestimated night-time noise.",
                "The judge said the assessment had overestimated night-time noise.",
            ),
            (
                "Under the agreement the line will bypass the valley, adding 38 km to the route.",
                "Under the agreement the line will cross the valley, adding 38 km to the route.",
            ),
            (
                "The hull was holed above the waterline.",
                "The hull was holed below the waterline.",
            ),
            (
                "Ella Mcintyre retained her single sculls title.",
                "Ella Mcintyre lost her single sculls title.",
            ),
            (
                "It forecast revenue slightly above the average analyst estimate.",
                "It forecast revenue slightly below the average analyst estimate.",
            ),
            (
                "It now expects profit at the lower end of that range.",
                "It now sees profit landing at the upper end of that range.",
            ),
            (
                "The government tightened fiscal policy last year.",
                "The government loosened fiscal policy last year.",
            ),
            (
                "Ruhle scored twice but missed a penalty.",
                "Ruhle scored twice and converted a penalty.",
            ),
            (
                "Two farm workers tested negative, she added.",
                "Two farm workers tested positive, she said.",
            ),
            (
                "Ferraz welcomed the election on Monday.",
                "Ferraz dismissed the vote as a stunt on Monday.",
            ),
            ("The race was run into a slight headwind.", "The race was run with a light tailwind."),
            (
                "Flights were suspended, while ferry services remained halted.",
                "Flights were grounded, but ferry services resumed.",
            ),
            (
                "Two officers were slightly injured in the clashes, police said.",
                "Two officers were seriously injured in the clashes, police said.",
            ),
            (
                "He had missed the cut in four of his last five events.",
                "He had made the cut in four of his last five events.",
            ),
            (
                "Polls show them trailing the Liberal Union by three points.",
                "Polls show them leading the Liberal Union by three points.",
            ),
            (
                "The budget showed a surplus of 2.1 billion euros last year.",
                "The budget showed a deficit of 2.1 billion euros last year.",
            ),
            (
                "The carmaker said it would hire 800 workers at the plant.",
                "The carmaker said it would lay off 800 workers at the plant.",
            ),
            (
                "Sales were slightly ahead of analysts' forecasts, it said.",
                "Sales were slightly below what analysts had expected, it said.",
            ),
            (
                "The ferry listed sharply to the left before it sank.",
                "The ferry tilted sharply to the right before it sank.",
            ),
            (
                "The bank said it accepted the ruling on Monday.",
                "The bank said it would challenge the ruling on Monday.",
            ),
            (
                "Repairs due last summer were postponed for lack of funds.",
                "Repairs due last summer went ahead despite a lack of funds.",
            ),
            (
                "The Liberal Union supported the final text on Monday.",
                "The Liberal Union rejected the final text on Monday.",
            ),
            (
                "He was behind on two of the three judges' scorecards.",
                "He was ahead on two of the three judges' cards.",
            ),
            (
                "Its net loss narrowed to 19 million euros.",
                "Its net loss widened to 19 million euros.",
            ),
            (
                "Side effects were mostly mild, the study found.",
                "Side effects were mostly severe, the study found.",
            ),
            (
                "The union said it will accept the offer.",
                "The union said it will refuse the offer.",
            ),
            ("The jury acquitted the former mayor.", "The jury convicted the former mayor."),
            ("It was the slowest winning time since 2018.", "It was the fastest since 2018."),
            ("The opposition welcomed the swap.", "The opposition criticised the exchange."),
            (
                "The airport reopened, but the main port remained closed.",
                "The airport reopened, and the main port has resumed operations.",
            ),
            ("She said the data were convincing.", "She said the data were unconvincing."),
            (
                "The central bank unexpectedly left its main rate unchanged.",
                "The central bank, as expected, kept its main rate on hold.",
            ),
            ("The appeals court upheld the ruling.", "The appeals court overturned the ruling."),
            ("Rail services were suspended.", "Rail services continued to run."),
            (
                "Coach Ivo Brandt said he was satisfied with the team's result.",
                "Coach Ivo Brandt said he was disappointed with the team's result.",
            ),
            (
                "Overnight stays fell to 1.2 million, 7 percent below last year's level.",
                "Overnight stays fell to 1.2 million, 7 percent above last year's level.",
            ),
            (
                "Unlike wind and solar, tidal power is predictable.",
                "Like wind and solar, tidal power is predictable.",
            ),
            (
                "Officials said the boiler had passed its most recent safety inspection in March.",
                "Officials said the boiler had failed its most recent safety inspection in March.",
            ),
            (
                "The parliament voted 112 to 31 last week for a resolution calling on the "
                "government to act.",
                "Last week the parliament voted 112 to 31 against a resolution calling on the "
                "government to act.",
            ),
            (
                "Zemvest did not say whether it would declare force majeure.",
                "Zemvest said it would declare force majeure.",
            ),
            (
                "He did not say whether the grant would be renewed.",
                "He said the grant would be renewed.",
            ),
            (
                "Velta said it had not yet decided whether to appeal.",
                "Velta said it had decided not to appeal.",
            ),
        ),
        keep=(
            (
                "The company said it would appeal.",
                "The company said it planned to appeal.",
            ),
            (
                "The poll prompted renewed calls for the government to launch an inquiry.",
                "The poll led many to criticize the government and ask it to launch an inquiry.",
            ),
            (
                "A previous ballot at the site failed narrowly.",
                "A previous ballot at the site narrowly failed.",
            ),
            (
                "The company cut 1,200 jobs, or about 8% of its workforce.",
                "The firm eliminated 1,200 positions, roughly 8 percent of staff.",
            ),
            (
                "Quarterly profit beat analysts' forecasts.",
                "Quarterly profit topped analysts' expectations.",
            ),
            (
                "The minister expressed concern for the victims' families.",
                "The minister voiced sympathy for the victims' families.",
            ),
            (
                "Rail is cheaper than flying on the route.",
                "Flying is dearer than rail on the route.",
            ),
            (
                "Park, who had beaten Rao twice this year, won again.",
                "Park, who had defeated Rao twice this year, won again.",
            ),
            (
                "The minister refused to rule out tax rises.",
                "The minister did not rule out raising taxes.",
            ),
            (
                "The government lifted the export ban.",
                "The export ban was lifted by the government.",
            ),
            (
                "Police arrested three men and later released two of them.",
                "Police detained three men, two of whom were later freed.",
            ),
            (
                "Santacroce made nine blocks, a record for a final.",
                "Santacroce made nine blocks, setting a new record for a final.",
            ),
            (
                "The opposition said it would not support ratification unless the formula was "
                "changed.",
                "The opposition said it would support ratification only if the formula was "
                "changed.",
            ),
            (
                "The court dismissed the appeal on Monday.",
                "The court upheld the conviction on Monday.",
            ),
            (
                "A poll found that 54 percent of Lessovians opposed culling, while 38 percent "
                "supported it.",
                "A poll found 38 per cent of Lessovians supported culling and 54 per cent opposed "
                "it.",
            ),
            (
                "England won 61-49 against South Africa on Sunday.",
                "South Africa lost 61-49 to England on Sunday.",
            ),
            (
                "The craters release a small amount of methane.",
                "The craters release a tiny amount of methane.",
            ),
            (
                "The federation said it would not relax its water-quality rules.",
                "The federation ruled out relaxing its water-quality rules.",
            ),
            (
                "The president signed the bill on Friday.",
                "The president backed the bill on Friday.",
            ),
            (
                "They did not rule out an appeal.",
                "They were considering an appeal.",
            ),
            (
                "His team's work cannot deﬁnitively rule out a rise at the lower end.",
                "His team's work cannot definitely rule out a rise at the lower end.",
            ),
            (
                "The opposition said it would not attend the first session.",
                "The opposition said it would boycott the first session.",
            ),
            (
                "The government plans to raise public-sector wages.",
                "The government plans to increase public-sector pay.",
            ),
            (
                "He still has to pay the fine.",
                "He has run out of appeals and must pay the fine.",
            ),
            (
                "Velmark said it would restart the idled lines once gas prices fell.",
                "Velmark said it would not restart the idled lines until gas prices fell.",
            ),
            (
                "The government would ease visa requirements for business travellers.",
                "The government would relax visa requirements for business travellers.",
            ),
            (
                "The court refused bail and remanded him in custody.",
                "He was remanded in custody after the court refused bail.",
            ),
            (
                "It was Arrieta's first stage win at a three-week race.",
                "Arrieta had never before won a stage at a three-week race.",
            ),
            (
                "The bill bans no-fault evictions.",
                "No-fault evictions will be banned under the bill.",
            ),
            (
                "Halcott did not admit wrongdoing under the settlement.",
                "Halcott admitted no wrongdoing under the settlement.",
            ),
            (
                "Trading stopped at 10:42 a.m. and resumed at 2:30 p.m., the exchange said.",
                "Dealing was suspended at 10:42 and restarted at 14:30, the exchange said.",
            ),
            (
                "The trench could hold dozens of undescribed species, the team said.",
                "The trench may harbour dozens of species yet to be described, the team said.",
            ),
            (
                "Prices rose because the surplus turned into a deficit.",
                "Prices rose as the surplus became a deficit.",
            ),
            (
                "Trading was suspended at 10:30 in early trading, it said.",
                "Trading was halted at 10:30 at the open, it said.",
            ),
            (
                "Rapeseed prices were broadly unchanged on the day.",
                "Rapeseed was little changed on the day.",
            ),
            ("The council approved the budget.", "The council gave its approval to the budget."),
            ("She was not able to buy a ticket.", "She was unable to buy a ticket."),
            ("The firm disclosed the price.", "The firm closed the deal at that price."),
            (
                "Officials forbid the export of raw grain, only allowing processed goods.",
                "Officials do not allow the export of raw grain, only of processed goods.",
            ),
            (
                "The minister would like to see tidal power grow, unlike some of her colleagues.",
                "Unlike some of her colleagues, the minister wants tidal power to grow.",
            ),
            ("The regulator did not impose any fines.", "No fines were imposed by the regulator."),
            (
                "He trailed Obermaier by 31 points after the first day but overtook him on "
                "Wednesday.",
                "He was 31 points behind Obermaier at the end of day one but moved ahead of "
                "him on Wednesday.",
            ),
            (
                "The agency had not hired enough engineers.",
                "The agency had hired too few engineers.",
            ),
        ),
    ),
    Rule(
        "R403",
        "negation-flip",
        Kind.NEGATION,
        R.ERROR,
        'One version denies what the other states ("No arrests were made" vs "Arrests were '
        'made"; "will not seek re-election" vs "will seek re-election").',
        flag=(
            (
                "His party would not leave the government.",
                "His party refused to rule out leaving the government.",
            ),
            (
                "The talks in Geneva ended without agreement.",
                "The talks in Geneva ended with an agreement.",
            ),
            (
                "The measure failed to pass the senate.",
                "The measure passed the senate.",
            ),
            (
                "The bloc stopped short of imposing economic sanctions on Marenga.",
                "The bloc imposed economic sanctions on Marenga.",
            ),
            (
                "The team found no evidence of a 16-day cycle in the bursts.",
                "The team said the bursts showed a 16-day cycle.",
            ),
            (
                "The bond sale could test investors' appetite.",
                "The bond sale was unlikely to test investors' appetite.",
            ),
            (
                "The minister did not rule out declaring a regional emergency.",
                "The minister said she would not declare a regional emergency.",
            ),
            (
                "The captain testified that he had twice asked the pilot whether the ship was on "
                "course and had been told it was.",
                "The captain testified that he had twice asked the pilot whether the ship was on "
                "course and had been told it was not.",
            ),
            (
                "The club sought damages for lost ticket revenue, which the court declined to "
                "award.",
                "The club sought damages for lost ticket revenue, which the court also awarded.",
            ),
            (
                "The driver did everything possible to stop the tram and could not have prevented "
                "the crash.",
                "The driver did everything possible to stop the tram and could have prevented the "
                "crash.",
            ),
            (
                "The company said it would not lay off staff this year.",
                "The company said it would cut jobs this year.",
            ),
            (
                "The transaction requires approval from the competition regulator.",
                "The deal does not need clearance from the competition regulator.",
            ),
            (
                "Whitcombe said the bank did not plan to raise new capital and had no intention "
                "of selling itself.",
                "Whitcombe said the bank plans to raise new capital but has no plans to sell "
                "itself.",
            ),
            (
                "Patients should not stop using their pumps before a replacement arrives, the "
                "regulator said.",
                "Patients should stop using their pumps before a replacement arrives, the "
                "regulator said.",
            ),
            (
                'Lenn said the deal did not resolve the dispute but would "make it easier to talk '
                'about the things we still disagree on."',
                'Lenn said the agreement resolved the dispute and would "make it easier to talk '
                'about the things we still disagree on."',
            ),
            (
                "The ministry said it would not change its export quota.",
                "The ministry said it would revise its export quota.",
            ),
            (
                "Rojas said the findings did not mean the drought would never end.",
                "Rojas said the findings meant the drought might never end.",
            ),
            (
                "Delgado said both laboratories would reopen next season.",
                "Delgado said neither laboratory would reopen next season.",
            ),
            (
                "Most residents were allowed to return home on Monday.",
                "None had been allowed to return home by Monday.",
            ),
            (
                "Veltrex stopped selling the herbicide in Canada in 2022.",
                "Veltrex still sells the herbicide in Canada.",
            ),
            (
                "DNA could not be recovered from the teeth.",
                "The teeth also yielded DNA.",
            ),
            (
                "Maria goes months without any work in the winter.",
                "Maria has work all through the winter.",
            ),
            (
                "The company said it would not cut its research budget.",
                "The company said it would trim its research budget.",
            ),
            (
                "She said the government would not introduce rationing for businesses but urged "
                "households to avoid running ovens at noon.",
                "She said rationing for businesses would be introduced, and urged households not "
                "to run ovens at noon.",
            ),
            (
                "The siren did not sound, and officials said it had been damaged by a rockfall in "
                "May and had not been repaired.",
                "The siren failed to sound; officials said it had been damaged by a rockfall in "
                "May and had since been repaired.",
            ),
            (
                "Kovar wrote to Ostrelia, which she said had not yet replied.",
                "Kovar wrote to Ostrelia, which, she said, had already responded.",
            ),
            (
                "Parliament must still ratify the treaty.",
                "Parliament has already ratified the treaty.",
            ),
            (
                "Stanek, who has denied wrongdoing throughout, will appeal, his lawyer said.",
                "Stanek, who has always denied wrongdoing, will not appeal, his lawyer said.",
            ),
            (
                "The feathers suggest it could fly rather than merely glide.",
                "The feathers suggest it could glide but not truly fly.",
            ),
            (
                "Visitors can stay 90 days, but the deal does not give the right to work.",
                "Visitors can stay 90 days, and the deal also grants the right to work.",
            ),
            (
                "The review did not find evidence that any data had been concealed.",
                "The review found evidence that some data had been withheld.",
            ),
            (
                "None of the 52 residents was injured, officials said.",
                "The storm hit the home, injuring some of its 52 residents, officials said.",
            ),
            (
                "Ekberg said he had misjudged the gap to the leaders.",
                "Ekberg denied he had misjudged the gap to the leaders.",
            ),
            (
                "Officials said they were preparing retaliatory measures.",
                "Officials said they were not planning any retaliation for now.",
            ),
            (
                "The company said it would not appeal to the Supreme Court.",
                "The company said it would take the case to the Supreme Court.",
            ),
            (
                "The company said it had no plans to raise new equity this year.",
                "The company said it was preparing to raise fresh equity this year.",
            ),
            ("No arrests were made after the march.", "Arrests were made after the march."),
            ("The mayor will not seek re-election.", "The mayor will seek re-election."),
            (
                "Authorities urged residents not to return to damaged homes.",
                "Authorities told residents they could go back to damaged homes.",
            ),
            ("The treaty can be extended.", "The treaty cannot be extended."),
            ("Brook said Lanning would not appeal.", "Lanning plans to challenge the sentence."),
            (
                "The federation would not fund an appeal on his behalf.",
                "The federation would pay for an appeal on his behalf.",
            ),
            ("She had never previously reached a final.", "She had already reached a final."),
            (
                "The finance ministry would not seek an emergency loan.",
                "The finance ministry planned to ask the fund for an emergency loan.",
            ),
            (
                "The party would review its support for the government.",
                "The party would not reconsider its backing for the government.",
            ),
            (
                "We are already seeing the effects of climate change in Bangladesh.",
                "We are not already seeing the effects of climate change in Bangladesh.",
            ),
            (
                "Evren has denied wrongdoing and has not been charged.",
                "Evren, who has been charged, denies wrongdoing.",
            ),
            (
                "None of the suspects has yet been charged.",
                "All of the suspects have been charged.",
            ),
            (
                "There were 14 crashes on the motorway, none of them fatal.",
                "There were 14 crashes on the motorway. One of them was fatal.",
            ),
            (
                "Saldovia's parliament is not required to ratify the agreement, officials said.",
                "Saldovia's parliament must still ratify the agreement, according to officials.",
            ),
            ("The company is not obliged to pay the fine.", "The company must pay the fine."),
            (
                "The supplier failed to deliver polishing equipment on time.",
                "The supplier delivered polishing equipment on time.",
            ),
            ("The regulator imposed fines.", "No fines were imposed by the regulator."),
            (
                "The bill does not cover the intelligence services or old documents.",
                "The bill covers the intelligence services but exempts old documents.",
            ),
            (
                "The agency says it would not offer emergency funding.",
                "The agency says it would provide emergency funding.",
            ),
            (
                "Lindqvist will stay on as chief executive.",
                "Lindqvist will not remain chief executive.",
            ),
            ("Neither clinic checked his credentials.", "Both clinics checked his credentials."),
        ),
        keep=(
            (
                "His party would not leave the government.",
                "His party ruled out leaving the government.",
            ),
            (
                "The bloc stopped short of imposing sanctions.",
                "The bloc did not impose sanctions.",
            ),
            (
                "Sanctions are unlikely to be lifted this year.",
                "Sanctions will probably not be lifted this year.",
            ),
            (
                "The minister ruled out declaring a regional emergency.",
                "The minister said she would not declare a regional emergency.",
            ),
            (
                "The company said it was too early to say when production might resume.",
                "The company said it could not yet say when production would restart.",
            ),
            (
                "Full science runs are scheduled to begin in June, the collaboration said.",
                "Full science runs are not scheduled to begin until June, the collaboration said.",
            ),
            (
                "The ban does not apply to market makers or to hedging by banks' own clients.",
                "Market makers and hedging by banks' own clients are exempt from the ban.",
            ),
            (
                "Researchers identified 19 cases in which patients were later admitted to "
                "hospital, none of which was judged to have been caused by a pharmacist's "
                "decision.",
                "Researchers found 19 patients who were later admitted to hospital, and judged "
                "that none of the admissions had been caused by a pharmacist's decision.",
            ),
            (
                "The captain asked whether the ship was on course and was told it was not.",
                "The captain was told it was not, when he asked whether the ship was on course.",
            ),
            (
                "The agreement ends a visa requirement that had been in place since 1998.",
                "Travellers will no longer need a visa, lifting a rule that dated back to 1998.",
            ),
            (
                "The governor would not comment on the legislation.",
                "The governor declined on Wednesday to comment on the legislation.",
            ),
            (
                "Both sides pledged not to build any new infrastructure in the zone.",
                "Both sides promised to refrain from building new infrastructure in the zone.",
            ),
            (
                "The lily has not been recorded in the wild since 1938.",
                "The lily was last recorded in the wild in 1938.",
            ),
            (
                "The ministry said it would not change its export quota.",
                "The ministry said it would not alter its export quota.",
            ),
            (
                "Lind cleared all five targets on the range.",
                "Lind missed no targets on the range.",
            ),
            (
                "Neither contractor was arrested.",
                "The two contractors were not arrested.",
            ),
            (
                "Forecasters said the second storm was not expected to be as strong.",
                "Forecasters said the second storm is expected to be weaker.",
            ),
            (
                "Veltrex stopped selling the herbicide in 2022.",
                "Veltrex no longer sells the herbicide, having halted sales in 2022.",
            ),
            (
                "Lumivex is the first treatment for the condition to reach the market in the "
                "country.",
                "No treatment for the condition had previously been available in the country.",
            ),
            (
                "The storms left 80,000 customers without power.",
                "The storms knocked out power to 80,000 customers.",
            ),
            (
                "Diving on the wreck is banned without a permit.",
                "Divers need a permit to dive on the wreck.",
            ),
            (
                "The contract was awarded without a competitive tender.",
                "The contract was awarded with no competitive tender.",
            ),
            (
                "Velmark said it would restart the idled lines once gas prices fell.",
                "Velmark said it would not restart the idled lines until gas prices fell.",
            ),
            (
                "Kovac became the first Croatian to reach a world final.",
                "No Croatian had previously reached a world final.",
            ),
            (
                "The hour cost 612 euros, the most expensive single hour since December 2022.",
                "The hour cleared at 612 euros, and no single hour has cost more since December "
                "2022.",
            ),
            (
                "Relatives told inspectors they had not been informed of the infections.",
                "Relatives told inspectors they were kept in the dark about the infections.",
            ),
            (
                "The two countries did not restore full diplomatic relations until 2009.",
                "The neighbours only restored full diplomatic relations in 2009.",
            ),
            (
                "It also said it would not pay an interim dividend, after paying 2.50 crowns per "
                "share a year ago.",
                "It scrapped its interim dividend, having paid 2.50 crowns a share a year ago.",
            ),
            (
                "The track had been inspected in December and no faults had been found.",
                "The track had been checked in December and found to be fault-free.",
            ),
            (
                "It has already paid 5 million and has yet to pay the rest.",
                "It has already paid 5 million but has yet to pay the rest.",
            ),
            (
                "It is the highest weekly total since 2017.",
                "No week has been busier since 2017.",
            ),
            (
                "It was the first closure of a consulate in Corvania since 2009.",
                "No consulate had been shut down in Corvania since 2009.",
            ),
            (
                "Aeron did not comment on pricing.",
                "Aeron declined to comment on pricing.",
            ),
            (
                "It is the largest investment by a foreign carmaker in Kestria's history.",
                "No foreign carmaker has ever invested more in Kestria.",
            ),
            (
                "The study found no significant change in exam grades.",
                "Exam grades did not change significantly, the study found.",
            ),
            (
                "The family that controls the chocolate maker has said it will not sell its stake.",
                "The family that controls the chocolate maker has ruled out selling its stake.",
            ),
            (
                "It was his first win since the opening race of the season.",
                "He had not won since the season-opening race.",
            ),
            (
                "Vukovar is the youngest swimmer to hold the record.",
                "No younger swimmer has held the record than Vukovar.",
            ),
            ("He didn't provide more details.", "He did not disclose more details."),
            ("Officials had not yet reached the village.", "Officials have yet to reach it."),
            ("The law bans children from working.", "The law does not allow children to work."),
            (
                "Markets displayed a muted reaction to the vote.",
                "Markets did not show much reaction to the vote.",
            ),
            (
                "The dam must not fill the reservoir during dry years.",
                "The dam is barred from filling the reservoir in dry years.",
            ),
            (
                "Russia hadn't supplied more than 1 million tons.",
                "Russia's supply has not exceeded 1 million tons.",
            ),
            (
                "Damascus ranked better than not just Baghdad but also Bangui.",
                "Damascus ranked better than Baghdad and Bangui.",
            ),
            (
                "Wine was allowed, but not, according to his advisers, French bands.",
                "Wine was allowed, but not French bands.",
            ),
            (
                "Officials urged pickers on Monday not to rely on smartphone apps.",
                "Officials on Monday warned pickers against relying on smartphone apps.",
            ),
            (
                "The union said it had not been consulted.",
                "The union said it had been left out of any consultation.",
            ),
            (
                "Tax on interest payments will fall to 7%, and royalties will be taxed at no "
                "more than 8%.",
                "Interest payments will be taxed at 7% and royalties at a maximum of 8%, for a "
                "stake of 25% or more.",
            ),
            (
                "Tickets cannot be resold for more than 10% above face value.",
                "Tickets are to be resold for no more than 10 per cent above face value.",
            ),
            ("Ostrel Bau was not fined.", "Ostrel Bau escaped a fine."),
            (
                "The effect will not show up in nesting counts for decades, she said.",
                "The effect will take decades to show up in nesting counts, she said.",
            ),
            (
                "The supplier failed to deliver polishing equipment on time.",
                "The supplier delivered polishing equipment late.",
            ),
            (
                "Work was suspended in 2020 because of travel restrictions.",
                "There was no work in 2020 because of travel restrictions.",
            ),
            (
                "Margins would turn negative if crushers did not slow output.",
                "Margins would turn negative unless crushers slowed output.",
            ),
            (
                "Funding for the project has not yet been confirmed.",
                "The money for the project is still to be confirmed.",
            ),
            (
                "Karvelia may use the money only for imports.",
                "Karvelia may not use the money for anything other than imports.",
            ),
            (
                "Firms said they would not take on apprentices again unless the grant returned.",
                "Firms said they would only take on apprentices again if the grant returned.",
            ),
        ),
    ),
)
_BUT_BEFORE = re.compile(r"\bbut\s+$", re.IGNORECASE)


def _but_after_stated(text: str, at: int, denied: set[float | int | str | None]) -> bool:
    """Return whether a word at ``at`` follows "but" after a denied verb stated plainly.

    "The bill covers the intelligence services but exempts documents": the exemption is of
    the documents, and "covers" still states what "does not cover" denies.
    """
    if not _BUT_BEFORE.search(text, max(0, at - 5), at):
        return False
    return any(stem(w) in denied for w in _WORD.findall(text, 0, at))


# Words that deny without "not": a side using them may agree with the other side's "not".
# Short stems list their forms: "ban" must not match "Bangladesh", nor "cease" "ceasefire".
_ASIDE = re.compile(r",\s*(?:who|which|whose|whom)\b[^,;]*,")
_IMPLICIT = re.compile(
    # "declined on Wednesday to comment", "promised to refrain from building".
    r"\b(?:den(?:y|ies|ied|ying|ial)|refus\w*|reject\w*|"
    r"declin(?:e|es|ed|ing)\s+(?:(?:on|in|at)\s+\w+\s+)?to|refrain\w*\s+from|"
    r"fail\w*|exempt\w*|little|hardly|barely|rarely|scarcely|neither|nor|none|nobody|"
    r"nothing|nowhere|lack\w*|absen\w*|unable|instead(?!\s+of)|"
    r"ceas(?:e|es|ed|ing)|stop(?:s|ped|ping)?|avoid\w*|escap(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|"
    r"prevent\w*|ban(?:s|ned|ning)?|free of|dismiss\w*|bar(?:s|red|ring)?\s+from|"
    # "had been left out of any consultation" = "had not been consulted".
    r"left\s+out\s+of|shut\s+out\s+of|excluded\s+from|"
    r"disagree\w*|far from|yet to|still\s+to\s+be|"
    # "had hired too few engineers" = "had not hired enough engineers".
    r"too\s+(?:few|little)|"
    r"(?:warn|caution|advis|argu)\w*\s+(?:[\w-]+\s+){0,3}?against|wary|"
    r"struggl\w*|the last thing|bewar\w*|first\s+[a-z]+\s+(?:in|since)|"
    r"scrap(?:s|ped|ping)?|ax(?:e|es|ed|ing)|shelv\w*|abandon\w*|[a-z]+-free|"
    r"un(?:able|likely|willing|clear|aware|known|certain|successful)|"
    r"in(?:capable|sufficient|adequate|effective))\b",
    re.IGNORECASE,
)
# An implicit denial in the clause just before a word denies that word.
# Within the clause: "to stop the tram and could have prevented the crash" states the
# prevention; "and" before a modal starts another clause.
_IMPLICIT_BEFORE = re.compile(
    rf"(?:{_IMPLICIT.pattern})"
    r"(?:(?!\band\s+(?:could|would|can|will|should|may|might|must)\b)[^,;:.!?])*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][a-z-]{2,}")
_WITHOUT_BEFORE = re.compile(
    r"\b(?:without\s+(?:(?:a|an|the|any)\s+)?(?:[\w-]+\s+)?|with\s+no\s+(?:[\w-]+\s+){0,3})$",
    re.IGNORECASE,
)
_FREE_AFTER = re.compile(r"[a-z]*-free\b")
# "could fly rather than merely glide" denies the glide, not the flight: the words after it.
_RATHER_THAN = re.compile(r"\b(?:rather\s+than|instead\s+of)\b", re.IGNORECASE)
_RULED_OUT = re.compile(r"\brul(?:e|es|ed|ing)\s+out\s+(?P<scope>(?:[\w-]+\s+){0,2}[\w-]+)")
# Phrasal verbs that state what a single verb denies elsewhere ("not to return" vs "could go
# back"), keyed by the five-letter stem a denial records.
_PHRASAL = (
    ("retur", r"(?:go|goes|went|gone|going|come|comes|came|coming|get|gets|got)\s+back"),
    ("resig", r"step(?:s|ped|ping)?\s+down"),
    ("atten", r"(?:show|turn)(?:s|ed|ing)?\s+up"),
    ("cance", r"call(?:s|ed|ing)?\s+off"),
    ("appea", r"(?:take|takes|taking|took|taken)\s+(?:the|its|their|his|her)\s+case\s+to"),
    ("postp", r"put(?:s|ting)?\s+off"),
    ("surre", r"(?:give|gives|gave|given|giving)\s+up"),
    ("conti", r"(?:carr(?:y|ies|ied|ying)|go|goes|went|going)\s+on\b(?!\s+(?:to|the|a)\b)"),
    ("relea", r"(?:set|sets|setting)\s+free"),
)
_PHRASAL_RE = re.compile(
    "|".join(rf"\b(?P<{stem}>{forms})\b" for stem, forms in _PHRASAL), re.IGNORECASE
)


@register(*RULES)
def check_polarity(pair_: Pair) -> Iterator[Hit]:
    """Compare what the two sides of an aligned group assert and deny."""
    if not pair_.a.sentences or not pair_.b.sentences:
        return
    a = [f for f in pair_.a.facts if f.kind is Kind.NEGATION]
    b = [f for f in pair_.b.facts if f.kind is Kind.NEGATION]
    yield from _directions(a, b, pair_)
    yield from _antonyms(a, b, pair_)
    yield from _prefixed(pair_, a, b)
    yield from _negations(pair_, a, b)
    yield from _not_yet(pair_)


def _directions(a: list[Fact], b: list[Fact], pair_: Pair) -> Iterator[Hit]:
    da = [f for f in a if f.key == "direction"]
    db = [f for f in b if f.key == "direction"]
    ways_a, ways_b = {f.value for f in da}, {f.value for f in db}
    # A clean flip: every change in A one way, every change in B the other. Each is reported,
    # paired in reading order ("the crown weakened ... the index closed lower" vs
    # "strengthened ... ended higher"), unless the counts differ: then the first stands for all.
    if len(ways_a) == 1 and len(ways_b) == 1 and ways_a != ways_b:
        if len(da) == len(db):
            flips = list(zip(da, db, strict=True))
        else:
            # The two that say the same around them, else the first of each: "values rose,
            # edging up 1.2%" vs "values eased 1.2 per cent" flips at "edging up".
            # Of two verbs before one amount, the nearer reports it.
            near_a = [(x, _amount_after(x, pair_.a.facts), _gap(x, pair_.a.facts)) for x in da]
            near_b = [(y, _amount_after(y, pair_.b.facts), _gap(y, pair_.b.facts)) for y in db]
            best = max(
                ((xa, yb) for xa in near_a for yb in near_b),
                key=lambda p: (_fit((p[0][1], (), ""), (p[1][1], (), "")), -p[0][2] - p[1][2]),
            )
            flips = [(best[0][0], best[1][0])]
        for x, y in flips:
            # "condemned the increase" names an event, not a change the sentence reports: it
            # flips only against a verb that says the same around it.
            named = _EVENT_BEFORE.search(pair_.text_a, max(0, x.start - 8), x.start) or (
                _EVENT_BEFORE.search(pair_.text_b, max(0, y.start - 8), y.start)
            )
            if _mirrored(x, y, pair_):
                continue
            if not named or _fit(
                (_amount_after(x, pair_.a.facts), _words_after(pair_.text_a, x), ""),
                (_amount_after(y, pair_.b.facts), _words_after(pair_.text_b, y), ""),
            ):
                yield _flip(x, y, pair_)
        return

    # Otherwise a verb flips against one that says the same around it (the same amount after
    # it, else the same words after it, else the same subject), unless either of the two has
    # a verb of its own direction that fits as well on the other side ("Halloran shares jumped
    # 27%" keeps "soared 27%", leaving "Stellmark shares slipped 2%" to flip with "rose 2%").
    def key(f: Fact, side: Side, text: str) -> tuple[object, tuple[str, ...], str]:
        return (_amount_after(f, side.facts), _words_after(text, f), _word_before(text, f))

    keys_a = [key(x, pair_.a, pair_.text_a) for x in da]
    keys_b = [key(y, pair_.b, pair_.text_b) for y in db]
    score = [[_fit(ka, kb) for kb in keys_b] for ka in keys_a]
    for i, x in enumerate(da):
        for j, y in enumerate(db):
            fit = score[i][j]
            if not fit or x.value == y.value or "flat" in (x.value, y.value):
                continue  # no change stands against a change only in a clean flip
            if any(score[i][k] >= fit for k, z in enumerate(db) if z.value == x.value):
                continue  # x has a counterpart of its own direction that fits as well
            if any(score[k][j] >= fit for k, z in enumerate(da) if z.value == y.value):
                continue
            if _mirrored(x, y, pair_):
                continue
            yield _flip(x, y, pair_)
            return


_NONE_AFTER = re.compile(
    r"\s+(?:no|none|nothing|nobody|little)\b(?!\s+(?:more|less|longer)\b)", re.I
)
# A denial of going past a figure, and the bound that says the same: the hedges compare the
# figures ("may not exceed 80 km/h" = "at most 80 km/h").
_BOUND_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:more|less|fewer|longer|higher|lower)\s+than\b|"
    r"(?:\s+[\w'’-]+){0,2}?\s+(?:over|above|below|under|beyond)\s+[\d$€£]",
    re.IGNORECASE,
)
_BOUND_SAID = re.compile(
    r"\b(?:no|not)\s+(?:more|less|fewer|longer|higher|lower)\s+than\b|\bat\s+(?:most|least)\b|"
    r"\b(?:a\s+)?(?:maximum|minimum)\s+of\b|\bup\s+to\b",
    re.IGNORECASE,
)
_CURRENCY_WORD = re.compile(
    r"\b(dollar|euro|yen|pound|sterling|yuan|renminbi|franc|rupee|won|rouble|ruble|lira|peso|"
    r"real|rand|krona|krone|zloty|forint|ringgit|baht|rupiah|shekel|greenback)s?\b",
    re.IGNORECASE,
)


def _mirrored(x: Fact, y: Fact, pair_: Pair) -> bool:
    """Return whether two opposite moves are one exchange rate told from either currency.

    "The yen weakened to 152.4 per dollar" = "The dollar strengthened to 152.4 yen": the
    currency before each verb is another, and each side names both.
    """
    subjects = []
    for f, text in ((x, pair_.text_a), (y, pair_.text_b)):
        before = list(_CURRENCY_WORD.finditer(text, max(0, f.start - 30), f.start))
        subjects.append(before[-1].group(1).lower() if before else "")
    if not all(subjects) or subjects[0] == subjects[1]:
        return False
    return subjects[1] in pair_.a.text.lower() and subjects[0] in pair_.b.text.lower()


def _fit(ka: tuple[object, tuple[str, ...], str], kb: tuple[object, tuple[str, ...], str]) -> int:
    """Return how two direction verbs agree around them: 3 amount, 2 words, 1 subject, 0."""
    if ka[0] is not None and ka[0] == kb[0]:
        return 3
    if ka[1] and ka[1] == kb[1]:
        return 2
    if ka[2] and ka[2] == kb[2]:
        return 1
    return 0


def _flip(x: Fact, y: Fact, pair_: Pair) -> Hit:
    # "sales fell 12%" vs "rose 12%": the same amount with its sign turned, a changed figure
    # as much as a changed direction (subkind "change").
    amount = _amount_after(x, pair_.a.facts)
    change = amount is not None and amount == _amount_after(y, pair_.b.facts)
    return Hit(
        "R401",
        f"direction differs: '{x.text}' ({x.value}) vs '{y.text}' ({y.value})",
        x,
        y,
        (str(x.value), str(y.value)),
        "change" if change else None,
    )


def _gap(f: Fact, facts: tuple[Fact, ...]) -> int:
    """Return how far the first quantity after a direction word stands from it."""
    return min(
        (q.start - f.end for q in facts if q.kind is Kind.NUMBER and q.start >= f.end), default=999
    )


def _amount_after(f: Fact, facts: tuple[Fact, ...]) -> tuple[str, str] | None:
    """Return the quantity a direction word reports.

    It stands right after a verb ("strengthened 1.3 percent"), or right before "higher" and
    "lower" ("to close 5.7 per cent lower" = "to close down 5.7%").
    """
    after = [g for g in facts if g.key == "direction" and g.text.lower() in ("higher", "lower")]
    if f in after:
        for q in facts:
            if q.kind is Kind.NUMBER and 0 <= f.start - q.end <= 2:
                return (q.key, q.display)
    for q in facts:
        if q.kind is Kind.NUMBER and 0 <= q.start - f.end <= 12:
            if any(0 <= g.start - q.end <= 2 for g in after):
                break  # "rebounding to close 5.7 per cent lower": the amount is the fall's
            return (q.key, q.display)
    return None


def _word_before(text: str, f: Fact) -> str:
    """Return the content word just before a verb ("The crown strengthened" -> "crown")."""
    m = re.search(r"([A-Za-z]{3,})\W{0,2}$", text[max(0, f.start - 30) : f.start])
    word = m.group(1).lower() if m else ""
    return "" if word in _FUNCTION else word


_EVENT_BEFORE = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)
_FUNCTION = frozenset("the and but has have had was were will would also then that which".split())


def _words_after(text: str, f: Fact) -> tuple[str, ...]:
    words = re.findall(r"[a-z0-9%$.]+", text[f.end : f.end + 60].lower())
    return tuple(words[:3]) if len(words) >= 3 else ()


def _antonyms(a: list[Fact], b: list[Fact], pair_: Pair) -> Iterator[Hit]:
    keys = {f.key for f in a if f.key.startswith("antonym:")}
    for key in sorted(keys):
        fa = [f for f in a if f.key == key]
        fb = [f for f in b if f.key == key]
        # "does not allow" says what "bans" says: a denied word stands for its opposite.
        sides_a = Counter(_side(f, pair_.text_a) for f in fa)
        sides_b = Counter(_side(f, pair_.text_b) for f in fb)
        # What is left once the words both sides share cancel out: "reopened ... but the port
        # remained closed" against "reopened ... and the port has resumed" leaves "closed"
        # against "resumed".
        only_a, only_b = sides_a - sides_b, sides_b - sides_a
        if not only_a and not only_b:
            # The same words on each side, given to other figures: "54 percent opposed
            # culling, while 38 percent supported it" vs "54 per cent supported culling and
            # 38 per cent opposed it".
            yield from _stances(fa, fb, pair_)
            continue
        if len(only_a) == 1 and len(only_b) == 1 and only_a.keys() != only_b.keys():
            side_x, side_y = next(iter(only_a)), next(iter(only_b))
            # Of several words on a side, the two standing in the same place: "flights were
            # suspended ... ferries remained halted" against "... ferries resumed".
            x, y = min(
                (
                    (fx, fy)
                    for fx in fa
                    if _side(fx, pair_.text_a) == side_x
                    for fy in fb
                    if _side(fy, pair_.text_b) == side_y
                ),
                key=lambda xy: abs(_where(pair_.a, xy[0]) - _where(pair_.b, xy[1])),
            )
            if _first_time(x, pair_.text_a, pair_.text_b) or _first_time(
                y, pair_.text_b, pair_.text_a
            ):
                continue  # "had never before won a stage" = "her first stage win"
            if x.text.lower() == y.text.lower() and (
                _subject_denied(x, pair_.text_a) or _subject_denied(y, pair_.text_b)
            ):
                continue  # "imposed fines" vs "No fines were imposed": the denial rule says so
            if x.value == y.value and (
                _not_until(x, pair_.text_a, pair_.text_b, y.start, y.end)
                or _not_until(y, pair_.text_b, pair_.text_a, x.start, x.end)
            ):
                continue  # "not restart ... until" = "restart ... once", "unless" = "only if"
            if key == "antonym:win" and _other_winner(x, pair_.text_a, y, pair_.text_b):
                continue  # "England beat South Africa" = "South Africa lost to England"
            if _turned_round(x, pair_.text_a, y, pair_.text_b):
                continue  # "rail is cheaper than flying" = "flying is dearer than rail"
            if (
                key == "antonym:uphold"
                and "dismiss" in (x.text + y.text).lower()
                and not _same_object_after(x, pair_.text_a, y, pair_.text_b)
            ):
                continue  # "dismissed the appeal" = "upheld the conviction"
            shown_x, shown_y = _shown(x, pair_.text_a), _shown(y, pair_.text_b)
            yield Hit(
                "R402", f"opposite words: '{shown_x}' vs '{shown_y}'", x, y, (x.display, y.display)
            )


def _stances(fa: list[Fact], fb: list[Fact], pair_: Pair) -> Iterator[Hit]:
    """Report opposite words each told of the same figure ("54 percent opposed" vs "supported")."""
    held_a = _held_by(fa, pair_.a, pair_.text_a)
    held_b = _held_by(fb, pair_.b, pair_.text_b)
    for x, figure in held_a:
        side_x = _side(x, pair_.text_a)
        mine = [y for y, f in held_b if f == figure]
        if len(mine) == 1 and _side(mine[0], pair_.text_b) != side_x:
            y = mine[0]
            yield Hit(
                "R402",
                f"opposite words for the same figure ({figure}): '{x.text}' vs '{y.text}'",
                x,
                y,
                (x.display, y.display),
            )
            return


def _held_by(words: list[Fact], side: Side, text: str) -> list[tuple[Fact, str]]:
    """Return each word with the share or count just before it ("38 percent supported")."""
    figures = [f for f in side.facts if f.kind is Kind.NUMBER]
    out = []
    for w in words:
        before = [f for f in figures if 0 <= w.start - f.end <= 30]
        if before and not re.search(r"[,;:]", text[before[-1].end : w.start]):
            out.append((w, before[-1].display))
    return out


_ARTICLES = frozenset("a an the its his her their this that separate".split())


def _same_object_after(x: Fact, text_x: str, y: Fact, text_y: str) -> bool:
    """Return whether the words after two verbs name the same thing ("a separate claim")."""
    heads = []
    for f, text in ((x, text_x), (y, text_y)):
        after = re.findall(r"[a-z]+", text[f.end : f.end + 40].lower())
        heads.append(next((w for w in after if w not in _ARTICLES), ""))
    return bool(heads[0]) and heads[0] == heads[1]


def _other_winner(x: Fact, text_x: str, y: Fact, text_y: str) -> bool:
    """Return whether a win and a loss are told of two different names ("X won" = "Y lost")."""
    names = []
    for f, text in ((x, text_x), (y, text_y)):
        # The nearest capitalised word of the three before the verb: "South Africa lost".
        words = re.findall(r"[\w'’-]+", text[max(0, f.start - 40) : f.start])[-3:]
        names.append(next((w for w in reversed(words) if w[0].isupper()), ""))
    return all(names) and names[0] != names[1]


_THAN = re.compile(r"\s+than\s+(?:the\s+|in\s+|a\s+|an\s+)?([\w'’-]+)", re.IGNORECASE)


def _turned_round(x: Fact, text_x: str, y: Fact, text_y: str) -> bool:
    """Return whether two opposite comparatives compare the same two things the other way round.

    "Rail is cheaper than flying" = "Flying is dearer than rail": what follows each "than"
    comes before the other side's word.
    """
    than_x, than_y = _THAN.match(text_x, x.end), _THAN.match(text_y, y.end)
    if than_x is None or than_y is None:
        return False
    after_x, after_y = than_x.group(1).lower(), than_y.group(1).lower()
    return after_x != after_y and (
        re.search(rf"\b{re.escape(after_x)}\b", text_y[max(0, y.start - 60) : y.start], re.I)
        is not None
        and re.search(rf"\b{re.escape(after_y)}\b", text_x[max(0, x.start - 60) : x.start], re.I)
        is not None
    )


_NEVER_BEFORE = re.compile(r"\bnever\s+(?:before|previously)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _first_time(f: Fact, text: str, other: str) -> bool:
    """Return whether ``f`` is denied as "never before" where the other side says "first".

    "No foreign consulate had been shut since 2009" says it too, against "the first closure
    since 2009".
    """
    denied = _NEVER_BEFORE.search(text, max(0, f.start - 30), f.start) or (
        _subject_denied(f, text) and re.match(r"[^.;]{0,60}\bsince\b", text[f.end :])
    )
    return bool(denied) and bool(re.search(r"\bfirst\b", other, re.IGNORECASE))


def _shown(f: Fact, text: str) -> str:
    """Return the word as the finding quotes it, with its denial: "admitted no", "not be lifted"."""
    after = _NO_AFTER.match(text, f.end)
    if after:
        return f.text + after.group(0)
    denial = _DENIED.search(text, max(0, f.start - 20), f.start)
    return text[denial.start() : f.end] if denial else f.text


def _where(side: Side, f: Fact) -> float:
    """Return how far into the side's text a fact stands, from 0 to 1."""
    start, end = side.sentences[0].start, side.sentences[-1].end
    return (f.start - start) / max(end - start, 1)


def _prefixed(pair_: Pair, a: list[Fact], b: list[Fact]) -> Iterator[Hit]:
    """Report a word on one side and its negative with a prefix on the other.

    "convincing" against "unconvincing", where the side with the negative lacks the plain word
    and no denial stands near either ("not being able" is "unable").
    """
    for negatives, other, own in ((a, pair_.b, pair_.a), (b, pair_.a, pair_.b)):
        own_text = own.text
        for f in negatives:
            if f.key != "prefixed":
                continue
            base = str(f.value)
            # "unexpectedly" against "as expected": the adverb's adjective.
            forms = [base, base[:-2]] if base.endswith("edly") else [base]
            plain = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in forms)})\b", re.IGNORECASE)
            if plain.search(own_text):
                continue
            found = next(((s, m) for s in other.sentences if (m := plain.search(s.text))), None)
            if found is None:
                continue
            sentence, m = found
            mine = _sentence_at(own, f.start)
            if mine is None:
                continue
            if _denied_near(sentence.text, m.start(), m.end()) or _denied_near(
                mine.text, f.start - mine.start, f.end - mine.start
            ):
                continue  # "not being able" and "unable": the same, said twice over
            at = sentence.start + m.start()
            stated = Fact(Kind.NEGATION, at, at + len(m.group(0)), m.group(0), "statement", "", "")
            x, y = (f, stated) if negatives is a else (stated, f)
            yield Hit("R402", f"opposite words: '{x.text}' vs '{y.text}'", x, y, (x.text, y.text))
            return


_DENIED = re.compile(
    # "ruled out relaxing the rules" denies the relaxing.
    # "refused to rule out" and "declined to confirm" deny as "did not" does.
    r"(?:\b(?:not|never|no longer|cannot|yet to|fail(?:s|ed)? to|rul(?:e|es|ed|ing) out|"
    r"refus(?:e|es|ed|ing) to|declin(?:e|es|ed|ing) to|stop(?:s|ped)? short of|unlikely to)"
    r"|\b(?:do|does|did|is|are|was|were|has|have|had|wo|ca|could|would|should|must)n['’]?t)"
    # One word may stand between, a ligature in it or not ("cannot deﬁnitively rule out").
    r"[\s–—-]+(?:\w+[\s–—-]+)?$",
    re.IGNORECASE,
)
# A denial near a word: "not being able" says what "unable" says, "not one was unaffected"
# what "all were affected" says.
# "little changed" is "unchanged".
_NEAR_DENIAL = re.compile(
    r"\b(?:not|never|no|none|cannot|little|barely|hardly|scarcely|yet\s+to)\b|n['’]t\b",
    re.IGNORECASE,
)


# Verbs that state what another denies ("not appeal" vs "challenge the sentence"), by stem.
_SAME_VERB = {
    stem("challenge"): stem("appeal"),
    stem("contest"): stem("appeal"),
    stem("pay"): stem("fund"),
    stem("finance"): stem("fund"),
    stem("present"): stem("attend"),
    stem("secure"): stem("win"),
    stem("grant"): stem("give"),
    stem("report"): stem("post"),
    stem("record"): stem("post"),
}
# Verbs that state the same act, each standing for the others: "had not been informed" is
# denied by "had been told".
_SYNONYM_GROUPS = (
    # "would not lay off staff" is denied by "would cut jobs".
    "cut trim reduce slash lower lay shed",
    "inform tell told notify brief",
    "commit promise pledge vow",
    "determine establish identify pinpoint",
    "recover retrieve extract yield obtain",
    "name appoint nominate",
    "sign seal conclude",
    "hire recruit employ",
    "change revise alter amend modify adjust",
    # "is not required to ratify" is denied by "must still ratify".
    "require need must obliged",
    # "The decree does not apply to emergency services" vs "are covered by the decree".
    "apply cover affect",
    # "will stay on as chief executive" vs "will not remain chief executive".
    "stay remain",
    # "does not allow employers to hire" vs "employers may hire" is for the modal rule; "allow"
    # and "permit" are one act.
    "allow permit",
    # "would not offer emergency funding" vs "would provide emergency funding".
    "offer provide",
)
_SYNONYMS: dict[str, tuple[str, ...]] = {
    stem(w): tuple(stem(v) for v in group.split() if stem(v) != stem(w))
    for group in _SYNONYM_GROUPS
    for w in group.split()
}
# The object of a denial is what it is about: "would not seek an emergency loan" denies a
# loan that "planned to ask for an emergency loan" states, whatever the verbs.
_OBJECT_STOP = frozenset(
    """that this these those their there them they with from into about after before over
    under some more most much such than then when where which while would could should will
    have been being also only just even still very back down same other another each every
    said says told according against until since because""".split()
)
_SAME_OBJECT = {"backing": "support", "backed": "support"}
# Verbs of seeking or proposing, which news rewrites trade freely ("seek a loan", "ask for a
# loan", "table a motion"): a denial of one against another with the same object is a flip.
_INTENT = frozenset(
    stem(w)
    for w in """seek sought ask request apply call push table propose plan prepare pursue demand
    review reconsider consider revisit launch file submit introduce hold call planning planned
    preparing prepared""".split()
)
_INTENT_WORD = re.compile(
    r"\b(?:seek|seeks|seeking|sought|ask|asks|asked|asking|request\w*|appl(?:y|ies|ied|ying)|"
    r"call(?:s|ed|ing)?\s+for|push\w*\s+for|tabl(?:e|es|ed|ing)|propos\w*|plan\w*|pursu\w*|"
    r"demand\w*|review\w*|reconsider\w*|consider\w*|revisit\w*|launch\w*|fil(?:e|es|ed|ing)|"
    r"prepar\w*|"
    r"submit\w*|introduc\w*|hold|holds|held)\b",
    re.IGNORECASE,
)


def _same_object(
    f: Fact, side: Side, stating: Side, words: dict[str, str], denials: list[Fact]
) -> str | None:
    """Return the stated word that names the denied verb's object, if the other side has it.

    Only for verbs of seeking or proposing on both sides ("would not seek a loan" vs
    "planned to ask for a loan"). The object is the content words just after the denial (up to
    four); at least half of them must be stated after such a verb, among them one long or
    hyphenated word, so "not seek the price" does not meet "the price was".
    """
    if str(f.value) not in _INTENT:
        return None
    owner = _sentence_at(side, f.start)
    if owner is None:
        return None
    after = re.split(r"[,;:.!?()“”\"]", owner.text[f.end - owner.start : f.end - owner.start + 50])[
        0
    ]
    found: list[str] = []
    seen = 0
    for w in re.findall(r"[A-Za-z][a-z-]+", after)[:6]:
        lw = w.lower()
        if len(lw) < 4 or lw in _OBJECT_STOP:
            continue
        seen += 1
        key = stem(_SAME_OBJECT.get(lw, lw))
        if key in words:
            found.append(words[key])
        if seen == 4:
            break
    strong = [w for w in found if len(w) >= 6 or "-" in w]
    if not strong or 2 * len(found) < seen:
        return None
    for s in stating.sentences:
        at = s.text.find(strong[0])
        if at < 0 or not _INTENT_WORD.search(" ".join(s.text[:at].split()[-8:])):
            continue
        if any(s.start + at - 60 <= d.start < s.start + at for d in denials):
            continue  # the other side denies it too, in its own words
        return strong[0]
    return None


_TO_VERB = re.compile(r"\s+to\s+([a-z]{3,})")


def _aim(f: Fact, text: str) -> str:
    """Return the stem of the verb a denied intention aims at: "no plans to raise" -> "rais".

    ``text`` is the whole document the denial stands in.
    """
    if str(f.value) not in _INTENT:
        return ""
    m = _TO_VERB.match(text, f.end)
    return stem(m.group(1)) if m else ""


_SUPERLATIVE = re.compile(
    r"\b(?:largest|biggest|greatest|highest|lowest|busiest|worst|best|deadliest|longest|"
    r"shortest|strongest|weakest|fastest|slowest|oldest|youngest|hottest|coldest|wettest|"
    r"driest|heaviest|costliest|record|most\s+[a-z]{4,})\b",
    re.IGNORECASE,
)
_COMPARATIVE = re.compile(
    r"\b(?:more|bigger|larger|greater|higher|lower|busier|worse|better|deadlier|longer|"
    r"shorter|stronger|weaker|faster|slower|older|younger|hotter|colder|wetter|drier|heavier|"
    r"costlier|fewer|less)\b"
)
_FIRST_SINCE = re.compile(r"\bfirst\b[^.;]{0,80}\bsince\b", re.IGNORECASE)
_FIRST_TO = re.compile(r"\bthe\s+first\s+(?:[\w’'-]+\s+){0,5}?to\s+[a-z]+", re.IGNORECASE)
_BEFORE_NOW = re.compile(r"\b(?:previously|before|ever|until\s+now|hitherto)\b")


# "not expected to be as strong as", "not as high": an equal denied, so a comparative stated.
_NOT_AS = re.compile(r"(?:not|n['’]t)\b(?:\s+[a-z]+){0,4}?\s+as\s+[a-z]{3,}\b")
_COMPARATIVE_WORD = re.compile(
    r"\b(?:less|fewer|weaker|smaller|lower|slower|shorter|milder|cheaper|worse|better|stronger|"
    r"larger|bigger|higher|faster|longer|greater)\b",
    re.IGNORECASE,
)


def _comparative_denied(f: Fact, text: str, stated: str) -> bool:
    """Return whether a denial goes on to a comparative the other side states as superlative.

    "No younger swimmer", "no leader in its history has been younger": "the youngest".
    """
    after = text[f.start : f.start + 80].lower()
    if _SUPERLATIVE.search(stated) and _COMPARATIVE.search(after):
        # "no carmaker has ever invested more" says what "the largest" says; "no week has
        # been busier" what "the highest weekly total".
        return True
    if _FIRST_SINCE.search(stated) and re.search(r"\bsince\b", after):
        return True  # "no consulate had been shut since 2009" = "the first closure since 2009"
    if _FIRST_TO.search(stated) and _BEFORE_NOW.search(after):
        return True  # "no Croatian had previously reached a final" = "the first Croatian to"
    if _NOT_AS.match(after) and _COMPARATIVE_WORD.search(stated):
        return True  # "not expected to be as strong" says what "expected to be weaker" says
    for m in re.finditer(r"\b([a-z]{2,}?)(?:i?est)\b|\bmost\s+([a-z]+)", stated.lower()):
        if m.group(1) and re.search(rf"\b{m.group(1)}(?:i?er)\b", after):
            return True
        if m.group(2) and re.search(rf"\bmore\s+{m.group(2)}\b", after):
            return True
    return False


def _sentence_at(side: Side, at: int) -> Sentence | None:
    """Return the sentence of ``side`` that holds document offset ``at``."""
    return next((s for s in side.sentences if s.start <= at < s.end), None)


def _locate(side: Side, word: str, context: str = "") -> int:
    """Return where ``word`` stands in ``side``: as a whole word ("bowl", not in "bowler").

    Of several places, the one followed by most of the words of ``context`` (what follows the
    denial): "no runner had been seriously hurt" points at "runners had been seriously hurt",
    not at "dozens of runners for dehydration" before it.
    """
    wanted = set(_WORD.findall(context.lower()))
    for pattern in (rf"\b{re.escape(word)}\b", re.escape(word)):
        best: tuple[int, int] | None = None
        for s in side.sentences:
            for m in re.finditer(pattern, s.text):
                after = set(_WORD.findall(s.text[m.end() : m.end() + 40].lower()))
                if best is None or len(wanted & after) > best[0]:
                    best = (len(wanted & after), s.start + m.start())
        if best is not None:
            return best[1]
    return side.sentences[0].start


def _denied_near(text: str, start: int, end: int) -> bool:
    return bool(_NEAR_DENIAL.search(text, max(0, start - 25), min(len(text), end + 12)))


# "admitted no wrongdoing" says what "did not admit wrongdoing" says.
# "bans no-fault evictions": "no-" makes a compound, and denies nothing.
# "hired no engineers", "hired too few engineers": the object denies the verb.
_NO_AFTER = re.compile(
    r"\s+(?:no\b(?!\s+(?:longer|later|earlier|sooner|more)\b|-)|too\s+(?:few|little)\b)",
    re.IGNORECASE,
)


# "No fines were imposed": the subject denied, and with it the verb after it.
_NO_SUBJECT = re.compile(
    r"\b[Nn]o\s+(?:[a-z]+\s+){1,2}(?:was|were|is|are|has\s+been|have\s+been|had\s+been|"
    r"will\s+be|would\s+be)\s+$"
)


def _subject_denied(f: Fact, text: str) -> bool:
    """Return whether the subject before ``f`` is denied: "No fines were imposed"."""
    return _NO_SUBJECT.search(text, max(0, f.start - 40), f.start) is not None


def _side(f: Fact, text: str) -> str:
    side = str(f.value)
    if (
        not _DENIED.search(text, max(0, f.start - 20), f.start)
        and not _NO_AFTER.match(text, f.end)
        and not _subject_denied(f, text)
    ):
        return side
    return side[4:] if side.startswith("not-") else f"not-{side}"


def _negations(pair_: Pair, a: list[Fact], b: list[Fact]) -> Iterator[Hit]:
    # A denial the other side makes in its own words just before the same verb ("not to run"
    # against "avoid running") is answered there, and leaves the count of denials.
    raw_a = [f for f in a if f.key == "negation"]
    raw_b = [f for f in b if f.key == "negation"]
    values_a, values_b = {f.value for f in raw_a}, {f.value for f in raw_b}
    na = [f for f in raw_a if f.value in values_b or not _implied(f, pair_.b)]
    nb = [f for f in raw_b if f.value in values_a or not _implied(f, pair_.a)]
    if len(na) == len(nb):
        return  # as many denials on each side: reworded, not flipped
    a_denies = len(na) > len(nb)
    denying, others, stating = (na, nb, pair_.b) if a_denies else (nb, na, pair_.a)
    denying_side = pair_.a if a_denies else pair_.b
    denying_text = pair_.text_a if a_denies else pair_.text_b
    stated = stating.text
    # "denies that the plans are illiberal" = "the plans are not illiberal"; but a denial in
    # an aside about someone ("Stanek, who has denied wrongdoing, will appeal") is not the
    # sentence's own.
    # Each such word answers one denial: "failed to sound" answers "did not sound", but not
    # also "had not been repaired" beside it, unless it stands just before the word.
    # Those already read as denials ("failed to sound") are counted once, among the others.
    # The verb a denial names is not an answer to it: "should stop using" states what "should
    # not stop using" denies.
    denied_verbs = {f.value for f in denying}
    # Nor is a word both sides use ("the things we still disagree on", quoted in each).
    # "has denied wrongdoing" and "denies wrongdoing" are one word in two tenses.
    shared = Counter(_implicit_key(m.group(0)) for m in _IMPLICIT.finditer(denying_side.text))
    implicit = []
    unasided = _ASIDE.sub(",", stated)
    for m in _IMPLICIT.finditer(unasided):
        word = _implicit_key(m.group(0))
        if shared[word]:
            shared[word] -= 1
            continue
        if any(m.group(0) in f.text for f in others):
            continue
        if _leaves_open(unasided, m.start()):
            continue  # "did not rule out declaring", "refused to rule out leaving"
        if _but_after_stated(unasided, m.start(), denied_verbs):
            continue  # "covers the intelligence services but exempts documents": "covers" stands
        if not (m.group(0).isalpha() and stem(m.group(0)) in denied_verbs):
            implicit.append(m)
    if len(implicit) >= len(denying) - len(others):
        return
    denied_there = {f.value for f in others}
    # What "ruled out" governs is denied there too, by the stated side's own words.
    ruled_out = {
        stem(w)
        for m in _RULED_OUT.finditer(stated)
        # "did not rule out declaring": left open, not denied.
        if not _denied_before(stated, m.start())
        for w in _WORD.findall(m.group("scope"))
    }
    words = {stem(w): w for w in reversed(_WORD.findall(stated))}
    synonyms: dict[str, str] = {}
    for w in _WORD.findall(stated):
        # "would not appeal" denies what "plans to challenge the sentence" states.
        if (same := _SAME_VERB.get(stem(w))) is not None:
            words.setdefault(same, w)
        if w.lower().endswith(("ment", "ments")):
            continue  # "a requirement" is no act of requiring
        for other in _SYNONYMS.get(stem(w), ()):
            synonyms.setdefault(other, w)  # "would not cut its budget" vs "would trim it"
    for m in _PHRASAL_RE.finditer(stated):
        words.setdefault(m.lastgroup or "", m.group(0))
    stating_text = pair_.text_b if a_denies else pair_.text_a
    aims_there = {_aim(g, stating_text) for g in others} - {""}
    for f in denying:
        aim = _aim(f, denying_text)
        if f.value in denied_there and not (aim and aims_there and aim not in aims_there):
            # Both deny it; an intention only if it aims at the same act: "did not plan to
            # raise capital" is not answered by "has no plans to sell itself".
            continue
        if f.value in words:
            word = words[str(f.value)]
        elif aim in words and aim not in denied_there:
            word = words[aim]  # "had no plans to raise equity" vs "was preparing to raise"
        elif said := _same_object(f, denying_side, stating, words, others):
            word = said  # "not seek an emergency loan" vs "ask for an emergency loan"
        elif str(f.value) in synonyms:
            word = synonyms[str(f.value)]
            if _told(denying_side, stem(word)) >= _told(stating, stem(word)):
                continue  # "told inspectors" on both sides: not what "not informed" denies
        elif elided := _elided(f, denying_text, stated):
            word = elided  # "had been told it was not." vs "had been told it was."
        else:
            continue  # the other side does not say it at all
        said_at = stated.find(word)
        if said_at >= 0 and _not_until(f, denying_text, stated, said_at, said_at + len(word)):
            continue  # "did not restore relations until 2009" = "only restored them in 2009"
        uses = _told(denying_side, f.value)
        if uses > 1 and uses > _told(stating, f.value):
            continue  # "would not pay a dividend, after paying 2.50" vs "having paid 2.50"
        if any(stem(w) in ruled_out for w in _WORD.findall(word)):
            continue  # "will not sell" says what "has ruled out selling" says
        if _comparative_denied(f, denying_text, stated):
            continue  # "no leader has been younger" says what "the youngest leader" says
        if _BOUND_AFTER.match(denying_text, f.end) and _BOUND_SAID.search(stated):
            continue  # "cannot be resold for more than 10%" = "resold for no more than 10%"
        at = _locate(stating, word, denying_text[f.end : f.end + 40])
        owner = _sentence_at(stating, at)
        if owner is not None and _RATHER_THAN.search(owner.text, 0, at - owner.start):
            continue  # "rather than glide": the other side's "not glide" agrees
        if owner is not None and _NONE_AFTER.match(owner.text, at - owner.start + len(word)):
            continue  # "had seen no evidence" denies the seeing "had not seen any" denies
        implicit_before = (
            _IMPLICIT_BEFORE.search(owner.text, max(0, at - owner.start - 40), at - owner.start)
            if owner is not None
            else None
        )
        if implicit_before is not None and not _TO_RULE_OUT.search(implicit_before.group(0)):
            continue  # "failed to sound" says what "did not sound" says; "refused to rule out
            # leaving" leaves it open
        if owner is not None and _WITHOUT_BEFORE.search(
            owner.text, max(0, at - owner.start - 40), at - owner.start
        ):
            continue  # "without a competitive tender", "with no treaty signed" deny it too
        if owner is not None and _FREE_AFTER.match(owner.text, at - owner.start + len(word)):
            continue  # "fault-free" says what "no faults" says
        # Point at the word itself, not the whole sentence, so the finding quotes what changed.
        stated_fact = Fact(Kind.NEGATION, at, at + len(word), word, "statement", word, word)
        x, y = (f, stated_fact) if a_denies else (stated_fact, f)
        if a_denies:
            message = f"A denies what B states: '{f.text}' vs '{word}' without negation"
        else:
            message = f"B denies what A states: '{word}' without negation vs '{f.text}'"
        yield Hit("R403", message, x, y)
        return


def _implicit_key(word: str) -> str:
    """Key a word of denial by its stem, so that tenses match: deny, denies, denied."""
    if not word.isalpha():
        return word.lower()
    key = stem(word)
    return key[:-1] + "i" if key.endswith("y") else key


_ELIDED = re.compile(
    r"\b(?P<aux>was|were|is|are|did|does|do|had|has|have|would|will|could|can|should)"
    r"\s+(?:not|never)\s*(?=[.,;:!?]|$)",
    re.IGNORECASE,
)


def _elided(f: Fact, denying: str, stated: str) -> str:
    """Return the other side's "it was." where a clause ends in a denial with its verb left out.

    "had been told it was not." denies what "had been told it was." states; neither names the
    verb, which the question before it gave.
    """
    m = _ELIDED.search(denying, max(0, f.start - 8), f.end + 3)
    if m is None:
        return ""
    said = re.search(
        rf"\b(?:it|he|she|they|we|I|you|there)\s+{m.group('aux')}\s*(?=[.,;:!?]|$)", stated, re.I
    )
    return said.group(0) if said else ""


_TO_RULE_OUT = re.compile(r"\s+to\s+rul(?:e|es|ed|ing)\s+out\b", re.IGNORECASE)


def _leaves_open(text: str, at: int) -> bool:
    """Return whether the word of denial at ``at`` denies nothing but leaves the act open.

    Denied itself ("did not | rule out declaring"), or denying a ruling out ("refused | to
    rule out leaving").
    """
    word = _IMPLICIT.match(text, at)
    return _denied_before(text, at) or (
        word is not None and _TO_RULE_OUT.match(text, word.end()) is not None
    )


def _denied_before(text: str, at: int) -> bool:
    """Return whether a denial stands just before ``at``: "did not | rule out declaring".

    A word of denial that is itself denied leaves the act open, so it denies nothing.
    """
    return _DENIED.search(text, max(0, at - 20), at) is not None


def _implied(f: Fact, other: Side) -> bool:
    """Return whether ``other`` denies the verb of denial ``f`` with a word like "avoid".

    Not where that word is already one of its own denials, counted as such: "none of which was
    judged to have been caused" denies the judging, and answers no other side's "none of them
    had been caused" a second time.
    """
    denials = [(g.start, g.end) for g in other.facts if g.key == "negation"]
    for s in other.sentences:
        for m in _WORD.finditer(s.text):
            if stem(m.group(0)) != f.value:
                continue
            word = _IMPLICIT_BEFORE.search(s.text, max(0, m.start() - 40), m.start())
            if (
                word is not None
                and not any(a <= s.start + word.start() < b for a, b in denials)
                # "did not rule out declaring" leaves the declaring open: it denies nothing,
                # nor does "refused to rule out leaving".
                and not _leaves_open(s.text, word.start())
            ):
                return True
    return False


# "not ... until" dates the event; "only" or "finally" on the other side dates it too.
_UNTIL = re.compile(r"[^,;.!?]{0,60}\buntil\b", re.IGNORECASE)
_ONLY_BEFORE = re.compile(
    r"\b(?:only|finally|eventually)\b[^,;.!?]{0,40}$|\bnot\s+until\b[^.!?]*$", re.IGNORECASE
)


# "would restart the lines once prices fell" = "would not restart them until prices fell".
_WHEN_AFTER = re.compile(r"[^,;.!?]{0,60}\b(?:once|as\s+soon\s+as|when|after)\b", re.IGNORECASE)


def _not_until(denied: Fact, denying: str, stated: str, start: int, end: int) -> bool:
    """Return whether "not X until" on one side says when X happens, as the other side does.

    The stating side dates the same word with "only" or "finally" before it, or with "once",
    "when" or "after" following it. "Not X since" is answered by "last X", and "not X unless"
    by "X only if".
    """
    if _SINCE.match(denying, denied.end) and _LAST_BEFORE.search(stated, max(0, start - 12), start):
        return True  # "has not been recorded in the wild since 1938" = "was last recorded in 1938"
    if _UNLESS.match(denying, denied.end) and (
        _ONLY_IF.match(stated, end)
        or (_JUST_ONLY.search(stated, max(0, start - 12), start) and _IF_AFTER.match(stated, end))
    ):
        # "would not support it unless" = "would support it only if" = "would only support
        # it if": one condition.
        return True
    if _IF_BEFORE.search(
        denying, max(0, denied.start - 60), denied.start
    ) and _UNLESS_BEFORE.search(stated, max(0, start - 60), start):
        return True  # "if crushers did not slow output" = "unless crushers slowed output"
    if _OTHER_THAN.match(denying, denied.end) and _ONLY.search(stated):
        return True  # "may not use it for anything other than imports" = "only for imports"
    if _FOR_SPAN.match(denying, denied.end) and _TAKES_BEFORE.search(
        stated, max(0, start - 40), start
    ):
        return True  # "will not show up for decades" = "will take decades to show up"
    if _ON_TIME.match(denying, denied.end) and _LATE_AFTER.match(stated, end):
        return True  # "failed to deliver the equipment on time" = "delivered it late"
    if not _UNTIL.match(denying, denied.end):
        return False
    if _ONLY_BEFORE.search(stated, 0, start) or _WHEN_AFTER.match(stated, end):
        return True
    # "are not scheduled to begin until June" = "are scheduled to begin in June": the other
    # side gives the same time after the same word.
    when = _UNTIL_WHEN.match(denying, denied.end)
    return (
        when is not None
        and re.search(
            rf"\b(?:in|on|at|by)\s+{re.escape(when.group('when'))}\b", stated[end : end + 60]
        )
        is not None
    )


# The time "until" names, a date: "until June", "until March 2027", "until Monday".
_UNTIL_WHEN = re.compile(
    r"[^,;.!?]{0,60}\buntil\s+(?:the\s+)?(?P<when>(?-i:[A-Z0-9])[\w’'-]*(?:\s+\d{1,4})?)"
)
_IF_BEFORE = re.compile(r"\bif\b[^,;.!?]*$", re.IGNORECASE)
_UNLESS_BEFORE = re.compile(r"\bunless\b[^,;.!?]*$", re.IGNORECASE)
_OTHER_THAN = re.compile(
    r"[^,;.!?]{0,50}?\b(?:other\s+than|except|apart\s+from|besides)\b", re.IGNORECASE
)
_ONLY = re.compile(r"\bonly\b", re.IGNORECASE)
# "not X for decades" and "take decades to X"; "not X on time" and "X late".
_SPANS = r"(?:years|decades|months|weeks|days|hours|generations)"
_FOR_SPAN = re.compile(
    rf"[^,;.!?]{{0,60}}?\bfor\s+(?:many\s+|several\s+|some\s+|a\s+few\s+|\w+\s+)?{_SPANS}\b",
    re.IGNORECASE,
)
_TAKES_BEFORE = re.compile(
    rf"\btak(?:e|es|en|ing|ook)\s+(?:[\w-]+\s+){{0,2}}?{_SPANS}\s+(?:to|before\s+\w+)\s+$",
    re.IGNORECASE,
)
_ON_TIME = re.compile(r"(?:\s+[\w’'-]+){0,5}?\s+(?:on|in)\s+time\b", re.IGNORECASE)
_LATE_AFTER = re.compile(
    r"(?:\s+[\w’'-]+){0,5}?\s+(?:late|behind\s+schedule|after\s+the\s+deadline)\b", re.IGNORECASE
)
# "not X unless ..." and "X only if ...": one condition, put two ways.
_UNLESS = re.compile(r"[^,;.!?]{0,60}?\bunless\b", re.IGNORECASE)
_JUST_ONLY = re.compile(r"\bonly\s+$", re.IGNORECASE)
_IF_AFTER = re.compile(r"[^,;.!?]{0,60}?\bif\b", re.IGNORECASE)
_ONLY_IF = re.compile(r"[^,;.!?]{0,60}?\bonly\s+(?:if|when|once|provided)\b", re.IGNORECASE)
# The time since which a thing has not happened, and the last time it did.
_SINCE = re.compile(r"(?:\s+[\w’'-]+){0,5}?\s+since\b")
_LAST_BEFORE = re.compile(r"\blast\s+(?:been\s+)?$")


def _told(side: Side, value: object) -> int:
    """Return how often a side uses the verb with stem ``value``, denied or not."""
    return sum(stem(w) == value for s in side.sentences for w in _WORD.findall(s.text))


# "had not yet replied" vs "had already responded": one says it has not happened, the other
# that it has, whatever verb each uses.
_NOT_YET = re.compile(
    r"\b(?:(?:not|n['’]t|never)\s+(?:\w+\s+)?yet|yet\s+to|(?:has|have|had)\s+still\s+to|"
    r"still\s+(?:has|have|had|needs?)\s+to|must\s+still)\s+\w+",
    re.IGNORECASE,
)
_ALREADY = re.compile(r"\balready\s+(?:been\s+)?\w+", re.IGNORECASE)


def _not_yet(pair_: Pair) -> Iterator[Hit]:
    """Report a side that says something has not happened yet where the other says already."""
    found = [(_first(side, _NOT_YET), _first(side, _ALREADY)) for side in (pair_.a, pair_.b)]
    (yet_a, already_a), (yet_b, already_b) = found
    if yet_a and already_b and not already_a and not yet_b:
        x, y, message = yet_a, already_b, "A says it has not happened yet, B that it has"
    elif yet_b and already_a and not already_b and not yet_a:
        x, y, message = already_a, yet_b, "B says it has not happened yet, A that it has"
    else:
        return
    yield Hit("R403", f"{message}: '{x.text}' vs '{y.text}'", x, y)


def _first(side: Side, pattern: re.Pattern[str]) -> Fact | None:
    """Return the first match of ``pattern`` in the side's sentences, as a fact."""
    for s in side.sentences:
        if m := pattern.search(s.text):
            at = s.start + m.start()
            return Fact(Kind.NEGATION, at, at + len(m.group(0)), m.group(0), "yet", "", m.group(0))
    return None
