"""Places inside a group's proper name: the group's home or cause, never the event's place.

An armed or political group is often named after the country or region it fights for
("the Communist Party of Nepal", "the Democratic Forces for the Liberation of Rwanda",
"the Islamic Movement of Uzbekistan"). The country or region closing such a name says
who acted, not where: an attack by the People's Liberation Army of a country is coded
at the town it hit, or not at all when the text names no town the gazetteer knows.

The rule is narrow on purpose: a capitalised head noun of a group's name ("Front",
"Party", "Army", "Movement", ...), itself after at least one capitalised word of the
name, then "of" (and "the"), then a country or first-level region. A lower-case "the
army of Mali" or "a party of soldiers" is ordinary prose and keeps its place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .toponym import Precision, Toponym

__all__ = ["drop_group_names", "in_group_name"]

_HEADS = (
    "Front|Party|Army|Movement|Forces|Alliance|League|Organi[sz]ation|Brigades?"
    "|Liberation|Congress|Mujahideen"
)
_WORD = r"[A-Z][\w'\u2019-]*"
# the name ends at the place: one capitalised word or more, the head noun, "of (the)"
_NAME_BEFORE = re.compile(
    rf"(?:{_WORD}\s+)+(?:{_HEADS})\s+(?:for\s+the\s+(?:{_WORD}\s+)+)?of\s+(?:the\s+)?$"
)
_LOOK_BACK = 120


def in_group_name(text: str, toponym: Toponym) -> bool:
    """True when *toponym*, a country or first-level region, closes a group's name.

    >>> import re
    >>> bool(_NAME_BEFORE.search("militants of the People's Liberation Front of "))
    True
    >>> bool(_NAME_BEFORE.search("soldiers of the army of "))
    False
    """
    if toponym.precision < Precision.REGION:
        return False
    before = text[max(0, toponym.start - _LOOK_BACK) : toponym.start]
    return _NAME_BEFORE.search(before) is not None


def drop_group_names(toponyms: Sequence[Toponym], text: str) -> list[Toponym]:
    """*toponyms* without the countries and regions that only close a group's name."""
    return [t for t in toponyms if not in_group_name(text, t)]
