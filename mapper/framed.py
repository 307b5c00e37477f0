"""Events a report tells only as the subject of a later act: a verdict, a sanction, a tally.

Much conflict news is about what followed an event, not the event: a court convicts men
over an old attack, a government imposes sanctions on officials it accuses of a
crackdown, an inquiry looks into a massacre, a ministry gives the year's homicide
figures, a ceasefire ends "a year of hostilities in which thousands were killed", a
spokesman denies "accusations that its jets bombed a port", a warning turns on "any
decision to let Kyiv fire missiles into Russia". An ACLED coder codes the earlier events
from their own reports; the later report adds no event, and its place and date belong to
the court, the ministry or the meeting.

:func:`framed_spans` gives the parts of a sentence that tell such an object. The caller
keeps the ones that carry no date of the report's own days (:func:`recent`): "the
committee met to discuss Sunday's air strike on X" still reports the strike.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .backdrop import backdrop_spans
from .recalled import over_a_period

__all__ = ["RECENT_DAYS", "denied_spans", "framed_spans", "planned_date", "recent"]

RECENT_DAYS = 7
"""An object dated this many days before the report, or later, is the report's news."""

_DET = (
    r"(?=(?:the|a|an|last|their|his|her|its|this|that|these|those|[a-z]+ing|"
    r"(?:plots?|plans?|roles?|parts?|involvement|links|membership|attacks|bombings|"
    r"killings|murders|massacres|riots|raids|violence|unrest)\b)\b|(?-i:[A-Z0-9]))"
)
"""What a verdict is about opens with a determiner, a gerund, a name or a year; headline
copy drops the article before the noun ("jailed over plot to attack", "sentenced for
role in killings")."""
_JUDICIAL = re.compile(
    r"\b(?:(?:convicted|acquitted|found\s+guilty)\s+(?:\w+\s+){0,2}?of"
    r"|(?:convict|sentence|jail|imprison|indict|prosecute|fine)(?:s|d|ed)?\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}?(?:over|for|in\s+connection\s+with)"
    r"|charge[sd]?\s+(?:[\w'\u2019-]+\s+){0,4}?(?:over|in\s+connection\s+with)"
    r"|(?:prison|jail)\s+(?:terms?|sentences?)\s+(?:[\w'\u2019-]+\s+){0,10}?"
    r"(?:over|for|in\s+connection\s+with)"
    r"|(?:trial|verdict|retrial|sentencing|conviction|indictment|acquittal|inquiry|"
    r"investigation|probe|inquest|tribunal)s?\s+(?:of\s+(?:[\w'\u2019-]+\s+){1,4}?)?"
    r"(?:(?:opens?|opened|begins?|began|starts?|started|resumes?|resumed|launched)\s+)?"
    r"(?:over|for|into|in\s+connection\s+with))\s+" + _DET,
    re.I,
)
"""A court, a charge or an inquiry and what it is about: "convicted over the",
"sentenced to death for the", "an inquiry into the". Arrests are left out: they are
events of their own, and so is what police "charged" at "for" hours."""
_PENALTY = re.compile(
    r"\bdeath\s+(?:sentences?|penalty|penalties|row|warrants?)\b|\bsentenced\s+to\s+death\b"
    r"|\bexecution\s+(?:orders?|warrants?)\b",
    re.I,
)
"""A penalty, not a killing: "upheld death sentences", "faces the death penalty"."""
_REACTION = re.compile(
    r"\b(?:sanction(?:s|ed|ing)?|compensation|reparations|"
    r"apolog(?:y|ies|ised|ized|ise|ize))\b"
    r"[^.;:!?]{0,80}?\b(?:over|for|in\s+response\s+to|accused\s+of|blamed\s+for|"
    r"responsible\s+for)\s+(?=\w)",
    re.I,
)
"""A slow reaction and what it answers: "imposed sanctions on four officers over the",
"apologised for the", "sanctions on officials it accused of overseeing the".
Condemnations are left out: they follow an attack within hours, and are often the only
sentence that tells it."""
_EVENTS = (
    r"(?:homicides|murders|killings|deaths|fatalities|kidnappings|abductions|attacks|"
    r"incidents|shootings|bombings|massacres|clashes|protests|riots|violent\s+deaths)"
)
_COUNT = re.compile(
    r"\b(?:recorded|registered|counted|logged|documented|tallied)\s+"
    r"(?:a\s+total\s+of\s+|some\s+|about\s+|nearly\s+|more\s+than\s+|at\s+least\s+)?"
    r"(?:[\d.,]+\s*(?:percent|per\s*cent|%)\s+|[\d.,]+\s+)(?:fewer|more|less)?\s*"
    r"(?:[\w-]+\s+)?" + _EVENTS + r"\b"
    r"|\b[\d.,]+\s+(?:[\w-]+\s+)?" + _EVENTS + r"\s+(?:were|have\s+been|had\s+been)\s+"
    r"(?:recorded|registered|counted|logged|documented|tallied)\b",
    re.I,
)
"""A count of events: "recorded 12 percent fewer homicides", "312 murders were
registered". A statistic only with a period or a comparison (:data:`_TALLY_MARK`): "the
hospital recorded 14 deaths" is news."""
_TALLY_MARK = re.compile(
    r"(?:percent|per\s*cent|%|\bfewer\b|\bcompared\b|\bper\s+100,?000\b|\brate\b|"
    r"\b(?:annual|yearly|monthly|quarterly)\b|\bin\s+the\s+first\s+(?:\w+\s+)?"
    r"(?:weeks|months|quarter|half)\b|\b(?:this|last|the\s+previous|the\s+past)\s+year\b|"
    r"\bin\s+(?:19|20)\d\d\b|\bso\s+far\s+this\b|\bsince\s+(?:January|the\s+start\s+of))",
    re.I,
)
_VICTIMS = re.compile(
    r"\b(?:(?:at\s+least|more\s+than|some|nearly|about|over|almost)\s+)?\d[\d,]*\s+"
    r"(?:[\w-]+\s+){0,2}?(?:were|have\s+been|had\s+been)\s+(?:killed|murdered|abducted|"
    r"kidnapped|lynched|injured|wounded|displaced)\b",
    re.I,
)
"""A passive count of victims: "At least 120 people were killed". A statistic only over
months or years (:func:`recalled.over_a_period`): "in the first seven months of this
year", "since 2019"."""
_SHARE = re.compile(
    r"\b(?:most|many|much|half|two-thirds|a\s+third|a\s+quarter|the\s+(?:majority|bulk|"
    r"rest)|(?:\d+|some|nearly|about|over)\s+(?:percent|per\s*cent|%))\s+of\s+(?:the|these|"
    r"those|all)\s+(?:[\w-]+\s+)?(?:casualties|deaths|fatalities|victims|killings|"
    r"incidents|attacks|injuries|dead|displaced|accidents)\s+(?:were|have\s+been|had\s+been|"
    r"are|occurred|took\s+place|happened)\b",
    re.I,
)
"""Where a total falls: "most of the casualties were recorded in", "half of the deaths
occurred in". A share of many events is a statistic, not one event at the places named."""
_FLED_TOTAL = re.compile(
    r"\b(?:[\d,.]+|thousands|hundreds|tens\s+of\s+thousands)\s+(?:million\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:have|has|had)\s+(?:been\s+(?:displaced|uprooted|forced\s+"
    r"(?:from|out\s+of)\s+their\s+homes)|fled(?:\s+their\s+homes)?)\b",
    re.I,
)
"""A running count of people displaced: "180,000 people have fled their homes in". A
statistic only over months or years (:func:`recalled.over_a_period`), and then the
fighting given as its setting is no event of the report either."""
_NTH = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
    r"latest)\s+(?:(?:such|fatal|deadly|major|similar|mass|armed|violent|[\w-]+-related)\s+)?"
    r"(?:attack|shooting|killing|murder|bombing|stabbing|kidnapping|abduction|strike|raid|"
    r"incident|explosion|ambush|massacre|lynching)\s+(?:[\w'\u2019-]+\s+){0,5}?"
    r"(?:(?:so\s+far\s+)?this\s+(?:year|month|week)|in\s+(?:as\s+many\s+)?(?:\w+\s+)?"
    r"(?:days|weeks|months|years)|since\s+(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|(?:19|20)\d\d|the\s+start\s+of\s+the\s+"
    r"year))\b",
    re.I,
)
"""An event's rank in a series: "third fatal shooting this year", "the fifth such attack in
two weeks". The rank counts events told before; the span ends at the period, so an event
told after it ("... kills five") stays news when the caller reads the rest."""
_TALLY = re.compile(
    r"\b(?:homicide|murder|crime|kidnapping|killing|violence|casualty)\s+"
    r"(?:rates?|figures|statistics|tally|tallies)\b"
    r"|\b(?:years?|months?|decades?)\s+of\s+(?:[\w-]+\s+)?(?:war|hostilities|fighting|conflict|violence|insurgency|clashes)"
    r"\s+(?:in\s+which|during\s+which|that|which)\b"
    r"|\b" + _EVENTS + r"\s+(?:have\s+|has\s+)?(?:fell|fallen|rose|risen|dropped|declined|"
    r"decreased|increased|jumped|climbed|doubled|halved|down|up)\s+(?:by\s+)?"
    r"(?:[\d.,]+\s*(?:percent|per\s*cent|%)|sharply|slightly)"
    r"|\b(?:after|following|followed|amid|since|because\s+of|in\s+response\s+to|"
    r"the\s+latest\s+(?:in|of)|part\s+of)\s+"
    r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:wave|spate|string|series|surge|rise|spike|upsurge|"
    r"weeks|months|years|decades)\s+(?:in|of)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:" + _EVENTS + r"|rallies|demonstrations|marches|fighting|shelling|bombardment|"
    r"strikes|raids|violence|unrest|war)\b",
    re.I,
)
"""A statistic or a summary of many events: "the homicide rate", "killings fell 9%", "a
year of hostilities in which", "imposed after a wave of gang attacks", "after months of
glide bomb attacks on the city". A wave that is
not given as a cause or a setting ("a series of bombings hit areas held by ...") is news
and left alone."""
_UNREAL = re.compile(
    r"\b(?:any|a\s+possible|a\s+potential|a\s+future|the\s+proposed)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:decision|move|attempt|plan|permission|request|bid|authori[sz]ation|approval)\s+"
    r"(?:to|for)\s+"
    r"|\b(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|refuted|refutes)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:accusations?|claims?|allegations?|charges?|reports?)\s+"
    r"(?:that|of)\s+"
    r"|\b(?:denied|denies|deny|disclaimed)\s+(?:any\s+)?(?:involvement|role|responsibility|"
    r"part)\s+(?:in|for)\s+",
    re.I,
)
"""An event that did not happen, or that a party denies: "any decision to let Kyiv fire
missiles into Russia", "dismissed accusations that its jets had bombed", "denied any
involvement in the rocket fire"."""
_AGENDA = re.compile(
    r"\b(?:met|meet|meets|meeting|talks|gathered|convened|visited|visit|travelled|traveled)\b"
    r"[^.;:!?]{0,80}?\bto\s+(?:discuss|review|examine|address|assess|debate|consider)\s+",
    re.I,
)
"""What a meeting or a visit is about: "the committee met in Naqoura to review violations
reported last month". A meeting "to discuss Sunday's attack" still tells the attack."""
_THREAT = re.compile(
    r"\b(?:warn(?:s|ed|ing)?|threat(?:en|ens|ened|ening)?|vow(?:s|ed|ing)?|"
    r"pledg(?:e|es|ed|ing)|ultimatum|promis(?:e|es|ed|ing))\b"
    r"(?:[^.;:!?]{0,80}?\b(?:would|will|shall|could|might)\s+(?!be\s+(?:killed|hit|struck|"
    r"attacked)\b)"
    r"|\s+(?:[\w'\u2019-]+\s+){0,2}?of\s+(?=(?:a|an|the|more|further|new|fresh|possible|"
    r"imminent|renewed|\w+-?scale)\b)"
    r"|\s+(?:[\w'\u2019-]+\s+){0,2}?(?:to|that\s+it\s+would)\s+(?=(?:attack|strike|hit|"
    r"bomb|target|kill|storm|seize|retaliate|respond|launch|wipe|destroy|burn|shut|blow)\b))"
    r"|\bany\s+(?:(?:new|further|fresh|future|renewed|more|such)\s+)?(?=(?:attacks?|strikes?|"
    r"assaults?|aggression|incursions?|raids?|offensives?|bombings?)\b)",
    re.I,
)
"""A threat, a warning or a vow and what it says will happen: "warned that the group
would strike", "threatened to attack", "warned of a decisive response", "a response to
any new attack". What a party promises is no event yet. The span starts after the
threat's own words, so an attack told before it in the sentence stays news, and one
dated in the report's days ("vowed that it would answer Monday's raid on X") is kept by
the caller (:func:`recent`)."""
_WAR_TOTAL = re.compile(
    r"\b(?:war|conflict|insurgency|crisis|civil\s+war)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:has|have|had)\s+(?:now\s+|already\s+|so\s+far\s+)?"
    r"(?:displaced|killed|uprooted|claimed|left|forced)\b",
    re.I,
)
"""A war's running total: "the war for the region has displaced 60,000 people", "the
conflict has killed thousands". "Fighting in X has killed 12" is left alone: it may be
the report's own news."""
_SERIES = (
    r"(?:protests|demonstrations|rallies|marches|sit-ins|unrest|movement|uprising|war|"
    r"conflict|insurgency|crisis|revolt|rebellion|campaign)"
)
_STARTER = r"(?:" + _SERIES[3:-1] + r"|protest|riots?|strikes|fighting|clashes|violence|they|it)"
_VERB = (
    r"(?:erupted|began|begun|started|broke\s+out|flared(?:\s+up)?|(?:was|were)\s+sparked|"
    r"originated)"
)
_HAD = r"(?:had\s+|have\s+|has\s+)?"
_FIRST = r"(?:first|originally|initially)\s+"
_BEGAN = r"(?:began|begun|started|originated|(?:was|were)\s+sparked)"
_ORIGIN_CLAUSE = (
    r"(?:"
    + _STARTER
    + r"\s+"
    + _HAD
    + _FIRST
    + _VERB
    + r"|(?:"
    + _SERIES[3:-1]
    + r"|they|it)\s+"
    + _HAD
    + _BEGAN
    + r")"
)
"""A series and its start: "the unrest first erupted" (any onset verb with "first"),
"the protests began" (a start without it). "Fighting erupted" alone is an outbreak,
news of its own."""
_ORIGIN = re.compile(
    r"\b(?:"
    + _SERIES
    + r"(?:\s*,)?\s+(?:that|which)\s+(?:"
    + _HAD
    + _FIRST
    + _VERB
    + r"|"
    + _HAD
    + _BEGAN
    + r")|"
    + _STARTER
    + r"\s+"
    + _HAD
    + _FIRST
    + _VERB
    + r")(?=\s+(?:in|at|from)\b)",
    re.I,
)
"""Where a series of events began: "protests that began in", "the war, which began in",
"the unrest first erupted in". The place is the series' origin, not the report's news;
one dated in the report's days ("protests that began in X on Saturday") is kept by the
caller (:func:`recent`). "Fighting broke out in X" and "protests that erupted in X" are
outbreaks, news of their own, and left alone."""
_ORIGIN_PLACE = re.compile(
    r"(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,3},\s*where\s+(?:the\s+)?"
    + _ORIGIN_CLAUSE
    + r"\b",
    re.I,
)
"""A place given as the origin by a relative clause: "from Skopje, where they began in
May", "Sidi Bouzid, where the uprising first erupted". "Goma, where fighting erupted" is
an outbreak and left alone."""
_CLAUSE_END = re.compile(r"[;:!?\u2014\u2026]|[,.](?!\d)")
_GOES_ON = re.compile(
    r",\s*(?:(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,3}\s*(?=[,.;]|$)"
    r"|(?:in|during|at|on)\s+which\b|which\b|when\b|where\b|who\b)",
    re.I,
)
"""The object goes on past a comma: an apposed place ("in Bir al-Abed, North Sinai,")
or a relative clause about it ("..., in which 300 were killed")."""


