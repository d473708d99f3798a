"""Find what a sentence asserts or denies: negations, antonym verbs and directions of change."""

from __future__ import annotations

import functools
import re

from reconcile.fold import OPPOSITE_SUPERLATIVES, stem
from reconcile.model import Fact, Kind

_UP = (
    r"rose|rise[sn]?|rising|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|surg(?:e|es|ed|ing)|"
    r"soar(?:s|ed|ing)?|gain(?:s|ed|ing)?|increas(?:e|es|ed|ing)|gr[oe]w(?:s|n|ing)?|"
    r"rall(?:y|ies|ied|ying)|rebound(?:s|ed|ing)?|spik(?:e|es|ed|ing)|advanc(?:e|es|ed|ing)|"
    r"bounc(?:e|es|ed|ing)\s+back|recover(?:s|ed|ing)?|ramp(?:s|ed|ing)?\s+up|"
    # "the index pared some losses" = "recovered some ground".
    r"par(?:e|es|ed|ing)(?=\s+(?:some\s+|its\s+|their\s+|early\s+|earlier\s+)*(?:losses|declines)\b)|"
    r"higher|rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|doubl(?:e|es|ed|ing)|"
    r"strengthen(?:s|ed|ing)?|firm(?:ed|ing)(?!\s+(?:up|grip|stance|line))|accelerat(?:e|es|ed|ing)|quicken(?:s|ed|ing)?|lengthen(?:s|ed|ing)?|"
    # "edging up 1.2%", "ticked higher": small moves, named by their particle.
    r"(?:edg(?:e|es|ed|ing)|inch(?:es|ed|ing)?|tick(?:s|ed|ing)?|creep(?:s|ing)?|crept)"
    r"\s+(?:up|higher)"
    # "could be revised upward", "revised up".
    r"|(?:revis(?:e|es|ed|ing)|adjust(?:s|ed|ing)?)\s+(?:upwards?|up)\b"
)
_DOWN = (
    # Not "fell short of its goal": a target missed, not a fall.
    r"(?:fell|fall(?:s|en|ing)?)(?!\s+short\b)|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|"
    r"sl(?:id|ide|ides|iding)|slump(?:s|ed|ing)?|tumbl(?:e|es|ed|ing)|plung(?:e|es|ed|ing)|"
    r"s[ai]nk(?:s|ing)?|shr[ai]nk(?:s|ing)?|shrunk(?:en)?|dip(?:s|ped|ping)?|slip(?:s|ped|ping)?|plummet(?:s|ed|ing)?|"
    r"retreat(?:s|ed|ing)?|slid|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|slash(?:es|ed|ing)?|"
    r"halv(?:e|es|ed|ing)|weaken(?:s|ed|ing)?|slow(?:s|ed|ing)|decelerat(?:e|es|ed|ing)|"
    r"shorten(?:s|ed|ing)?|cuts?(?=\s+(?:in|of)\b)|"
    r"(?:edg(?:e|es|ed|ing)|inch(?:es|ed|ing)?|tick(?:s|ed|ing)?|creep(?:s|ing)?|crept)"
    r"\s+(?:down|lower)"
    r"|(?:revis(?:e|es|ed|ing)|adjust(?:s|ed|ing)?)\s+(?:downwards?|down)\b"
    # "values eased 1.2 per cent": a market's small fall; "eased visa rules" is not one.
    r"|eas(?:e|es|ed|ing)(?=\s+(?:\d|by\s+\d|slightly|marginally|back\b))"
    # "drought cut output": the verb, before what it reduces.
    r"|cut(?:s|ting)?(?=\s+(?:(?:its|their|the|global|world|oil|steel|crop|farm)\s+)?"
    # "cut its 2025 production target": up to two words before what is reduced.
    r"(?:[\w-]+\s+){0,2}?(?:output|"
    r"production|rates?|prices?|jobs|spending|costs?|forecasts?|supply|supplies|emissions|"
    r"staff|workforce|exports|imports|yields?|harvests?|targets?|guidance|outlook)\b"
    # "cut their 12-point deduction", "cut his sentence": a penalty made smaller.
    r"|\s+(?:its|their|the|a|an|his|her)\s+(?:[\w-]+\s+)?(?:deduction|penalty|fine|sentence|ban|"
    r"suspension|tariffs?|taxe?s?)\b)"
    r"|shed(?:s|ding)?(?=\s+(?:\d|about|some|more|jobs|staff|workers|posts|roles|value|points))"
)
# A figure ahead, perhaps hedged: "up nearly 9%", "lost about 3 percent".
_FIGURE_AHEAD = (
    r"(?=\s+(?:(?:nearly|almost|about|around|some|roughly|just|more\s+than|less\s+than|over|"
    r"under|by|another|a\s+further)\s+){0,2}[\d$€£¥])"
)
# "has lost nearly 9 percent", "added 2.1 points": a market's move given as a loss or gain.
_LOST_SHARE = (
    r"(?=\s+(?:(?:nearly|almost|about|around|some|roughly|just|more\s+than|less\s+than|over|"
    r"another|a\s+further)\s+){0,2}\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|(?:percentage\s+)?points?\b))"
)
_DIRECTION = re.compile(
    rf"\b(?:(?P<up>{_UP}|add(?:s|ed|ing)?{_LOST_SHARE})|(?P<down>{_DOWN}|los(?:e|es|t|ing){_LOST_SHARE}))\b"
    # "down from 2.3 billion euros a year earlier": the change told by its starting point.
    rf"|\b(?:(?P<upadv>up)|(?P<downadv>down))(?:\s+from)?{_FIGURE_AHEAD}"
    # "handled 5% more cocoa" vs "5% less": a change given after its size.
    r"|(?:(?<=%\s)|(?<=percent\s))(?:(?P<upmore>more)|(?P<downless>less|fewer))\b",
    re.IGNORECASE,
)
# No change at all, against which a rise or a fall is a changed direction ("sleep duration did
# not change" vs "increased slightly"). Only the plain forms: "flat" and "stable" alone are too
# often adjectives ("a flat fee", "a stable government").
_FLAT = re.compile(
    r"\b(?:unchanged|(?:did|does|do|has|have|had)\s*n[o'’]?t\s+change|no\s+(?:significant\s+|"
    r"real\s+|meaningful\s+)?change|(?:remain|stay|held|hold)(?:s|ed|ing)?\s+(?:broadly\s+|"
    r"largely\s+|essentially\s+)?(?:steady|stable|flat|level))\b",
    re.IGNORECASE,
)
# Pairs of verbs that assert opposite outcomes; each side is a regex of its forms.
_HURT = r"(?=\s+(?:injured|wounded|hurt|damaged))"
_INJURIES = r"(?=\s+(?:injuries|injury|damage|wounds))"
_CUT = r"(?=\s+the\s+cut)"
_TARGET = (
    r"(?=\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+)?(?:target|targets|deadline|goal|forecast))"
)
# "beat analysts' forecasts", "missed market expectations".
_FORECASTS = (
    r"(?=\s+(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+)?(?:forecasts?|expectations|estimates|"
    r"consensus)\b)"
)
_QUALITY = r"(?=\s+(?:match|fit|condition|shape|state)\b)"
_LEVEL = (
    # "below the 20 km/h limit": a figure may stand before the level it names.
    r"(?=\s+(?:the\s+|its\s+|their\s+)?(?:[\w./%’'-]+\s+){0,2}?"
    r"(?:waterline|water\s+line|surface|ground|sea\s+level|average|normal|"
    r"freezing|zero|threshold|limit|capacity|par|trend)\b)"
)
# "7 percent below last year's level", "above a year earlier": against an earlier figure.
_EARLIER = (
    r"(?=\s+(?:last\s+year['’]s|the\s+previous|the\s+prior|a\s+year\s+(?:earlier|ago|before)|"
    r"year-earlier|pre-[a-z]+|(?:its|their)\s+(?:[\w-]+\s+)?(?:level|levels|peak)|"
    r"(?:\d{4}|20\d\d)['’]?s?\s+(?:level|levels|figure|total))\b)"
)
# "Like wind and solar, ...": the comparison runs to a comma a few words on.
_OPENING = r"(?=\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+,)"
_PAY = (
    r"(?=\s+(?:[\w-]+\s+){0,2}?(?:wages|pay|salaries|pensions|benefits|prices|fares|fees|"
    r"rents|tariffs|taxes)\b)"
)
_SHARE_NOUN = (
    r"(?=\s+(?:amount|share|part|proportion|fraction|portion|number|role|impact|effect|"
    r"contribution|quantity|quantities|amounts)\b)"
)
# The people held or let go, a word or two after the verb: "arrested three men".
_HELD = (
    r"(?=\s+(?:\w+\s+){0,2}(?:men|women|people|suspects?|him|her|them|protesters|activists|"
    r"teenagers|youths|\d+)\b)"
)
# A number of jobs after the verb: "added 1,200 jobs", "cut about 300 positions".
_JOBS = (
    r"(?=\s+(?:(?:about|some|nearly|around|almost|more\s+than|over|up\s+to)\s+)?"
    r"[\d,.]+(?:\s+(?:million|thousand))?\s+(?:new\s+)?(?:jobs|positions|posts|roles)\b)"
)
# What a government imposes and may lift or extend.
_RESTRICTION = r"(?:ban|restrictions?|sanctions|curfew|embargo|moratorium|lockdown|suspension)\b"
ANTONYMS: tuple[tuple[str, str, str], ...] = (
    (
        "approve",
        r"approv(?:e|es|ed|ing|al)|support(?:s|ed|ing)?|back(?:s|ed|ing)|endors(?:e|es|ed|ing)|"
        # "while 39% back it": the bare verb after who backs it, not "came back the next day".
        r"back(?:(?<=%\sback)|(?<=percent\sback)|(?<=would\sback)|(?<=will\sback)|"
        r"(?<=who\sback)|(?<=they\sback)|(?<=not\sback)|(?<=to\sback))"
        r"(?=\s+(?:it|them|the|a|an|this|that|his|her|their)\b)|"
        # "she will sign the law" vs "she will veto the law".
        r"sign(?:s|ed|ing)?(?=\s+(?:the|a|an|it|this|that)\s|\s+into\s+law\b)|"
        # "the judge granted bail" vs "refused bail".
        r"grant(?:s|ed|ing)?(?=\s+(?:him\s+|her\s+|them\s+)?bail\b)|"
        # "upheld a protest by the Finnish team" vs "rejected" it.
        r"uph[oe]ld(?=\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:protest|complaint|"
        r"objection)s?\b)|"
        r"grant(?:s|ed|ing)?(?=\s+(?:\w+['’]s\s+|the\s+|an?\s+|its\s+|their\s+)\w*\s*(?:request|"
        r"application|appeal|bid|petition|motion|claim)s?\b)",
        r"reject(?:s|ed|ing|ion)?|vetoe?(?:s|d|ing)?|oppos(?:e|es|ed|ing)|"
        r"refus(?:e|es|ed|ing)(?=\s+(?:him\s+|her\s+|them\s+)?bail\b)|"
        r"den(?:y|ies|ied|ying)(?=\s+(?:him\s+|her\s+|them\s+)?bail\b)|"
        # "refused Veltara's application" vs "granted its application".
        r"refus(?:e|es|ed|ing)(?=\s+(?:\w+['’]s\s+|the\s+|an?\s+|its\s+|their\s+)\w*\s*"
        r"(?:request|application|appeal|bid|petition|motion|claim)s?\b)",
    ),
    # "who was not involved in the study" vs "who led the study": an outside voice or its
    # author.
    (
        "study-role",
        r"led\s+the\s+(?:study|research|trial|survey|analysis|excavation)|took\s+part\s+in\s+the\s+"
        r"(?:study|research|trial|survey|analysis|excavation)|authored\s+the\s+(?:study|"
        r"research|paper)|worked\s+on\s+the\s+(?:study|research|trial|survey|analysis)",
        r"not\s+involved\s+in\s+the\s+(?:study|research|trial|survey|analysis|excavation)",
    ),
    # "had not decided whether to appeal" vs "would appeal", "planned to appeal"; or vs "had
    # decided not to appeal", a decision either way against none.
    (
        "appeal-plan",
        r"would\s+appeal|will\s+appeal|plan(?:s|ned)?\s+to\s+appeal|intend(?:s|ed)?\s+to\s+appeal|"
        r"decided\s+to\s+appeal|lodged\s+an\s+appeal|filed\s+an\s+appeal|"
        r"decided\s+not\s+to\s+appeal|would\s+not\s+appeal|will\s+not\s+appeal",
        r"not\s+(?:yet\s+)?decided\s+whether\s+to\s+appeal|undecided\s+(?:on|about|over)\s+"
        r"(?:whether\s+to\s+)?(?:an\s+)?appeal",
    ),
    # "did not say whether it would declare force majeure" vs "said it would declare force
    # majeure": a question left open against an answer given.
    (
        "say-whether",
        # The verb alone, so that what was said ("would appeal") is read as well.
        r"said(?=\s+(?:that\s+)?(?:(?!(?:no|not|none|nobody|nothing|neither)\b)[\w'’-]+\s+){1,4}?"
        r"(?:would|will)\b)",
        r"did\s+not\s+say\s+whether|does\s+not\s+say\s+whether|would\s+not\s+say\s+whether|"
        r"didn['’]t\s+say\s+whether|wouldn['’]t\s+say\s+whether",
    ),
    # "refused to use it as an excuse" vs "blamed a hamstring injury".
    (
        "excuse",
        r"blam(?:e|es|ed|ing)(?=\s+(?:it\s+on\s+)?(?:an?|the|his|her|their|its)\s)",
        r"refus(?:e|es|ed|ing)\s+to\s+use\s+(?:it|that|this|the\s+\w+)\s+as\s+an\s+excuse",
    ),
    (
        "accept",
        # "has called for a joint investigation" vs "has refused a joint investigation".
        r"accept(?:s|ed|ing|ance)?|agree(?:s|d|ing)?\s+to|call(?:ed|ing)\s+for(?=\s+(?:an?|the)\s)",
        r"refus(?:e|es|ed|ing|al)|declin(?:e|es|ed)\s+to|challeng(?:e|es|ed|ing)(?=\s+the\b)",
    ),
    (
        "confirm",
        r"confirm(?:s|ed|ing|ation)?|admit(?:s|ted|ting)?|acknowledg(?:e|es|ed|ing)",
        r"den(?:y|ies|ied|ying|ial)",
    ),
    # "retained her title" vs "lost her title".
    # "England beat South Africa" vs "England lost to South Africa": "beat" and "defeated" only
    # before a name, so "beat forecasts" and "were defeated by" are not wins.
    (
        "win",
        r"win(?:s|ning)?|won|retain(?:s|ed|ing)?|"
        r"beat(?:en)?(?=\s+(?:hosts?\s+|holders\s+|the\s+)?(?-i:[A-Z]))|"
        r"defeat(?:s|ed)?(?=\s+(?:hosts?\s+|holders\s+|the\s+)?(?-i:[A-Z]))",
        r"los(?:e|es|ing)|lost",
    ),
    ("acquit", r"acquit(?:s|ted|tal)?", r"convict(?:s|ed|ion)?"),
    # "nine blocks, a record for a final" vs "equalling the record": a new record, or one tied.
    (
        "record",
        "|".join(
            rf"{verb}\s+(?:a|the|an)\s+(?:[\w-]+\s+){{0,2}}record\b"
            for verb in "set sets setting broke breaks breaking smashed smashes smashing".split()
        )
        + r"|record(?<=\ba\srecord)(?=\s+for\b)|record(?<=\bnew\srecord)",
        "|".join(
            rf"{verb}\s+(?:a|the)\s+(?:[\w-]+\s+){{0,2}}record\b"
            for verb in "equalled equaled equalling equaling equals equal matched matches matching "
            "tied ties tying".split()
        ),
    ),
    # "nearly four months earlier than planned" vs "later than planned".
    (
        "earlier",
        r"earlier(?=\s+than\b)|ahead\s+of\s+schedule",
        r"later(?=\s+than\b)|behind\s+schedule",
    ),
    # "making the course faster than in the heats" vs "slower"; a currency "stronger than".
    ("faster", r"faster|quicker", r"slower"),
    ("stronger", r"stronger", r"weaker"),
    ("cheaper", r"cheaper", r"dearer|costlier|pricier"),
    # "a net loss of 340 million euros" vs "a net profit".
    (
        "profit",
        r"profit(?=\s+of\b)|net\s+profit|pre-tax\s+profit|operating\s+profit|net\s+income",
        r"loss(?=\s+of\b)|net\s+loss|pre-tax\s+loss|operating\s+loss",
    ),
    ("lower-house", r"lower\s+(?:house|chamber)", r"upper\s+(?:house|chamber)"),
    # "Rents rose 4% year on year" vs "month on month": the change measured over another span.
    (
        "year-on-year",
        r"year[\s-]on[\s-]year|year[\s-]over[\s-]year",
        r"month[\s-]on[\s-]month|month[\s-]over[\s-]month|quarter[\s-]on[\s-]quarter|"
        r"week[\s-]on[\s-]week",
    ),
    (
        "landed-safely",
        r"landed\s+safely|safe\s+landing",
        r"crash-land(?:ed|s|ing)?|crash\s+landing",
    ),
    (
        "broad-support",
        r"broad\s+support|wide\s+support|widespread\s+support|strong\s+support",
        r"little\s+support|scant\s+support|weak\s+support|limited\s+support",
    ),
    # "expanded into Brazil" vs "withdrew from Brazil".
    (
        "expand",
        r"expand(?:s|ed|ing)?\s+into",
        r"withdr[ae]w(?:s|n|ing)?\s+from|pull(?:s|ed|ing)?\s+out\s+of|exit(?:s|ed|ing)?(?=\s+(?-i:[A-Z]))",
    ),
    # "The pilot survived the crash" vs "died in the crash".
    ("survive", r"surviv(?:e|es|ed|ing)(?=\s+(?:the|a|an|his|her|their)\b)", r"died|dies"),
    # "The vote passed 52-48" vs "The vote failed".
    (
        "vote-pass",
        # "A previous ballot failed narrowly" vs "narrowly passed": a margin says it was a vote.
        r"passed(?<=vote\spassed)|passed(?<=motion\spassed)|passed(?<=ballot\spassed)"
        r"|passed(?<=referendum\spassed)|carried(?<=motion\scarried)"
        r"|passed(?=\s+(?:narrowly|comfortably|easily|overwhelmingly)\b)"
        r"|narrowly\s+passed|comfortably\s+passed|easily\s+passed|overwhelmingly\s+passed",
        r"failed(?<=vote\sfailed)|failed(?<=motion\sfailed)|failed(?<=ballot\sfailed)"
        r"|failed(?<=referendum\sfailed)|defeated(?<=motion\swas\sdefeated)"
        r"|failed(?=\s+(?:narrowly|comfortably|easily|overwhelmingly)\b)"
        r"|narrowly\s+failed|comfortably\s+failed|easily\s+failed|overwhelmingly\s+failed",
    ),
    # "most have failed" vs "most have succeeded"; not "failed to", a denial of its own.
    (
        "succeed",
        r"succe(?:ed|eds|eded|eding|ssful)",
        # "most have failed.", "the bid failed on Monday": failing, with no object after it.
        r"fail(?:s|ed)?(?=\s*[,.;:!?]|\s+(?:in|at|on|because|after|when|and|but)\b)|unsuccessful",
    ),
    # "into a slight headwind of 0.3 metres per second" vs "helped by a tailwind of 0.3m/s".
    ("wind", r"headwinds?|head-winds?", r"tailwinds?|tail-winds?"),
    # "Southfield's larger rival" vs "its smaller rival".
    ("larger", r"larger|bigger", r"smaller"),
    (
        "allow",
        r"allow(?:s|ed|ing)?|permit(?:s|ted|ting)?",
        r"ban(?:s|ned|ning)?|prohibit(?:s|ed)?|forb(?:id|ids|ade|idden|idding)",
    ),
    ("lift", r"lift(?:s|ed|ing)?", r"impos(?:e|es|ed|ing)"),
    (
        "open",
        r"open(?:s|ed|ing)?(?<!the\sopen)|reopen(?:s|ed|ing)?|resum(?:e|es|ed|ing|ption)|"
        r"continu(?:e|es|ed|ing)|restart(?:s|ed|ing)?|"
        # "the contracts remain in force" vs "were suspended".
        r"remain(?:s|ed)?\s+in\s+(?:force|effect)|stay(?:s|ed)?\s+in\s+(?:force|effect)",
        r"clos(?:e|es|ed|ing|ure)|shut(?:s|ting)?|suspen(?:d|ds|ded|ding|sion)|halt(?:s|ed|ing)?|"
        # "talks collapsed in March" vs "talks resumed in March".
        r"collaps(?:e|es|ed|ing)|broke\s+down|break(?:s|ing)?\s+down|stall(?:s|ed|ing)|"
        # "would continue to cooperate with" vs "would end its cooperation with".
        r"end(?:s|ed|ing)?(?=\s+(?:its|their|all)\s)|stop(?:s|ped|ping)?(?=\s+(?:its|their|all)\s)|"
        r"ceas(?:e|es|ed|ing)(?=\s+(?:its|their|all)\s)",
    ),
    # "upheld a separate claim" vs "dismissed a separate claim"; the rules ask that a dismissal
    # act on the same thing ("dismissed the appeal" = "upheld the conviction").
    (
        "uphold",
        r"uph[oe]ld(?:s|ing)?",
        r"overturn(?:s|ed|ing)?|quash(?:es|ed|ing)?|"
        # Not "dismissed the vote as a stunt", scorn for a thing (the pair "approve" below).
        r"dismiss(?:es|ed|ing)?(?!\s+(?:it|them|the|this|that|his|her|their|its)\s+"
        r"(?:\w+\s+){0,3}?as\b)",
    ),
    (
        "satisfied",
        r"satisfied|pleased|delighted",
        r"disappointed|dissatisfied|unhappy|frustrated",
    ),
    (
        "improve",
        r"improv(?:e|es|ed|ing|ement)",
        r"worsen(?:s|ed|ing)?|deteriorat(?:e|es|ed|ing|ion)|slump(?:s|ed|ing)?",
    ),
    # Welcoming a plan is approving of it: "welcomed the plan" vs "opposed the plan".
    (
        "approve",
        r"welcom(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|hail(?:s|ed|ing)?|applaud(?:s|ed|ing)?",
        r"critici[sz](?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|"
        r"slam(?:s|med|ming)?|deplor(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?(?=\s+(?:it|them|the|"
        r"this|that|his|her|their|its)\s+(?:\w+\s+){0,3}?as\b)|"
        # "expressed concern about the lease" vs "welcomed the lease".
        # Not "expressed concern for the victims", sympathy.
        r"expressed\s+(?:\w+\s+)?concerns?\b(?!\s+for\b)|"
        r"voiced\s+(?:\w+\s+)?concerns?\b(?!\s+for\b)",
    ),
    # "the loss narrowed" vs "widened"; "a narrow majority" vs "a comfortable majority".
    (
        "narrow",
        r"narrow(?:s|ed|ing)?|slim\s+majority|thin\s+majority|razor-thin\s+majority",
        r"widen(?:s|ed|ing)?|comfortable\s+majority|large\s+majority|big\s+majority|"
        r"wide\s+majority|clear\s+majority|solid\s+majority|commanding\s+majority",
    ),
    ("mild", r"mild", r"severe"),
    # "slightly injured" vs "seriously injured"; "missed the cut" vs "made the cut". Each
    # alternative starts with its word, for the prefilter on first letters.
    (
        "slight",
        "|".join(f"{w}{_HURT}" for w in ("slightly", "lightly")) + f"|minor{_INJURIES}",
        "|".join(f"{w}{_HURT}" for w in ("seriously", "severely", "badly", "critically", "gravely"))
        + f"|serious{_INJURIES}",
    ),
    (
        "meet",
        rf"made{_CUT}|mak(?:e|es|ing){_CUT}|met{_TARGET}|meet(?:s|ing)?{_TARGET}"
        rf"|hit(?:s|ting)?{_TARGET}|beat(?:s|ing)?{_FORECASTS}|top(?:s|ped|ping)?{_FORECASTS}",
        rf"miss(?:es|ed|ing)?(?:{_CUT}|{_TARGET}|{_FORECASTS})",
    ),
    (
        "ahead",
        r"ahead(?=\s+(?:on|in|of|by)\b)|above(?=\s+(?:(?:the|its|their|an?)\s+)?(?:[\w'’-]+\s+){0,3}?(?:forecasts?|expectations?|"
        r"estimates?))|"
        r"lead(?:s|ing)?(?=\s+(?:the\s+)?(?:[A-Z]\w+\s+){0,3}(?:by|in)\b)|"
        # "Sweden had led after the second leg" vs "Sweden trailed after the second leg".
        r"led(?=\s+(?:after|at|through|until|from\s+the\s+start)\b)|"
        # "trailed Obermaier ... but overtook him" = "behind Obermaier ... but moved ahead".
        r"overt(?:ook|ake|akes|aken|aking)|"
        # "120 seats, enough for a two-thirds majority" vs "short of a two-thirds majority".
        r"enough\s+(?:for|to\s+(?:form|win|secure|reach|pass))(?=\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}"
        r"(?:majority|quorum|threshold|target|record|lead)\b)",
        r"behind(?=\s+(?:on|in|by)\b|\s+(?-i:[A-Z]))|below(?=\s+(?:(?:the|its|their|an?)\s+)?(?:[\w'’-]+\s+){0,3}?(?:forecasts?|"
        r"expectations?|estimates?)|\s+what)|"
        r"short\s+of|trail(?:s|ed|ing)?",
    ),
    # "above the waterline" vs "below the waterline", "above average" vs "below average".
    (
        "above",
        rf"above{_LEVEL}|above{_EARLIER}",
        rf"below{_LEVEL}|under{_LEVEL}|below{_EARLIER}",
    ),
    # "Unlike wind and solar, tidal power is predictable" vs "Like wind and solar, ...": a
    # comparison that opens its clause, not "would like to".
    (
        "like",
        rf"(?<![\w'’-]\s)like{_OPENING}",
        rf"(?<![\w'’-]\s)unlike{_OPENING}",
    ),
    ("left", r"(?<=the\s)left\b", r"(?<=the\s)right\b(?!\s+(?:to|of|for)\b)"),
    # Common opposites of news copy, each a claim and its contrary.
    ("surplus", r"surplus(?:es)?", r"deficits?"),
    ("positive", r"positive", r"negative"),
    ("tailwind", r"tailwinds?", r"headwinds?"),
    (
        "hire",
        r"hir(?:e|es|ed|ing)|recruit(?:s|ed|ing)?|"
        # "added 1,200 jobs" vs "cut 1,200 jobs".
        rf"add(?:s|ed|ing)?{_JOBS}|creat(?:e|es|ed|ing){_JOBS}",
        r"lay(?:s|ing)?\s+off|laid\s+off|fir(?:e|es|ed|ing)(?=\s+(?:\d|about|some|staff|workers))|"
        rf"cut(?:s|ting)?{_JOBS}|shed(?:s|ding)?{_JOBS}|eliminat(?:e|es|ed|ing){_JOBS}",
    ),
    ("include", r"includ(?:e|es|ed|ing)", r"exclud(?:e|es|ed|ing)"),
    # "during the wet season" vs "in the dry season"; "on bail" vs "in custody".
    # "a drier-than-average winter" vs "a wetter-than-average winter".
    ("wet", r"wet(?=\s+season)|rainy(?=\s+season)|wetter|rainier", r"dry(?=\s+season)|drier"),
    ("bail", r"bail", r"custody"),
    # "plans to raise public-sector wages" vs "plans to freeze public-sector pay".
    (
        "raise-pay",
        rf"rais(?:e|es|ed|ing){_PAY}|increas(?:e|es|ed|ing){_PAY}",
        rf"freez(?:e|es|ing){_PAY}|froze{_PAY}",
    ),
    # "treated for dehydration and released" vs "kept in hospital for observation".
    (
        "discharge",
        r"released(?<=and\sreleased)|discharg(?:e|es|ed|ing)(?=\s+from\s+hospital|\s+home)",
        r"kept\s+in\s+hospital|remain(?:s|ed)?\s+in\s+hospital|hospitali[sz]ed",
    ),
    # "foreign investors were net buyers" vs "net sellers".
    ("net-buy", r"net\s+buy(?:ers?|ing)", r"net\s+sell(?:ers?|ing)"),
    # "Police arrested three men" vs "Police released three men": people held, or let go.
    (
        "arrest",
        rf"arrest(?:s|ed|ing)?{_HELD}|detain(?:s|ed|ing)?{_HELD}|"
        # "was detained for questioning" vs "was released after questioning".
        r"detained(?=\s+for\s+questioning)",
        rf"releas(?:e|es|ed|ing){_HELD}|fre(?:e|es|ed|eing){_HELD}|"
        r"released(?=\s+(?:after|following|without)\s+(?:questioning|charge))",
    ),
    # "The ban will be lifted next month" vs "will be extended": a restriction ended or kept.
    (
        "lift",
        r"lift(?:s|ed|ing)?(?=\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?"
        + _RESTRICTION
        + r")|"
        + "|".join(f"lifted(?<={b}\\slifted)" for b in ("be", "been", "was", "were", "is", "are")),
        r"extend(?:s|ed|ing)?(?=\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?"
        + _RESTRICTION
        + r")|"
        + "|".join(
            f"extended(?<={b}\\sextended)" for b in ("be", "been", "was", "were", "is", "are")
        ),
    ),
    # "a reasonable match" vs "a poor match", "in good condition" vs "in poor condition".
    (
        "good",
        "|".join(f"{w}{_QUALITY}" for w in ("good", "reasonable", "decent", "close")),
        "|".join(f"{w}{_QUALITY}" for w in ("poor", "bad", "weak")),
    ),
    # "had underestimated night-time noise" vs "had overestimated" it.
    (
        "overestimate",
        r"overestimat(?:e|es|ed|ing|ion)|overstat(?:e|es|ed|ing)|overvalu(?:e|es|ed|ing)",
        r"underestimat(?:e|es|ed|ing|ion)|understat(?:e|es|ed|ing)|undervalu(?:e|es|ed|ing)",
    ),
    # "the line will bypass the valley" vs "will cross the valley".
    (
        "bypass",
        r"bypass(?:es|ed|ing)?|skirt(?:s|ed|ing)?(?=\s+(?:the|a)\b)",
        r"cross(?:es|ed|ing)?(?=\s+(?:the|a)\b)|"
        + "|".join(
            rf"{w}\s+(?:through|across)(?=\s+(?:the|a)\b)"
            for w in ("run", "runs", "ran", "pass", "passes", "passed", "goes", "went")
        ),
    ),
    # "at the lower end of that range" vs "at the upper end".
    (
        "upper",
        r"upper(?=\s+end)|higher(?=\s+end)|top(?=\s+end)",
        r"lower(?=\s+end)|bottom(?=\s+end)",
    ),
    (
        "tighten",
        r"tighten(?:s|ed|ing)?",
        r"loosen(?:s|ed|ing)?|relax(?:es|ed|ing)?|"
        # "ease visa requirements": rules made lighter.
        r"eas(?:e|es|ed|ing)(?=\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:rules|"
        r"requirements|restrictions|curbs|controls|limits|conditions|lockdown|sanctions)\b)",
    ),
    # "converted a penalty" vs "missed a penalty".
    (
        "convert",
        r"convert(?:s|ed|ing)?(?=\s+(?:a|the|his|her|their)\s+(?:penalty|spot-kick|free\s+throw))",
        r"miss(?:es|ed|ing)?(?=\s+(?:a|the|his|her|their)\s+(?:penalty|spot-kick|free\s+throw))",
    ),
    ("optimistic", r"optimistic|upbeat", r"pessimistic|gloomy"),
    # "were considering an appeal" vs "had ruled out an appeal".
    (
        "consider",
        # "would consider fines" vs "had ruled out fines".
        r"consider(?:s|ed|ing)?(?=\s+(?:an?|the|its|their|whether|[a-z]{3,}s(?=[\s,.;])|[a-z]{3,}ing)\b)|"
        r"weigh(?:s|ed|ing)?(?=\s+(?:an?|the|its|their|whether)\b)",
        r"rul(?:e|es|ed|ing)\s+out",
    ),
    # "had passed a safety inspection" vs "had failed" it.
    (
        "pass",
        r"pass(?:es|ed|ing)?(?=\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}"
        r"(?:inspection|test|check|exam|examination|audit|review|assessment)s?\b)",
        r"fail(?:s|ed|ing)?(?=\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}"
        r"(?:inspection|test|check|exam|examination|audit|review|assessment)s?\b)",
    ),
    # "voting against the closures" vs "voting in favour".
    (
        "vote for",
        # "voted 112 to 31 last week for a resolution": the tally and time between.
        r"vot(?:ed|ing)\s+in\s+favou?r|"
        r"vot(?:ed|ing)\s+(?:[\w-]+\s+){0,5}?for(?=\s+(?:the|a|an|it|them)\b)",
        r"vot(?:ed|ing)\s+(?:[\w-]+\s+){0,5}?against",
    ),
    # "Southfield's larger rival" vs "its smaller rival".
    (
        "larger",
        r"larger(?=\s+[a-z]+)|bigger(?=\s+[a-z]+)",
        r"smaller(?=\s+[a-z]+)",
    ),
    # "would boycott the new parliament's first session" vs "would attend" it.
    (
        "attend",
        r"attend(?:s|ed|ing)?(?=\s+(?:the|a|an|its|their|this|next)\b)|take\s+part\s+in|"
        r"took\s+part\s+in|taking\s+part\s+in|takes\s+part\s+in",
        r"boycott(?:s|ed|ing)?(?=\s+(?:the|a|an|its|their|this|next)\b)|"
        r"stay(?:s|ed|ing)?\s+away\s+from",
    ),
    # "remains in office until the trial" vs "must step aside until the trial".
    (
        "stay in office",
        r"remain(?:s|ed|ing)?\s+in\s+(?:office|post|power)|stay(?:s|ed|ing)?\s+in\s+(?:office|post|power)",
        r"step(?:s|ped|ping)?\s+(?:aside|down)|resign(?:s|ed|ing)?",
    ),
    # "still has fuel" vs "has run out of fuel".
    (
        "still has",
        r"still\s+ha(?:s|ve|d)(?=\s+(?:enough\s+|some\s+)?(?:fuel|cash|money|funds|water|food|"
        r"power|supplies)\b)",
        r"ran\s+out\s+of|run(?:s|ning)?\s+out\s+of",
    ),
    ("sunlight", r"sunlight|daylight", r"darkness"),
    # "held a net long position" vs "a net short position": a bet on a rise, or on a fall.
    ("long position", r"long(?=\s+positions?\b)", r"short(?=\s+positions?\b)"),
    ("temporary", r"temporar(?:y|ily)", r"permanent(?:ly)?"),
    # "the building was declared safe" vs "declared unsafe".
    ("safe", r"safe(?![\w-])", r"unsafe"),
    # "a contract that was renewed in January" vs "that ended in January".
    (
        "renew",
        r"renewed(?<=was\srenewed)|renewed(?<=were\srenewed)|renewed(?<=been\srenewed)|"
        r"renew(?:s|ed|ing)?(?=\s+(?:the|its|their|his|her|a)\s+(?:[\w-]+\s+)?(?:contract|"
        r"licen[cs]e|mandate|lease|permit)s?\b)",
        r"ended|expired|lapsed",
    ),
    ("easy", r"easy|easier", r"difficult|hard(?:er)?(?=\s+to\b)"),
    ("guilty", r"guilty", r"innocent"),
    # "a small amount compared with global emissions" vs "a significant amount".
    (
        "small",
        "|".join(f"{w}{_SHARE_NOUN}" for w in ("small", "tiny", "minor", "negligible", "modest")),
        "|".join(
            f"{w}{_SHARE_NOUN}" for w in ("significant", "large", "major", "substantial", "big")
        ),
    ),
    # "reopened on the advice of" vs "against the advice of".
    (
        "advised",
        r"(?<=\bon\s)the\s+advice|(?<=\bfollowing\s)the\s+advice|(?<=\bwith\s)the\s+advice",
        r"against\s+(?:the\s+|medical\s+|official\s+)?advice",
    ),
    (
        "proceed",
        r"went\s+ahead|goes\s+ahead|going\s+ahead|gone\s+ahead|ahead(?<=\bgo\sahead)|proceed(?:s|ed|ing)?",
        r"postpon(?:e|es|ed|ing|ement)|cancel(?:s|led|ed|ling|ing|lation)?|called\s+off"
        r"|call(?:s|ing)?\s+off",
    ),
    # Opposite superlatives: "the slowest winning time" vs "the fastest".
    *(
        (high, "|".join(ups), "|".join(downs))
        for high, (ups, downs) in OPPOSITE_SUPERLATIVES.items()
    ),
)


