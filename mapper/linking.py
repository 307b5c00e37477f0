"""Which places in a sentence are where an event happened.

A place is an event location when it sits in the event's clause with a locative cue
before it ("in", "at", "near", "on", "outside", "the town of", a strike verb such as
"shelled" or "hit"), is coordinated with such a place ("in Jurf al-Sakhr and Al-Qaim"),
or modifies the event noun ("the Mosul bombing"). Places in political or diplomatic
frames ("talks in Doha", "the war on Gaza", "support for Israel", "Iraq's parliament",
"an Aleppo-based monitor") are not. Each place goes to the nearest event cue before it,
or, for a place that opens the sentence or a comma clause ("In Mosul, ..."), to the
first cue after it. A place inside the subject ("Police in Mandalay fired at
protesters") is used only when the event names no place after it ("Government forces in
Idlib shelled Kafr Nabl" places the shelling in Kafr Nabl only). A country or region
is kept only when the event has no finer place inside it; a place whose only
candidates lie outside the region named right after it ("near Laiza in Kachin State")
keeps its name, at the region's point. An event "backed by" or
"accompanied by" another ("a raid on Jenin, backed by drone strikes"), or going on
"amid" it ("clashes in Talbiseh amid heavy shelling"), shares its places.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .events import EventMention
from .toponym import Precision, Toponym

__all__ = ["SUPPORTED_BY", "background", "link_places"]

_DESCRIPTOR = (
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+|two\s+|three\s+|several\s+|"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+|"
    r"(?:rural|eastern|western|northern|southern)\s+|"
    r"nearby\s+|(?:town|city|village|settlement|district|province|governorate|region|"
    r"area|camp|neighbou?rhood|countryside|outskirts|suburbs?|vicinity|edges?|parts?|"
    r"sites?|targets?|positions?|bases?|outposts?|checkpoints?|homes?|houses?|areas?|"
    r"middle|centre|center|heart|both|cities|towns|villages|sections?|quarters?|fronts?|capital|"
    r"parts|outskirts)\s+(?:of\s+|in\s+|near\s+)?|[A-Z][\w-]*(?:'s|\u2019s)\s+)*"
)
_LOCATIVE = re.compile(
    r"\b(?:(?:in|at|near|on|off|outside|inside|into|around|across|along|over|towards?|"
    r"through|throughout|within|between|targeting|targeted|targets?|struck|strikes?\s+on|hit|hitting|"
    r"shelled|shelling|shell|shells|bomb|bombs|bombed|bombing|pounded|pound|attacked|"
    r"attacks?\s+on|stormed|seized|captured|taken|took|overrun|control\s+of|"
    r"recaptured|retook|entered|overran|besieged|raided|of|against))\s+" + _DESCRIPTOR + r"$",
    re.I,
)
_OF_NEEDS = re.compile(
    r"\b(?:town|city|village|district|province|governorate|region|area|camp|"
    r"neighbou?rhood|countryside|outskirts|suburbs?|vicinity|edges?|parts?|north|south|"
    r"east|west|northeast|northwest|southeast|southwest|sections?|quarters?|fronts?)\s+of\s+"
    r"(?:the\s+)?$",
    re.I,
)
_POLITICAL = re.compile(
    r"\b(?:war|conflict|support|aid|sanctions|ties|relations|policy|stance|ambassador|"
    r"envoy|visit|trip|talks|negotiations|summit|conference|meeting|"
    r"government|elections?|vote|statement|officials?|sources?|correspondents?|reporters?|"
    r"based|hosted|met|said|told|announced|returned|fled|travel(?:l?ed)?|flew|invasion|"
    r"occupation|refugees\s+from|spokesm[ae]n|minister|president|offensive|ceasefire|"
    r"truce|peace|solidarity|independence|freedom|justice|rights)\s+"
    r"(?:in|at|on|to|for|with|against|of|into|from)\s+(?:the\s+)?$",
    re.I,
)
_COORDINATED = re.compile(
    r"^\s*(?:,\s*)?(?:and|or|as\s+well\s+as|&)?\s*(?:in|at|near|on)?\s*" + _DESCRIPTOR + r"$",
    re.I,
)
_NOT_AFTER = re.compile(
    r"^(?:-based|\s*(?:'s|\u2019s)\s+(?!(?:[\w-]+\s+)?(?:outskirts|countryside|suburbs|"
    r"neighbou?rhoods?|villages|towns|districts|old\s+city|centre|center)))"
)
_CLAUSE = re.compile(
    r";|\b(?:said|according\s+to|while|whereas|agreed|signed|brokered|despite|amid|since|"
    r"after|before|following)\b",
    re.I,
)
_LEADING = re.compile(
    r"(?:^|[,:\u2014\u2013-])\s*(?:in|at|near|outside|inside|on|around)\s+" + _DESCRIPTOR + r"$",
    re.I,
)
SUPPORTED_BY = re.compile(
    r"\b(?:backed|supported|accompanied|covered|preceded)\s+by\s+(?:\w+\s+){0,2}$", re.I
)
_AMID = re.compile(r"\bamid\s+(?:[\w-]+\s+){0,2}$", re.I)
_EVENT_OF = re.compile(r"^\s+of\s+(?:the\s+)?$", re.I)
_IN_CONTAINER = re.compile(r"^\s*(?:,|in|of)\s*(?:the\s+)?$", re.I)


def background(text: str, sentence_start: int, place: Toponym) -> bool:
    """True for a place in a political frame or naming an actor's home.

    "support for Israel", "talks in Doha", "Iraq's parliament", "an Aleppo-based monitor".
    """
    before = text[max(sentence_start, place.start - 80) : place.start]
    return bool(_POLITICAL.search(before)) or bool(
        _NOT_AFTER.match(text[place.end : place.end + 40])
    )


def _locative(before: str) -> bool:
    """True when the words before a place mark it as where something happened."""
    tail = before[-80:]
    if _POLITICAL.search(tail):
        return False
    m = _LOCATIVE.search(tail)
    if not m:
        return False
    return not (m.group(0)[:2].lower() == "of" and not _OF_NEEDS.search(tail))


def _modifier(text: str, place: Toponym, event: EventMention) -> bool:
    """True for "the Mosul bombing": a town or region right before the event noun.

    Countries are left out: "US strikes" and "Russian shelling" name who, not where.
    """
    if place.precision is Precision.COUNTRY:
        return False
    if not re.search(r"\b(?:the|a|an)\s+$", text[max(0, place.start - 6) : place.start], re.I):
        return False
    gap = text[place.end : event.start]
    return event.start >= place.end and re.fullmatch(r"\s+(?:[a-z-]+\s+)?", gap) is not None


def _prefix(place: Toponym) -> str:
    """The relative words the geoparser took into a toponym ("near ", "20 km south of ")."""
    return (
        place.text[: len(place.text) - len(place.name)] if place.text.endswith(place.name) else ""
    )


def _reconcile(place: Toponym, container: Toponym) -> Toponym:
    """*place* re-resolved inside *container* ("Laiza in Kachin State") when it was not.

    When the chosen place lies in another country than the region or country named right
    after it, the first runner-up in that country replaces it. Without one, the gazetteer
    lacks the place: its name stays the location text, at the container's point and
    precision ("near Laiza in Kachin State" is Laiza, placed at Kachin State).
    """
    if place.candidate is None or container.candidate is None:
        return place
    code = container.candidate.place.country_code
    if container.precision < Precision.REGION or place.candidate.place.country_code == code:
        return place
    for alt in place.alternatives:
        if alt.place.country_code == code:
            return replace(
                place, candidate=alt, latitude=alt.place.latitude, longitude=alt.place.longitude
            )
    return replace(
        container,
        start=place.end - len(place.name),
        end=place.end,
        text=place.name,
        name=place.name,
        alternatives=(),
    )


def _finer_inside(coarse: Toponym, fine: Toponym) -> bool:
    """True when *fine* is a more precise place within *coarse*'s country or region."""
    if coarse.candidate is None or fine.candidate is None or fine.precision >= coarse.precision:
        return False
    cp, fp = coarse.candidate.place, fine.candidate.place
    if cp.country_code != fp.country_code:
        return False
    if coarse.precision is Precision.COUNTRY:
        return True
    return cp.admin1_code is None or cp.admin1_code == fp.admin1_code


