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
from itertools import pairwise

from gazetteer import Candidate
from gazetteer.ranking import distance_km

from .events import EventMention
from .incident import EventType
from .listed import AREA_AFTER, held_in, in_list, listed_after, listed_before
from .namedregion import region_after_comma
from .nonevent import (
    acting_country,
    border,
    grievance_object,
    group_name,
    landmark,
    measured_from,
    natural_feature,
    protested_body,
    road_end,
    sea_coast,
    speaker_seat,
    water_body,
)
from .terrain import WILD_GROUND
from .toponym import Precision, Toponym

__all__ = [
    "APPOSITION",
    "CLOSE_KM",
    "NEAR_REGION_KM",
    "REFERENCE",
    "SUPPORTED_BY",
    "background",
    "headline_clause",
    "inside",
    "link_places",
]

_DESCRIPTOR = (
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+|two\s+|three\s+|several\s+|"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+|"
    r"(?:rural|eastern|western|northern|southern|nearby|neighbou?ring|adjacent|surrounding|"
    r"residential|populated)\s+|"
    r"(?:town|city|village|district|province|governorate|region|area|camp|"
    r"neighbou?rhoods?|countryside|outskirts|suburbs?|vicinity|edges?|parts?|"
    r"settlements?|hamlets?|municipality|commune|township|streets|"
    r"sites?|targets?|positions?|bases?|outposts?|checkpoints?|homes?|houses?|areas?|"
    r"middle|centre|center|heart|both|cities|towns|villages|sections?|quarters?|fronts?|capital|"
    r"parts|outskirts|"
    # "in the hinterlands of X", "the forest area of X": the wild ground around a town
    rf"{WILD_GROUND})\s+(?:of\s+|in\s+|near\s+)?|"
    # "the state capital, Loikaw": a descriptive noun, then the name in apposition.
    r"(?:state|provincial|regional|district|county|departmental)\s+(?:capital|seat),\s+|"
    # "at the entrance to X", "at the gates of X": the edge of the town is the town
    r"(?:entrance|entry|gates?|approach(?:es)?)\s+(?:to|of)\s+|"
    r"(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*(?:'s|\u2019s)\s+)*"
)
_LOCATIVE = re.compile(
    r"\b(?:(?:in|at|near|on|off|outside|inside|into|around|across|along|over|towards?|through|"
    r"throughout|within|between|targeting|targeted|targets?|struck|strikes?\s+on|hits?|hitting|"
    r"shelled|shelling|shell|shells|bomb|bombs|bombed|bombing|pounded|pound|attacked|"
    r"attacks?\s+on|stormed|seized|captured|taken|took|overrun|control\s+of|"
    r"recaptured|retook|entered|overran|besieged|raided|of|against|"
    # "a blast rocked X", "explosions shook X": the place an explosion shakes
    r"rock(?:s|ed)|shook|shakes?|jolt(?:s|ed)))\s+" + _DESCRIPTOR + r"$",
    re.I,
)
_OF_NEEDS = re.compile(
    r"\b(?:town|city|village|district|province|governorate|region|areas?|camp|"
    r"neighbou?rhoods?|countryside|outskirts|suburbs?|vicinity|edges?|parts?|north|south|"
    r"east|west|northeast|northwest|southeast|southwest|sections?|quarters?|fronts?|port|"
    r"settlement|hamlet|oasis|island|municipality|commune|township)\s+of\s+" + _DESCRIPTOR + "$",
    re.I,
)
_CLASSIFIER = re.compile(
    r"^\s+(?:[a-z-]+\s+)?(?:port|town|city|village|district|capital|hub|oasis|island|"
    r"settlement|stronghold|border\s+town|border\s+city)\s+of\s+(?:the\s+)?$"
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
# Where the wounded were taken or treated is no event place ("rushed to a hospital in X",
# "died of his wounds in hospital in X").
_CARED_FOR = re.compile(
    r"\b(?:taken|rushed|brought|transferred|evacuated|airlifted|flown|admitted|treated|"
    r"recovering|died|succumbed|hospitali[sz]ed|from)\s+"
    r"(?:(?:of|from|to)\s+(?:[\w-]+\s+){0,3}?(?:wounds?|injuries|burns)\s+)?"
    r"(?:to|at|in)?\s*(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:hospitals?|clinic|medical\s+cent(?:re|er)|morgue)\s+(?:in|at)\s+"
    r"(?:the\s+)?$|"
    # "is being treated in Natitingou": the town of the treatment, with no hospital named
    r"\b(?:treated|hospitali[sz]ed|recovering|receiving\s+(?:medical\s+)?(?:treatment|care))"
    r"\s+(?:in|at)\s+(?:the\s+)?$",
    re.I,
)
_COORDINATED = re.compile(
    r"^"
    + AREA_AFTER
    + r"\s*(?:,\s*)?(?:and|or|as\s+well\s+as|&)?\s*(?:in|at|near|on)?\s*"
    + _DESCRIPTOR
    + r"$",
    re.I,
)
# "stormed X and burnt houses": a second verb of the same subject, no subject of its own.
_SAME_SUBJECT = re.compile(r"\band\s+(?:then\s+|later\s+)?$", re.I)
_PAST = re.compile(r"(?:[a-z]+ed|burnt|shot|struck|fought|overran|stole|blew|took|set)\b")
# "drones strike Myitkyina", "militiamen looted Gondar": the place is the object of the
# event verb itself, whichever verb it is; not of a weak cue ("killed X" names a person).
_OBJECT = re.compile(r"^\s+" + _DESCRIPTOR + r"$", re.I)
# "the Mosul car bombing": at most one word between a place and the event noun it
# modifies, and not a conjunction or preposition ("the Ghouta and warplanes bomb Idlib").
_MODIFIER_GAP = re.compile(
    r"\s+(?:(?!(?:and|or|but|as|while|then|with|in|at|on|of|to|by|for|from)\s)[a-z-]+\s+)?"
)
_NOT_AFTER = re.compile(
    r"^(?:-(?:based|backed|led|allied|aligned|supported|sponsored|funded|trained|armed)\b|\s*(?:'s|\u2019s)\s+(?!(?:[\w-]+\s+){0,2}(?:outskirts|countryside|suburbs|"
    r"neighbou?rhoods?|villages|towns|districts?|estates?|slums?|old\s+city|centre|center|downtown|"
    r"quarters?|streets|port|edges?|fringes?|periphery|environs|outlying)\b))"
)
_CLAUSE = re.compile(
    r";|\b(?:said|according\s+to|while(?!\s+[a-z]+ing\b)|whereas|agreed|signed|brokered|despite|amid|since|"
    # "the following day" is a time adverbial, no clause of its own.
    r"after|before|(?<!the\s)following)\b",
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
APPOSITION = (  # ", a town in", ", the main city north of": a place's description
    r",\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|district|province|region|"
    r"area|capital|hub|port|settlement|suburb|neighbou?rhood|camp|county|state|department|"
    r"municipality|community|locality|stronghold|cent(?:re|er)|outpost|island|oasis)\s+"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|in|of|near)\s+"
)
_IN_CONTAINER = re.compile(
    r"^(?:\s+(?:township|district|village|town|city|county|municipality|commune|area|"
    r"mountains?|valley|hills|plains?))?"
    rf"\s*(?:,\s*(?:in\s+)?|in\s+|of\s+|{APPOSITION})(?:the\s+)?$",
    re.I,
)
_REGIONS_AFTER = re.compile(
    r"^(?:\s*(?:,|and|or)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)*\s+"
    r"(?:regions|provinces|oblasts|states|governorates|departments)\b"
)
REFERENCE = re.compile(
    r"^\s*(?:,|\s(?:city|town|village|district|area|camp),?)\s*"
    r"(?:(?:about|some|around|roughly|nearly|just|less\s+than)\s+)?"
    r"(?:(?:[\d.,]+|a\s+few|several)\s*(?:km|kilometres|kilometers|miles)\s+"
    r"(?:(?:away\s+)?from\s+|(?=north|south|east|west|outside))|(?=north|south|east|west|outside|near))"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|outside|near|)\s*(?:the\s+)?"
    r"(?:(?:city|town|village|district|province|regional\s+capital|capital)\s+of\s+)?$"
    r"|^\s*,\s*(?:on|along)\s+" + _DESCRIPTOR + "$"
    rf"|^\s*{APPOSITION}" + _DESCRIPTOR + "$",
    re.I,
)
"""What follows a place to say where it lies, before a reference point that is no event
place: ", 45 km west of", ", about 40 km from", ", near", ", on Colombia's", ", a town in"."""
_BEARING = re.compile(
    r"^\s+(?:(?:about|some|around|roughly|nearly|just)\s+)?(?:[\d.,]+\s*(?:km|kilometres|"
    r"kilometers|miles)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?"
    r"(?:(?:city|town|village|provincial\s+capital|capital)\s+of\s+)?$",
    re.I,
)
"""A bearing right after a place, with no comma ("Deir Hafer east of Aleppo"): what
follows is the reference point that locates the place, not a second event place."""
_AREA_GAP = re.compile(
    r"^\s+(?:village|hamlet|farm|camp|neighbou?rhood)\s+(?:in|near|of)\s+(?:the\s+)?$", re.I
)
_POSSESSIVE = re.compile(r"^(?:'s|\u2019s|')\s+$")
NEAR_REGION_KM = 150.0
"""How far from a region's point a town the text puts in it may lie and still count as
inside it when the gazetteer's region codes disagree (its towns and regions come from
different sources)."""
CLOSE_KM = 50.0
"""The same, for a town the text does not put in the region: near its point only (a
neighbouring region's town may be nearer than the region's own far corners)."""


