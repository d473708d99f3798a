"""Find who a sentence attributes its claim to: "according to X", "X said", "said X"."""

from __future__ import annotations

import bisect
import re

from reconcile.model import Fact, Kind

_VERBS = (
    r"(?:said|says|say|told|tells|added|adds|wrote|writes|stated|states|announced|announces|"
    # "The company reported its results": an act of the firm, not a source of words.
    r"report(?:ed|s)(?!\s+(?:(?:a|an|its|their|the|his|her)\s+)?(?:[\w-]+\s+){0,2}(?:results|"
    r"earnings|profits?|loss(?:es)?|revenues?|sales)\b)|noted|notes|warned|warns|cautioned|cautions|claimed|claims|argued|argues|"
    r"explained|point(?:s|ed)\s+out(?=\s*,|\s+that\b|\s*\.)|"
    # "does not affect humans, officials stressed": said with weight; but "reiterated its
    # target" restates a goal, no claim of the sentence.
    r"(?:stressed|stresses|emphasi[sz]ed|emphasi[sz]es|reiterated|reiterates)"
    r"(?=\s+that\b|\s*[,.;:!?]|\s*$)|"
    r"confirmed|confirms|insisted|insists|declared|declares|estimated|estimates|estimate|"
    r"calculated|calculates|reckoned|reckons|"
    # "He promised that every doctor would have tests": a pledge, reported as words.
    r"(?:promised|promises|pledged|pledges|vowed|vows)(?=\s+that\b)|"
    # "attacked the deal, arguing that ...": the clause's subject speaks; not "a warning that".
    r"(?<!\ba\s)(?<!\bthe\s)(?:arguing|warning|insisting|claiming)(?=\s+that\b)|"
    r"believes|believe|credited|credits|blamed|blames|accused|accuses|"
    r"has said|have said|had said|has stated|has told|saying|adding|"
    # "calling the freeze "a cheap gesture"": naming a thing in words one quotes.
    r"call(?:s|ed|ing)(?=\s+(?!(?:on|for|off|up|in|out|back)\b)(?:[\w’'-]+\s+){1,4}[“\"])|"
    # "described the deal as "a small step"": the same, put as a description.
    r"describ(?:es|ed|ing)(?=\s+(?:[\w’'-]+\s+){1,4}as\s+[“\"])|"
    r"expect|expects|predict|predicts|forecast|forecasts|recommend|recommends|allege|alleges|"
    # "the court heard", "the researchers found": a hearing's evidence, a study's finding.
    r"heard(?:(?<=ourt\sheard)|(?<=ury\sheard)|(?<=urors\sheard)|(?<=ribunal\sheard)|"
    r"(?<=nquest\sheard))|"
    r"found(?:(?<=esearchers\sfound)|(?<=cientists\sfound)|(?<=nvestigators\sfound)|"
    r"(?<=team\sfound)|(?<=uthors\sfound)|(?<=ffice\sfound)|(?<=nquiry\sfound)|"
    r"(?<=atchdog\sfound)|(?<=uditor\sfound)|(?<=uditors\sfound)))"
)
_ACCORDING = re.compile(
    r"\b(?:[Aa]ccording to|[Cc]ited by"
    # "In a January poll by Median, 61 per cent opposed the fee".
    r"|[Ii]n\s+an?\s+(?:[\w-]+\s+){0,2}(?:poll|survey)\s+(?:by|for|from)"
    r"|[Cc]iting(?=\s+(?:the\s+|a\s+)?(?:[A-Z]|sources?\b|officials?\b))"
    # "citing a study by the National Road Safety Institute": the study's author.
    r"|[Cc]iting\s+(?:an?\s+|the\s+)?(?:new\s+|recent\s+)?(?:study|report|survey|research|"
    r"analysis|data|figures|estimates)\s+(?:by|from))"
    # "according to a survey of 3,000 people": a figure's comma does not end the source.
    r"\s+(?P<src>(?:the\s+)?(?:[^,.;:!?“”\"()]|(?<=\d)[,.](?=\d)){2,80}?)"
    # "according to analysts at Bressand Securities": "at" a name belongs to the source.
    r"(?=\s*(?:(?<!\d)[,.]|[,.](?!\d)|[;:!?)“”\"]|$|\s(?:on|in|at(?!\s+[A-Z])|as|which|who|that|after|before|while|"
    r"once|when|"
    # "approved by the trust's board late on Monday": the time is not the source's.
    r"(?:late|early)(?=\s+(?:on\s+)?[A-Z])|"
    r"released)\b))",
)
# Who issued a record, named after "by": "by the Dolsk Institute", "by the Bank of Ardmark".
# "by broker Aldwych Re": a word or two of description before the name.
_ISSUER = r"(?P<by>(?:the\s+)?(?:[a-z]+\s+){0,2}?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,5})"
# The issuer of a record, after its date: "... published on Tuesday by the X".
_ISSUED_AFTER = re.compile(
    r"(?:(?<=published)|(?<=released)|(?<=issued)|\s+(?:published|released|issued))"
    rf"(?:\s+(?:on|in|last|this)\s+[\w’'-]+){{0,2}}\s+by\s+{_ISSUER}"
)
_VERB = re.compile(rf"\b(?:(?:has|have|had|was|were|is)\s+)?(?:[a-z]\w*ly\s+)?{_VERBS}\b")
_GENERIC = re.compile(
    r"\b(?:officials?|analysts?|economists?|traders|dealers|brokers|bankers|police|"
    r"investigators|authorities|sources|experts|"
    r"spokes(?:man|woman|person)|ministry|government|researchers|scientists|witnesses|"
    r"residents|prosecutors|lawyers?|diplomats?|organi[sz]ers|authors|doctors|medics|"
    r"engineers|rescuers|chiefs|bosses|jurors|survivors|villagers|passengers|campaigners|activists|"
    # "farmers' groups said", "teachers' unions said".
    r"farmers|growers|smallholders|producers|exporters|teachers|nurses|unions|parents|"
    r"(?<=emergency\s)services|(?<=rescue\s)services)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)\s*$")
