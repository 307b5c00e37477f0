"""Clauses that give a report's backdrop, not a new event.

Conflict news sets its event against a background an ACLED coder does not code again:

* a trend in a statistic: "attacks on mosques rose sharply in Punjab", "abductions in
  the state have doubled": many events summed over a year, often by region;
* a campaign's running tally: "more than 12,000 people have been detained under the
  emergency decree": the arrests of months, not of the report's day;
* a warning to leave: "the army told residents of two villages to evacuate", "urged
  people near the dam to move to higher ground": what may happen, not what did;
* a named observance: "to mark the International Day in Support of Victims of Torture":
  the title of a day, not an event;
* an earlier event the news is set after: "the raid came days after gunmen seized a
  chief on the highway": told to give the setting, and coded from its own report;
* detainees released: "most of those arrested were freed on bail": the arrest is the
  event already told, the release is none.

:func:`backdrop_spans` gives such clauses, as offsets into a sentence.
"""

from __future__ import annotations

import re

__all__ = ["backdrop_spans"]

_COUNTED = (
    r"(?:attacks|assaults|offen[cs]es|crimes|homicides|murders|killings|deaths|kidnappings|"
    r"abductions|shootings|bombings|arrests|incidents|clashes|protests|riots|cases|"
    r"disappearances|lynchings|robberies|raids)"
)
_TREND = (
    r"(?:rose|risen|fell|fallen|dropped|declined|decreased|increased|jumped|climbed|"
    r"doubled|tripled|trebled|halved|soared|surged|spiked|plunged|plummeted|"
    r"(?:rise|fall|decline|increase|soar|surge)s?)"
)
_TREND_CLAUSE = re.compile(
    r"(?<!\bthe\s)(?<!\bthese\s)(?<!\bthose\s)(?<!\bof\s)\b" + _COUNTED + r"\b"
    r"(?:\s+(?P<pp>on|against|of|by|in|targeting|involving)\s+"
    r"(?:[\w'\u2019-]+\s+){1,4}?)?\s*(?:have\s+|has\s+|had\s+)?(?:also\s+)?" + _TREND + r"\b"
    r"(?!\s+(?:to|by)\s+(?:at\s+least\s+)?\d[\d,]*(?![\d,])(?!\s*(?:percent|per\s*cent|%)))",
    re.I,
)
"""Many events as the subject of a change: "attacks on refugee homes rose", "kidnappings
have doubled". A single event does not rise or fall. "The clashes decreased", "the pace
of clashes increases" and "casualties of the bombings rise to 74" tell one ongoing
event or its toll, and are left alone."""
_STATISTIC = re.compile(
    r"\b(?:sharply|steeply|significantly|markedly|"
    r"percent|per\s*cent|record|annual|yearly|monthly|year|years|months|statistics|"
    r"figures|data)\b|%|\b(?:since|in|from)\s+(?:19|20)\d\d\b",
    re.I,
)
"""What marks a trend as a statistic besides a category ("attacks on mosques"): a
degree or a period. "As clashes decline in the mountains" tells a lull in one battle."""
_TALLY_HELD = re.compile(
    r"\b(?:(?:more\s+than|over|nearly|almost|some|about|at\s+least)\s+)?"
    r"(?:\d{1,3}(?:,\d{3})+|\d{4,}|(?:hundreds\s+of\s+)?(?:tens\s+of\s+)?thousands)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:have|has|had)\s+been\s+(?:arrested|detained|jailed|imprisoned|"
    r"held|rounded\s+up|taken\s+into\s+custody)\b",
    re.I,
)
"""Thousands held in a campaign: "more than 60,000 suspects have been detained". A
day's raid rarely holds a thousand; the perfect says the count runs to the report."""
_EVACUATE = re.compile(
    r"\b(?:told|tells|tell|urged|urges|urging|ordered|orders|warned|warns|asked|asks|"
    r"called\s+on|calls\s+on|instructed|advised)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:residents|civilians|inhabitants|people|families|villagers|population|citizens)\b"
    r"[^.;:!?]{0,120}?\bto\s+(?:immediately\s+)?(?:leave|evacuate|flee|stay\s+away|"
    r"keep\s+away|move|relocate|avoid|head|take\s+shelter|seek\s+shelter)\b",
    re.I,
)
"""An order or a warning to leave: "told residents of three villages to evacuate",
"urged civilians near the base to stay away". The clause after it says what is feared."""
_OBSERVANCE = re.compile(
    r"\b(?:International|World|National|Global)\s+(?:Day|Week|Month)\s+"
    r"(?:(?:of|for|against|in|on|to|and|the|Support|Solidarity|Remembrance|Victims|"
    r"(?-i:[A-Z])[\w'\u2019-]*)\s+)*(?-i:[A-Z])[\w'\u2019-]*",
    re.I,
)
"""The title of an observance: "International Day of the Victims of Enforced
Disappearances", "World Day against the Death Penalty"."""
_SET_AFTER = re.compile(
    r"\b(?:came|comes|come|followed|follows)\s+(?:just\s+|only\s+|barely\s+)?"
    r"(?:(?:a|one|two|three|four|five|six|several|few|a\s+few|\d+)\s+)?"
    r"(?:hours?|days?|weeks?|months?)\s+(?:after|since)\s+",
    re.I,
)
"""The news set after an earlier event: "the killings came days after", "the protest
follows weeks after". The earlier event is the backdrop."""
_RELEASED = re.compile(
    r"\b(?:those|the\s+(?:[\w-]+\s+)?(?:people|men|women|youths|protesters|suspects|"
    r"demonstrators|students|activists))\s+(?:who\s+were\s+)?(?:detained|arrested|held|"
    r"rounded\s+up)\b(?=[^.;:!?]{0,60}?\b(?:were|was|(?:have|has|had)\s+(?:since\s+|all\s+|now\s+)?"
    r"been)\s+"
    r"(?:later\s+|since\s+|all\s+|subsequently\s+)?(?:released|freed|let\s+go|bailed)\b)",
    re.I,
)
"""Detainees let go: "most of those detained were released", "the students arrested on
Friday have since been freed". The arrest was told before; the release is no event."""
_ALERT = re.compile(
    r"\b(?:air[\s-]raid|missile|rocket|drone|aerial)\s+(?:alerts?|alarms?|sirens?|warnings?)\b",
    re.I,
)
"""An alert that a strike may come: "air raid alerts sounded across Kyiv region". A
strike told beside it ("sirens sounded as missiles hit Lviv") is kept."""
_POWERS = re.compile(
    r"\b(?:laws?|bills?|decrees?|measures?|ordinances?|acts?|rules|regulations|powers|"
    r"state\s+of\s+(?:emergency|exception|siege))\s+"
    r"(?:(?:[\w'\u2019-]+\s+){0,3}?(?:that|which)\s+)?(?:would\s+)?"
    r"(?:allows?|allowing|permits?|permitting|authori[sz]es?|authori[sz]ing|empowers?|"
    r"empowering|lets|enables?|enabling)\s+",
    re.I,
)
"""What a law or an emergency allows: "a law that allows police to detain suspects
for 90 days" tells powers, not arrests."""
_AGGRIEVED = r"(?:protesters|demonstrators|marchers|strikers|sit-in\s+participants)"
_GRIEVANCE = re.compile(
    r"\b" + _AGGRIEVED + r"\s+(?:[\w'\u2019-]+\s+){0,3}?(?:have\s+|had\s+|also\s+|long\s+)?"
    r"(?:accuse[sd]?|blamed?|blames|complain(?:s|ed)?|allege[sd]?)\b",
    re.I,
)
"""A protest's grievance: "the protesters accuse the companies of hiring outsiders",
"demonstrators blamed the police for years of disappearances". What they accuse is the
backdrop of their protest, and the protest is the event. Others' accusations
("residents accuse the militia of killing a farmer", "the army accused the rebels of
shelling X") are how an attack is often first reported, and are left alone, and so is
a protest's accusation dated in the report's days (the caller's :func:`framed.recent`)."""
_CONSEQUENCE_NEXT = re.compile(r",\s*(?:leaving|exposing|allowing|letting|forcing)\s", re.I)
"""A grievance's consequence: "..., leaving villages exposed to raids"."""
_THEN = re.compile(r"\b(?:before|then|and\s+then|after\s+which|but)\b", re.I)
"""What the speaker did next: "ordered families to leave, then set the huts on fire"."""
_CLAUSE_END = re.compile(r"[;:!?\u2014]|[,.](?!\d)")
_REASON_NEXT = re.compile(
    r",\s*(?:citing|warning\s+of|over\s+fears\s+of|amid|ahead\s+of|because\s+of|due\s+to)\s",
    re.I,
)
"""A warning's reason: "..., citing heavy shelling", "..., warning of air strikes"."""


