"""Places a report names only as the area holding an event's place.

ACLED codes one incident per event and location. News names the area an event happened
in beside its place ("near Elwak in Mandera county", "Rueso district in Narathiwat",
"Manipur's Jiribam district", "In neighbouring Katsina State, gunmen killed seven in
Faskari"); a headline often names only that area ("five police killed in Mandera
blast"). The area is context, not a second event location: an incident there that
reports the same event as one at the place it holds is dropped. A headline's region
also locates a place of the same event that the gazetteer lacks ("attack in Lac
province" / "overran a base near Baga Sola"): the name keeps its text and takes the
region's point, as near or part of it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace

from gazetteer.normalize import fold
from gazetteer.ranking import distance_km

from .incident import EventType, Incident
from .linking import NEAR_REGION_KM
from .toponym import Precision

__all__ = [
    "drop_holders",
    "holds",
    "locate_in_region",
    "restated_as_holder",
    "same_place_undated",
    "same_place_within_a_day",
    "with_tolls",
]

_ADMIN = (
    r"(?:state|province|county|district|region|governorate|prefecture|department|"
    r"division|oblast|municipality|local\s+government\s+area|LGA)"
)
_PART = (
    r"(?:district|sub-?district|area|village|town|locality|county|commune|tehsil|"
    r"township|neighbou?rhood|local\s+government\s+area|upazila|taluka|woreda|union)"
)
# "neighbouring Pattani province", "North Sinai", "the restive south-eastern Van province".
_QUALIFIERS = (
    r"(?:(?:neighbou?ring|restive|troubled|remote|the|(?:north|south|east|west|central|"
    r"upper|lower)(?:ern)?(?:-?(?:east|west)(?:ern)?)?)\s+)*"
)
_VAGUE = frozenset({EventType.BATTLES, EventType.VIOLENCE_AGAINST_CIVILIANS})


def holds(sentence: str, place: str, area: str) -> bool:
    """True when *sentence* names *area* as the area holding *place*.

    Parameters
    ----------
    sentence : str
        The sentence that reports the event.
    place : str
        The event's location text as written ("Elwak", "near Mpeketoni").
    area : str
        The name of a place that may hold it ("Mandera", "Katsina").

    Returns
    -------
    bool
        True for "*place* (district) in/of (neighbouring) *area* (county)", "*area*'s
        *place*" and a sentence opening "In (neighbouring) *area* State," before
        *place*.

    Examples
    --------
    >>> holds("It hit a car near Elwak in Mandera county.", "Elwak", "Mandera")
    True
    >>> holds("It hit a car in Elwak and in Mandera.", "Elwak", "Mandera")
    False
    """
    if not place or not area or place.casefold() == area.casefold():
        return False
    # The names vary by call, so they are matched as literals between fixed patterns
    # (compiling a pattern per pair of names cost more than the rest of the extractor).
    for m in _occurrences(sentence, place):
        joint = _PLACE_IN.match(sentence, m.end())
        if joint is not None and _named_after_qualifiers(sentence, joint.end(), area):
            return True
        seat = _SEAT_OF.match(sentence, m.end())
        if seat is not None and _named_after_qualifiers(sentence, seat.end(), area):
            return True  # "Zaki-Biam, the headquarters of Ukum local government area"
        # "Ramsu Bazar in Guimara upazila of Khagrachhari": one unit named between.
        between = _UNIT_BETWEEN.match(sentence, joint.end()) if joint is not None else None
        if between is not None and _named_after_qualifiers(sentence, between.end(), area):
            return True
        if _apposed_area(sentence, m.start(), m.end(), area):
            return True
    for m in _occurrences(sentence, area):
        owner = _OWNER.match(sentence, m.end())
        if owner is not None and _named_after_qualifiers(sentence, owner.end(), place):
            return True
    opening = _OPENING_IN.match(sentence)
    if opening is not None:
        for end in _after_qualifiers(sentence, opening.end(), area):
            unit = _UNIT_COMMA.match(sentence, end)
            if unit is not None and next(_occurrences(sentence, place, unit.end()), None):
                return True
    return False


_PLACE_IN = re.compile(rf"(?:\s+{_PART})?\s*,?\s+(?:in|of)\s+", re.I)
_PLACE_COMMA = re.compile(rf"(?:\s+(?P<part>{_PART}))?\s*,\s+", re.I)
# The area of "Bannang Sata district, Yala" ends the phrase; that of "Saravena, Arauca,
# near the border" is closed by a comma and a preposition or a time. A list goes on with
# another name or "and" ("Elwak, Mandera and Wajir", "Idlib, Damascus, and Latakia").
_AFTER_WORD = r"(?:near|on|in|at|along|close|late|early|last|this|overnight|during|when|where)\b"
_APPOSITION_END = re.compile(
    r"(?:\s+(?:province|region|state|department|county))?"
    r"(?:,\s+" + _AFTER_WORD + r"|\s+" + _AFTER_WORD + r")",
    re.I,
)
_PHRASE_END = re.compile(r"\s*(?:[.;:)]|$)")
_LIST_BEFORE = re.compile(r",\s*$")
_SEAT_OF = re.compile(
    r"\s*,\s+(?:the\s+)?(?:administrative\s+|provincial\s+|district\s+|state\s+)?"
    r"(?:headquarters|capital|seat|main\s+town|chief\s+town)\s+of\s+",
    re.I,
)
_UNIT_BETWEEN = re.compile(
    rf"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?\s+{_PART}\s*,?\s+(?:in|of)\s+"
)
_OWNER = re.compile(r"(?:'s|\u2019s)\s+", re.I)
_OPENING_IN = re.compile(r"^\W*in\s+", re.I)
_UNIT_COMMA = re.compile(rf"\s+{_ADMIN}\s*,", re.I)
_QUALIFIER = re.compile(
    r"(?:neighbou?ring|restive|troubled|remote|the|(?:north|south|east|west|central|"
    r"upper|lower)(?:ern)?(?:-?(?:east|west)(?:ern)?)?|"
    # a country owning the area: "Klintsy, in Russia's Bryansk region"
    r"(?-i:[A-Z])[\w-]+(?:'s|\u2019s))\s+",
    re.I,
)


def _apposed_area(sentence: str, start: int, end: int, area: str) -> bool:
    """True when *area* follows the place at ``sentence[start:end]`` after a bare comma,
    as the last name of its phrase: "Bannang Sata district, Yala.", "Saravena, Arauca,
    near the border", the way a dateline or an address names the area holding a town.
    A place that is itself a later item of a list ("Tal Tamr, Ayn Issa, Ras al-Ayn") is
    not read so."""
    comma = _PLACE_COMMA.match(sentence, end)
    if comma is None or _LIST_BEFORE.search(sentence, 0, start) is not None:
        return False
    area_end = comma.end() + len(area)
    if sentence[comma.end() : area_end].casefold() != area.casefold():
        return False
    if _APPOSITION_END.match(sentence, area_end) is not None:
        return True
    return comma.group("part") is not None and _PHRASE_END.match(sentence, area_end) is not None


def _occurrences(text: str, name: str, start: int = 0) -> Iterator[re.Match[str]]:
    """Where *name* is written in *text* from *start* on, as whole words, in any case."""
    return re.compile(rf"\b{re.escape(name)}\b", re.I).finditer(text, start)


def _after_qualifiers(text: str, at: int, name: str) -> Iterator[int]:
    """Where *name* ends when it is written at *at* after any run of qualifiers
    ("neighbouring", "the", "North"), as a whole word: the qualifiers may also begin
    the name ("North Sinai")."""
    pos = at
    while True:
        end = pos + len(name)
        if text[pos:end].casefold() == name.casefold() and (
            end == len(text) or not (text[end].isalnum() or text[end] == "_")
        ):
            yield end
        q = _QUALIFIER.match(text, pos)
        if q is None:
            return
        pos = q.end()


def _named_after_qualifiers(text: str, at: int, name: str) -> bool:
    """True when *name* is written at *at*, after any run of qualifiers."""
    return next(_after_qualifiers(text, at, name), None) is not None


def _same_event(a: Incident, b: Incident) -> bool:
    """True when *a* and *b* can report one event: the same type, or a clash and an
    attack on civilians (a report names an attack vaguely), within a day."""
    if a.event_type is not b.event_type and not {a.event_type, b.event_type} <= _VAGUE:
        return False
    if a.event_date is None or b.event_date is None:
        return True
    return abs((a.event_date - b.event_date).days) <= 1


_FACILITY = r"(?:airport|air\s*base|airbase|airfield|port|seaport|harbou?r|railway\s+station)"


def _bare(location: str) -> str:
    """A location's name without "the" and a trailing kind of area or a town's facility
    named after it: "Kalbajar district" and "Kalbajar", "Kassala airport" and "the
    airport in Kassala" are one name in one report."""
    return re.sub(
        rf"^the\s+|\s+(?:{_ADMIN}|{_FACILITY})$", "", location.strip(), flags=re.I
    ).casefold()


