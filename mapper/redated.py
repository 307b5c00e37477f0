"""A sentence that dates the event just told: the same event, not another one.

Reports often give the day of their event in a sentence of its own, after the lead:
"The arrests were made on 12 and 13 October", "The attack took place late on Sunday",
"The raids were carried out between Monday and Wednesday". The definite noun points back
to the event already told; an ACLED coder codes one event, on the first day given, not a
second one at the same place. The sentence's day replaces the incident's date when it is
earlier, or when it is finer: "protests ... this month" in the lead and "The arrests were
made on Sunday" after it date the arrests to Sunday, not to the first of the month.
"""

from __future__ import annotations

import re

from .dates import DateMention
from .incident import DatePrecision, Incident

__all__ = ["dates_told_event", "refines"]

# Days a vaguer date covers from its first day: a finer day outside it is another time.
_SPAN = {DatePrecision.WEEK: 7, DatePrecision.MONTH: 31, DatePrecision.YEAR: 366}

_BACK = re.compile(
    r"^\W*(?:the|these|those|both|all\s+(?:the|of\s+the))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:arrests|detentions|raids?|attacks?|killings?|murders?|abductions?|kidnappings?|"
    r"clashes|shootings?|bombings?|explosions?|blasts?|ambush(?:es)?|assaults?|strikes?|"
    r"operations?|incidents?|protests?|riots?)\s+"
    r"(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?"
    r"(?:made|carried\s+out|conducted|staged|launched|took\s+place|happened|occurred|"
    r"began|started)\s+"
    r"(?=(?:on|between|over|late|early|in\s+the\s+(?:early|small)\s+hours|overnight|"
    r"last|at\s+(?:dawn|night|around|about))\b)",
    re.I,
)


def dates_told_event(sentence: str) -> bool:
    """True when *sentence* opens by dating an event already told ("The arrests were made
    on 12 and 13 October", "The attack took place late on Sunday").

    Parameters
    ----------
    sentence : str
        One sentence of a report.

    Returns
    -------
    bool

    Examples
    --------
    >>> dates_told_event("The arrests were made on 12 and 13 October, it said.")
    True
    >>> dates_told_event("Police made more arrests on Sunday in Mahabad.")
    False
    """
    return _BACK.match(sentence) is not None


def refines(incident: Incident, day: DateMention) -> bool:
    """True when *day* should replace the date of *incident*: it is earlier, or it is told
    more precisely (a day against the lead's week or month).

    Parameters
    ----------
    incident : Incident
        The incident just coded, with a date.
    day : DateMention
        The first resolved date of the sentence that dates it.

    Returns
    -------
    bool
        False for a finer day outside the vaguer period ("in March", then "on 5 April").
    """
    if incident.event_date is None or day.value is None:
        return day.value is not None
    if day.value < incident.event_date:
        return True
    told, had = day.precision, incident.date_precision
    if told is None or had is None or told.acled >= had.acled:
        return False
    return (day.value - incident.event_date).days < _SPAN[had]  # inside the vaguer period