_NAME = re.compile(r"[A-Z][\w’'.-]*")
# "..., said Peskov", "..., says the research firm Enders Analysis", "..., police said".
_INVERTED = re.compile(
    # Not "said outside the Criminal Courts": where it was said, not who said it.
    r"\s+(?:the\s+|a\s+)?(?:(?!(?:outside|inside|in|at|on|after|before|during|near|from|to|"
    r"in\s+front)\b)[a-z-]+\s+){0,3}?"
    # '..." added his navigator, Sam Oduya': the person after a description of them.
    r"(?:(?:his|her|their|its)\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+)?"
    r"(?P<src>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}"
    # "said Redmoor chairman Ivor Stead": a body, an office and the person holding it.
    r"(?:\s+(?:chairman|chairwoman|chair|chief|president|director|manager|coach|captain|"
    r"minister|spokesman|spokeswoman|spokesperson|leader|secretary|governor|mayor"
    # "said IMGW forecaster Agnieszka Wrona", "said Hollis chief strategist Marta Ruiz".
    r"|(?:(?:chief|senior|lead|head|deputy|managing|executive|principal|associate|junior|vice)"
    r"\s+){0,2}[a-z-]{3,}(?:er|or|ist|yst|ant|ent|man|woman|person|ian))"
    # "said ECAA director general Katrin Osswald".
    r"(?:\s+general)?"
    r"(?:\s+[A-Z][\w’'.-]*){1,3})?)"
)
# "..., said the spokesman."; not "said the ruling was wrong", a clause after the verb.
_INVERTED_DESCRIPTION = re.compile(
    r"\s+(?P<src>the\s+(?:(?!(?:was|were|is|are|has|had|have|will|would|could|may|might)\s)"
    r"[a-z-]+\s+){0,2}[a-z]+)(?=\s*[.,;!?]|$)"
)
# Forms that are nouns as often as verbs; they count only right after a name or a pronoun.
_NOUN_FORMS = frozenset(
    "claims notes reports states estimates warns argues insists declares confirms writes "
    "estimated reported noted stated claimed estimate credited credits blamed blames accused "
    "accuses".split()
) | frozenset(
    # "eight percentage points out": a noun, then a word.
    {"points out"}
)
# "the brewer reported", "the ministry noted": a body the story named, speaking.
_BODY_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:[A-Za-z][A-Za-z-]+\s+){0,2}?(?:company|firm|group|bank|brewer|carmaker|airline|drugmaker|ministry|agency|"
    r"court|office|government|police|prosecutor|prosecutors|board|committee|commission|council|"
    r"union|team|club|regulator|insurer|lender)\s*$"
)
# "Fernhill analysts noted", "officials stated": people who speak, not notes or statements.
_PEOPLE_BEFORE = re.compile(
    r"\b(?:analysts|officials|researchers|scientists|economists|experts|investigators|"
    r"authorities|police|doctors|lawyers|diplomats|prosecutors)\s*$",
    re.IGNORECASE,
)
# Verbs that attribute a view only to people of a kind: "economists expect", "prosecutors
# allege", "analysts polled by Meridian Wire predict".
_EXPECTING = frozenset(
    "expect expects predict predicts forecast forecasts recommend recommends allege alleges".split()
)
_POLLED_BEFORE = re.compile(
    r"\b(?:polled|surveyed|questioned)\s+by\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
    r"\s*$"
)
_RECORD_NOUN_VERBS = re.compile(r"\b(?:estimates|reports)$")
_RECORD_HINT = re.compile(
    r"(?:figures|data|statistics|survey|report|study|estimates|census|records|text|sheet|"
    r"document|memo|filing|poll|studies|surveys|polls|research|statement|review|analysis|"
    r"assessment|audit|results|findings|notice)\s",
    re.IGNORECASE,
)
_RECORD = re.compile(
    r"(?P<src>\b(?:[Aa]n?\s+|[Tt]he\s+)?(?:[A-Za-z][\w’'-]*\s+){0,3}(?:figures|data|statistics|"
    # "Figures from property website Homeseek showed": capitalised only to open a sentence
    # ("Halbrook Data showed" is a firm).
    r"(?:(?<![\w,’'-]\s)(?:Figures|Data|Statistics))|"
    r"survey|report|study|estimates|census|records|text|sheet|document|memo|filing|poll|"
    # "A ministry statement showed", "a 2024 review by the OECD found".
    r"statement|review|analysis|assessment|audit|"
    # "Preliminary results released by the company showed".
    r"results|findings|notice|"
    r"[Ss]tudies|[Ss]urveys|[Pp]olls|[Rr]esearch)"
    # "from the Osterlen Institute", "in the Northern Journal of Clinical Microbiology", "from
    # the electoral commission", "by the state broadcaster MTV".
    r"(?:\s+(?:from|by|in)\s+(?:the\s+)?(?:(?:[a-z]+\s+){0,2}?[A-Z][\w’'-]*"
    r"(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w’'-]*){0,6}"
    r"|[a-z]+(?:\s+[a-z]+)?\s+(?:commission|office|ministry|agency|institute|authority|bureau|"
    r"board|council|service)))?"
    # "a tariff notice on the authority's website showed".
    r"(?:\s+on\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}?(?:website|site|page|register))?"
    # "An October survey of 3,000 people found".
    r"(?:\s+of\s+(?:more\s+than\s+|about\s+|nearly\s+)?\d[\d,]*\s+[a-z]+)?)"
    # "A poll by the Kessen Institute in February found".
    r"(?:\s+(?:in|on)\s+[A-Z][a-z]+)?"
    # "A poll published last week by the Dolsk Institute found": its issuer, after the date.
    r"\s+(?:(?:published|released|issued|conducted|commissioned)\s+(?:[\w’'-]+\s+){0,8}?"
    rf"(?:by\s+{_ISSUER}\s+)?)?"
    # "studies have shown", "research has found".
    r"(?:(?:have|has)\s+(?:shown|found|suggested|indicated)|"
    r"show|shows|showed|found|finds|suggest|suggests|suggested|indicate|indicates|indicated|"
    # "the study estimated": a finding put as a figure.
    r"estimated|estimates|estimate|concluded|concludes|calculated|calculates|projected|"
    r"projects|predicted|predicts)\b"
)
# What follows a participle of speech: "saying that", "adding:", "saying the talks ..." (a
# clause), never "adding up to" or "adding 35 marks".
_SPEECH_FOLLOWS = re.compile(
    r"(?!\s+(?:\d|an?\s|(?:up|to|on|in|more|another|some|about|around|roughly|nearly|almost|"
    r"over|fewer|less|extra|further)\b))\s*\S"
)
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|tells|added|adds|wrote|writes|stated|announced|explained|warned)\s*,\s*$"
)
_PARTICIPLES = frozenset(
    ("saying", "adding", "calling", "arguing", "warning", "insisting", "claiming")
)
_TOLD = re.compile(r"(?:has\s+)?(?:told|tells)$", re.IGNORECASE)
_PASSIVE = re.compile(r"(?:was|were|is)\s", re.IGNORECASE)
# "Jurors were told", "the court was told": what "the court heard", a passive with a source.
_HEARING_TOLD = re.compile(r"\b(?:jurors|jury|court|tribunal|inquest)\s+(?:was|were)\s+told$", re.I)
# "able to say", "was confirmed"; "did not say how many": no words given.
_NOT_SPEAKING = re.compile(
    r"\b(?:to|are|is|was|were|be|been|not|never)\s+$|n['’]t\s+$", re.IGNORECASE
)
_PERSON_BEFORE = re.compile(
    r"(?:\b[A-Z][\w’'.-]+|\b(?:he|she|they|it|we|I)"
    r"|\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}[a-z]+)[,\s]*$"
)
# "27 EU states", "all member states", "several Gulf states": a count of them, so a noun.
_COUNTED_BEFORE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|all|several|many|some|other|"
    r"member)\s+(?:[A-Z][\w.]*\s+)?$"
)
_COUNTED_SUBJECT = re.compile(
    r"(?:^|[,;]\s*|\b(?:than|about|over|some|nearly|almost)\s+)"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of)"
    r"\s+(?:[a-z]+\s+)?[a-z]+s\s+(?:have\s+|had\s+)?$",
    re.IGNORECASE,
)
_SPEECH_AFTER = re.compile(r"\s*(?:that\b|[:,“\"])")
_UNNAMED = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[a-z-]+(?:[’']s)?\s+){0,3}[a-z]+\s*$"
)
# "the receiver handling Brightwell's collapse said": the description is the source; the name
# after its participle says what it deals with.
_DESCRIBED_HEAD = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+(?:[’']s)?\s+){0,3}?[a-z]+"
    r"(?=\s+[a-z]+ing\s)"
)
# Titles that make the name after them a person's ("chief financial officer Mark Osterby").
_PERSON_TITLE = re.compile(
    r"\b(?:officer|executive|chief|ceo|cfo|coo|spokes(?:man|woman|person)|minister|president|"
    r"director|chair(?:man|woman|person)?|head|analyst|economist|strategist|secretary|"
    r"governor|mayor|senator|mr|mrs|ms|dr|professor|prof|founder|manager|lawyer|attorney|"
    r"judge|commissioner|ambassador|general|captain|coach)\.?\s*,?\s*$",
    re.IGNORECASE,
)
_NATIONAL_TITLE = re.compile(
    r"(?:^|\b[Tt]he\s+)(?P<desc>(?:[A-Z][\w’'-]*\s+){1,2}(?:foreign\s+|finance\s+|interior\s+|"
    r"defence\s+|defense\s+|health\s+|prime\s+)?(?:minister|president|premier|chancellor|"
    r"ambassador|envoy|spokes(?:man|woman|person)|negotiator))\s*$"
)
_CLAUSE = re.compile(
    r"\b(?:is|was|were|are|be|been|has|have|had|will|would|can|could|may|might|must|should|"
    r"do|does|did|fell|rose|grew|made|took|came|went|won|lost|began|hit|cut|set|put|left|held|"
    r"ran|saw|met|got|gave|fled|sank|spent|paid|sold|bought|built|kept)\b"
    r"|(?<![-\w])[a-z]+ed\b|\d",
    re.IGNORECASE,
)
_AND_SAID = re.compile(r"\band\s*$")
_ESTIMATED_FIGURE = re.compile(r"\b(?:an|the)\s+estimated$", re.IGNORECASE)
# A record and its issuer: "a May poll by the Civitas Institute", "a survey by the polling
# firm Median".
_ISSUED_BY = re.compile(
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?P<record>poll|survey|study|report|analysis|census)\s+"
    r"(?:by|from|for)\s+(?P<by>.+)$",
    re.IGNORECASE,
)
_CONJUNCTION = re.compile(r".*\s(?:after|before|when|because|while|until|once|but)\s")
# A clause that describes the subject before it: ", which issued the licences,", ", who led
# the study,", ", majority-owned by Vessant Capital Group,", ", based in Oslo,".
_DESCRIBING = (
    r"(?:which|who)\s+[a-z]|(?:[a-z]+-)?(?:owned|based|run|backed|controlled|headquartered)"
    r"\s+(?:by|in)\b"
)
_RELATIVE = re.compile(rf"\s*(?:{_DESCRIBING})")
# "Anna Berg, who led the study, said the results were clear": the source precedes the verb.
_RELATIVE_BEFORE = re.compile(rf",\s*(?:{_DESCRIBING})[^,.;:]{{0,80}},\s*$")
_STOPS = '“”"«»;:'
# Words that start a sentence or title a name without being the source themselves.
_NOT_NAMES = frozenset(
    "The A An In On At But And However Even After Before When While If As It He She They We I "
    "President Prime Minister Mr Mrs Ms Dr Sen Rep Gov Gen Chief Chairman Chairwoman Director "
    "Secretary Spokesman Spokeswoman Official Officials This That These Those His Her Their "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December Everyone Everybody Nobody Someone "
    "Anyone Neither Either Both None During Despite Since Until Amid Following Under Over For "
    "With From By To Of Into Across".split()
)


def extract(text: str, offset: int = 0) -> list[Fact]:
    """Return the sources ``text`` names; ``value`` holds the folded names, for comparison."""
    facts: list[Fact] = []
    taken = _Taken()
    for m in _ACCORDING.finditer(text):
        source, end = m.group("src"), m.end("src")
        if issued := _ISSUED_AFTER.match(text, end):
            # "according to figures published on Tuesday by the Bullion Standards Council":
            # the figures of that council, as "figures released ... by the council showed".
            source = re.sub(r"\s+(?:published|released|issued)$", "", source)
            source, end = f"{source} by {issued.group('by')}", issued.end()
        facts.append(_fact(text, offset, m.start(), end, source, "according"))
        taken.add(m.start(), m.end())
    quoted = [q.span() for q in _QUOTED.finditer(text)] if '"' in text or "“" in text else []
    for m in _RECORD.finditer(text) if _RECORD_HINT.search(text) else ():
        if any(s < m.start() < e for s, e in quoted) or _open_quote(text, m.start()):
            continue  # '"Decades of research show ..."': the speaker's words, not a source
        # Words before the record may not be a verb of speech ("he said figures show"); the
        # record's own noun may look like one ("ministry estimates show").
        said = _VERB.search(_RECORD_NOUN_VERBS.sub(" ", m.group("src")))
        if not taken.covers(m.start()) and not said:
            # "Ministry figures show", "A parliamentary report found": the record is the source.
            source = m.group("src")
            if m.group("by") and not re.search(r"\s(?:by|from)\s", source):
                source = f"{source} by {m.group('by')}"
            facts.append(_fact(text, offset, m.start(), m.end(), source, "according"))
            taken.add(m.start(), m.end())
    for m in _VERB.finditer(text):
        if taken.covers(m.start()):
            continue
        if _ESTIMATED_FIGURE.search(text, max(0, m.start() - 5), m.end()):
            continue  # "cost its economy an estimated $2.3bn": a figure's hedge, not a source
        near = max(0, m.start() - 80)  # the patterns below look back a few words only
        if m.group(0).lower() in _EXPECTING and not (
            _PEOPLE_BEFORE.search(text, near, m.start())
            or _POLLED_BEFORE.search(text, near, m.start())
        ):
            continue  # "economists expect": a source; "prices expect" or "we expect" is not one
        if m.group(0).lower() in _NOUN_FORMS and (
            _COUNTED_BEFORE.search(text, max(0, m.start() - 30), m.start())
            or not (
                _PERSON_BEFORE.search(text, near, m.start())
                or _BODY_BEFORE.search(text, near, m.start())
                or _PEOPLE_BEFORE.search(text, near, m.start())
            )
        ):
            continue  # "disputed claims", "the reports", "27 EU states": nouns, not a source
        if (
            m.group(0).lower().endswith(("reported", "reports"))
            and _COUNTED_SUBJECT.search(text, max(0, m.start() - 50), m.start())
            and not _SPEECH_AFTER.match(text, m.end())
        ):
            continue  # "More than 60 schools have reported a case": cases counted, no source
        if _NOT_SPEAKING.search(text, max(0, m.start() - 12), m.start()) or (
            _PASSIVE.match(m.group(0)) and not _HEARING_TOLD.search(text, 0, m.end())
        ):
            continue  # "able to say", "was confirmed": an infinitive or a passive has no speaker
        # After a comma or a closing quote the source follows the verb (", said Peskov");
        # the words before it are the claim, not its source.
        # A single closing quote after the comma ("...,’ said Ostrow") ends the words too.
        after_clause = bool(
            re.search(r"(?:[,”\"]|,’)\s*$", text[max(0, m.start() - 3) : m.start()])
        )
        participle = m.group(0).lower() in _PARTICIPLES
        adds = participle or m.group(0).lower().endswith(("adds", "added"))
        if adds and not _SPEECH_FOLLOWS.match(text, m.end()):
            # "adding up to 35 marks a month", "The expansion adds about 410,000 people":
            # adding a figure, not words.
            continue
        if participle and _SAID_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "the service said, adding that ...": the source just named goes on
        if participle:
            # "The ministry praised the ruling, saying ...": the clause's subject speaks.
            fact = _participle(text, offset, m)
        elif (
            after_clause
            and not _TOLD.match(m.group(0))
            and not _RELATIVE_BEFORE.search(text, near, m.start())
        ):
            fact = _inverted(text, offset, m)
        else:
            # "..., Professor Demir, told Northline Wire": whom one tells is not the source.
            fact = None
        if fact is None:
            fact = _subject(text, offset, m, after_clause=after_clause)
        if fact is not None and fact.key == "pronoun" and any(s < m.start() < e for s, e in quoted):
            continue  # '"... but it tells us where to look"': the speaker's words, not a source
        if fact is not None:
            facts.append(fact)
            taken.add(fact.start - offset, fact.end - offset)
    facts.sort(key=lambda f: f.start)
    return facts


def _open_quote(text: str, at: int) -> bool:
    """Return whether a quotation opened before ``at`` is still open (it may close later)."""
    before = text[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


class _Taken:
    """Spans already given to a source, sorted by start, so a check costs a logarithm."""

    _REACH = 400  # no source span is longer than this

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        at = bisect.bisect_right(self.starts, start)
        self.starts.insert(at, start)
        self.ends.insert(at, end)

    def covers(self, pos: int) -> bool:
        at = bisect.bisect_right(self.starts, pos) - 1
        while at >= 0 and self.starts[at] >= pos - self._REACH:
            if pos < self.ends[at]:
                return True
            at -= 1
        return False


def _subject(
    text: str, offset: int, verb: re.Match[str], *, after_clause: bool = False
) -> Fact | None:
    """Return the source standing before ``verb``: names, a generic source, or a pronoun."""
    begin = max(0, verb.start() - 90)
    window = text[begin : verb.start()]
    cut = max(window.rfind(c) for c in _STOPS)
    if cut >= 0:
        begin, window = begin + cut + 1, window[cut + 1 :]
    that = window.rfind(" that ")
    if that >= 0:
        begin, window = begin + that + 6, window[that + 6 :]
    # "Prices fell on Monday after Danish authorities confirmed": the clause before the
    # conjunction is no part of the source.
    # But "denied wrongdoing ... hours after the vote and said": "and" joins "said" to the
    # verb before the conjunction, whose subject speaks.
    joint = _CONJUNCTION.search(window)
    if (
        joint is not None
        and "," not in window[joint.end() :]
        and not (_AND_SAID.search(window) and not _CLAUSE.search(window[joint.end() :]))
    ):
        begin, window = begin + joint.end(), window[joint.end() :]
    pronoun = _PRONOUN.search(window)
    if pronoun:
        return _fact(text, offset, begin + pronoun.start(), verb.end(), pronoun.group(0), "pronoun")
    # The subject is the last comma-separated chunk, with the chunk before it when that is an
    # appositive ("Putin's spokesman, Dmitry Peskov, said"), not a clause ("It was easy, Iguchi
    # says").
    chunks = [c for c in window.split(",") if c.strip()]
    if not chunks:
        return None
    subject = chunks[-1]
    relative = (
        len(chunks) > 1
        and _RELATIVE.match(subject) is not None
        and len(chunks[-2].split()) <= 8
        and not _CLAUSE.search(chunks[-2])
    )
    stop = verb.end()
    if relative:
        # "Mendoza's water department, which issued the licences, said": the body speaks; the
        # source's span is the body, without the clause that describes it.
        stop = begin + window.rfind(subject) - 1
        chunks, subject = chunks[:-1], chunks[-2]
    if after_clause and not relative and (len(subject.split()) > 8 or _CLAUSE.search(subject)):
        return None  # "..., said" after a clause: that clause is the claim, not its source
    if _AND_SAID.search(subject) and _CLAUSE.search(subject):
        # "Serrat, 63, denied wrongdoing ... after the vote and said": the subject of the
        # first verb speaks.
        # Not an owner: in "with 41% against Fernside's 38%, conceded defeat and said" the
        # speaker was named before the words looked at.
        first = next(
            (
                n
                for n in _names_in(window)
                if not n.endswith(("'s", "’s")) and not re.search(rf"{re.escape(n)}['’]s\b", window)
            ),
            "",
        )
        at = window.find(first) if first else -1
        if at < 0:
            return None
        return _fact(text, offset, begin + at, stop, first, "said")
    if (
        len(chunks) > 1
        and len(chunks[-2].split()) <= 8
        and not _CLAUSE.search(chunks[-2])
        and not _claim_then_described(chunks[-2], chunks[-1])
    ):
        subject = chunks[-2] + "," + chunks[-1]
    words = subject.split()[-12:]
    tail = " ".join(words)
    head = _DESCRIBED_HEAD.match(tail)
    if head is not None:
        at = window.rfind(head.group(0).strip())
        return _fact(text, offset, begin + max(at, 0), stop, head.group(0), "described")
    titled = _NATIONAL_TITLE.search(tail)
    if titled is not None:
        # "the Bessarani minister said": a person described by country and office, unnamed.
        at = window.rfind(titled.group("desc"))
        return _fact(text, offset, begin + max(at, 0), stop, titled.group("desc"), "described")
    names = _names_in(tail)
    generic = _unnamed_kinds(tail, names)
    if not names and not generic:
        unnamed = _UNNAMED.search(tail)
        if unnamed is None:
            return None
        # "the biggest opposition group said": a source, but one named by description only.
        at = window.rfind(unnamed.group(0))
        return _fact(text, offset, begin + max(at, 0), stop, unnamed.group(0), "described")
    first = names[0] if names else generic[0]
    subject_at = max(0, window.rfind(subject.strip()))
    at = window.find(first, subject_at)
    start = begin + (at if at >= 0 else subject_at)
    if not names:
        # "the transport ministry said": the whole description identifies the source.
        described = _UNNAMED.search(tail)
        if described is not None:
            return _fact(text, offset, start, stop, described.group(0), "described")
    person = bool(names) and bool(_PERSON_TITLE.search(text, max(0, start - 40), start))
    return _fact(text, offset, start, stop, " ".join(names + generic), "said", person=person)


def _claim_then_described(before: str, last: str) -> bool:
    """Return whether a described source follows a claim, not a name it describes.

    "Treatment cuts deaths by a quarter, the board said": the board speaks, and the words
    before the comma are its claim. "Dmitry Peskov, the Kremlin spokesman, said": a name.
    """
    return (
        re.match(r"\s*(?:the|a|an)\s", last) is not None
        and sum(w[:1].islower() for w in before.split()) >= 3
    )


def _unnamed_kinds(text: str, names: list[str]) -> list[str]:
    """Return the kinds of source in ``text`` ("police") not already one of its ``names``.

    "the Royal Canadian Mounted Police said" is four names, not a fifth word "Police" again.
    """
    named = {n.lower().strip("’'") for n in names}
    return [g for g in _GENERIC.findall(text) if g.lower() not in named]


def _names_in(text: str) -> list[str]:
    """Return the capitalised words of ``text`` that may name a source, in order."""
    return [n for n in _NAME.findall(text) if n.strip(".’'") not in _NOT_NAMES]


_PRONOUN_FIRST = re.compile(r"\s*(?:He|She|They|It|We|I)\s")


def _participle(text: str, offset: int, verb: re.Match[str]) -> Fact | None:
    begin = max(0, verb.start() - 120)
    window = text[begin : verb.start()].rstrip(" ,")
    cut = max(window.rfind(c) for c in '.;:“”"')
    clause = window[cut + 1 :]
    if _PRONOUN_FIRST.match(clause):
        return None  # "He added that ... from the UK, saying": he goes on, not the UK
    names = _names_in(clause)
    generic = _unnamed_kinds(clause, names)
    if not names and not generic:
        return None
    start = begin + cut + 1 + (len(clause) - len(clause.lstrip()))
    return _fact(text, offset, start, verb.end(), " ".join(names + generic), "said")


def _inverted(text: str, offset: int, verb: re.Match[str]) -> Fact | None:
    """Return the source of '..." said Peskov' or ', said the minister'."""
    before = text[max(0, verb.start() - 3) : verb.start()]
    if not any(c in before for c in ',”"'):
        return None
    m = _INVERTED.match(text, verb.end())
    names = [n for n in _NAME.findall(m.group("src")) if n not in _NOT_NAMES] if m else []
    if not m or not names:
        aged = _AGED_PERSON.match(text, verb.end())
        if aged is not None:
            # "..., said the 29-year-old.": the person named before, by age, as "he" would.
            return _fact(text, offset, verb.start(), aged.end("src"), aged.group("src"), "pronoun")
        described = _INVERTED_DESCRIPTION.match(text, verb.end())
        if described is None:
            return None
        # '..." said the champion.': a description stands for the source.
        src = described.group("src")
        return _fact(text, offset, verb.start(), described.end("src"), src, "described")
    if _CLAUSE_AFTER_NAME.match(text, m.end("src")):
        # "Victor Osterman, his attorney, said Drescoll would appeal": the claim's subject.
        return None
    person = _TITLED_NAME.match(text, m.end("src"))
    if person is not None:
        # '..." said Sonora's president, Marco Dellis': the person is the source.
        who = person.group("who")
        return _fact(text, offset, verb.start(), person.end("who"), who, "said", person=True)
    # "said Peskov." ends the sentence: the full stop is not part of the name.
    end = m.end("src") - 1 if text[m.end("src") - 1] == "." else m.end("src")
    return _fact(text, offset, verb.start(), end, " ".join(names).rstrip("."), "said")


# "said the 29-year-old": a person the story has named, told by age.
_AGED_PERSON = re.compile(
    r"\s+(?P<src>the\s+\d{1,3}-year-old)(?=\s*[.,;!?]|$|\s+(?:after|on|in|at|before|when|while)\b)"
)
# A verb after a name that follows "said": the name begins what was said.
_CLAUSE_AFTER_NAME = re.compile(
    r"\s+(?:would|will|was|were|is|are|had|has|have|could|should|may|might|must|did|does|"
    r"planned|intended|wanted)\b"
)
# An office and the name after it: "Sonora's vice-president, Ana Ruiz".
_TITLED_NAME = re.compile(
    r"(?:\s+[a-z][\w-]*){1,3},\s+(?P<who>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})"
)
# Quotations, whose verbs are the speaker's words, not a source: '"... but it tells us ..."'.
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")


def _fact(
    text: str, offset: int, start: int, end: int, source: str, how: str, *, person: bool = False
) -> Fact:
    source = source.strip()
    if (issuer := _ISSUED_BY.match(source)) is not None:
        # "a May survey by the Civitas Institute": the survey's date is not its source.
        source = f"{issuer.group('record')} by {issuer.group('by')}"
    return Fact(
        kind=Kind.ATTRIBUTION,
        start=offset + start,
        end=offset + end,
        text=text[start:end],
        key=how,
        value=source,
        display=source,
        attrs=(("person", "yes"),) if person else (),
    )
