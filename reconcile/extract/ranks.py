"""Find ranks in a sentence: "second-largest", "No. 1", "placed fifth", "largest after X"."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from reconcile.fold import COUNTRIES, SUSPENDED_LINK
from reconcile.model import Fact, Kind

_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
# Superlatives of size and standing read as one scale: largest = biggest = top = No. 1.
_SIZE = {"largest", "biggest", "greatest", "top", "leading", "no. 1", "number one"}
_HIT = re.compile(r"^(?:worst|hardest)-(?:hit|affected|stricken)$")
# Superlatives of one scale, by their usual synonyms: "the second-richest" = "the second
# wealthiest", "the hottest year on record" = "the warmest".
_SAME_SCALE = {
    "wealthiest": "richest",
    "quickest": "fastest",
    "warmest": "hottest",
    "costliest": "most expensive",
    "priciest": "most expensive",
    "least expensive": "cheapest",
    "deadliest": "most deadly",
    "most lethal": "most deadly",
    "tallest": "highest",
    "most populated": "most populous",
    # "the second-worst rate" = "the second-poorest": a record ranked from the bottom.
    "poorest": "worst",
}
_ORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d{1,3}(?:st|nd|rd|th))"
)
_SUP = (
    # "the best-preserved skeleton", "the worst-hit region".
    r"(?:(?:best|top|biggest)-selling|[a-z]{2,}est-(?:hit|affected|stricken)|"
    r"(?:best|worst)-(?!of\b)[a-z]{3,}|largest|biggest|greatest|"
    r"top|leading|best|worst|"
    # "the most in a single event since 1998": "most" alone, when a span follows it.
    r"(?:most|least)\s+(?!(?:in|ever|since|on|of|at)\b)[a-z]+|most(?=\s+(?:ever|since|in|of\s+any)\b)"
    r"|[a-z]{2,}est)"
)
_MAYBE_RANK = re.compile(
    r"est\b|\bno\.|\d(?:st|nd|rd|th)\b|\b(?:first|second|third|fifth|top|leading|number|placed|"
    r"ranked|ranks?|finish(?:ed|ing|es)?|came|comes|coming|placing|ninth|eighth|seventh|sixth|fourth|tenth|"
    r"most|least|gold|silver|bronze|worst|last|bottom|finals?|selling|record|all-time|runner)\b"
    r"|\b(?:behind|after|trailing|bettered|surpassed|exceeded|beaten|topped)\s+only\b|\bOnly\s|(?:[,;:]|\band|\bbut)\s+only\s"
    r"|\bthan\s+any\s+other\b"
    r"|\b(?:no|nowhere|nobody|none)\s",
    re.IGNORECASE,
)
_SEQUENCE = re.compile(
    rf"\b(?:the|a|its|their|his|her|whose|our|my|[\w’']+['’]s|[\w’']+s['’])\s+(?P<ord>{_ORD})\b"
    rf"(?![\s-]+(?:{_SUP})\b)"
    r"(?![\s-]+(?:minute|hour|day|week|month|quarter|year|lap|round|inning|innings|half|"
    # "the 17th century": a time, read with the years ("the 1600s").
    r"century|centuries|millennium)\b)",
    re.IGNORECASE,
)
# What follows "a fifth" when it is a share: punctuation, or a word that no noun would be.
_SHARE_AFTER = re.compile(
    r"\s*(?:[,.;:!?)]|$)|\s+(?:of|for|in|to|on|from|since|by|this|last|next|and|or|but|than|"
    r"over|after|before|compared)\b",
    re.IGNORECASE,
)
_NOT_SUPERLATIVE = frozenset(
    [
        "best",
        "interest",
        "forest",
        "honest",
        "modest",
        "earnest",
        "protest",
        "request",
        "contest",
        "harvest",
        "arrest",
        "invest",
        "suggest",
        "digest",
        "manifest",
        "nest",
        "test",
        "west",
        "rest",
        "chest",
        "guest",
        "quest",
        "crest",
        "pest",
        "vest",
        "zest",
        "conquest",
        "latest",
        # "its most recent annual report" is its latest, no place in a ranking.
        "most recent",
        "most likely",
    ]
)

_RANK = re.compile(
    # "one of the largest", "one of the country's largest", "one of Belgium's largest", "one
    # of northern Europe's largest". A possessive may have lost its apostrophe, as plain-text
    # copies do ("Britains").
    rf"(?P<among>\b(?:one of|some of|among) (?:(?:the|its|their|his|her)\s+(?:[\w’']+['’]?s\s+)?"
    r"|(?:[\w’'-]+\s+)?[\w’'-]+['’]?s\s+)"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,3})\s+)?)?"
    rf"\b(?P<ord>{_ORD})?(?:[\s-]+)?(?P<sup>{_SUP})\b",
    re.IGNORECASE,
)
# "top-ranked Lim" = "world number one Lim".
_ORD_RANKED = re.compile(rf"\b(?P<ord>{_ORD}|top)[\s-]ranked\b", re.IGNORECASE)
_RUNNER_UP = re.compile(r"\b(?:the\s+)?runner[\s-]up\b", re.IGNORECASE)
_NUMBER_RANK = re.compile(
    r"\b(?:No\.|number)\s?(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"|\b(?:is |was |are |were )?(?:placed|ranked|ranks|rank|finished|finishing|finishes|finish"
    r"|came|comes|coming|placing)\s+"
    rf"(?:in\s+(?={_ORD}))?(?:No\.\s?)?(?P<ord>{_ORD}|\d{{1,3}})\b"
    # "finished 1 minute 12 seconds ahead", "came 3 points clear": a margin, not a place.
    r"(?![.,]?\d|\s+(?:minutes?|seconds?|hours?|points?|strokes?|shots?|laps?|metres|meters|"
    r"km|goals?|runs?|votes?|percent|per\s?cent|miles?|yards?|days?|weeks?|months?|years?)\b|%"
    r"|[\s-]+(?:to|from)[\s-]+(?:last|bottom)\b"
    # "placed 14 farms under quarantine": a count of things, not a place.
    r"|(?<=\d)\s+[a-z]{3,}s\b"
    # "needed to finish fifth or lower": a bound on the place, not a place.
    r"|\s+or\s+(?:lower|higher|better|worse|above|below)\b)"
    # "The OECD ranked Kaldova second": the place given to the name between.
    rf"|\b(?:ranked|rated|placed)\s+(?:(?-i:[A-Z])[\w’'-]+\s+){{1,3}}(?P<ord19>{_ORD})\b"
    # "finished only 17th", "could only finish 27th".
    rf"|\b(?:only\s+finish(?:ed)?|finish(?:ed)?\s+only|finish(?:ed)?\s+just)\s+(?P<ord11>{_ORD})\b"
    # "third in the league" (not "her 19th in the league", a count of her goals).
    rf"|(?<!\bher\s)(?<!\bhis\s)(?<!\bits\s)"
    rf"\b(?P<ord2>{_ORD})\s+in\s+the\s+(?:[\w-]+\s+)?(?:league|table|standings|rankings|race|poll|"
    r"group)\b"
    rf"|\b(?P<ord10>{_ORD})\s+place\s+(?:went|goes|going)\s+to\b"
    # "was third in 2022", "took second place", "ended fourth overall".
    # "was only fourth after the snatch", "was a distant third".
    rf"|\b(?:was|were|is|are|been|ended|ending)\s+(?:only\s+|just\s+|a\s+distant\s+|a\s+close\s+)?"
    rf"(?P<ord3>{_ORD})(?=\s*[,.;]|\s+(?:in|at|on|with|overall|"
    r"behind|after|place)\b)"
    rf"|\b(?:took|takes|taking|claimed|claims|secured|secures|earned|finished\s+in|"
    r"settle[sd]?\s+for|settling\s+for|tied\s+for|tie\s+for|joint)\s+(?:the\s+)?"
    rf"(?P<ord4>{_ORD})(?:\s+place\b|(?=\s*[,.;]|\s+(?:in|at|on|behind|after|with|alongside)\b))"
    # "started from third on the grid", "lining up fourth", "in second place".
    rf"|\b(?:start(?:s|ed|ing)?\s+(?:from\s+)?|lin(?:e|es|ed|ing)\s+up\s+|qualif(?:y|ies|ied|ying)\s+)"
    rf"(?P<ord8>{_ORD})\b(?!\s+(?:time|day|week|season|year|round|match|game|race))"
    # "in second place"; "beating Hale into second." with the place left unsaid.
    rf"|\b(?:in\s+(?=(?:{_ORD})\s+place\b)|into\s+(?=(?:{_ORD})(?:\s+place\b|\s*[,.;]|$)))"
    rf"(?P<ord9>{_ORD})\b(?:\s+place\b)?"
    r"|\b(?P<top>top)\s+of\s+the\s+(?:[\w-]+\s+)?(?:table|standings|league|rankings|poll|group)\b"
    # "will rise to ninth", "ranks Lumera third": a place reached or held.
    r"|\b(?:rise|rises|rising|rose|risen|climb|climbs|climbed|move|moves|moved|fall|falls|fell|"
    r"drop|drops|dropped|slip|slips|slipped|demoted|promoted|relegated|elevated)\s+"
    r"(?:up\s+|down\s+|back\s+)?to\s+"
    rf"(?P<ord6>{_ORD})\b"
    rf"|\branks?\s+[A-Z][\w’'-]+\s+(?P<ord7>{_ORD})\b"
    # "Van Doorne third at 1 minute 12 seconds": a placing with its gap.
    rf"|\b(?P<ord5>{_ORD})(?=,?\s+at\s+(?:\d|last\b|this\b|the\s+(?:last|world|olympic|european)))"
    # "..., with Austria's Felix Moser third.": a placing at the end of a results clause.
    r"|(?<=\bwith\s)(?-i:(?:[A-Z][\w’'-]*['’]s\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}\s+"
    rf"(?P<ord12>{_ORD}))(?=\s*(?:[,.;]|$))"
    # "ahead of second-placed Italy".
    # "a ninth-place finish" = "finished ninth".
    rf"|\b(?P<ord13>{_ORD})[\s-]place(?:d\b|(?=\s+(?:finish|spot|position)\b))"
    # "lifted Limpatec from third place to first": the place it left, and the one it took.
    rf"|\bfrom\s+(?P<ord14>{_ORD})(?=\s+place\s+to\s+{_ORD}\b)"
    rf"|(?<=place\sto\s)(?P<ord15>{_ORD})\b",
    re.IGNORECASE,
)
# "the largest trial outside Europe": a continent is where the ranking is made, not one of
# those ranked ("the highest of any city outside Lisbon" puts Lisbon above).
_OUTSIDE_REGION = re.compile(
    r"\boutside\s+(?:the\s+)?(?:Europe|Asia|Africa|North\s+America|South\s+America|Latin\s+America|"
    r"Middle\s+East|Oceania|Scandinavia|Antarctica|the\s+Americas)\b"
)
# "... after China", "... behind the US and China", "second only to Chile": places above it.
_AFTER = re.compile(
    r"[^,.;:!?“”\"]{0,80}?\b(?:after|behind|only to|trailing|apart from|except|other than|bar|"
    # "the highest of any Portuguese city outside Lisbon".
    r"outside)"
    r"\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+|rival\s+)?"
    # "apart from its base at Cape Morrow": one place, named after what it is.
    r"(?:(?:its|their|his|her)\s+(?:own\s+)?[a-z]+\s+(?:at|in|on|of)\s+)?"
    r"(?P<who>[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|of|and|,)){0,8}"
    # "the worst performer in the Stoxx 600 after autos.": a sector, ending the clause.
    r"|(?!(?:years|months|weeks|days|decades|hours|minutes|seconds|centuries)\b)"
    r"[a-z]{3,}s(?=\s*[,.;:!?](?!\d)|\s*$)"
    # "the biggest cause of lung cancer after smoking.": an activity, ending the clause (not
    # "named most valuable player after batting .414").
    r"|[a-z]{3,}ing(?=\s*[,.;:!?](?!\d)|\s*$)"
    # "the hottest summer on record after that of 2022": the one named by its year.
    r"|(?:that|those)\s+of\s+(?:(?:19|20)\d\d|[A-Z][\w’'-]+))"
)


# A sentence that opens with the places above: "After the Tambo Blanco basin's, ...".
_FRONTED_AFTER = re.compile(
    r"\s*(?:After|Behind)\s+(?:the\s+)?(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}"
    r"(?:\s+[a-z]+)?(?:['’]s)?),\s"
)


def _fronted_above(text: str) -> re.Match[str] | None:
    """Return a sentence's opening "After X," where X names a place above, not a time.

    Only a country, or a possessive standing for the thing ranked ("After the basin's,"), not
    "After Brexit,".
    """
    m = _FRONTED_AFTER.match(text)
    if m is None:
        return None
    who = m.group("who")
    country = re.sub(r"^the\s+", "", who.lower())  # "After The Gambia,"
    return m if who.endswith(("'s", "’s")) or country in COUNTRIES else None


# A time between a superlative and "after" makes "after" a time too: "a 15-year high on
# Tuesday after Kanthara banned exports" names no place above.
_WHEN = re.compile(
    r"\b(?:years?|months?|weeks?|days?|decades?|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|yesterday|today)\b"
)


# "best" is a rank before a noun of performance or standing, not in "best interests".
_BEST_RANK = re.compile(
    r"[\s-]+(?:performer|performance|result|finish|placing|season|score|time|year|month|"
    r"quarter|day|week|record|seller|player|team|side|ranking)s?\b",
    re.IGNORECASE,
)


def extract(text: str, offset: int = 0) -> list[Fact]:
    """Return the ranks in ``text``; spans are shifted by ``offset`` into the document."""
    if not _MAYBE_RANK.search(text):
        return []  # no superlative, ordinal or placing word: skip the costlier patterns
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = []
    for m in _NUMBER_RANK.finditer(text):
        # The figure is in "n" or in one of the "ord" groups, one per way of giving a place.
        placed = next((v for g, v in m.groupdict().items() if g.startswith("ord") and v), "")
        raw = (m.group("n") or placed or ("first" if m.group("top") else "")).lower()
        n = _ordinal(raw)
        if n is None:
            continue
        reading = "number" if m.group("n") else "position"
        facts.append(_fact(text, offset, m.start(), m.end(), n, "size", reading, ""))
        taken.append((m.start(), m.end()))
    for m in _TOP_BAND.finditer(text) if "op" in text else ():
        # "among the top five in Nebraska" against "among Nebraska's top three": a band of
        # places, compared only with another band.
        raw = m.group("n").lower()
        n = int(raw) if raw.isdigit() else _BAND_SIZES[raw]
        fact = _fact(text, offset, m.start(), m.end(), n, "band", "band", "")
        facts.append(replace(fact, display=f"in the top {n}"))
        taken.append((m.start(), m.end()))
    for m in _ORD_RANKED.finditer(text) if "anked" in text else ():
        # "Second-ranked Vivanet" = "Vivanet, the second-largest operator".
        word = m.group("ord").lower()
        if (n := _place(word)) is not None:
            facts.append(_fact(text, offset, m.start(), m.end(), n, "size", "ordinal", ""))
            taken.append((m.start(), m.end()))
    for m in _RUNNER_UP.finditer(text) if "unner" in text else ():
        # "was runner-up" = "finished second".
        facts.append(_fact(text, offset, m.start(), m.end(), 2, "size", "position", ""))
        taken.append((m.start(), m.end()))
    fronted = _fronted_above(text)
    for m in _RANK.finditer(text):
        sup = m.group("sup").lower()
        if sup == "best" and (m.group("ord") or _BEST_RANK.match(text, m.end())):
            pass  # "the second-best performer", "the best performance": ranks
        elif sup in _NOT_SUPERLATIVE or (sup.endswith("est") and len(sup) < 5):
            continue
        if any(s <= m.start("sup") < e for s, e in taken):
            continue
        # "212 drops, the most of any prison": the largest count.
        most_of_any = sup == "most" and not m.group("ord") and _OF_ANY.match(text, m.end())
        key = "size" if sup in _SIZE or most_of_any else re.sub(r"\s+", " ", sup)
        # "the worst-hit" = "the hardest-hit" = "the worst-affected": one scale of damage.
        key = _HIT.sub("worst-hit", key)
        key = _SAME_SCALE.get(key, key)
        if sup in ("top", "leading") and not _names_one(text, m):
            continue
        if sup == "top" and _TOP_N.match(text, m.end()):
            continue  # "the top ten of the world rankings": a group, not first place
        start = m.start("ord") if m.group("ord") else m.start("sup")
        if not m.group("ord") and text[max(0, start - 5) : start].lower() in ("next-", "next "):
            # "the next-biggest drop": the place after the one just named, second as a rule.
            facts.append(_fact(text, offset, start - 5, m.end(), 2, key, "next", ""))
            continue
        if m.group("among"):
            facts.append(_fact(text, offset, m.start("among"), m.end(), None, key, "among", ""))
            continue
        counted = None if m.group("ord") else _COUNT_BEFORE.search(text, max(0, start - 30), start)
        if counted is not None and key == "size":
            # "the two largest sources" = "the top two sources": a band of places.
            raw = counted.group("n").lower()
            n = int(raw) if raw.isdigit() else _BAND_SIZES.get(raw, 0)
            if n > 1:
                fact = _fact(text, offset, counted.start("n"), m.end(), n, "band", "band", "")
                facts.append(replace(fact, display=f"in the top {n}"))
                continue
        if m.group("ord"):
            n = _ordinal(m.group("ord").lower()) or 1
            after = _AFTER.match(text, m.end())
            who = _clean(after.group("who")) if after else ""
            facts.append(_fact(text, offset, start, m.end(), n, key, "ordinal", who))
            continue
        after = _AFTER.match(text, m.end())
        if after and _WHEN.search(text, m.end(), after.start("who")):
            after = None  # "the highest in 15 years on Tuesday after Kanthara banned": a time
        if after and _OUTSIDE_REGION.search(text, after.start("who") - 8, after.end("who")):
            after = None  # "the largest trial outside Europe": a scope, not a place above
        if after:
            who = _clean(after.group("who"))
            end = after.start("who") + len(who)
            facts.append(_fact(text, offset, start, end, 1 + _count_names(who), key, "after", who))
        elif fronted and fronted.end() <= start and _the_before(text, start):
            # "After the Tambo Blanco basin's, the Yaravi population is the largest": second.
            who = re.sub(r"['’]s$", "", fronted.group("who"))
            facts.append(
                _fact(text, offset, start, m.end(), 1 + _count_names(who), key, "after", who)
            )
        elif key == "size" or _the_before(text, start):
            # Other superlatives ("the strongest of them") are kept so that they can pair with
            # "the biggest"; the rules never report them as dropped or added on their own.
            scope = _SCOPE.match(text, m.end())
            fact = _fact(text, offset, start, m.end(), 1, key, "superlative", "")
            if scope is not None:
                ever = scope.group("ever") or scope.group("began")
                since = re.sub(r"\s+(?:(?:a|an|the)\s+(?=\d))?", " ", scope.group("since") or "")
                said = "ever" if ever else since.lower()
                fact = replace(fact, attrs=tuple(sorted((*fact.attrs, ("scope", said)))))
            facts.append(fact)
    for m in _ONLY_MORE.finditer(text) if "nly" in text else ():
        # "Only Castlemere and Nordanker collect more": third, below the two named.
        if _covered(facts, offset, m.start()):
            continue
        above = m.group("above")
        count = _ONLY_COUNT.get(m.group("n").lower(), 0) if m.group("n") else _count_names(above)
        if not count:
            continue
        facts.append(_fact(text, offset, m.start(), m.end(), 1 + count, "size", "only", above))
    for m in _ONLY_ABOVE.finditer(text) if "nly" in text else ():
        if _covered(facts, offset, m.start()):
            continue
        cmp = (m.group("cmp") or m.group("cmp2")).lower()
        key = _SUPERLATIVE_OF.get(cmp, _superlative(cmp))
        n = 1 + _ONLY_COUNT[m.group("n").lower()]
        facts.append(
            _fact(text, offset, m.start(), m.end(), n, _SAME_SCALE.get(key, key), "only", "")
        )
    for m in _BEHIND_ONLY.finditer(text) if "only" in text else ():
        # "$310 million, behind only Saudi Arabia and Germany": third, with the two above named.
        who = _clean(m.group("who"))
        if _covered(facts, offset, m.start()):
            continue
        end = m.start("who") + len(who)
        key = "size"
        among = [f for f in facts if f.attr("reading") == "among" and f.end - offset <= m.start()]
        if among and m.start() - (among[-1].end - offset) < 80:
            # "one of the highest rates in Europe, second only to Lithuania": the second
            # highest, which the place named above says rather than "one of".
            key = among[-1].key
            facts.remove(among[-1])
        facts.append(_fact(text, offset, m.start(), end, 1 + _count_names(who), key, "after", who))
    for m in _NTH_CITY.finditer(text) if "city" in text else ():
        # "Ostrel, the nation's second city" = "the country's second-largest city".
        if not _covered(facts, offset, m.start("ord")):
            n = _ORDINALS[m.group("ord").lower()]
            facts.append(_fact(text, offset, m.start(), m.end(), n, "size", "ordinal", ""))
    for m in _BY_ONLY.finditer(text) if "only" in text else ():
        # "a time bettered by only one woman": second, below the one who did better.
        if not _covered(facts, offset, m.start()):
            n = 1 + _ONLY_COUNT[m.group("n").lower()]
            facts.append(_fact(text, offset, m.start(), m.end(), n, "size", "only", ""))
    for m in (
        _OR_BETTER.finditer(text) if "or " in text or "least" in text or " than " in text else ()
    ):
        # "needed to finish sixth or better" = "in the top six".
        said = "ord" if m.group("ord") else "least"
        n = _ordinal(m.group(said).lower())
        if n is not None and n > 1:
            # "rise to fourth or higher": the band, not the place its ordinal gave alone.
            facts[:] = [f for f in facts if not _covered([f], offset, m.start(said))]
            fact = _fact(text, offset, m.start(), m.end(), n, "band", "band", "")
            facts.append(replace(fact, display=f"in the top {n}"))
    for m in _THAN_ANY.finditer(text) if "any" in text else ():
        # "grown on more land than any other crop": first, said by outdoing all the rest.
        if not _covered(facts, offset, m.start()):
            facts.append(_fact(text, offset, m.start(), m.end(), 1, "size", "none", ""))
    for m in _NONE_MORE.finditer(text):
        # "No woman has ever run the course faster", "Nowhere in the region has a larger
        # outbreak been recorded": first place, said by denying any above it.
        if not _covered(facts, offset, m.start()):
            facts.append(_fact(text, offset, m.start(), m.end(), 1, "size", "none", ""))
    facts += _followers(text, offset, facts)
    for m in _RECORD_LEVEL.finditer(text):
        # "closing at a record high" is the highest ever: against "the highest close in
        # three years" it holds over another span.
        if _covered(facts, offset, m.start()):
            continue
        key = "lowest" if (m.group("level") or "").lower() == "low" else "highest"
        fact = _fact(text, offset, m.start(), m.end(), 1, key, "superlative", "")
        facts.append(replace(fact, attrs=tuple(sorted((*fact.attrs, ("scope", "ever"))))))
    for m in _RECORD_FIGURE.finditer(text) if "record" in text else ():
        if _covered(facts, offset, m.start()):
            continue
        fell = _FELL_BEFORE.search(text, max(0, m.start() - 30), m.start())
        key = "lowest" if fell else "highest"
        fact = _fact(text, offset, m.start(), m.end() - 1, 1, key, "superlative", "")
        attrs = tuple(sorted((*fact.attrs, ("scope", "ever"))))
        facts.append(replace(fact, attrs=attrs, display=f"rank 1 (the {key} on record)"))
    for m in (
        _FARED.finditer(text) if "worst" in text or "best" in text or "hardest" in text else ()
    ):
        # "Melbourne fared worst" = "Melbourne was the worst-hit market".
        key = "best" if m.group("sup").lower() == "best" else "worst-hit"
        facts.append(_fact(text, offset, m.start(), m.end(), 1, key, "superlative", ""))
    for m in _SEQUENCE.finditer(text):
        if any(s <= m.start("ord") < e for s, e in taken) or _covered(facts, offset, m.start()):
            continue
        if m.group(0)[:2].lower() in ("a ", "an") and _SHARE_AFTER.match(text, m.end()):
            continue  # "cut by a fifth", "a third of the staff": a share, not a place
        n = _ordinal(m.group("ord").lower())
        one_of = _ONE_OF.search(text, max(0, m.start() - 8), m.start())
        if n is not None and one_of is not None:
            # "one of the first cases": not a place in the sequence.
            end = m.end("ord")
            facts.append(_fact(text, offset, one_of.start(), end, None, "sequence", "among", ""))
        elif n is not None and (seed := _SEED_AFTER.match(text, m.end("ord"))) is not None:
            # "the 12th seed" = "seeded 12th": a draw's ranking, not a place in a sequence.
            facts.append(_fact(text, offset, m.start("ord"), seed.end(), n, "seed", "position", ""))
        elif n is not None:
            # "the third extradition": a place in a sequence, compared only with another one.
            facts.append(
                _fact(text, offset, m.start("ord"), m.end("ord"), n, "sequence", "sequence", "")
            )
    for m in _SEEDED.finditer(text) if "seed" in text else ():
        word = (m.group("ord") or m.group("pre")).lower()
        if _covered(facts, offset, m.start()):
            continue
        if (n := _place(word)) is not None:
            facts.append(_fact(text, offset, m.start(), m.end(), n, "seed", "position", ""))
    for m in _FROM_LAST.finditer(text) if _LAST_HINT.search(text) else ():
        # "finished last" vs "finished second to last": places counted from the bottom.
        n = -_ORDINALS.get((m.group("nth") or "first").lower(), 1)  # last -1, second to last -2
        field = _OF_FIELD.match(text, m.end())
        if field is not None and (size := _field_size(field.group("n"))) > -n:
            # "finished last of the eight finalists" = "finished eighth of eight".
            end = field.end()
            facts.append(_fact(text, offset, m.start(), end, size + 1 + n, "size", "position", ""))
            continue
        facts.append(_fact(text, offset, m.start(), m.end(), n, "bottom", "position", ""))
    for m in _LAST_TO.finditer(text) if "last" in text else ():
        # "the last country to agree" against "the first country to agree": a place in the
        # sequence, counted from its end.
        fact = _fact(text, offset, m.start("last"), m.end("last"), -1, "sequence", "sequence", "")
        facts.append(replace(fact, display="the last (counted from the end)"))
    for m in _STAGE.finditer(text) if _STAGE_HINT.search(text) else ():
        # "the quarter-finals" vs "the semi-finals": how far into a tournament.
        n = 3 if m.group("stage").lower().startswith("q") else 2
        facts.append(_fact(text, offset, m.start(), m.end(), n, "stage", "position", ""))
    for m in _MEDAL.finditer(text) if _MEDAL_HINT.search(text) else ():
        # "Olympic silver medallist": the place a medal stands for, compared with medals only.
        n = _MEDALS[(m.group("metal") or m.group("metal2")).lower()]
        facts.append(_fact(text, offset, m.start(), m.end(), n, "medal", "position", ""))
    facts.sort(key=lambda f: f.start)
    return _suspended(text, offset, facts)


_SUSPENDED = re.compile(SUSPENDED_LINK)


def _suspended(text: str, offset: int, facts: list[Fact]) -> list[Fact]:
    """Read an ordinal cut short by a hyphen as a rank of the superlative after it."""
    if "- " not in text:
        return facts
    out = list(facts)
    for n, (f, g) in enumerate(itertools.pairwise(facts)):
        if (
            f.key == "sequence"
            and g.key != "sequence"
            and g.attr("reading") == "ordinal"
            and _SUSPENDED.fullmatch(text, f.end - offset, g.start - offset)
        ):
            value = f.value if isinstance(f.value, int) else None
            out[n] = _fact(
                text, offset, f.start - offset, f.end - offset, value, g.key, "ordinal", ""
            )
    return out


# "Only one Dutch painting has ever made more", "Only London's Castlemere Club and Nordanker
# collect more premium income", "only a 39-metre instrument will be bigger": the places above.
_ONLY_COUNT = {"one": 1, "two": 2, "three": 3, "four": 4}
_NONE_MORE = re.compile(
    # At the head of a clause: "There is no evidence that prices were higher" ranks nothing.
    r"(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bwhile\s))"
    r"(?:[Nn]o|[Nn]owhere|[Nn]obody|[Nn]one|[Nn]o\s+one)\b"
    r"(?:\s+(?!that\b|whether\b|which\b|if\b)[\w’'-]+){0,6}?\s+"
    r"(?:has|have|had|is|was|were|will)\b(?:\s+[\w’'-]+){0,6}?\s+"
    r"(?:more|bigger|larger|greater|higher|faster|quicker|longer|deadlier|worse|better)\b"
)
_ONLY_MORE = re.compile(
    r"(?:^|(?<=[,;:]\s))[Oo]nly\s+(?:(?P<n>one|two|three|four)\s+)?"
    r"(?P<above>(?:an?|the|its|their|his|her|(?-i:[A-Z])[\w’'-]*)\s[^,;:.!?%]{1,80}?)\s+"
    r"(?:(?:has|have|had|will|would)\s+(?:ever\s+|yet\s+)?)?"
    r"(?:been|be|is|are|was|were|made|make|makes|fetched|fetch|fetches|sold|collect|collects|"
    r"collected|earn|earns|earned|cost|costs|paid|pays|ranks?|ranked|have|has|had)\s+"
    r"(?:bigger|larger|greater|higher|more|heavier|longer|taller|faster|deeper|costlier)\b"
)
_COMPARATIVE = (
    r"(?:older|bigger|larger|greater|higher|taller|longer|deeper|earlier|heavier|faster|"
    r"costlier|deadlier|lower|smaller|cheaper|shorter|younger|wider|busier|richer|poorer)"
)
# "Only one older flute has been found in Germany" (second oldest); "only one European
# country will have a lower cap" (second lowest): the count of those above, then the scale.
_ONLY_ABOVE = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bbut\s))[Oo]nly\s+(?P<n>one|two|three|four)\s+"
    rf"(?:(?P<cmp>{_COMPARATIVE})\s+(?:[\w’'-]+\s+){{0,3}}?"
    r"(?:has|have|had|is|are|was|were)\s+(?:ever\s+|yet\s+)?(?:been\s+)?"
    r"(?:found|recorded|discovered|unearthed|built|seen|measured|reported|registered)\b"
    r"|(?:[\w’'-]+\s+){1,4}?(?:(?:will|would|does|did)\s+)?(?:has|have|had)\s+(?:an?\s+)?"
    rf"(?P<cmp2>{_COMPARATIVE})\b)"
)
_THAN_ANY = re.compile(
    rf"\b(?:more|{_COMPARATIVE})(?:\s+[\w’'-]+){{0,3}}?\s+than\s+any\s+other\b",
    re.IGNORECASE,
)
_NTH_CITY = re.compile(
    # Not "the second city to ban cars", a place in a sequence.
    r"\b(?:the|its|[\w’']+['’]s)\s+(?P<ord>second|third)\s+city\b(?!\s+to\s)",
    re.IGNORECASE,
)
_BY_ONLY = re.compile(
    r"\b(?:bettered|beaten|surpassed|exceeded|topped|bested)\s+(?:by\s+only|only\s+by)\s+"
    r"(?P<n>one|two|three|four)\b(?!\s+of\b)",
    re.IGNORECASE,
)
_OR_BETTER = re.compile(
    rf"\b(?:(?P<ord>{_ORD})\s+or\s+(?:better|higher|above)\b"
    # "must finish at least fourth" = "fourth or higher".
    rf"|(?:at\s+least|no\s+(?:lower|worse)\s+than)\s+(?P<least>{_ORD})(?![\w-]))",
    re.IGNORECASE,
)
_OF_ANY = re.compile(r"\s+of\s+any\b", re.IGNORECASE)
_SUPERLATIVE_OF = {"bigger": "size", "larger": "size", "greater": "size"}
_BEHIND_ONLY = re.compile(
    # "second only to Lithuania": second, below the one named.
    # "a tally bettered only by Canada": second, below the one named.
    r"\b(?:(?:behind|after|trailing)\s+only|second\s+only\s+to"
    r"|(?:bettered|surpassed|exceeded|beaten|topped)\s+only\s+by)\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|of|and|,)){0,8}"
    # "second only to wind": a thing, not a name, closing the clause.
    r"|(?!(?:one|two|three|four|five)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=\s*[,.;:)]|\s*$))"
)
_ONE_OF = re.compile(r"\b(?:one of|among)\s+$", re.IGNORECASE)
# Over what a superlative holds: "the deadliest season since 2017" is not "the deadliest on
# record"; "since records began" is "on record".
_SCOPE = re.compile(
    r"(?:\s+[\w’'-]+){0,6}?\s+(?:"
    r"(?P<began>since\s+(?:records|record-keeping|record\s+keeping"
    # "the lowest since the survey began in 2008" = "since records began in 2008".
    r"|(?:the|its)\s+(?:survey|series|index|poll|data\s+series)|(?:the\s+)?(?:surveys|polls))"
    r"\s+(?:began|started|was\s+launched|was\s+created))"
    # "since a 2008 bus crash" is since 2008.
    r"|(?P<since>since\s+(?:(?:a|an|the)\s+(?=(?:19|20)\d\d\b))?(?:\d{4}s?|"
    # "since September 2021", "since mid-2019".
    r"(?:(?:early|mid|late)[\s-]+|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+)(?:19|20)\d\d\b|"
    # "since the chamber moved to its current building in 1998".
    r"(?:[\w’'-]+\s+){1,8}?in\s+(?:19|20)\d\d\b|the\s+\d{4}s|(?:the\s+)?(?:19|20)\d\d|the\s+[a-z]+\s+war"
    # "their highest close since March", "since Monday", "since last year".
    r"|(?-i:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|last\s+(?:week|month|year|summer|winter|spring|autumn)\b)"
    r"|in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|a)\s+"
    r"(?:years|decades|months|weeks|decade|century|generation))"
    r"|(?P<ever>on\s+record|ever\b|in\s+(?:its|their|the\s+[\w’'-]+['’]s|[\w’'-]+['’]s)?\s*"
    r"history|of\s+all\s+time))",
    re.IGNORECASE,
)
_LAST_HINT = re.compile(r"\blast\b|\bbottom\b", re.IGNORECASE)
_FROM_LAST = re.compile(
    r"\b(?:finished|finishing|ended|ending|came|placed)\s+(?:in\s+)?"
    r"(?:(?P<nth>second|third|fourth)[\s-]+(?:to|from)[\s-]+)?(?:last|bottom)\b"
    r"(?!\s+(?:year|month|week|season|time|night|minute))",
    re.IGNORECASE,
)
# "last of the eight finalists", "last of 12": how many there were, so which place it is.
_OF_FIELD = re.compile(
    r"\s+(?:of|out\s+of|among)\s+(?:the\s+)?(?P<n>\d{1,2}|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)\b",
    re.IGNORECASE,
)


def _field_size(raw: str) -> int:
    return int(raw) if raw.isdigit() else _BAND_SIZES.get(raw.lower(), 0)


# Not "the last nine frames to claim the title": the last few of a series, not a place.
_LAST_TO = re.compile(
    r"\bthe\s+(?P<last>last)\s+(?!(?:two|three|four|five|six|seven|eight|nine|ten|few|"
    r"several|couple|dozen|handful)\b)(?:[a-z]+\s+)?[a-z]+\s+to\s+(?!date\b)[a-z]+"
)
_STAGE_HINT = re.compile(r"finals?\b", re.IGNORECASE)
_STAGE = re.compile(r"\b(?P<stage>quarter|semi)[\s-]?finals?\b", re.IGNORECASE)
_MEDALS = {"gold": 1, "silver": 2, "bronze": 3}
_MEDAL_HINT = re.compile(r"gold|silver|bronze", re.IGNORECASE)
_MEDAL = re.compile(
    # One medal, a place; "three gold medals", "two silver medallists" are counts.
    r"\b(?P<metal>gold|silver|bronze)[\s-]+medal(?:l?ist)?\b"
    r"|\b(?:won|win|wins|winning|took|takes|claimed|claims|earned|collected)\s+(?:the\s+)?"
    r"(?P<metal2>gold|silver|bronze)\b(?![\s-]+(?:medal|coin|bar|price|futures|reserve))",
    re.IGNORECASE,
)


_SEED_AFTER = re.compile(r"[\s-]+seed(?:ed)?\b", re.IGNORECASE)
# "seeded third" = "third-seeded" = "Third seed Vennes"; "top-seeded" = "the top seed".
_SEEDED = re.compile(
    rf"\bseeded\s+(?:No\.\s?)?(?P<ord>{_ORD}|\d{{1,3}})\b|\b(?P<pre>{_ORD}|top)[\s-]seed(?:ed)?\b",
    re.IGNORECASE,
)
_RECORD_LEVEL = re.compile(
    r"\b(?:record|all-time)\s+(?:(?P<level>high|low)s?"
    # "a record closing level", "a record close": the highest close ever.
    r"|clos(?:e|ing)(?:\s+(?:level|high|price))?)\b",
    re.IGNORECASE,
)
# "Demand hit a record 9,850 megawatts": the highest ever, unless it fell to it.
_RECORD_FIGURE = re.compile(r"\ba\s+record\s+(?=[$€£¥]?\d)", re.IGNORECASE)
_FELL_BEFORE = re.compile(
    r"\b(?:fell|falls?|falling|dropped|drops?|dipped|sank|sinks?|slumped|plunged|shrank|"
    r"tumbled|declined|slid|down)\s+(?:\w+\s+){0,2}?(?:to\s+)?$",
    re.IGNORECASE,
)
_FARED = re.compile(
    # "with manufacturing and construction hit hardest" = "the biggest losses in them".
    r"\b(?:fared|performed|did|suffered|(?:(?:was|were)\s+)?(?:hit|affected))\s+(?:the\s+)?"
    r"(?P<sup>worst|best|hardest)\b(?![\s-]+(?:of|in|at)\b)",
    re.IGNORECASE,
)
# "the largest share, followed by St Aldric's and the Wendle Infirmary": the places below.
_FOLLOWED = re.compile(
    r"(?<=\s)followed\s+by\s+(?P<second>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})"
    r"(?:[^,.;:!?]{0,25}?\s+and\s+(?P<third>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}))?"
)


def _followers(text: str, offset: int, facts: list[Fact]) -> list[Fact]:
    """Return the ranks 'followed by' gives the names after a superlative: 2, then 3."""
    if "followed by" not in text:
        return []
    found: list[Fact] = []
    for f in facts:
        if f.value != 1 or f.attr("reading") != "superlative":
            continue
        end = f.end - offset
        at = text.find("followed by", end, end + 90)
        m = _FOLLOWED.match(text, at) if at > 0 else None
        if m is None or re.search(r"[.;:!?](?:\s|$)", text[end:at]):
            continue
        for n, group in ((2, "second"), (3, "third")):
            if m.group(group):
                begin = at if n == 2 else m.start(group)  # "followed by St Aldric's"
                close = m.start(group) + len(m.group(group).rstrip(".’'"))
                found.append(_fact(text, offset, begin, close, n, f.key, "next", ""))
    return found


def _fact(
    text: str, offset: int, start: int, end: int, n: int | None, key: str, reading: str, above: str
) -> Fact:
    surface = text[start:end]
    if n is None:
        shown = "not a rank (one of several)"
    elif reading == "next":
        shown = f"rank {n} (listed after the first)"
    elif reading == "only" and not above:
        shown = f"rank {n} ({n - 1} above it)"
    elif reading in ("after", "only"):
        shown = f"rank {n} (one place below {above})" if n == 2 else f"rank {n} (below {above})"
    else:
        shown = f"rank {n}"
    attrs = [("reading", reading)]
    if above:
        attrs.append(("above", above))
    return Fact(
        kind=Kind.RANK,
        start=offset + start,
        end=offset + end,
        text=surface,
        key=key,
        value=n,
        display=shown,
        attrs=tuple(sorted(attrs)),
    )


def _covered(facts: list[Fact], offset: int, at: int) -> bool:
    """Return whether position ``at`` of the text lies inside a rank already found."""
    return any(f.start - offset <= at < f.end - offset for f in facts)


def _superlative(comparative: str) -> str:
    """Return the superlative of an -er comparative: older -> oldest, costlier -> costliest."""
    return comparative[:-2] + "est"


def _place(word: str) -> int | None:
    """Return the place an ordinal names, or "top" does ("top-ranked", "top-seeded": first)."""
    return 1 if word == "top" else _ordinal(word)


def _ordinal(raw: str) -> int | None:
    if raw in _ORDINALS:
        return _ORDINALS[raw]
    digits = re.match(r"\d+", raw)
    return int(digits.group(0)) if digits else None


def _clean(who: str) -> str:
    return re.sub(r"(?:[\s,]|\band\b|\bof\b)+$", "", who.rstrip(".")).rstrip(".")


def _count_names(who: str) -> int:
    parts = [p for p in re.split(r",|\band\b", who) if p.strip()]
    return max(1, len(parts))


def _names_one(text: str, m: re.Match[str]) -> bool:
    # "the top producer" is a rank; "top officials", "its top court", "from the top of the
    # climb" and "leading to" are not.
    if m.group("among") or m.group("ord"):
        return True
    nxt = re.match(r"[\s-]+([a-z]+)", text[m.end() : m.end() + 30])
    if not text[: m.start("sup")].strip(" \"“‘'") and _ROLE_NAMED.match(text, m.end()):
        return True  # at the start of a sentence, a title or standing before a name
    return (
        _the_before(text, m.start("sup"))
        and nxt is not None
        and not nxt.group(1).endswith("s")
        and nxt.group(1) not in _SENIOR
    )


# The sizes of a band in words: the cardinals above (two to ten) and some rounder ones.
_BAND_SIZES = {
    **{w: n for w, n in _ORDINALS.items() if not w.endswith(("st", "nd", "rd", "th")) and n > 1},
    **{"eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "twenty-five": 25},
    **{"fifty": 50, "hundred": 100},
}
# "the top ten of the world rankings", "the top 10% of earners": "top" before a count is a
# group or a share, never first place ("twenty-five" starts with "twenty").
_COUNT_BEFORE = re.compile(
    r"\b(?:the|its|their|[A-Z][\w’'-]*['’]s)\s+(?P<n>two|three|four|five|six|seven|eight|nine|"
    r"ten|\d{1,2})\s+$",
    re.IGNORECASE,
)
_TOP_N = re.compile(rf"[\s-]+(?:\d{{1,3}}|{'|'.join(_BAND_SIZES)})\b", re.IGNORECASE)
# "the top five", "a top-10 finish": the first places of a ranking, as a band. Not "the top
# 10% of earners", a share, nor "top 10-year yields".
_TOP_BAND = re.compile(
    rf"\b[Tt]op[\s-](?P<n>\d{{1,3}}|{'|'.join(_BAND_SIZES)})\b"
    # Nor "the top twenty-five", whose "twenty" is not the band's size.
    r"(?!\s*(?:%|per\s*cent|percent)|[.,]\d|-(?:\d|[a-z]))"
    # Nor "the top 1 m of sediment", a depth.
    r"(?!\s*(?:m|cm|mm|km|ft|metres?|meters?|feet|foot|inches?)\b)",
)
# "Top producer Kalvaria", "Top-ranked Australia": a title or a standing before a name.
_ROLE_NAMED = re.compile(r"[\s-]+(?:[a-z]+(?:er|or)|ranked)\s+[A-Z][a-z]")
# After "top", words that make it "most senior" or "highest", not first in a ranking.
_SENIOR = frozenset(
    """of in at on and or court courts diplomat official aide general adviser advisor prosecutor
    judge envoy negotiator executive job post brass level tier flight division team seed seeded
    court commander officer administrator lawyer scientist economist editor spokesman spokeswoman
    spokesperson metre metres meter meters foot feet inch inches layer layers floor
    floors""".split()
)


def _the_before(text: str, start: int) -> bool:
    # A bare "-est" word is a rank only when it names one thing: "the fastest", "its highest".
    before = text[max(0, start - 30) : start]
    return bool(
        re.search(
            r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|world['’]s|[A-Z]\w+['’]s|the\s+\w+['’]s)\s+$", before
        )
    )
