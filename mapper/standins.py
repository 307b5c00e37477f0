"""Where an event goes when the text links it to no place the gazetteer can resolve.

ACLED codes an event at the finest level its report supports. An event whose place is
named but not in the gazetteer ("clashes in Shekh Meskin") keeps that name as its
location text and takes the point of the country in focus (:mod:`mapper.focus`), at
country precision, so a map shows it as approximate, unless the text says where the
place lies: a region or country holding it ("Boni, in the Mopti region", "the Barmal
district of Paktika", "Plateau State's Bokkos area"), a town it is near or part of
("Essakane, about 40 km from Dori", "the Tripoli suburb of Ain Zara"), or a road's first
town ("the Gao-Ansongo road"); the name then takes that place's point, at precision 2
("near or part of"). "In the city" is the town named just before. An event that names
no place at all takes the country in focus with the country's name as location text.
With no country in focus the event is kept *unlocated*: empty location text and no
coordinates (writers leave the point empty and the map counts such incidents instead of
drawing them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer import Candidate, Gazetteer, MatchKind
from gazetteer.normalize import fold

from .actors import ActorMention
from .events import EventMention
from .lexicon import PERSON_APPOSITIVE, PHRASE_ENDS, VILLAGE_UNITS, group_word
from .linking import APPOSITION, REFERENCE, background
from .nonevent import landmark_name
from .terrain import WILD_GROUND
from .toponym import Precision, Toponym
from .units import UNIT, named_unit

__all__ = [
    "foreign_before_unit",
    "holder_of",
    "name_between",
    "named_inside",
    "part_named_after",
    "placeholder",
    "region_after",
    "region_before",
    "road_start",
    "route_from",
    "sole_region",
    "town_referred_to",
    "unit_named_before",
    "unresolved_name",
]

_NAME_WORD = r"(?:[A-Z][\w'\u2019]*(?:-[\w'\u2019]+)*|(?:al|el|as|ash|ad|ar|az|at|an)-[\w'\u2019]+)"
_UNRESOLVED = re.compile(
    r"(?:\b(?:in|at|near|into|outside|around|on|through|targets?|targeting|targeted|hit|hits|"
    r"struck|shell|shells|shelled|bomb|bombs|bombed|attacked|attack|raids?|raided|stormed|"
    r"storms?|overran|overrun|overruns|seized|captured|retook|recaptured|torched|"
    r"burned|burnt|razed|looted|enter|entered|enters|control\s+of|"
    # "gunmen encircled X", "rebels besieged X": the verb's object is the place.
    r"encircled|surrounded|besieged|besieging)\s+"
    r"(?:(?:the|a|an)\s+)?(?:(?:[a-z]+\s+)?(?:town|city|village|area|countryside|outskirts|"
    # "entered the centre of X": a part of the town is the town for ACLED.
    r"centre|center|heart|middle|"
    rf"neighbou?rhood|edge|district|hamlet|settlement|{WILD_GROUND})\s+of\s+)?"
    # "recaptured the coastal town of X": the kind of place names it, whatever the verb;
    # "off the coast of X": the shore of the place is the place.
    r"|\b(?:the|a|an)\s+(?:[A-Za-z-]+\s+){0,2}(?:town|city|village|hamlet|settlement|district|"
    r"locality|suburb|outskirts|coast|coastline)\s+of\s+)"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})"
)
_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december the a an this that his her "
    "their its islamic state".split()
)
# ", a rural commune in", ", a farming village of": a unit word describing the place;
# ", a district headquarters in", ", the county seat of": the town that seats a unit.
_UNIT_APPOSITION = (
    rf",\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:village|town|hamlet|{UNIT})"
    r"(?:\s+(?:headquarters|capital|seat))?\s+(?:in|of)\s+"
)
# "the Pezu police station in", "the Tunga market in": a site named after the place it
# stands in, so the site's name is that place's.
_SITE = (
    r"(?:(?:police|army|military|border|security)\s+)?(?:station|post|checkpoint|base|camp)"
    r"|(?:livestock\s+|cattle\s+)?market|bazaar|mosque|church|school|hospital"
)
# "the town of Kawlin, further north in Sagaing", "Tessit, also in Gao region": the
# place holding it, said with a direction or "also".
_FURTHER_IN = r",\s*(?:(?:further|farther)\s+(?:north|south|east|west)\w*|also)\s+(?:in|of)\s+"
_ALSO_IN = re.compile(rf"^\s*{_FURTHER_IN}(?:the\s+)?$", re.I)
_HOLDER_GAP = re.compile(
    rf"^(?:\s+(?:village|town|area|road|highway|{UNIT}|{_SITE})\b)?"
    r"(?:\s+(?:on|in)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:island|valley|peninsula|"
    r"district|township))?"
    rf"(?:{APPOSITION}|{_UNIT_APPOSITION}|{_FURTHER_IN}|\s*(?:,\s*)?(?:(?:in|of)\s+)?)(?:the\s+)?"
    # "in the Walikale territory of North Kivu": a unit the gazetteer lacks, then its region.
    rf"(?:(?:[A-Z][\w'\u2019-]*\s+){{1,3}}{UNIT}\s+(?:of|in)\s+(?:the\s+)?)?"
    # "a farming town in the lower Artibonite valley": a river's reach names its region too
    r"(?:(?:north|south|east|west|central|upper|lower)\w*\s+)?"
    r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}(?:'s|\u2019s)\s+)?$"
)
_AREA_OF = re.compile(
    r"^\s+(?:area|district|village|town|neighbou?rhood|camp|suburb)\s+(?:of|in|near)\s+"
    r"(?:the\s+)?(?:(?:north|south|east|west)\w*\s+|central\s+)?$",
    re.I,
)
_BETWEEN = re.compile(r"\bbetween\s+(?:[\w-]+\s+){1,3}?and\s")
# No "and": "killed four fishermen and burned huts in X" places both phrases at X (the
# "and" joining the sides of a clash is masked by _BETWEEN).
_STOP = re.compile(r"[.;,:!?()\u2014\u2013]|\s(?:amid|after|as|while|since)\s")


_OF_THE_NAMED = re.compile(r"\s+of\s+the\s+[A-Z]")
# "operating in the Sahara.", "across the Sahel, where": one name after "the" that heads
# its phrase names a desert, sea, range or wide region; English gives towns no article.
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def _feature_named(window: str, m: re.Match[str], name: str) -> bool:
    """True for an unresolved single name after "the" that ends its phrase ("in the
    Sahara of", "across the Sahel,"), a natural region named in passing; "the Kakuma
    camp" or "the town of X" are not."""
    return (
        " " not in name
        and _THE_BEFORE.search(window, 0, m.start("name")) is not None
        and PHRASE_ENDS.match(window, m.start("name") + len(name)) is not None
    )


def _unit_in_town(text: str, at: int, name: str, taken: Sequence[ActorMention | Toponym]) -> bool:
    """True for a village or neighbourhood written with its unit word and then the
    resolved town holding it ("Barangay Tabuc, Iloilo City", "Kebele 03, Bahir Dar"):
    ACLED codes a unit the gazetteer lacks at that town, which the text already names."""
    first, _, rest = name.partition(" ")
    if first.lower() not in VILLAGE_UNITS:
        return False
    m = _TOWN_BESIDE.match(text, at + len(name))
    if m is None or not (rest or m.group("number")):
        return False  # a unit word alone names nothing
    return any(
        isinstance(t, Toponym)
        and t.candidate is not None
        and t.precision < Precision.REGION  # "Kampung X, Kelantan": a state holds it
        and t.start == m.end()
        for t in taken
    )


_TOWN_BESIDE = re.compile(r"(?P<number>\s+\d+[A-Za-z]?)?\s*,\s*(?:in\s+)?")


def unresolved_name(
    text: str,
    event: EventMention,
    end: int,
    taken: Sequence[ActorMention | Toponym],
) -> tuple[int, int, str] | None:
    """A capitalised name after a locative word in the event's clause that the
    geoparser did not resolve ("Clashes in Shekh Meskin"): (start, end, name) or None.

    Days, months, actors ("clashes with Hezbollah") and the places the geoparser found
    (*taken*; one not linked to the event is in a political frame, "the ceasefire in
    Daraa") are not such names.
    """
    # From the cue itself: a strike verb is the locative word ("bombed the village of X").
    return name_between(text, event.start, event.end, end, taken)


def name_between(
    text: str,
    start: int,
    cue_end: int,
    end: int,
    taken: Sequence[ActorMention | Toponym],
) -> tuple[int, int, str] | None:
    """The first unresolved place name after a locative word in ``text[start:end]``, the
    stretch cut at the first clause break after *cue_end*: (start, end, name) or None
    (:func:`unresolved_name` for an event's clause)."""
    window = text[start:end]
    # "clashes between herders and farmers in X": that "and" joins the two sides.
    masked = _BETWEEN.sub(lambda b: " " * len(b.group()), window)
    stop = _STOP.search(masked, cue_end - start)
    if stop is not None:
        window = window[: stop.start()]
    for m in _UNRESOLVED.finditer(window):
        name = m.group("name")
        words = name.split()
        skip = 0
        owner = next((i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "\u2019s"))), None)
        if owner is not None:
            # "in Plateau State's Bokkos area": the name after the owner's possessive.
            skip = len(" ".join(words[: owner + 1])) + 1
            words = words[owner + 1 :]
        while words and words[-1].lower() in _NOT_NAMES:
            words.pop()
        if not words or words[0].lower() in _NOT_NAMES or group_word(words[0]):
            continue  # "outside the French embassy", "hit a Kurdish party": a people, no place
        name = " ".join(words)
        if name.isupper() and len(name) <= 5:  # "UN", "SDF": organisations
            continue
        if landmark_name(name):  # "near Begum Rokeya University": a building, no town
            continue
        if _OF_THE_NAMED.match(text, start + m.end("name")):
            continue  # "near the Temple of the Tooth", "at the Dome of the Rock": a landmark
        if not skip and _feature_named(window, m, name):
            continue  # "companies operating in the Sahara": a desert, no settlement
        if _unit_in_town(text, start + m.start("name") + skip, name, taken):
            continue  # "in Barangay Tabuc, Iloilo City": the incident goes to the town
        at = start + m.start("name") + skip
        stop_at = at + len(name)
        if any(a.start < stop_at and at < a.end for a in taken):
            continue
        if PERSON_APPOSITIVE.match(text, stop_at):
            continue  # "targeted Abu Omar, the head of the group": a person
        return _settlement_after(text, (at, stop_at, name), taken)
    return None