_HEADLINE_CLAUSE = re.compile(
    r",\s+(?:(?!(?:and|or)\s)[A-Za-z][\w'\u2019-]*\s+){1,3}?"
    r"(?:spreads|spread|grows|grow|boils|boil|erupts|erupt|flares|flare|mounts|mount|rises|rise|"
    r"rages|rage|simmers|simmer|deepens|deepen|escalates|escalate|worsens|worsen|persists|"
    r"persist|returns|return|resumes|resume|spills|spill|soars|soar|continues|continue|"
    r"breaks|break|grips|grip|sweeps|sweep|reigns|reign|builds|build)\s+"
    r"(?:(?:over|up|out|on|off|back|down)\s+)?(?:in|at|near|on|across|around|outside|to)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?$",
    re.I,
)


def headline_clause(text: str, sentence_start: int, gap: str) -> bool:
    """True when, in a headline, a comma and a clause with its own subject and a verb of
    a mood or a situation spreading stand between an event and a place: "Rebels kill
    mourners near X, anger boils over in Y", "Drones hit X, blackout spreads to Y" tell
    two stories; Y is the second's. A list after the comma ("kill 16 people, fighters and
    paramedics in Y") is no clause."""
    return text[:sentence_start].strip() == "" and _HEADLINE_CLAUSE.search(gap) is not None


