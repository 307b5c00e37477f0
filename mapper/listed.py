"""Places the gazetteer lacks, listed with a place it knows ("shelled Kfar Kila and
neighbouring Odaisseh", "raids on Gao, Ber and Tinfina").

News lists the villages an attack struck, and a small village in such a list is often
missing from the gazetteer while its neighbour is there. A capitalised name joined to a
known event place by "and" or a comma, and ending where a place name ends (before a
date, a clause or punctuation), is another place of the same event. It is mapped at the
known place's point as "near or part of" it (precision 2), as ACLED codes an unknown
village at the nearest known place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .actors import ActorLexicon
from .lexicon import NOT_PLACES, VILLAGE_UNITS, group_word
from .toponym import Precision, Toponym
from .units import UNIT

__all__ = ["AREA_AFTER", "held_in", "in_list", "listed_after", "listed_before"]

_WORD = (
    r"(?:[A-Z][\w'\u2019]*(?:-[\w'\u2019]+)*|(?:al|el|ad|ar|as|ash|at|az|an)-[A-Z][\w'\u2019-]*)"
)
AREA_AFTER = rf"(?:\s+(?:countryside|city|town|village|area|suburbs?|outskirts|camp|state|{UNIT}))?"
"""The area noun a text may put after a place before listing the next one ("Aleppo
countryside and al-Raqqa city", "Djugu territory and Irumu")."""
_LISTED = re.compile(
    AREA_AFTER + r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)"
    r"(?:(?:the\s+)?(?:neighbou?ring|nearby|adjacent|nearby)\s+)?"
    rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}})"
    r"(?=\s*(?:[,.;:)\u2014\u2013]|$)|\s+(?:on|in|at|near|overnight|early|late|during|and|as|"
    r"after|before|while|killing|wounding|injuring|leaving|villages|towns)\b)"
)


_BEFORE = re.compile(
    r"\b(?:in|at|near|on|of|attacked|raided|struck|shelled|bombed|stormed|hit|targeted|"
    r"villages|towns)\s+"
    rf"(?P<names>{_WORD}(?:\s+{_WORD}){{0,2}}(?:\s*,\s*{_WORD}(?:\s+{_WORD}){{0,2}})*)"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)$"
)
_NAME_IN_LIST = re.compile(rf"{_WORD}(?:\s+{_WORD}){{0,2}}")


def _not_a_name(name: str) -> bool:
    words = name.lower().split()
    return (
        words[0] in NOT_PLACES
        or group_word(words[0])
        # "Barangay Tabuc, Iloilo City": a unit of the town beside it, not a list's item
        or (len(words) > 1 and words[0] in VILLAGE_UNITS)
        or (name.isupper() and len(name) <= 5)  # "UN", "SDF": organisations
    )


def listed_after(text: str, place: Toponym, places: Sequence[Toponym]) -> list[Toponym]:
    """The names the gazetteer lacks listed right after *place*, at its point.

    Parameters
    ----------
    text : str
        The whole document.
    place : Toponym
        A resolved event place below region precision.
    places : sequence of Toponym
        The sentence's toponyms: a name overlapping one of them is no unknown place.

    Returns
    -------
    list of Toponym
        Each listed name, "near" *place* (precision 2, its candidate and point).
    """
    if place.candidate is None or place.precision >= Precision.REGION:
        return []
    out: list[Toponym] = []
    end = place.end
    while (m := _LISTED.match(text, end)) is not None:
        start, stop = m.start("name"), m.end("name")
        if any(p.start < stop and start < p.end for p in places):
            break  # a known place: linked on its own
        name = m.group("name")
        if _not_a_name(name):
            break
        out.append(
            replace(
                place,
                start=start,
                end=stop,
                text=name,
                name=name,
                alternatives=(),
                precision=max(place.precision, Precision.NEAR),
            )
        )
        end = stop
    return out


def in_list(text: str, start: int) -> bool:
    """True when the place starting at *start* ends a list of names after a locative
    word ("shelled Odaisseh, Markaba and Kfar Kila"): it is an event place as they are."""
    return _ends_list(text, start) and _BEFORE.search(text, max(0, start - 120), start) is not None


def _ends_list(text: str, start: int) -> bool:
    """A cheap test first: a list's last item follows ", " or " and "."""
    head = text[max(0, start - 6) : start]
    return head.endswith((", ", " and ", ",and "))


def listed_before(text: str, place: Toponym, places: Sequence[Toponym]) -> list[Toponym]:
    """Like :func:`listed_after`, for names listed before *place* after a locative word
    ("raided Kankara, Dandume and Funtua": Kankara and Dandume, when unknown)."""
    if place.candidate is None or place.precision >= Precision.REGION:
        return []
    start = place.end - len(place.name)
    if not _ends_list(text, start):
        return []
    m = _BEFORE.search(text, max(0, start - 120), start)
    if m is None:
        return []
    out: list[Toponym] = []
    for n in _NAME_IN_LIST.finditer(text, m.start("names"), m.end("names")):
        a, b = n.start(), n.end()
        if any(p.start < b and a < p.end for p in places) or _not_a_name(n.group()):
            return []  # a known place or an actor in the list: leave the list alone
        out.append(
            replace(
                place,
                start=a,
                end=b,
                text=n.group(),
                name=n.group(),
                alternatives=(),
                precision=max(place.precision, Precision.NEAR),
            )
        )
    return out


_HELD = re.compile(
    r"\b(?:in|at|near|attacked|raided|struck|shelled|bombed|stormed|hit|targeted|seized|"
    r"captured|retook|recaptured|overran|entered)\s+"
    r"(?:the\s+(?:village|town|hamlet|settlement|community|district)\s+of\s+)?"
    rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}})"
    r"(?:\s+(?:village|town|hamlet|community|area|district))?,?\s+in\s+(?:the\s+)?$"
)


def held_in(text: str, place: Toponym, places: Sequence[Toponym]) -> list[Toponym]:
    """The name the gazetteer lacks that the text puts in *place* after a locative word
    ("hit Kwanar Dutse in Niger State", "in the village of X in Y"), at *place*'s point.

    Parameters
    ----------
    text : str
        The whole document.
    place : Toponym
        A resolved event place, a town or a region.
    places : sequence of Toponym
        The sentence's toponyms: a name overlapping one of them is no unknown place.

    Returns
    -------
    list of Toponym
        The held name "near" *place* (precision 2), or nothing.
    """
    if place.candidate is None or place.precision > Precision.REGION:
        return []
    start = place.end - len(place.name)
    if text[max(0, start - 4) : start] != " in " and not text[:start].endswith(" in the "):
        return []  # a cheap test first
    m = _HELD.search(text, max(0, start - 100), start)
    if m is None:
        return []
    a, b = m.start("name"), m.end("name")
    name = m.group("name")
    if (
        any(p.start < b and a < p.end for p in places)
        or _not_a_name(name)
        or ActorLexicon.default().find(name)  # "attacked Boko Haram in Borno": who, not where
    ):
        return []
    return [
        replace(
            place,
            start=a,
            end=b,
            text=name,
            name=name,
            alternatives=(),
            precision=Precision.NEAR,
        )
    ]
