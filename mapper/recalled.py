"""Events a report recalls as background, not as news of its own.

A report about one event often recalls earlier ones to explain it: an aside about an
actor ("The rebels, who overran the border town of X earlier this month, now hold ..."),
or an old attack named with its year ("a court jailed 12 men over the 2021 raid on X",
"the anniversary of the April 2019 bombings"). An ACLED coder codes those earlier
events from their own reports, not from the later one: they carry no date the report
gives and would come out as new incidents on the report's day or at the start of a
month. An event named by its month or year as the point time is measured from ("the
first pilgrimage since the June bombing at X") is history too. A commemoration is the
same ("marked a year since protesters stormed parliament in X", "ten years to the day
after the abduction", "on the anniversary of the massacre in Y"): the event it recalls
is history, and so is its place.
"""

from __future__ import annotations

import re

from .events import EventMention, find_events

__all__ = [
    "blank",
    "commemorated",
    "commemorated_event",
    "dated_earlier",
    "old_event",
    "over_a_period",
    "recalled_asides",
    "recalled_causes",
]

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_ASIDE_OPEN = re.compile(r",\s*(?:which|who|whose\s+\w+)\s+", re.I)
_EARLIER = re.compile(
    r"\b(?:earlier\s+(?:this|that|in\s+the)\s+(?:week|month|year)|"
    r"(?:last|previous|past)\s+(?:week|month|year|spring|summer|autumn|fall|winter)|"
    r"(?:weeks|months|years)\s+(?:ago|earlier|before)|"
    r"in\s+(?:" + _MONTH + r"\s+)?(?:19|20)\d\d|previously|already|since\s+(?:19|20)\d\d)\b",
    re.I,
)
_YEAR_BEFORE = re.compile(
    r"\b(?:" + _MONTH + r"\s+)?((?:19|20)\d\d)\s+(?:[\w'\u2019-]+\s+){0,3}$",
)
"""A year before an event noun and its modifiers: "the 2021 Geidam raid", "the April
2019 attack on"."""


def recalled_asides(sentence: str) -> list[tuple[int, int]]:
    """Spans of *sentence* (offsets into it) that are comma-bounded relative clauses
    dating what they tell before the report: "The rebels, which overran X earlier this
    month, now hold ..." gives the span of ", which overran X earlier this month".

    Examples
    --------
    >>> s = "M23, which seized Rubaya last year, shelled Sake on Friday."
    >>> [s[a:b] for a, b in recalled_asides(s)]
    [', which seized Rubaya last year']
    """
    spans = []
    for m in _ASIDE_OPEN.finditer(sentence):
        close = sentence.find(",", m.end())
        end = len(sentence) if close < 0 else close
        earlier = _EARLIER.search(sentence, m.end(), end)
        if earlier is not None:
            # Without a closing comma the aside ends with its time ("..., which it held
            # months ago and rebels shell Hama": the second clause is news).
            spans.append((m.start(), end if close >= 0 else earlier.end()))
    return spans


_CAUSE_OPEN = re.compile(r"\b(?:after|since|following)\s+(?!the\s+(?:end|start)\b)", re.I)
_LONG_AGO = re.compile(
    r"\b(?:(?:early|late|mid)[\s-]+)?(?:earlier\s+(?:this|that)\s+(?:month|year)|"
    r"(?:last|previous|past)\s+(?:month|year|spring|summer|autumn|fall|winter)|"
    r"(?:months|years)\s+(?:ago|earlier|before)|in\s+(?:" + _MONTH + r"\s+)?(?:19|20)\d\d)\b",
    re.I,
)
"""A time a month or more before the report; "last week" is still the report's news."""


_SINCE_OPEN = re.compile(r"\W*since\s+(?!the\s+(?:end|start)\b)", re.I)
_IN_MONTH = re.compile(
    r"\bin\s+(?:(?:early|mid|late)[\s-]+)?(?:" + _MONTH + r")(?![\w.]?\s*\d)",
    re.I,
)
"""A month named without its day: "in late October". The period a sentence opens with,
"Since the rebels took X in late October, ...", has lasted till the report: the event
is history. Inside a sentence ("has been advancing since ...") the main verb's aspect
says as much, and is left to :mod:`mapper.aspect`."""