# Pairs that oppose the same two things: accepting a criticism is approving it, so "rejected
# the criticism" (of "approve") stands against "accepted the criticism" (of "accept").
_SAME_AXIS = {"accept": "approve"}


def _alternatives(forms: str) -> list[str]:
    """Split a pattern into its top-level alternatives."""
    parts, depth, start = [], 0, 0
    for n, c in enumerate(forms + "|"):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(forms[start:n])
            start = n + 1
    return parts


def _head(alternative: str) -> str:
    """Return the three letters an alternative must start with ('' if it starts otherwise)."""
    alternative = re.sub(r"^\(\?<[=!][^)]*\)", "", alternative)  # a lookbehind starts no word
    head = re.match(r"[a-z]*", alternative).group(0)  # type: ignore[union-attr]
    return head[:3] if len(head) >= 3 else ""


# Each alternative of each pair, filed under the three letters it starts with; group "p3" is
# the positive side of pair 3. A word is tried only against the alternatives of its own first
# letters, and those are compiled when a text first holds such a word: one pattern for all
# pairs took a tenth of the start-up time to compile, and most of it is never needed.
def _by_head() -> dict[str, list[str]]:
    by_head: dict[str, list[str]] = {}
    for n, (_, pos, neg) in enumerate(ANTONYMS):
        for side, forms in (("p", pos), ("n", neg)):
            grouped: dict[str, list[str]] = {}
            for alternative in _alternatives(forms):
                grouped.setdefault(_head(alternative), []).append(alternative)
            for letters, forms_here in grouped.items():
                by_head.setdefault(letters, []).append(
                    rf"\b(?P<{side}{n}>{'|'.join(forms_here)})\b"
                )
    return by_head


