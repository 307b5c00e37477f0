"""A sentence that dates the event just told: the same event, not another one.

Reports often give the day of their event in a sentence of its own, after the lead:
"The arrests were made on 12 and 13 October", "The attack took place late on Sunday",
"The raids were carried out between Monday and Wednesday". The definite noun points back
to the event already told; an ACLED coder codes one event, on the first day given, not a
second one at the same place.
"""

from __future__ import annotations

import re

__all__ = ["dates_told_event"]

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