_APPOSED_TIME = re.compile(
    r",\s*(?:the|a|an)\s+[^,;:.!?]{1,40},\s*(?=" + _LONG_AGO.pattern + r")" + _LONG_AGO.pattern,
    re.I,
)


def recalled_causes(sentence: str) -> list[tuple[int, int]]:
    """Spans of *sentence* (offsets into it) that give an earlier event, dated a month or
    more before the report, as the cause or start of what it tells: "Families have fled
    east since the rebels entered Y late last month" gives the span from "since". A
    sentence that opens with a period begun in a month named without its day ("Since
    the army retook Y in early May, ...") recalls history too.

    Examples
    --------
    >>> s = "Thousands fled after militants stormed Palma in March 2021, aid groups said."
    >>> [s[a:b] for a, b in recalled_causes(s)]
    ['after militants stormed Palma in March 2021']
    >>> recalled_causes("Troops retook Palma on Monday after a two-day battle last week.")
    []
    """
    spans = []
    opening = _SINCE_OPEN.match(sentence)
    for m in _CAUSE_OPEN.finditer(sentence):
        close = _CLAUSE_END.search(sentence, m.end())
        end = len(sentence) if close is None else close.start()
        if _LONG_AGO.search(sentence, m.end(), end) is not None or (
            opening is not None
            and opening.end() == m.end()
            and _IN_MONTH.search(sentence, m.end(), end) is not None
        ):
            spans.append((m.start(), end))
            continue
        # "after the RSF entered Y, the state capital, late last month": the time comes
        # after an apposition, at the start of its own comma-bounded phrase.
        tail = _APPOSED_TIME.match(sentence, end)
        if tail is not None:
            spans.append((m.start(), tail.end()))
    return spans


def blank(sentence: str, spans: list[tuple[int, int]]) -> str:
    """*sentence* with *spans* blanked out by spaces (offsets unchanged)."""
    for a, b in spans:
        sentence = sentence[:a] + " " * (b - a) + sentence[b:]
    return sentence


def old_event(text: str, sentence_start: int, event: EventMention, year: int | None) -> bool:
    """True when *event* is an earlier event named with its year: a year before the
    report's *year* modifies the event noun ("Court jails six over 2019 Jolo raid", "the
    April 2021 attack on").

    Examples
    --------
    >>> from mapper.events import find_events
    >>> s = "Court jails six men over 2019 Jolo raid"
    >>> [old_event(s, 0, e, 2024) for e in find_events(s)]
    [True]
    """
    if year is None:
        return False
    m = _YEAR_BEFORE.search(text, max(sentence_start, event.start - 60), event.start)
    return (m is not None and int(m.group(1)) < year) or dated_earlier(text, event.end, year)


_YEAR_AFTER = re.compile(
    r"[^,;:.!?\n]{0,80}?\b(?:in|during|throughout)\s+(?:the\s+)?"
    r"(?:(?:early|mid|late)[\s-]+)?(?:" + _MONTH + r"\s+)?((?:19|20)\d\d)(s)?\b"
)
"""A year or decade closing an event's clause: "killed in the fighting in X in the
1990s", "the village they raided in March 2019"."""


_WHOLE_WAR_AFTER = re.compile(
    r"\s+(?:during|in|throughout|over)\s+the\s+(?:[\w]+[\s-])?(?:years?|decades?)"
    r"(?:[\s-]long)?\s+(?:civil\s+)?(?:war|conflict|insurgency|uprising|rebellion)\b",
    re.I,
)
"""An event told as part of a whole war: "soldiers killed during the four-decade
insurgency", "civilians abducted during the 12-year civil war"."""


def dated_earlier(text: str, end: int, year: int) -> bool:
    """True when the clause after an event ending at *end* dates it to a year, or a
    decade, wholly before the report's *year* ("relatives of villagers killed in X in
    the 1990s", "a town the rebels took in 2019"), or tells it as part of a war that
    lasted years ("killed during the decade-long insurgency").

    Examples
    --------
    >>> s = "Widows of farmers killed in the clashes around Tefe in the 1980s testified."
    >>> dated_earlier(s, s.index("killed") + 6, 2025)
    True
    >>> s = "Gunmen killed four in Tefe on Monday, in 2025 the worst attack yet."
    >>> dated_earlier(s, s.index("killed") + 6, 2025)
    False
    """
    if _WHOLE_WAR_AFTER.match(text, end) is not None:
        return True
    m = _YEAR_AFTER.match(text, end)
    if m is None:
        return False
    last = int(m.group(1)) + (9 if m.group(2) else 0)
    return last < year