def _same(a: Toponym, b: Toponym) -> bool:
    """True when two toponyms resolve to the same place."""
    return (
        a.candidate is not None
        and b.candidate is not None
        and (a.candidate.place.id == b.candidate.place.id)
    )


def link_places(
    text: str,
    sentence_start: int,
    events: Sequence[EventMention],
    places: Sequence[Toponym],
) -> list[list[Toponym]]:
    """The event locations of each event in one sentence.

    Parameters
    ----------
    text : str
        The whole document (offsets of *events* and *places* point into it).
    sentence_start : int
        Where the sentence starts in *text*.
    events : sequence of EventMention
        The sentence's events, in text order.
    places : sequence of Toponym
        The sentence's resolved toponyms, in text order.

    Returns
    -------
    list of list of Toponym
        One list per event (same order), possibly empty.
    """
    linked: list[list[Toponym]] = [[] for _ in events]
    if not events:
        return linked
    checked: list[Toponym] = []
    for j, place in enumerate(places):
        nxt = places[j + 1] if j + 1 < len(places) else None
        if nxt is not None and _IN_CONTAINER.match(text[place.end : nxt.start]):
            place = _reconcile(place, nxt)
        checked.append(place)
    places = checked
    previous: Toponym | None = None
    fallback: list[tuple[int, Toponym]] = []
    for place in places:
        before = text[sentence_start : place.start] + _prefix(place)
        after = text[place.end : place.end + 40]
        owner = None
        if _NOT_AFTER.match(after):
            previous = None
            continue
        coordinated = previous is not None and _COORDINATED.match(text[previous.end : place.start])
        modifies = [i for i, e in enumerate(events) if _modifier(text, place, e)]
        if modifies:
            owner = modifies[0]
        elif (
            coordinated
            or _locative(before)
            or any(_EVENT_OF.match(text[e.end : place.start]) for e in events)
        ):
            preceding = [i for i, e in enumerate(events) if e.end <= place.start]
            if preceding:
                i = preceding[-1]
                if not _CLAUSE.search(text[events[i].end : place.start]):
                    owner = i
            else:
                following = [i for i, e in enumerate(events) if e.start >= place.end]
                if following and not _CLAUSE.search(text[place.end : events[following[0]].start]):
                    if coordinated or _LEADING.search(before):
                        owner = following[0]
                    else:
                        # "Police in Mandalay fired at protesters": the actor's place,
                        # used only if the event names no place of its own.
                        fallback.append((following[0], place))
        if owner is None:
            previous = None
            continue
        previous = place
        if all(_same(p, place) is False for p in linked[owner]):
            linked[owner].append(place)
    for owner, place in fallback:
        if not linked[owner]:
            linked[owner].append(place)
    for i in range(1, len(events)):
        # "a raid on Jenin, backed by drone strikes", "clashes in Talbiseh amid
        # shelling": the support shares the places.
        j = i - 1
        if not linked[i] and linked[j] and events[i].event_type != events[j].event_type:
            gap = text[events[j].end : events[i].start]
            if SUPPORTED_BY.search(gap) or _AMID.search(gap):
                linked[i] = list(linked[j])
    return [[p for p in group if not any(_finer_inside(p, q) for q in group)] for group in linked]