_RESERVE = re.compile(r"\s(?:national\s+)?(?:park|reserve|forest|sanctuary)$", re.I)
_SETTLEMENT_AFTER = re.compile(
    rf",\s*(?:in|near)\s+(?:the\s+)?(?:(?:[a-z]+\s+)?(?:village|town|{UNIT})\s+of\s+)?"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"
)


def _settlement_after(
    text: str, found: tuple[int, int, str], taken: Sequence[ActorMention | Toponym]
) -> tuple[int, int, str]:
    """*found*, or the settlement named right after it when *found* is a park or reserve
    ("the edge of W National Park, in the commune of Karimama"): ACLED codes an event in
    wild ground at the nearest populated place the report gives."""
    _, end, name = found
    m = _SETTLEMENT_AFTER.match(text, end) if _RESERVE.search(name) else None
    if m is None or m.group("name").split()[0].lower() in _NOT_NAMES:
        return found
    at, stop_at = m.span("name")
    if any(a.start < stop_at and at < a.end for a in taken):
        return found  # a resolved place: the finest-place choice already has it
    return at, stop_at, m.group("name")


def placeholder(
    gz: Gazetteer, country: str | None, span: tuple[int, int, str] | None, at: int
) -> Toponym:
    """The toponym standing in for an event's place: the unresolved *span*'s name (or the
    country's name) at the point of *country*, or, without a country, an unlocated one
    with empty text at offset *at*."""
    place = gz.countries().get(country) if country else None
    if span is not None:
        start, end, name = span
    elif place is not None:
        start, end, name = at, at, place.name
    else:
        start, end, name = at, at, ""
    if place is None:
        return Toponym(start, end, name, name, None, (), Precision.COUNTRY, None, None)
    cand = Candidate(place, 0.5, place.name, MatchKind.EXACT)
    return Toponym(
        start, end, name, name, cand, (), Precision.COUNTRY, place.latitude, place.longitude
    )