def _to_clause_end(sentence: str, start: int) -> int:
    close = _CLAUSE_END.search(sentence, start)
    return len(sentence) if close is None else close.start()


_STEMS = {
    "trend": ("rose", "risen", "fell", "fallen", "drop", "declin", "decreas", "increas",
              "jump", "climb", "doubl", "tripl", "trebl", "halv", "soar", "surg", "spik",
              "plung", "plummet", "rise", "fall"),
    "held": (" been ",),
    "evacuate": ("leave", "evacuat", "flee", "away", "move", "relocat", "avoid", "head",
                 "shelter"),
    "grievance": ("accus", "blame", "complain", "alleg"),
    "after": ("came ", "comes ", "come ", "follow"),
    "powers": ("allow", "permit", "authori", "empower", "lets ", "enabl"),
    "alert": ("alert", "alarm", "siren", "warning"),
    "observance": (" day", " week", " month"),
    "released": ("releas", "freed", "let go", "bailed"),
}  # fmt: skip
"""Words without which a pattern cannot match: most sentences need no regex at all."""


def _may(lowered: str, kind: str) -> bool:
    return any(stem in lowered for stem in _STEMS[kind])


def _through(sentence: str, start: int, goes_on: re.Pattern[str]) -> int:
    """The end of the clause from *start*, or of the next one when *goes_on* opens it;
    an act that follows the order ("... to leave before torching the huts") ends it."""
    end = _to_clause_end(sentence, start)
    if goes_on.match(sentence, end):
        end = _to_clause_end(sentence, end + 1)
    then = _THEN.search(sentence, start, end)
    return end if then is None else then.start()