_BY_HEAD = _by_head()
# Every form must begin with three literal letters (tests/test_extract.py holds it to this).
_UNHEADED = _BY_HEAD.pop("", [])
_WORD_START = re.compile(r"\b[A-Za-z]{3}")


@functools.cache
def _antonyms_starting(letters: str) -> re.Pattern[str]:
    """Return the pattern of the antonym forms that start with ``letters``."""
    return re.compile("|".join(_BY_HEAD[letters]), re.IGNORECASE)


def _antonyms_in(text: str) -> list[re.Match[str]]:
    """Return the antonym matches of ``text``, trying only the forms a word may start."""
    found = []
    end = 0
    for w in _WORD_START.finditer(text):
        letters = w.group(0).lower()
        if w.start() < end or letters not in _BY_HEAD:
            continue
        m = _antonyms_starting(letters).match(text, w.start())
        if m is not None:
            found.append(m)
            end = m.end()
    return found


_NEGATION = re.compile(
    # "the court declined to award damages" denies the award.
    r"\b(?P<neg>not|cannot|never|no longer|no|n['’]t|without|fail(?:s|ed)? to"
    r"|declin(?:e|es|ed) to|refus(?:e|es|ed) to|too (?:early|soon) to"
    # "stopped short of imposing sanctions", "was unlikely to test appetite".
    r"|stop(?:s|ped)? short of|unlikely to)"
    # "no more than 8%", "no later than Friday": a bound, which the hedges compare; but "is
    # not higher than the African rate" denies the comparison.
    r"\b(?!\s+(?:only|just|merely|simply)\b|-"
    r"|(?<=\bno)\s+(?:more|less|fewer|later|earlier|longer)\s+than\b"
    r"|(?<=\bnot)\s+(?:more|less|fewer)\s+than\s+(?:\d|[$€£]|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|a\s+(?:third|quarter|half|dozen|hundred|thousand|million)|half)\b))"
    r"[\s“”\"‘’']*"
    r"(?:(?:be|been|being|have|has|had|yet|to|a|an|the|any|further|immediately|also|ever|"
    r"previously|again|even|really|actually|truly|quite|fully|properly|formally|officially|"
    # "no significant change" denies the change.
    r"significant|major|real|clear|serious|meaningful|notable|substantial|obvious|"
    # "found no evidence of a 16-day cycle" denies the cycle.
    r"evidence of|sign of|signs of|indication of|proof of|trace of|\d[\w.,]*-\w+|"
    r"on|in|at|of|for|by|with|from|as|so|its|their|his|her|"
    # "cannot definitively rule out": an adverb between the denial and its verb.
    r"\w{3,}ly)[\s“”\"‘’']+)*"
    r"(?P<word>[A-Za-z][a-z-]{2,})",
    re.IGNORECASE,
)
# What talks end with or without: "ended without agreement" denies the agreement.
_OUTCOMES = frozenset(
    "agreement deal result results success progress breakthrough consensus accord settlement "
    "verdict decision".split()
)
_BARE = re.compile(r"\b(?:not|never)\b(?!\s+(?:only|just|merely|simply)\b)", re.IGNORECASE)
# "didn't", and "didnt" where a rewrite lost its apostrophes.
_NT = re.compile(
    r"\b(?:do|does|did|is|are|was|were|has|have|had|wo|ca|could|would|should|must|need)"
    r"n['’]?t\b[\s“”\"‘’']*(?:(?:be|been|have|has|yet|to|a|an|the|any)\s+)*"
    r"(?P<word>[a-z][a-z-]{2,})",
    re.IGNORECASE,
)