def _crowd(event: EventMention) -> bool:
    """True for a protest or a riot: a crowd that acts against someone."""
    return event.event_type in (EventType.PROTESTS, EventType.RIOTS)


def background(text: str, sentence_start: int, place: Toponym) -> bool:
    """True for a place in a political frame or naming an actor's home.

    "support for Israel", "talks in Doha", "Iraq's parliament", "an Aleppo-based monitor".
    """
    before = text[max(sentence_start, place.start - 80) : place.start]
    return (
        bool(_POLITICAL.search(before))
        or bool(_NOT_AFTER.match(text[place.end : place.end + 40]))
        or _cared_for(before)
        or _elsewhere(text, sentence_start, place)
    )


def _cared_for(before: str) -> bool:
    """True for a place the text names, given the words *before* it, only as where the
    wounded were taken or treated ("rushed to a hospital in X")."""
    return bool(_CARED_FOR.search(before[-80:]))


def _elsewhere(text: str, sentence_start: int, place: Toponym) -> bool:
    """True for a speaker's seat ("the ministry in Ankara said"), a landmark's name
    ("the Miraflores palace in Caracas"), a border ("near the Nigerian border") or part
    of a group's name ("the Sinai Province group"): named, but not where anything
    happened."""
    return (
        speaker_seat(text, sentence_start, place.end - len(place.name), place.end)
        or landmark(text, place.end)
        or border(text, place.text, place.end)
        or group_name(text, place.end)
        or sea_coast(place.name, text, place.end)
        or (
            (
                place.precision is Precision.COUNTRY
                or (place.candidate is not None and place.candidate.place.feature_code == "PPLC")
            )
            and acting_country(text, sentence_start, place.start, place.end)
        )
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
    if place.precision is Precision.COUNTRY or _PAST.fullmatch(event.text.lower()):
        # "drones launched from the Kursk region struck Sumy": a verb after the place
        # makes it the subject's origin, not a noun's modifier
        return False
    if not re.search(r"\b(?:the|a|an)\s+$", text[max(0, place.start - 6) : place.start], re.I):
        return False
    gap = text[place.end : event.start]
    return event.start >= place.end and _MODIFIER_GAP.fullmatch(gap) is not None


def _owner_end(text: str, places: Sequence[Toponym], j: int) -> int:
    """Where the place before place *j* ends, passing over possessive owners of *j*
    ("Tumaco, on Colombia's Pacific coast": Tumaco's end)."""
    k = j - 1
    while k > 0 and _POSSESSIVE.match(text[places[k].end : places[k + 1].start]):
        k -= 1
    return places[k].end


def _prefix(place: Toponym) -> str:
    """The relative words the geoparser took into a toponym ("near ", "20 km south of ")."""
    return (
        place.text[: len(place.text) - len(place.name)] if place.text.endswith(place.name) else ""
    )


def _container(text: str, places: Sequence[Toponym], j: int) -> int | None:
    """The index of the region or country named right after place *j* as holding it.

    "Boni, in the Mopti region", "Laiza in Kachin State", "Al-Qaim, Anbar"; after a
    possessive country the region it owns is the finer container ("Palma in
    Mozambique's Cabo Delgado province").
    """
    k = j + 1
    if k >= len(places) or not _IN_CONTAINER.match(text[places[j].end : places[k].start]):
        return None
    while (
        k + 1 < len(places)
        and places[k + 1].precision >= Precision.REGION
        and _POSSESSIVE.match(text[places[k].end : places[k + 1].start])
    ):
        k += 1
    return k if places[k].precision >= Precision.REGION else None


def _as_region(text: str, place: Toponym) -> Toponym:
    """*place* as the region of its name when the text says regions ("the Kharkiv and
    Dnipropetrovsk regions"): its runner-up region in the same country, if any."""
    if place.candidate is None or place.precision >= Precision.REGION:
        return place
    if not _REGIONS_AFTER.match(text[place.end : place.end + 80]):
        return place
    code = place.candidate.place.country_code
    alt = next(
        (a for a in place.alternatives if a.place.is_region and a.place.country_code == code),
        None,
    )
    if alt is None:
        return place
    return place.placed_at(alt, Precision.REGION)


def _area_town(text: str, places: Sequence[Toponym], j: int) -> int | None:
    """The index of the town whose area holds place *j* ("Tina village in Ain Issa
    area", "Kafr Nabl village near Maarat al-Numan"), or None."""
    k = j + 1
    if (
        k < len(places)
        and places[j].precision < Precision.REGION
        and places[k].precision < Precision.REGION
        and _AREA_GAP.match(text[places[j].end : places[k].start])
    ):
        return k
    return None


def _near_town(place: Toponym, town: Toponym) -> Toponym:
    """*place* read near *town* whose area the text puts it in: itself when it is there,
    else its runner-up there, else its name at the town's point ("near", precision 2)."""
    cand, holder = place.candidate, town.candidate
    if cand is None or holder is None:
        return place
    h = holder.place

    def gap(c: Candidate) -> float:
        return distance_km(c.place.latitude, c.place.longitude, h.latitude, h.longitude)

    if gap(cand) <= CLOSE_KM:
        return place
    alt = min(place.alternatives, key=gap, default=None)
    if alt is not None and gap(alt) <= CLOSE_KM:
        return place.placed_at(alt)
    return _named_at(place, town, Precision.NEAR)


def inside(candidate: Candidate, container: Candidate, near_km: float = NEAR_REGION_KM) -> bool:
    """True when *candidate* lies in the country or region *container*.

    Only countries and administrative regions hold places. A region holds a place with
    its region code, or, since the gazetteer's towns and regions come from sources that
    number regions differently in some countries, one within *near_km* of its point.
    The default suits a place the text itself puts in the region ("Boni, in the Mopti
    region"); without such words, use a smaller distance (:data:`CLOSE_KM`).
    """
    p, c = candidate.place, container.place
    if p.country_code != c.country_code or p.id == c.id or not c.is_region:
        return False
    if c.feature_code.startswith("PCL"):
        return True
    if p.admin1_code is not None and p.admin1_code == c.admin1_code:
        return True
    return distance_km(p.latitude, p.longitude, c.latitude, c.longitude) <= near_km


def _reconcile(place: Toponym, container: Toponym) -> Toponym:
    """*place* re-resolved inside *container* ("Boni, in the Mopti region") when it was not.

    ACLED codes one event at the most precise place the text gives, and the region or
    country named after a town says where to look for it. When the chosen place lies
    outside the container, the runner-up inside it nearest its point replaces it.
    Without one, the gazetteer lacks the place: its name stays the location text, at the
    container's point; a town placed at its region's point is "part of" the region
    (precision 2), one placed at its country's point is at country precision.
    """
    cand, holder = place.candidate, container.candidate
    if cand is None or holder is None:
        return place
    if place.precision >= Precision.REGION:
        if cand.place.country_code == holder.place.country_code:
            return place
    elif inside(cand, holder):
        return place
    # "Argelia, in Cauca department" is the Colombian town, not Algeria.
    within = [
        a for a in place.alternatives if inside(a, holder) and Precision.of(a) < container.precision
    ]
    if within:
        h = holder.place
        alt = min(
            within,
            key=lambda a: distance_km(a.place.latitude, a.place.longitude, h.latitude, h.longitude),
        )
        return place.placed_at(
            alt, Precision.NEAR if place.precision is Precision.NEAR else Precision.of(alt)
        )
    if place.precision >= container.precision:
        return place
    precision = (
        Precision.NEAR
        if container.precision is Precision.REGION and place.precision <= Precision.NEAR
        else container.precision
    )
    return _named_at(place, container, precision)


def _named_at(place: Toponym, holder: Toponym, precision: Precision) -> Toponym:
    """*place*'s name (its location text) at *holder*'s point and with *precision*."""
    return replace(
        holder,
        start=place.end - len(place.name),
        end=place.end,
        text=place.name,
        name=place.name,
        alternatives=(),
        precision=precision,
    )


def _finer_inside(coarse: Toponym, fine: Toponym) -> bool:
    """True when *fine* is a more precise place within *coarse*'s country or region."""
    if coarse.candidate is None or fine.candidate is None or fine.precision >= coarse.precision:
        return False
    cp, fp = coarse.candidate.place, fine.candidate.place
    if cp.country_code != fp.country_code:
        return False
    if coarse.precision is Precision.COUNTRY or cp.admin1_code in (None, fp.admin1_code):
        return True
    return inside(fine.candidate, coarse.candidate, CLOSE_KM)


_QUARTER = re.compile(r"\S\s+(?:district|neighbou?rhood|quarter|suburb)\b", re.I)
_QUARTER_KM = 25.0


def _quarter_of(text: str, town: Toponym, quarter: Toponym) -> bool:
    """True when *quarter* is named as a district of *town* nearby ("In Lagos, ... through
    the Ikeja district"): the district is the finer place of the event."""
    if town.candidate is None or quarter.candidate is None:
        return False
    if not _QUARTER.match(text, quarter.end - 1) and not _QUARTER.search(quarter.text):
        return False
    tp, qp = town.candidate.place, quarter.candidate.place
    return (
        tp.id != qp.id
        and tp.country_code == qp.country_code
        and distance_km(tp.latitude, tp.longitude, qp.latitude, qp.longitude) <= _QUARTER_KM
    )


_UNIT = re.compile(
    r"\s+(?:division|department|prefecture|province|governorate|region|state|county|district|"
    r"subdivision|local\s+government\s+area|municipality|commune|regency|woreda|upazila|tehsil)\b",
    re.I,
)


def _unit_holding_previous(text: str, places: Sequence[Toponym], j: int) -> bool:
    """True for "near Batibo, in Momo division": an administrative unit named, by its
    kind, as holding the place before it, whatever town abroad its name also fits."""
    if j == 0 or not _IN_CONTAINER.match(text[places[j - 1].end : places[j].start]):
        return False
    name = places[j]
    return _UNIT.match(text, name.end) is not None or _UNIT.search(name.text[-40:]) is not None


def _foreign_feature_namesake(text: str, places: Sequence[Toponym], j: int) -> bool:
    """True for "along the Barak river" read as a town abroad: a populated place named
    before a river, mountains or forest, in another country than the sentence's other
    places, is the feature's namesake, not where the event was."""
    cand = places[j].candidate
    if cand is None or cand.place.feature_class != "P" or not natural_feature(text, places[j].end):
        return False
    codes = {p.candidate.place.country_code for p in places if p.candidate is not None}
    return len(codes) > 1 and not any(
        k != j
        and (c := places[k].candidate) is not None
        and c.place.country_code == cand.place.country_code
        for k in range(len(places))
    )


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
    context: set[int] = set()  # regions and countries named as holding the place before
    # "near Saravena, Arauca": the region holding the town, not a second town
    places = places[:1] + [region_after_comma(text, a, b) for a, b in pairwise(places)]
    for j, place in enumerate(places):
        place = _as_region(text, place)
        k = _container(text, places, j)
        if k is not None:
            place = _reconcile(place, places[k])
            if place.precision < places[k].precision:
                context.add(k)
        elif (k := _area_town(text, places, j)) is not None:
            place = _near_town(place, places[k])
            context.add(k)
        checked.append(place)
    places = checked
    previous: Toponym | None = None
    fallback: list[tuple[int, Toponym]] = []
    framing: set[int] = set()  # starts of places that open the sentence as its scene
    for j, place in enumerate(places):
        before = text[sentence_start : place.start] + _prefix(place)
        after = text[place.end : place.end + 40]
        owner = None
        if (
            j in context
            or _unit_holding_previous(text, places, j)
            or _foreign_feature_namesake(text, places, j)
            or water_body(text, place.start, place.end)
            or _NOT_AFTER.match(after)
            or _cared_for(before)
            or _elsewhere(text, sentence_start, place)
            or measured_from(before)
            or road_end(text, sentence_start, place.start, place.end)
            # "the Red Sea port of Hodeidah", "the Sahel town of Djibo": the area classifies
            # the place after it.
            # ("Manbij city of Aleppo countryside", without "the", is Manbij in Aleppo's).
            or (
                j + 1 < len(places)
                and re.search(r"\bthe\s+$", text[max(0, place.start - 5) : place.start], re.I)
                and _CLASSIFIER.match(text[place.end : places[j + 1].start])
            )
            or (j > 0 and _BEARING.match(text[places[j - 1].end : place.start] + _prefix(place)))
            or (
                # "Zawiya, 45 km west of Tripoli", "Goma, the largest city in eastern Congo":
                # a reference point or the area the place lies in, not a second place.
                j > 0
                and REFERENCE.match(
                    text[_owner_end(text, places, j) : place.start] + _prefix(place)
                )
            )
        ):
            previous = None
            continue
        coordinated = previous is not None and _COORDINATED.match(text[previous.end : place.start])
        modifies = [i for i, e in enumerate(events) if _modifier(text, place, e)]
        if modifies:
            owner = modifies[0]
        elif (
            coordinated
            or _locative(before)
            or in_list(text, place.end - len(place.name))
            or any(_EVENT_OF.match(text[e.end : place.start]) for e in events)
            or any(not e.weak and _OBJECT.match(text[e.end : place.start]) for e in events)
        ):
            preceding = [i for i, e in enumerate(events) if e.end <= place.start]
            if preceding:
                i = preceding[-1]
                gap = text[events[i].end : place.start]
                if (
                    not _CLAUSE.search(gap)
                    and not headline_clause(text, sentence_start, gap)
                    and not (grievance_object(gap) or (_crowd(events[i]) and protested_body(gap)))
                ):
                    owner = i
            else:
                following = [i for i, e in enumerate(events) if e.start >= place.end]
                if following and not _CLAUSE.search(text[place.end : events[following[0]].start]):
                    if coordinated or _LEADING.search(before):
                        owner = following[0]
                        if not coordinated:
                            framing.add(place.start)
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
    linked = [_unframed(group, event, framing) for group, event in zip(linked, events, strict=True)]
    for i in range(1, len(events)):
        # "a raid on Jenin, backed by drone strikes", "clashes in Talbiseh amid
        # shelling": the support shares the places.
        j = i - 1
        if not linked[i] and linked[j] and events[i].event_type != events[j].event_type:
            gap = text[events[j].end : events[i].start]
            if SUPPORTED_BY.search(gap) or _AMID.search(gap):
                linked[i] = list(linked[j])
        if (
            not linked[i]
            and linked[j]
            and _SAME_SUBJECT.search(text[events[j].end : events[i].start])
        ):
            if not _CLAUSE.search(text[events[j].end : events[i].start]) and _PAST.match(
                events[i].text
            ):
                # "stormed the hamlet of X and burnt houses": one subject, one place.
                linked[i] = list(linked[j])
    return [_kept(text, group, places) for group in linked]


def _unframed(group: list[Toponym], event: EventMention, framing: set[int]) -> list[Toponym]:
    """*group* without the places that open the sentence as its scene ("In the Gaza
    Strip, a strike on a house in Deir al-Balah ...", "In Borno, gunmen killed five in
    Konduga") when the event names a place of its own after it: the opening names the
    area the text puts that place in, whatever the gazetteer's regions say."""
    own = [p for p in group if p.start >= event.end]
    if not own:
        return group
    return [p for p in group if p.start not in framing]


def _kept(text: str, group: list[Toponym], places: Sequence[Toponym]) -> list[Toponym]:
    """*group* without the coarse places that finer ones of it lie in, with the names the
    gazetteer lacks listed with its places and those put in a dropped coarse place ("hit
    Kwanar Dutse in Niger State and Kontagora": the state goes, the village stays). Names
    put in a kept place are left to :func:`mapper.extract` (its ``_named_in``)."""
    kept = [
        p for p in group if not any(_finer_inside(p, q) or _quarter_of(text, p, q) for q in group)
    ]
    dropped = [p for p in group if all(p is not q for q in kept)]
    return _with_listed(text, kept, places) + [q for p in dropped for q in held_in(text, p, places)]


def _with_listed(text: str, group: list[Toponym], places: Sequence[Toponym]) -> list[Toponym]:
    """*group* and the villages the gazetteer lacks listed with its places ("shelled Kfar
    Kila, Odaisseh and Markaba"), each near the place it is listed with."""
    listed = [
        q for p in group for q in (*listed_before(text, p, places), *listed_after(text, p, places))
    ]
    return group + [q for i, q in enumerate(listed) if q.start not in {r.start for r in listed[:i]}]
