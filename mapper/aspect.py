"""Background or reported: whether an event cue tells of an event that happened now.

News reports wrap the event they report in context, and the context uses the same
words: "Federal troops have been fighting militiamen since the start of the month",
"the town has been shelled regularly", "a court sentenced 37 people for their role in
the attack", "the Houthis halted attacks on shipping". ACLED codes none of these as
events. The rules here are about grammar and frame, not places:

* **Running states and habits**: a perfect ("has shelled", "have been fighting", "had
  held") whose clause carries a period reaching back ("since 2018", "since the start of
  the war", "for months"), or a cue qualified as repeated or habitual ("repeated bouts
  of fighting", "shelled regularly", "years of clashes"). A period that starts within
  the last day or two ("since Monday", "since dawn") keeps the event: that is the news.
* **Trials and verdicts**: a cue after "sentenced", "convicted", "on trial", "charged
  with", "for their role in" is the offence judged, not a new event; so is one right
  after "wanted for", "accused of", "suspected of", "arrested over" (the offence).
* **Cessation**: "halted attacks", "suspended strikes", "an end to the shelling" report
  that events stopped or should stop ("did not stop the shelling" is a negation, and keeps it).
* **Denials and rejections**: "dismissed reports of the attack", "rejected a report on
  the killings".
* **Summaries**: "13 people were killed in the protests nationwide", "strikes across the
  country": many events in one figure, none of them placed.
* **Earlier events named by their date**: "the June ambush", "the 2019 bombing",
  "last year's attack" remind the reader of an event; a month with a day ("the June 5
  attack") dates a reported one and is kept.
* **Remembrance and inquiry**: "marked the anniversary of the massacre", "funerals for
  those killed", "an investigation into the killing": the event is an earlier one.

>>> background_frame("Rebels have been fighting the army since 2018.", 17, 25)
'ongoing'
>>> background_frame("Rebels fought the army on Monday.", 7, 13) is None
True
"""

from __future__ import annotations

import re

__all__ = ["background_frame", "cause_clause", "sequence", "summary"]