_NONE_OF = re.compile(
    # "none had been allowed to return": "none" alone, as the subject, denies it too.
    r"\bnone\s+(?:of\s+(?:[\w’'-]+\s+){1,5}?)?(?:was|were|is|are|has|have|had)\s+"
    r"(?:yet\s+|ever\s+|so\s+far\s+|since\s+)?(?:been\s+)?(?P<word>[a-z]{4,})",
    re.IGNORECASE,
)
# "14 crashes, none of them fatal": the verb left out.
_NONE_OF_THEM = re.compile(
    r"\bnone\s+of\s+them\s+(?P<word>[a-z]{4,})(?=\s*[,.;:]|\s*$)", re.IGNORECASE
)
_LOSS_BEFORE = re.compile(
    r"\b(?:miss(?:ed|es)?|lost|los(?:e|es)|dropp(?:ed)|drops?|conced(?:ed|es)|wast(?:ed|es)|"
    r"spar(?:ed|es))\s+$",
    re.IGNORECASE,
)
# "neither laboratory would reopen" denies "reopen", which "both laboratories would reopen"
# states; "neither the minister nor her aides" is another construction.
_NEITHER = re.compile(
    r"\bneither\s+(?:(?!nor\b)[\w’'-]+\s+){1,3}?(?:(?:was|were|is|are|has|have|had|would|will|"
    r"could|can|did|does|do)\s+(?:been\s+|be\s+)?"
    # "Neither clinic checked his credentials": a past verb without a helper.
    r"|(?=[a-z]{3,}ed\b))(?P<word>[a-z]{4,})",
    re.IGNORECASE,
)
_DENIED_THAT = re.compile(
    r"\bden(?:y|ies|ied|ying)\s+(?:that\s+)?(?:he|she|it|they|we|I|the\s+\w+)\s+"
    r"(?:had|has|have|was|were|is|are|would|will|could)\s+(?:been\s+)?(?P<word>[a-z]{4,})",
    re.IGNORECASE,
)