def region_after(text: str, end: int, places: Sequence[Toponym]) -> Toponym | None:
    """The region or country named right after offset *end* as holding what ends there.

    "Boni, in the Mopti region", "Barsalogho in Burkina Faso's Centre-Nord region", "the
    Barmal district of eastern Paktika province": the place after the gap, or None.
    """
    after = [p for p in places if p.start >= end and p.candidate is not None]
    if not after:
        return None
    nearest = min(after, key=lambda p: p.start)
    # "near Hombori, in the Douentza circle": a town's name before a unit word names
    # the unit, which holds the place as a region does.
    unit = nearest.precision < Precision.REGION and (
        named_unit(text, nearest.end, nearest.start)
        or _COMPASS_DISTRICT.match(text, nearest.end) is not None
        or _UNIT_OF_TOWN.search(text, end, nearest.start) is not None
    )
    if (nearest.precision < Precision.REGION and not unit) or not _HOLDER_GAP.match(
        text[end : nearest.start]
    ):
        return None
    if text[nearest.end : nearest.end + 2] in ("'s", "\u2019s"):  # the country before a region
        inner = region_after(text, nearest.end + 2, places)
        return inner if inner is not None else nearest
    return nearest


def foreign_before_unit(
    text: str, unit: Toponym, places: Sequence[Toponym]
) -> tuple[int, int, str] | None:
    """The name right before *unit* that the text places inside it but the gazetteer
    resolved abroad: "the rural parish of San Carlos, in Quevedo canton" (San Carlos
    read as Venezuela's) gives (start, end, name) of "San Carlos", else None.

    *unit* must be named by its kind ("Quevedo canton", "the Koro circle"), so a town
    abroad that merely precedes it ("fighters from Sinaloa, in Chiapas") is no such name.
    """
    if unit.candidate is None or not named_unit(text, unit.end, unit.start):
        return None
    before = [p for p in places if p.end <= unit.start and p.candidate is not None]
    if not before:
        return None
    last = before[-1]
    if last.candidate.place.country_code == unit.candidate.place.country_code:
        return None
    if not _IN_UNIT_GAP.fullmatch(text[last.end : unit.start]):
        return None
    start = last.end - len(last.name) if last.text.endswith(last.name) else last.start
    return start, last.end, text[start : last.end]