_PERIOD = re.compile(
    r"\b(?:(?:over|in|during|throughout)\s+the\s+(?:past|last)\s+(?:\w+\s+)?"
    r"(?:months|years|decades?)|in\s+recent\s+(?:months|years)|"
    r"for\s+(?:several\s+|many\s+)?(?:months|years|decades)|"
    r"in\s+the\s+first\s+(?:\w+\s+)?(?:weeks|months|quarter|half)\s+of\s+(?:the|this|(?:19|20)\d\d)|"
    r"so\s+far\s+this\s+year|this\s+year\s+alone|"
    r"since\s+(?:(?:the\s+)?(?:start|beginning)\s+of\s+(?:the\s+)?(?:war|conflict|"
    r"insurgency|uprising|year)|(?:" + _MONTH + r"\s+)?(?:19|20)\d\d))\b",
    re.I,
)


def over_a_period(sentence: str) -> bool:
    """True when *sentence* states something over months or years ("over the past
    decade", "since 2017", "in recent years", "since the start of the war", "in the first
    seven months of this year", "so far this year"): a running total or a summary of a
    conflict, not one event."""
    return _PERIOD.search(sentence) is not None


_NUMBER = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|\d+)"
)
_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
)
_COMMEMORATION = re.compile(
    r"\b(?:(?:(?:" + _ORDINAL + r"|(?:" + _NUMBER + r"-)?year)\s+)?anniversary\s+of"
    r"|" + _NUMBER + r"\s+(?:full\s+)?(?:years?|decades?)\s+(?:to\s+the\s+day\s+)?"
    r"(?:since|after)"
    r"|since\s+the(?=\s+(?:" + _MONTH + r"|(?:19|20)\d\d)\s))\s",
    re.I,
)
_CLAUSE_END = re.compile(r"[,;:.!?\u2014]")
_RELATIVE_NEXT = re.compile(
    r",\s*(?:in\s+which|during\s+which|which|when|(?:killing|wounding|injuring|leaving|"
    r"displacing|destroying)\b)\s",
    re.I,
)


def commemorated(sentence: str) -> list[tuple[int, int]]:
    """Spans of *sentence* (offsets into it) that tell the earlier event a report
    measures time from or commemorates, to the end of their clause: "... as thousands
    marked a year since protesters stormed parliament in X." gives the span after
    "a year since".

    Examples
    --------
    >>> s = "Crowds gathered in Y on the second anniversary of the massacre in X."
    >>> [s[a:b] for a, b in commemorated(s)]
    ['the massacre in X']
    """
    spans = []
    for m in _COMMEMORATION.finditer(sentence):
        close = _CLAUSE_END.search(sentence, m.end())
        if close is not None and _RELATIVE_NEXT.match(sentence, close.start()):
            # "... since the April attack near X, in which 26 were shot dead" and "four
            # years since insurgents stormed X, killing dozens": the relative or
            # participle clause tells the same recalled event.
            close = _CLAUSE_END.search(sentence, close.end())
        spans.append((m.end(), len(sentence) if close is None else close.start()))
    return spans


_DESCRIBES_VICTIMS = re.compile(r"\s+by\b")


def commemorated_event(
    text: str, event: EventMention, sentence: str, offset: int, spans: list[tuple[int, int]]
) -> bool:
    """True when *event* is the earlier event its sentence commemorates, told again as
    a participle describing its victims: "Parents of the students abducted by gunmen
    ... held a vigil, five years after the kidnapping". Its type must be the one the
    commemorated clause (*spans* of *sentence*, which starts at *offset* in *text*)
    names, and it must be passive ("abducted by"): "Gunmen killed four, a year after
    the massacre" is news of its own.
    """
    if not spans or _DESCRIBES_VICTIMS.match(text, event.end) is None:
        return False
    recalled = {
        e.sub_event_type for a, b in spans for e in find_events(sentence[a:b], offset=offset + a)
    }
    return event.sub_event_type in recalled