# A word and its negative formed with a prefix: "convincing" and "unconvincing", "legal" and
# "illegal". "in-", "im-", "il-", "ir-" and "dis-" only before endings that make adjectives, so
# "disclosed" is not the negative of "closed" nor "invent" of "vent".
_PREFIXED = re.compile(r"\b(?:un|in|im|il|ir|dis)[a-z]{5,}\b", re.IGNORECASE)
_ADJECTIVE_ENDINGS = ("able", "ible", "ent", "ant", "al", "ive", "ate", "ful")
# "unrest" is not the negative of "rest", nor "union" of "ion".
_NOT_PREFIXED = frozenset("rest ited ion ique der derstood dergo dertake til less".split())


# "stopped selling Trevane in 2022" denies what "still sells Trevane" states.
_STOPPED = re.compile(
    r"\b(?:stopped|stops|ceased|ceases|halted|quit|discontinued)\s+(?P<word>[a-z]{3,}ing)\b",
    re.IGNORECASE,
)


def extract(text: str, offset: int = 0) -> list[Fact]:
    """Return the directions, antonym verbs and negated words of ``text``."""
    facts: list[Fact] = []
    for m in _PREFIXED.finditer(text):
        word = m.group(0).lower()
        if word.startswith("un"):
            base = word[2:]
        elif word.startswith("dis") and word.endswith(_ADJECTIVE_ENDINGS) and len(word) >= 9:
            base = word[3:]
        elif word.endswith(_ADJECTIVE_ENDINGS) and len(word) >= 7:
            base = word[2:]
        else:
            continue
        if (
            len(base) >= 4
            and base not in _NOT_PREFIXED
            and not base.startswith(("der", "ion", "it"))
        ):
            facts.append(_fact(text, offset, m.start(), m.end(), "prefixed", base, word))
    for m in _DIRECTION.finditer(text):
        way = "up" if (m.group("up") or m.group("upadv") or m.group("upmore")) else "down"
        facts.append(_fact(text, offset, m.start(), m.end(), "direction", way, way))
    lowered = text.lower()
    # Every form of _FLAT holds one of these; most sentences hold none.
    flat_hint = any(w in lowered for w in ("chang", "stead", "stabl", "flat", "level"))
    for m in _FLAT.finditer(text) if flat_hint else ():
        facts.append(_fact(text, offset, m.start(), m.end(), "direction", "flat", "no change"))
    for m in _antonyms_in(text):
        group = m.lastgroup or ""
        name = ANTONYMS[int(group[1:])][0]
        name = _SAME_AXIS.get(name, name)
        side = name if group[0] == "p" else f"not-{name}"
        key = f"antonym:{name}"
        facts.append(_fact(text, offset, m.start(), m.end(), key, side, m.group(0).lower()))
    for m in _NEGATION.finditer(text):
        if m.group("neg").lower() in ("n't", "n’t"):
            continue  # handled by _NT, which keeps the contraction's own span
        word = m.group("word").lower()
        if (
            m.group("neg").lower() == "without"
            and not word.endswith("ing")
            and not re.search(r"\bany\b", m.group(0), re.IGNORECASE)
            and word not in _OUTCOMES
        ):
            continue  # "customers without power", "banned without a permit": a state, not a denial
        if m.group("neg").lower() == "no" and _LOSS_BEFORE.search(
            text, max(0, m.start() - 12), m.start()
        ):
            continue  # "missed no targets" says all were hit: no denial of the targets
        if _ruled_out(m, text):
            continue
        facts.append(_fact(text, offset, m.start(), m.end(), "negation", stem(word), m.group(0)))
    # "didn't agree"; "none of the 52 residents was injured" denies "injured"; "denied he had
    # misjudged the gap" denies "misjudged". Each pattern's group "word" is what is denied.
    for pattern, hint in (
        (_NT, ""),
        (_NONE_OF, "none"),
        (_NONE_OF_THEM, "none"),
        (_DENIED_THAT, "den"),
        (_STOPPED, "ing"),
        (_NEITHER, "neither"),
    ):
        for m in pattern.finditer(text) if hint in lowered else ():
            if _ruled_out(m, text):
                continue
            word = stem(m.group("word").lower())
            facts.append(_fact(text, offset, m.start(), m.end(), "negation", word, m.group(0)))
    # "but not, according to his advisers, French bands": a denial whose word is out of
    # reach still counts, so that the other side's "not French" is not taken for a flip.
    taken = [(f.start - offset, f.end - offset) for f in facts if f.key == "negation"]
    for m in _BARE.finditer(text):
        if _RULED_OUT_AHEAD.match(text, m.end()):
            continue  # "did not rule out": left open, not denied
        if not any(s <= m.start() < e for s, e in taken):
            facts.append(_fact(text, offset, m.start(), m.end(), "negation", "", m.group(0)))
    facts.sort(key=lambda f: (f.start, f.end))
    return facts


_RULE = frozenset({"rule", "rules", "ruled", "ruling"})
_OUT = re.compile(r"\s+out\b", re.IGNORECASE)
_RULED_OUT_AHEAD = re.compile(r"\s+(?:\w+ly\s+)?rul(?:e|es|ed|ing)\s+out\b", re.IGNORECASE)


def _ruled_out(m: re.Match[str], text: str) -> bool:
    """Return whether a denial is of "ruling out": "did not rule out a run" leaves it open.

    Two denials make a possibility, not a denial of the run; the opposite words "rule out"
    and "consider" are compared on their own.
    """
    return m.group("word").lower() in _RULE and _OUT.match(text, m.end("word")) is not None


def _fact(text: str, offset: int, start: int, end: int, key: str, value: str, shown: str) -> Fact:
    return Fact(
        kind=Kind.NEGATION,
        start=offset + start,
        end=offset + end,
        text=text[start:end],
        key=key,
        value=value,
        display=shown,
    )