_IN_UNIT_GAP = re.compile(r",?\s*(?:in|of)\s+(?:the\s+)?", re.I)


# "near Keishampat in Imphal West": a district named by its town and a compass word.
_COMPASS_DISTRICT = re.compile(r"\s+(?:North|South|East|West|Central)\b(?!\s+of\b)")
# "at Ramsu Bazar in Guimara upazila of Khagrachhari": a unit the gazetteer lacks, then
# the town it lies in (the district's seat, whose name the district bears).
_UNIT_OF_TOWN = re.compile(
    rf"\s(?:in|of)\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){{1,3}}{UNIT}\s+of\s+(?:the\s+)?$"
)


# Myanmar's townships (and the few like them) bear their seat town's name; an event
# "in Kani Township" is coded at the town Kani when nothing finer is named.
_TOWNSHIP = re.compile(r"\s+Township$")


def named_inside(name: tuple[int, int, str], holder: Toponym) -> Toponym:
    """A place the gazetteer lacks, named with the region, country or town holding or
    near it: its name at the holder's point, "near or part of" a town or region
    (precision 2) or at country precision.
    """
    start, end, text = name
    town = _TOWNSHIP.search(text)
    if town is not None:  # "Kani Township": the township is its seat town's
        text, end = text[: town.start()], end - len(town.group())
    precision = Precision.COUNTRY if holder.precision is Precision.COUNTRY else Precision.NEAR
    return Toponym(
        start, end, text, text, holder.candidate, (), precision, holder.latitude, holder.longitude
    )