def _clause_end(sentence: str, start: int) -> int:
    pos = start
    while True:
        close = _CLAUSE_END.search(sentence, pos)
        if close is None:
            return len(sentence)
        if close.group() != "," or _GOES_ON.match(sentence, close.start()) is None:
            return close.start()
        pos = close.end()


_STEMS = {
    "judicial": ("convict", "acquit", "guilty", "sentenc", "jail", "prison", "indict",
                 "prosecut", "fine", "charge", "trial", "verdict", "inquir", "investigat",
                 "probe", "inquest", "tribunal"),
    "reaction": ("sanction", "compensation", "reparation", "apolog"),
    "tally": ("rate", "figures", "statistic", "tall", " of ", "fell", "fallen", "rose",
              "risen", "dropped", "declined", "decreased", "increased", "jumped", "climbed",
              "doubled", "halved", "down", "up ", "after", "following", "amid", "since",
              "because", "response", "latest", "part of"),
    "count": ("recorded", "registered", "counted", "logged", "documented", "tallied"),
    "victims": (" were ", " been "),
    "nth": ("second", "third", "th ", "fifth", "ninth", "latest", "st ", "nd ", "rd "),
    "share": (" of the ", " of these ", " of those ", " of all "),
    "fled": ("fled", "displaced", "uprooted", "forced"),
    "penalty": ("death", "execution"),
    "unreal": ("any ", "possible", "potential", "future", "proposed", "den", "dismiss",
               "reject", "refut", "disclaim"),
    "denial": ("den", "reject", "dismiss", "refut", "rebut", "disput", "contradict"),
    "rebuttal": ("false", "untrue", "baseless", "unfounded", "fabricated", "fake", "groundless",
                 "incorrect", "lies"),
    "agenda": ("discuss", "review", "examine", "address", "assess", "debate", "consider"),
    "war": ("war", "conflict", "insurgency", "crisis"),
    "threat": ("warn", "threat", "vow", "pledg", "ultimatum", "promis", "any "),
    "origin": ("erupted", "began", "begun", "started", "broke out", "sparked", "flared",
               "originated"),
}  # fmt: skip
"""Words without which a pattern cannot match: most sentences need no regex at all."""