def backdrop_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans of *sentence* (offsets into it) that tell a trend, a campaign's tally, a
    warning to leave, an observance's title, an earlier event the news is set after, or
    a release of detainees: backdrop, not a new event.

    Examples
    --------
    >>> s = "Assaults on aid workers rose sharply in Darfur last year, the UN said."
    >>> [s[a:b] for a, b in backdrop_spans(s)]
    ['Assaults on aid workers rose sharply in Darfur last year']
    >>> backdrop_spans("Gunmen attacked a convoy in Darfur on Monday, the UN said.")
    []
    """
    low = sentence.lower()
    spans: list[tuple[int, int]] = []
    if _may(low, "trend"):
        for m in _TREND_CLAUSE.finditer(sentence):
            end = _to_clause_end(sentence, m.end())
            category = (m["pp"] or "").lower() not in ("", "by", "in")
            if category or _STATISTIC.search(sentence, m.start(), end):
                spans.append((m.start(), end))
    if _may(low, "held"):
        spans += [
            (m.start(), _to_clause_end(sentence, m.end())) for m in _TALLY_HELD.finditer(sentence)
        ]
    for kind, rx, goes_on in (
        ("evacuate", _EVACUATE, _REASON_NEXT),
        ("grievance", _GRIEVANCE, _CONSEQUENCE_NEXT),
    ):
        if _may(low, kind):
            spans += [
                (m.end(), _through(sentence, m.end(), goes_on)) for m in rx.finditer(sentence)
            ]
    for kind, rx in (("after", _SET_AFTER), ("powers", _POWERS)):
        if _may(low, kind):
            spans += [(m.end(), _to_clause_end(sentence, m.end())) for m in rx.finditer(sentence)]
    for kind, rx in (("alert", _ALERT), ("observance", _OBSERVANCE), ("released", _RELEASED)):
        if _may(low, kind):
            spans += [m.span() for m in rx.finditer(sentence)]
    return spans