_THE_TOWN = re.compile(
    r"\b(?:in|at|near|outside|across|around|into|inside|on)\s+the\s+(?:same\s+)?"
    r"(?P<kind>city|town|village|capital)\b(?!\s+of\b)",
    re.I,
)


def town_referred_to(
    text: str, event: EventMention, end: int, toponyms: Sequence[Toponym]
) -> Toponym | None:
    """The town "in the city" refers to, in the event's clause: the last town named
    before the event ("police detained protesters in Lahore, a day after rioters set
    fire to a residence in the city"), or None.

    "the capital" refers only to a capital; "the city of X" names its own place.
    """
    window = text[event.end : end]
    stop = _STOP.search(window)
    m = _THE_TOWN.search(window if stop is None else window[: stop.start()])
    if m is None:
        return None
    before = [
        t
        for t in toponyms
        if t.end <= event.start
        and t.candidate is not None
        and t.precision <= Precision.NEAR
        and t.candidate.place.feature_class == "P"
    ]
    if not before:
        return None
    last = before[-1]
    if m.group("kind").lower() == "capital" and last.candidate is not None:
        if last.candidate.place.feature_code != "PPLC":
            return None
    return last


def region_before(text: str, start: int, places: Sequence[Toponym]) -> Toponym | None:
    """The place whose possessive ends right before offset *start* ("Plateau State's
    Bokkos", "Bujumbura's Kamenge"), or None."""
    for p in places:
        if (
            p.end < start
            and p.candidate is not None
            and re.fullmatch(r"(?:'s|\u2019s)\s+", text[p.end : start])
        ):
            return p
    return None


def holder_of(text: str, name: tuple[int, int, str], places: Sequence[Toponym]) -> Toponym | None:
    """The place the text gives as holding or locating a place the gazetteer lacks.

    The region or country after or before it (:func:`region_after`,
    :func:`region_before`), or a town or area right after it that locates it ("Essakane,
    about 40 km from Dori", "Al-Eis area of southern Aleppo countryside"); else None.
    """
    region = region_after(text, name[1], places) or region_before(text, name[0], places)
    if region is not None:
        return region
    after = [p for p in places if p.start >= name[1] and p.candidate is not None]
    if not after:
        return None
    nearest = min(after, key=lambda p: p.start)
    prefix = nearest.text[: len(nearest.text) - len(nearest.name)]
    gap = text[name[1] : nearest.start] + (prefix if nearest.text.endswith(nearest.name) else "")
    if nearest.precision < Precision.REGION and (
        REFERENCE.match(gap) or _AREA_OF.match(gap) or _ALSO_IN.match(gap)
    ):
        return nearest
    return None


def sole_region(
    text: str, sentence_start: int, places: Sequence[Toponym], country: str | None
) -> Toponym | None:
    """The one region of *country* that the sentence of a place the gazetteer lacks
    names as a scene, or None.

    "Troops retook the town of X on Tuesday after two days of fighting with rebels in
    North Kivu": the town lies in the region the same sentence gives for the event,
    even when the region is not next to it. A region in a political frame ("the
    governor of Lac said") gives nothing, nor does a sentence naming other places too
    ("two days after raids near Gao and Menaka": the region may be theirs).
    """
    scenes = [
        p for p in places if p.candidate is not None and not background(text, sentence_start, p)
    ]
    if len(scenes) != 1:
        return None
    (region,) = scenes
    if region.precision is not Precision.REGION or region.candidate.place.country_code != country:
        return None
    return region