def _may(lowered: str, kind: str) -> bool:
    return any(stem in lowered for stem in _STEMS[kind])


def framed_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans of *sentence* (offsets into it) that tell events only as what a verdict, a
    charge, an inquiry, a reaction, a denial, a meeting or a statistic is about, or as
    a decision not yet taken or a threat.

    Examples
    --------
    >>> s = "A court in Oran jailed six men for life over the 2019 bombing of a bus in Tiaret."
    >>> [s[a:b] for a, b in framed_spans(s)]
    ['the 2019 bombing of a bus in Tiaret']
    >>> s = "Police said 214 homicides were recorded in the province last year."
    >>> [s[a:b] for a, b in framed_spans(s)]
    ['214 homicides were recorded in the province last year']
    >>> framed_spans("Gunmen killed six people in Tiaret on Monday, a court clerk said.")
    []
    """
    low = sentence.lower()
    spans: list[tuple[int, int]] = []
    after = [("judicial", _JUDICIAL), ("reaction", _REACTION), ("unreal", _UNREAL)]
    after += [("agenda", _AGENDA), ("threat", _THREAT)]
    for kind, rx in after:
        if _may(low, kind):
            spans += [(m.end(), _clause_end(sentence, m.end())) for m in rx.finditer(sentence)]
    for kind, rx in (("tally", _TALLY), ("war", _WAR_TOTAL), ("origin", _ORIGIN)):
        if _may(low, kind):
            spans += [(m.start(), _clause_end(sentence, m.end())) for m in rx.finditer(sentence)]
    for kind, rx in (("origin", _ORIGIN_PLACE), ("share", _SHARE)):
        if _may(low, kind):
            spans += [(m.start(), _clause_end(sentence, m.end())) for m in rx.finditer(sentence)]
    for kind, rx in (("victims", _VICTIMS), ("fled", _FLED_TOTAL)):
        if _may(low, kind):
            for m in rx.finditer(sentence):
                end = _clause_end(sentence, m.end())
                if over_a_period(sentence[m.start() : end]):
                    spans.append((m.start(), end))
    if _may(low, "count"):
        for m in _COUNT.finditer(sentence):
            end = _clause_end(sentence, m.end())
            if _TALLY_MARK.search(sentence, m.start(), end) is not None:
                spans.append((m.start(), end))
    if _may(low, "nth"):
        spans += [m.span() for m in _NTH.finditer(sentence)]
    if _may(low, "penalty"):
        spans += [m.span() for m in _PENALTY.finditer(sentence)]
    return spans + backdrop_spans(sentence)


_DENY = (
    r"(?:denied|denies|deny|denying|rejected|rejects|rejecting|dismissed|dismisses|"
    r"refuted|refutes|rebutted|rebuts|disputed|disputes|contradicted)"
)
_DENIED = re.compile(
    r"\b" + _DENY + r"\s+(?:[\w'\u2019\"\u201c\u201d-]+\s+){0,8}?"
    r"(?:claims?|accusations?|allegations?|charges?|reports?|statements?|assertions?|"
    r"suggestions?|accounts?|rumou?rs?)\s+(?:(?:by|from|of)\s+(?:[\w'\u2019-]+\s+){1,3}?)?"
    r"(?:that|of)\s+"
    r"|\b" + _DENY + r"\s+(?:(?:that|(?:ever\s+)?having)\s+|(?=(?:firing|shelling|"
    r"attacking|bombing|striking|opening|shooting|launching|targeting|killing|carrying)\b))",
    re.I,
)
"""A denial and what it says did not happen: "rejected as \"untrue\" a statement from
Baku that", "dismissed reports that", "denied that its troops", "denies firing". Denied
involvement ("denied any role in") is a framed span (:data:`_UNREAL`) kept when dated
in the report's days: the attack itself did happen."""
_FALSE = re.compile(
    r"\b(?:reports?|claims?|allegations?|accounts?|rumou?rs?)\s+(?:that|of)\s+"
    r"[^.;:!?]{3,160}?\s(?:is|are|was|were)\s+(?:(?:completely|totally|entirely|simply)\s+)?"
    r"(?:false|untrue|baseless|unfounded|fabricated|fake|groundless|incorrect|lies)\b",
    re.I,
)
"""A rebuttal: "reports that militants had seized X are false"."""