_CLAUSE_START = re.compile(
    r"(?s:.*)(?:[.;:!?\n]|,\s|\s[\u2014\u2013]\s|\b(?:and|but|while|whereas)\s)"
)
"""Up to the last clause boundary (one greedy match finds the last one)."""
_SENTENCE_START = re.compile(r"(?s:.*)[.;!?\n]")
_CLAUSE_END = re.compile(r"[.;:!?\n,]|\s[\u2014\u2013]\s|\b(?:but|while|whereas)\s")
_PERFECT = re.compile(
    r"\b(?:has|have|had|['\u2019]ve)\s+(?:(?:also|long|repeatedly|regularly|frequently|often|"
    r"already|continued\s+to|kept|been|seen|carried\s+out|launched|waged|staged|"
    r"conducted|held|mounted)\s+)*(?:[\w-]+\s+){0,4}$",
    re.I,
)
_PERFECT_AFTER = re.compile(
    r"(?:\s+[\w'\u2019()-]+){0,10}?\s+(?:has|have)\s+(?:(?:also|long|been|continued\s+to)\s+)*"
    r"[\w-]+\b",
    re.I,
)
"""The cue as the subject of a perfect verb ("Fighting between the army and rebels has
spread ..."): what follows says how long it has gone on."""
_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")
"""A day of the month: "since October 28" dates a running episode, not a long period."""
_SINCE = re.compile(r"\bsince\s+(?P<what>[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?)", re.I)
_LEADING_SINCE = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,3}?since\s+(?P<what>[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?)[^,;]*,", re.I
)
"""A period opening the sentence ("Since the start of the year, militants have ...")."""
_RECENT = re.compile(
    r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day|^(?:dawn|daybreak|midnight|morning|"
    r"yesterday|overnight|last\s+night|early|the\s+(?:morning|weekend|early|night|"
    r"evening|afternoon))\b",
    re.I,
)
_DURATION = re.compile(
    r"\b(?:for|over|in|during)\s+(?:the\s+(?:past|last)\s+|recent\s+)?(?:several\s+|many\s+|"
    r"two\s+|three\s+|\d+\s+)?(?:weeks|months|years|decades)\b|\b(?:recently|lately|"
    r"this\s+year|so\s+far\s+this\s+year)\b",
    re.I,
)
_HABITUAL = re.compile(
    r"\b(?:regularly|repeatedly|routinely|frequently|often|periodically|persistently|"
    r"stepped\s+up|intensified|escalated|ramped\s+up|increased|"
    r"almost\s+daily|on\s+a\s+daily\s+basis)\b",
    re.I,
)
_HABITUAL_BEFORE = re.compile(
    r"\b(?:repeated|recurr(?:ing|ent)|periodic|persistent|"
    r"(?:years|months|weeks|decades|a\s+spate|a\s+string)\s+of)"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_FREQUENCY = re.compile(
    r"\b(?:(?:every|each|per)\s+(?:year|month|week|decade)|annually|year\s+after\s+year)\b",
    re.I,
)
"""A rate ("kill hundreds every year", "are abducted each month"): a pattern, not one event."""
_TRIAL = re.compile(
    r"\b(?:sentenc(?:ed|es)|convict(?:ed|s)|acquitt(?:ed|s)|indict(?:ed|s)|jailed|"
    r"found\s+guilty|on\s+trial|charged\s+(?:\w+\s+){0,3}?with|"
    r"for\s+(?:their|his|her|its)\s+(?:alleged\s+)?(?:role|part|involvement)\s+in)\b",
    re.I,
)
_OFFENCE = re.compile(
    r"\b(?:wanted|accused|suspected|blamed|convicted|arrested|detained|jailed|held\s+responsible|"
    r"responsible)\s+(?:\w+\s+){0,2}?(?:for|of|over|in\s+connection\s+with)\s+"
    r"(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
"""An offence someone is wanted, accused or held for ("an alleged commander, wanted for
the kidnapping of a sailor", "suspected of the bombing"): an earlier event, named as the
reason, not a new one."""
_REMEMBRANCE = re.compile(
    r"\b(?:anniversary\s+of|commemorat\w+|memorial\s+(?:for|to|service)|in\s+memory\s+of|"
    r"funerals?\s+(?:of|for)|mourn(?:ed|ing|s)?|remember(?:ed|ing|s)?|"
    r"pa(?:y|ys|id|ying)\s+(?:tribute|homage)\s+to|investigat\w*\s+(?:into|of)|"
    r"(?:inquiry|probe|inquest)\s+into)\s+(?:[\w'’-]+\s+){0,4}$",
    re.I,
)
"""A remembrance or inquiry that governs the cue ("the anniversary of the massacre",
"funerals for those killed"), not one the event struck ("a bomber struck a funeral")."""
_SUMMARY = re.compile(
    r"\b(?:nationwide|countrywide|across\s+the\s+(?:country|nation)|"
    r"throughout\s+the\s+(?:country|nation)|in\s+(?:several|many|multiple|dozens\s+of|"
    r"various)\s+(?:cities|towns|provinces|regions|states))\b",
    re.I,
)
_LEADING_CAUSE = re.compile(r"\b(?:after|following|over|since|when|as)\b", re.I)
_CESSATION = re.compile(
    r"\b(?:an?\s+)?(?:end|halt|stop|pause)\s+to\s+(?:(?:the|all|its|their)\s+)?(?:[\w-]+\s+)?$|"
    r"(?<!not\s)(?<!n't\s)\b(?:halt(?:ed|s)?|suspend(?:ed|s)?|paus(?:ed|es)|ceas(?:ed|es)|"
    r"stopp(?:ed)|end(?:ed|s)|called\s+off)\s+(?:(?:its|their|his|her|the|all)\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.I,
)
_DENIAL = re.compile(
    r"\b(?:dismiss(?:ed|es)?|reject(?:ed|s)?|den(?:y|ied|ies))\s+(?:\w+\s+){0,4}?"
    r"(?:reports?|claims?|allegations?|accounts?)\s+(?:\w+\s+){0,6}$",
    re.I,
)
_CAUSE = re.compile(
    r"\b(?:after|following|angered\s+by|sparked\s+by|triggered\s+by|prompted\s+by|"
    r"in\s+(?:response|retaliation|reprisal|revenge)\s+(?:to|for))\s+(?:[^\s,;.]+\s+){0,8}$",
    re.I,
)
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
_MONTH_WORD = re.compile(_MONTHS)
_DIGIT = re.compile(r"\d")
_LONG_AFTER = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|several|many|some|\d+)\s+)?(?:months?|years?|"
    r"decades?)\s+(?:after|since)\s+(?:[\w'\u2019-]+\s+){0,6}$",
    re.I,
)
"""An event in a clause set months or years before the news ("months after a suicide
attack in Mastung killed 60"): the earlier event is recalled, not reported."""
_EARLIER = re.compile(
    r"(?:\b(?:the|a)\s+(?:[a-z-]+\s+)?(?-i:" + _MONTHS + r"|(?:19|20)\d\d)"
    r"|\blast\s+(?:year|month)['\u2019]s)\s+(?:[a-z-]+\s+)?$",
    re.I,
)
"""An event named by the month or year it happened in ("the June ambush", "the 2019
bombing", "last year's attack"): one the reader is reminded of, not news. A month with
a day ("the June 5 attack") dates a reported event and is left alone."""
_SEQUENCE_ANY = re.compile(
    r"\b(?:an?|one|two|three|four|five|six|\d+|several|hours|days|weeks|minutes|day|hour|week)"
    r"\s+(?:after|before|earlier|later)\b",
    re.I,
)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the clause around text[start:end]."""
    left = max(0, start - 160)
    last = _CLAUSE_START.match(text, left, start)
    cut = last.end() if last else left
    m = _CLAUSE_END.search(text, end, end + 200)
    return cut, m.start() if m else min(len(text), end + 200)


def _sentence_before(text: str, start: int) -> str:
    left = max(0, start - 240)
    last = _SENTENCE_START.match(text, left, start)
    return text[last.end() if last else left : start]


def background_frame(text: str, start: int, end: int) -> str | None:
    """Why the cue at text[start:end] is context rather than a reported event, or None.

    Parameters
    ----------
    text : str
        A sentence or document.
    start, end : int
        The cue's offsets in *text*.

    Returns
    -------
    str or None
        ``"ongoing"``, ``"habitual"``, ``"summary"``, ``"trial"``, ``"remembrance"``,
        ``"offence"``, ``"cessation"``, ``"denial"`` or ``"earlier"``;
        None for a cue that reports an event.
    """
    a, b = _clause(text, start, end)
    before, after = text[a:start], text[end:b]
    if _PERFECT.search(before):
        since = _SINCE.search(after) or _LEADING_SINCE.match(_sentence_before(text, start))
        if since and not _RECENT.match(since["what"]):
            return "ongoing"
        if _DURATION.search(after):
            return "ongoing"
    if (subject := _PERFECT_AFTER.match(after)) is not None:
        rest = after[subject.end() :]
        since = _SINCE.search(rest)
        period = since and not _RECENT.match(since["what"]) and not _DAY.search(since["what"])
        if period or _DURATION.search(rest):
            return "ongoing"  # "Fighting ... has spread across two states since March"
    if _HABITUAL.search(text[a:b]) and _PERFECT.search(before):
        return "habitual"
    if _HABITUAL_BEFORE.search(text[max(a, start - 40) : start]):
        return "habitual"
    if _FREQUENCY.search(text, a, b):
        return "habitual"  # "raids kill hundreds of people every year": a rate, no event
    sentence = _sentence_before(text, start)
    trial = _TRIAL.search(sentence)
    if trial and not _LEADING_CAUSE.search(sentence, 0, trial.start()):
        return "trial"  # not "after five men were sentenced, riots broke out"
    if _SUMMARY.search(text, a, b):
        return "summary"
    if _REMEMBRANCE.search(text, max(0, start - 60), start):
        return "remembrance"
    if _OFFENCE.search(text, max(0, start - 60), start):
        return "offence"
    if _CESSATION.search(text[max(a, start - 40) : start]):
        return "cessation"
    if _DENIAL.search(sentence):
        return "denial"
    window = text[max(a, start - 40) : start]
    if ("after" in window or "since" in window) and _LONG_AFTER.search(window):
        return "earlier"
    dated = _DIGIT.search(window) is not None or "last" in window.lower()
    if (dated or _MONTH_WORD.search(window)) and _EARLIER.search(window):
        return "earlier"
    return None


def cause_clause(text: str, start: int) -> bool:
    """True when the cue at *start* is in a clause giving a cause or antecedent.

    "Fighting broke out after one of the commanders was detained", "protesters angered
    by the arrest of a cleric", "in retaliation for last week's attack", "a week after
    clashes in the city": the cue names what came before the reported event. Such an
    event is an incident only where the text places it.
    """
    return _CAUSE.search(_sentence_before(text, start)) is not None


def sequence(text: str) -> bool:
    """True when *text* sets one event after another in time ("two days after",
    "hours before", "a week earlier"): the events are distinct, each with its date."""
    return _SEQUENCE_ANY.search(text) is not None


def summary(text: str) -> bool:
    """True for a sentence that sums up events over a country or many places
    ("in the protests nationwide", "across the country")."""
    return _SUMMARY.search(text) is not None