def same_place_within_a_day(head: Incident, body: Incident) -> bool:
    """True when *body* reports *head*'s event at the same named place: the same type
    (or a clash and an attack on civilians) within a day, since a headline seldom
    dates its event and takes the lead's first date ("grenade hurled at Cotabato
    store" / "lobbed a grenade at a store in Cotabato City late Monday")."""
    same = (head.place_id is not None and head.place_id == body.place_id) or (
        _bare(head.location) == _bare(body.location) != ""
    )
    return same and head.latitude is not None and _same_event(head, body)


_PUBLICATION_RELATIVE = frozenset({"overnight", "today", "tonight", "this morning"})
"""Headline date words that only restate the publication day."""


def same_place_undated(head: Incident, body: Incident) -> bool:
    """True when *body* reports *head*'s event at the same named place and the headline
    gives no date of its own: its day is only the publication's, so the body's day is
    the event's however far apart they are ("bomber strikes police station in Bannu" /
    "rammed the police station in Bannu district late on Monday", published Wednesday),
    and so is a day the headline took from another sentence.
    """
    same = (head.place_id is not None and head.place_id == body.place_id) or (
        _bare(head.location) == _bare(body.location) != ""
    )
    kinds = head.event_type is body.event_type or {head.event_type, body.event_type} <= _VAGUE
    # a day read from another sentence (the lead's "at the weekend") is not the headline's
    day = head.evidence_for("event_date")
    own_day = day is not None and head.evidence.start <= day.start < head.evidence.end
    # "overnight", "today", "tonight" in a headline only point at the publication, which
    # a wire headline keeps using a day or two on: they name no day of their own
    own_day = own_day and fold(day.text).strip() not in _PUBLICATION_RELATIVE
    return same and kinds and head.latitude is not None and not own_day