def denied_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans of *sentence* (offsets into it) telling an event a party says did not
    happen: a denial or a rebuttal is no event, whatever day it gives.

    An attack the sentence tells outside the denial ("gunmen killed four in X; the army
    denied that its troops were involved") is left alone.

    Examples
    --------
    >>> s = "Kigali dismissed reports that its troops had shelled Bunagana on Monday."
    >>> [s[a:b] for a, b in denied_spans(s)]
    ['its troops had shelled Bunagana on Monday']
    >>> s = "Reports that rebels seized Kidal are false, the army said."
    >>> [s[a:b] for a, b in denied_spans(s)]
    ['Reports that rebels seized Kidal are false']
    >>> denied_spans("Rebels seized Kidal on Monday, the army said.")
    []
    """
    low = sentence.lower()
    spans: list[tuple[int, int]] = []
    if _may(low, "denial"):
        spans += [(m.end(), _clause_end(sentence, m.end())) for m in _DENIED.finditer(sentence)]
    if _may(low, "rebuttal"):
        spans += [m.span() for m in _FALSE.finditer(sentence)]
    return spans


def recent(day: date | None, published: date | None) -> bool:
    """True when *day* falls in the report's own days: at most :data:`RECENT_DAYS` before
    its publication, or later. Without either date nothing is recent."""
    if day is None or published is None:
        return False
    return day >= published - timedelta(days=RECENT_DAYS)


_PLANNED_BEFORE = re.compile(
    r"\b(?:planned|scheduled|upcoming|expected|proposed|next)\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}?(?:on|for|this|next)?\s*$",
    re.I,
)
"""A plan and its day, just before a date: "during planned marches on", "the scheduled
vote on", "expected protests on"."""


def planned_date(sentence: str, start: int) -> bool:
    """True when the date at *start* (an offset into *sentence*) is the day of something
    planned, not of an event told: "warned it would act against anyone who storms
    buildings during planned marches on Monday". Such a date keeps a frame (a threat, a
    warning) from reading as the report's news (:func:`recent`).

    Examples
    --------
    >>> s = "Police warned they would disperse the planned rally on Friday."
    >>> planned_date(s, s.index("on Friday"))
    True
    >>> s = "The army vowed it would answer Monday's raid on Tessit."
    >>> planned_date(s, s.index("Monday"))
    False
    """
    return _PLANNED_BEFORE.search(sentence, max(0, start - 60), start) is not None