_PART_NAMED = re.compile(
    r"(?:\s+(?:suburb|district|neighbou?rhood|quarter|area|camp)\s+of\s+|(?:'s|\u2019s)\s+)"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})"
)
_PART_WORD = re.compile(
    r"\s+(?:neighbou?rhood|district|suburb|quarter|area|camp|village|estate|slum)\b", re.I
)


def part_named_after(
    text: str, place: Toponym, taken: Sequence[ActorMention | Toponym]
) -> tuple[int, int, str] | None:
    """A part of *place* the gazetteer lacks, named right after it: "the Tripoli suburb
    of Ain Zara", "Bujumbura's Kamenge neighbourhood" give (start, end, name), else None.
    """
    m = _PART_NAMED.match(text, place.end)
    if m is None:
        return None
    words = m.group("name").split()
    while words and words[-1].lower() in _NOT_NAMES:
        words.pop()
    if not words:
        return None
    name = " ".join(words)
    start = m.start("name")
    end = start + len(name)
    possessive = not text[place.end : start].strip().lower().endswith("of")
    if possessive and not _PART_WORD.match(text, end):
        return None  # "Mali's army": only a part word makes the name a place
    if any(a.start < end and start < a.end for a in taken):
        return None
    return start, end, name


_ROUTE = re.compile(r"\s+(?:road|highway|motorway|route|axis|corridor|railway)\b", re.I)


def route_from(
    gz: Gazetteer, text: str, name: tuple[int, int, str], country: str | None
) -> Toponym | None:
    """A road named by the towns it links ("the Gao-Ansongo road"), placed near its
    first town ("near", precision 2), or None when *name* is no such road or its first
    town is unknown (in *country*, when given)."""
    start, end, words = name
    parts = re.split(r"[-\u2013]", words)
    if len(parts) < 2 or not _ROUTE.match(text, end):
        return None
    first = parts[0].strip()
    found = [
        c
        for c in gz.lookup(first, country=country, fuzzy=False, limit=5)
        if c.place.feature_class == "P" and fold(c.matched) == fold(first)
    ]
    if not found:
        return None
    c = found[0]
    return Toponym(
        start, end, words, words, c, (), Precision.NEAR, c.place.latitude, c.place.longitude
    )


def road_start(text: str, name: tuple[int, int, str]) -> tuple[int, int, str]:
    """The first town of a road named by the towns it links ("an ambush on the
    Kutru-Bedre road": Kutru), or *name* itself when it names no such road. ACLED codes
    an event on a road at a town on it; the name keeps the first one."""
    start, end, words = name
    first = re.split(r"[-\u2013]", words)[0].rstrip()
    if first == words or not first or not _ROUTE.match(text, end):
        return name
    return start, start + len(first), first


# "in Bannang Sata district of Yala", "at Bon To village, Chaung-U township": a name the
# gazetteer lacks, its unit word, then the place holding it.
_UNIT_BEFORE = re.compile(
    rf"\b(?:in|at|near|outside|around|inside)\s+(?:the\s+)?"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})"
    rf"\s+(?:village|hamlet|estate|neighbou?rhood|{UNIT})(?:\s*,|\s+(?:of|in))\s+(?:the\s+)?$"
)


def unit_named_before(
    text: str, place: Toponym, taken: Sequence[ActorMention | Toponym]
) -> tuple[int, int, str] | None:
    """A village or unit the gazetteer lacks, named with its kind right before the
    *place* holding it: "in Bannang Sata district of Yala", "at Kayole estate, Nairobi"
    give (start, end, name), else None. A name the geoparser resolved or read as an
    actor (*taken*) is no such name."""
    start = place.end - len(place.name) if place.text.endswith(place.name) else place.start
    m = _UNIT_BEFORE.search(text, max(0, start - 90), start)
    if m is None:
        return None
    a, b = m.span("name")
    if m.group("name").split()[0].lower() in _NOT_NAMES:
        return None
    if any(t.start < b and a < t.end for t in taken):
        return None
    return a, b, m.group("name")