def restated_as_holder(head: Incident, body: Incident) -> bool:
    """True when *body*'s sentence names the place of the headline's incident *head* as
    the area holding *body*'s place: the headline named the event by its area ("five
    police killed in Mandera blast" / "near Elwak in Mandera county"). The two must
    read as one event, or give one toll on one day."""
    # "southern Kaduna" in the headline is held as "Kaduna State" in the body
    area = re.sub("^" + _QUALIFIERS, "", head.location, flags=re.I)
    if not holds(body.evidence.text, body.location, area):
        return False
    # The same toll is the same event, however each names it ("three killed in X
    # violence" / "three were killed when mobs clashed at Y in Z upazila of X").
    tolled = head.fatalities is not None and head.fatalities == body.fatalities
    return _same_event(head, body) or (tolled and head.event_date == body.event_date)


def drop_holders(
    incidents: list[Incident],
    combine: Callable[[Incident, Incident], Incident] | None = None,
) -> list[Incident]:
    """Drop an incident whose place its own sentence names as holding the place of
    another incident of the same event ("a bomb exploded in Rueso district in
    Narathiwat": one bombing, at Rueso district).

    Parameters
    ----------
    incidents : list of Incident
        One document's incidents.
    combine : callable, optional
        ``combine(kept, dropped)`` gives the kept incident what only the dropped one
        knew (a perpetrator, say); by default it takes the dropped one's tolls where it
        has none.

    Returns
    -------
    list of Incident
    """
    kept = list(incidents)
    countries = Counter(i.country_code for i in incidents)
    for area in incidents:
        inner = [
            o
            for o in kept
            if o is not area
            and o.evidence == area.evidence
            and o.event_type is area.event_type
            and o.latitude is not None
            and holds(o.evidence.text, o.location, area.location)
        ]
        if not inner:
            continue
        kept.remove(area)
        target = inner[0]
        placed = _inside_of(target, area, countries)
        kept[kept.index(target)] = (combine or with_tolls)(placed, area)
    return kept


def _inside_of(place: Incident, area: Incident, countries: Counter[str | None]) -> Incident:
    """*place* as the text puts it, inside *area*: unchanged when its point is in the
    area's country and near it; else one of the two readings is a namesake elsewhere.
    The one in the country more of the document's incidents lie in is right: a *place*
    abroad ("the Gara area of Duhok province" read as a Gara in Hungary) takes the
    area's point, as near or part of it (at country precision inside a country); an
    *area* abroad ("near Batibo, in Momo division" read as a Momo in Italy) is dropped
    and *place* kept as it is."""
    if place.country_code != area.country_code and (
        countries[place.country_code] > countries[area.country_code]
    ):
        return place
    if (
        place.country_code == area.country_code
        and None not in (place.latitude, place.longitude, area.latitude, area.longitude)
        and distance_km(place.latitude, place.longitude, area.latitude, area.longitude)
        <= NEAR_REGION_KM
    ):
        return place
    return _placed_in(place, area)


def _placed_in(inc: Incident, area: Incident) -> Incident:
    """*inc*, keeping its location text, at *area*'s point: near or part of it (precision
    2), or at country precision when *area* is a country."""
    return replace(
        inc,
        place_id=area.place_id,
        place_name=area.place_name,
        country=area.country,
        country_code=area.country_code,
        admin1=area.admin1,
        latitude=area.latitude,
        longitude=area.longitude,
        geo_precision=(
            Precision.COUNTRY if area.geo_precision is Precision.COUNTRY else Precision.NEAR
        ),
    )


def with_tolls(kept: Incident, dropped: Incident) -> Incident:
    """*kept* with *dropped*'s fatalities and injuries where it has none (one event told
    at two places)."""
    moved = {
        f: getattr(dropped, f)
        for f in ("fatalities", "injuries")
        if getattr(kept, f) is None and getattr(dropped, f) is not None
    }
    return replace(kept, **moved) if moved else kept


def locate_in_region(incidents: list[Incident], headline_end: int) -> list[Incident]:
    """Place stand-ins for places the gazetteer lacks in the region that their own
    sentence or the headline gives for the same event.

    A stand-in is an incident at country precision whose location text is not the
    country's name ("Baga Sola" at Chad's point). When the headline or the stand-in's
    own sentence reports the same event in a region of that country ("attack on army
    base in Lac province" / "overran a base near Baga Sola"; "retook the town of X after
    fighting in North Kivu"), the stand-in takes the region's point at precision 2 (near
    or part of it), keeping its own name; the region's incident, now restating it, is
    left to be dropped as coarse.
    """
    regions = [
        r for r in incidents if r.geo_precision is Precision.REGION and r.latitude is not None
    ]
    if not regions:
        return incidents
    out = []
    for inc in incidents:
        region = None
        if inc.geo_precision is Precision.COUNTRY and inc.location.casefold() not in (
            "",
            (inc.country or "").casefold(),
        ):
            region = next(
                (
                    r
                    for r in regions
                    if (r.evidence == inc.evidence or r.evidence.start < headline_end)
                    and r.country_code == inc.country_code
                    and _same_event(r, inc)
                ),
                None,
            )
        out.append(inc if region is None else _placed_in(inc, region))
    return out
