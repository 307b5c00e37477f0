"""Geoparsing: text in, every place it names out, resolved to coordinates.

>>> from mapper import geoparse                                    # doctest: +SKIP
>>> [t.candidate.place.name for t in geoparse("Rockets hit Al-Qaim, on the Syrian border.")]
['Al Qā’im']                                                          # doctest: +SKIP
"""

from __future__ import annotations

import codecs
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import partial

from gazetteer import Candidate, Gazetteer, MatchKind, Place
from gazetteer.ranking import distance_km

from .errors import InputError
from .lexicon import COMPASS, DEMONYMS, PART_BEARING, PHRASE_ENDS
from .recognize import Mention, demonym_countries, demonym_mentions, recognise
from .resolve import Resolution, resolve_mentions
from .roads import road_name, road_toponyms
from .textfold import fold as fold_text
from .textfold import on_folded
from .toponym import Precision, Toponym

__all__ = ["geoparse", "read_text"]

CHUNK_CHARS = 20_000
MAX_TEXT_BYTES = 50 * 1024 * 1024

_OFFSET = re.compile(
    r"(\d{1,3}(?:,\d{3})+|\d+(?:[.,]\d+)?)\s*-?\s*(km|kms|kilomet(?:er|re)s?|mi|miles?)\s+"
    r"(?:\([^)]{0,24}\)\s+)?"
    # "40 km north of X" moves the point; "30 km from X" only says it is near X.
    r"(?:(north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|"
    r"(?:away\s+)?from|outside)\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.I,
)
_NEAR = re.compile(
    r"\b(?:(?:the\s+)?(?:outskirts|edges?|vicinity|suburbs?|environs|countryside|outside)"
    r"\s+of|near|nearby|close\s+to|around|outside)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$",
    re.I,
)
_PART = re.compile(
    r"\b(northern|southern|eastern|western|central|north-?eastern|north-?western|"
    r"south-?eastern|south-?western)\s+$",
    re.I,
)
# Words after which a name is meant as a place; a name in a list with one is one too.
_CUE = re.compile(
    r"\b(?:in|at|near|from|to|into|outside|around|of|across|throughout|towards?|via|on|"
    r"over|upon|through|along|past|beyond|"
    r"between|inside|within|struck|hit|hits|attacked|shelled|bombed|captured|entered|"
    r"reached|seized|liberated|recaptured|stormed|besieged|targeted|visited|fled|left|"
    r"arrived|returned|"
    # "in nearby Metlaoui", "in neighbouring Bauchi": the adjective stands between the
    # preposition and the name.
    r"nearby|neighbou?ring|"
    # Present and -ing forms of the verbs that take a place as object in headlines:
    # "Airstrikes target Maskanah", "Warplanes bomb Daraa countryside".
    r"(?:target|bomb|shell|raid|storm|besiege|attack|capture|seize|enter|recapture)"
    r"(?:s|e?d|ing)?|strikes?|striking|hitting|"
    # Verbs of taking, wrecking or sweeping a place: "rebels overran Kalinka", "raiders
    # torched Mbala", "troops swept through Dapchi".
    r"overr[au]n|overrunning|overruns|(?:torch|loot|ransack|ambush)(?:es|ed|ing|s)?|"
    r"(?:raze|burn)(?:s|d|ed|ing)?|burnt|(?:sweep(?:s|ing)?|swept)\s+(?:through|into))"
    r"\s+(?:the\s+)?(?:(?:city|town|village|port|province|region|"
    r"district)\s+of\s+)?$",
    re.I,
)
# A settlement word right after a name says it is a place: "Menbej city", "Daraa
# countryside", "al-Waer neighbourhood".
_SETTLEMENT_AFTER = re.compile(
    r"\s+(?:city|town|village|countryside|neighbou?rhood|suburbs?|outskirts)\b", re.I
)
_LIST_GAP = re.compile(r"^\s*(?:,|,?\s+(?:and|or))\s*$")
_ARTICLE_NAME = re.compile(r"^(?:al|el|as|ash|ad|ar|az|at|an|ad|ul|ez|es|ed|et|en)[-‐]", re.I)
_BORDER = re.compile(
    r"\b(?:near|along|on|at|across|to|from|towards?)\s+(?P<the>the\s+(?P<dem>[A-Z][a-z]+)"
    r"\s+border)\b"
)


_UTF16_BOMS = ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def read_text(data: bytes | str, *, source: str = "<text>") -> str:
    """Text from bytes or str, refusing binary data and undecodable bytes.

    Bytes are UTF-16 when they start with its byte-order mark, else UTF-8 (a byte-order
    mark is dropped), as in files the article readers accept.

    Raises
    ------
    InputError
        The data has NUL bytes or is not text in those encodings; the message names
        *source* and the line.
    """
    if isinstance(data, str):
        return data
    if not isinstance(data, bytes | bytearray):
        raise InputError(f"{source}: expected text, got {type(data).__name__}")
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(f"{source}: {len(data):,} bytes is more than {MAX_TEXT_BYTES:,}")
    for bom, encoding in _UTF16_BOMS:
        if data.startswith(bom):
            try:
                text = bytes(data[len(bom) :]).decode(encoding)
            except UnicodeDecodeError as exc:
                line = data[: exc.start].count("\n".encode(encoding)) + 1
                raise InputError(f"{source}:{line}: not {encoding.upper()} text") from None
            nul = text.find("\x00")
            if nul >= 0:
                line = text.count("\n", 0, nul) + 1
                raise InputError(f"{source}:{line}: binary data (NUL character), not text")
            return text
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data[:nul].count(b"\n") + 1
        raise InputError(f"{source}:{line}: binary data (NUL byte), not text")
    try:
        return bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{source}:{line}: not UTF-8 text (bytes {data[exc.start : exc.start + 4]!r})"
        ) from None


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """Windows of about CHUNK_CHARS, cut at paragraph or sentence ends."""
    pos = 0
    n = len(text)
    while pos < n:
        end = min(n, pos + CHUNK_CHARS)
        if end < n:
            cut = max(text.rfind("\n", pos, end), text.rfind(". ", pos, end))
            if cut > pos + CHUNK_CHARS // 2:
                end = cut + 1
        yield pos, text[pos:end]
        pos = end


_HALF_CIRCUMFERENCE_KM = math.pi * 6371.0
"""No point on the globe lies farther than this from a place; a longer offset moves nothing."""
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


def _offset_km(number: str, unit: str) -> float:
    """Kilometres in "1,200 km" or "2,5 miles": a comma before three digits groups thousands,
    any other comma is a decimal comma."""
    if _THOUSANDS.fullmatch(number):
        km = float(number.replace(",", ""))
    else:
        km = float(number.replace(",", "."))
    return km * 1.609344 if unit.lower().startswith("mi") else km


def _destination(lat: float, lon: float, bearing: float, km: float) -> tuple[float, float]:
    """The point *km* from (lat, lon) along *bearing* degrees, on a sphere."""
    r = km / 6371.0
    p1, l1, b = math.radians(lat), math.radians(lon), math.radians(bearing)
    p2 = math.asin(math.sin(p1) * math.cos(r) + math.cos(p1) * math.sin(r) * math.cos(b))
    l2 = l1 + math.atan2(
        math.sin(b) * math.sin(r) * math.cos(p1), math.cos(r) - math.sin(p1) * math.sin(p2)
    )
    lon2 = (math.degrees(l2) + 540.0) % 360.0 - 180.0
    return round(math.degrees(p2), 6), round(lon2, 6)


def _alternatives(best: Candidate | None, ranked: Sequence[Candidate]) -> tuple[Candidate, ...]:
    """The five best runners-up."""
    return tuple(c for c in ranked if best is None or c.place.id != best.place.id)[:5]


def _shifted(
    lat: float, lon: float, word: str, place: Place, precision: Precision
) -> tuple[float, float, Precision]:
    """The point of "western <place>": moved toward that side, by more for bigger places
    (continents 1,500 km, countries 200 km, provinces 60 km, other areas 10 km, towns
    3 km); region precision
    for regions and countries, near for the rest."""
    bearing = PART_BEARING.get(word.lower().replace("-", ""))
    if bearing is None:
        bearing = COMPASS.get(word.lower())
    if place.feature_code == "CONT":
        shift = 1500.0
    elif precision is Precision.COUNTRY:
        shift = 200.0
    elif place.feature_class == "A":
        shift = 60.0
    else:
        shift = 10.0 if place.feature_class in ("L", "T", "H") else 3.0
    if bearing is not None:
        lat, lon = _destination(lat, lon, bearing, shift)
    return lat, lon, Precision.REGION if precision >= Precision.REGION else Precision.NEAR


def _part_of(t: Toponym) -> Toponym:
    """A given span such as "Eastern Ghouta" resolved through the place after its first
    word: the point moved toward that side, at region or near precision."""
    assert t.candidate is not None and t.latitude is not None and t.longitude is not None
    lat, lon, precision = _shifted(
        t.latitude, t.longitude, t.text.split()[0], t.candidate.place, t.precision
    )
    return replace(t, latitude=lat, longitude=lon, precision=precision)


def _toponym(
    text: str, start: int, end: int, best: Candidate | None, ranked: Sequence[Candidate]
) -> Toponym:
    """A toponym for text[start:end], widened by a relative expression before it."""
    name = text[start:end]
    alternatives = _alternatives(best, ranked)
    precision = Precision.of(best)
    lat = best.place.latitude if best else None
    lon = best.place.longitude if best else None
    before = text[max(0, start - 80) : start]
    m_off = _OFFSET.search(before)
    m_near = _NEAR.search(before) if not m_off else None
    m_part = _PART.search(before) if not (m_off or m_near) else None
    if m_off and best is not None and lat is not None and lon is not None:
        km = _offset_km(m_off.group(1), m_off.group(2))
        if km <= _HALF_CIRCUMFERENCE_KM and m_off.group(3):
            bearing = COMPASS[m_off.group(3).lower().replace("-", "")]
            lat, lon = _destination(lat, lon, bearing, km)
        start -= len(before) - m_off.start()
        precision = Precision.NEAR
    elif m_near and best is not None and precision is Precision.EXACT:
        start -= len(before) - m_near.start()
        precision = Precision.NEAR
    elif m_part and best is not None and lat is not None and lon is not None:
        lat, lon, precision = _shifted(lat, lon, m_part.group(1), best.place, precision)
        start -= len(before) - m_part.start()
    return Toponym(start, end, text[start:end], name, best, alternatives, precision, lat, lon)


def geoparse(
    text: str | bytes,
    *,
    gazetteer: Gazetteer | None = None,
    country_bias: str | None = None,
    spans: Sequence[tuple[int, int]] | None = None,
    demonyms: bool = False,
) -> list[Toponym]:
    """Find the places a text names and resolve each to coordinates.

    Parameters
    ----------
    text : str or bytes
        English news text (bytes must be UTF-8).
    gazetteer : Gazetteer, optional
        Defaults to the shared default gazetteer (:meth:`Gazetteer.shared`).
    country_bias : str, optional
        A country (code or name) most places are expected to be in.
    spans : sequence of (start, end), optional
        Resolve exactly these spans instead of recognising names (one toponym per span,
        in the order given); for evaluation and for users with their own recogniser.

    Returns
    -------
    list of Toponym
        In text order. Unresolved names have ``candidate=None``.

    Raises
    ------
    InputError
        Binary or undecodable input, or spans outside the text.
    """
    text = read_text(text)
    gz = gazetteer if gazetteer is not None else Gazetteer.shared()
    bias = gz.country_code(country_bias) if country_bias else None
    if spans is not None:
        checked = []
        for s, e in spans:
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                raise InputError(f"span ({s!r}, {e!r}) is outside the text (0, {len(text)})")
            checked.append((s, e))
        res = resolve_mentions(
            text,
            checked,
            gz,
            demonyms=demonym_countries(text[:CHUNK_CHARS]),
            country_bias=bias,
            fuzzy=True,
        )
        out = []
        for (s, e), r in zip(checked, res, strict=True):
            t = Toponym(
                s,
                e,
                text[s:e],
                text[s:e],
                r.best,
                _alternatives(r.best, r.ranked),
                Precision.of(r.best),
                r.best.place.latitude if r.best else None,
                r.best.place.longitude if r.best else None,
            )
            out.append(_part_of(t) if r.best is not None and r.best.fallback == "within" else t)
        return out
    if not text.strip():
        return []
    out: list[Toponym] = []
    read = partial(_chunk_toponyms, gz=gz, bias=bias, demonyms=demonyms)
    for offset, chunk in _chunks(text):
        out.extend(_read_folded(read, chunk, offset))
    out.sort(key=lambda t: t.start)
    return _placed_by_offsets(text, out)


_INVISIBLE = re.compile(
    "[\u00ad\u200b-\u200d\u2060-\u2064\ufeff"
    "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)
"""Characters a pasted copy hides inside words: soft hyphens, zero-width spaces and
joiners, combining accents ("Kir\u00adkuk", "Mo\u0301sul"). Direction marks are left
alone: they stand between Arabic and Latin words, where they part the two."""


def _read_folded(
    read: Callable[[str, int], list[Toponym]], chunk: str, offset: int
) -> list[Toponym]:
    """*read* (:func:`_chunk_toponyms`) on *chunk* as :func:`mapper.textfold.fold` folds it
    when it hides characters inside words, with every span back in *chunk*."""
    if _INVISIBLE.search(chunk) is None:
        return read(chunk, offset)
    out = []
    for t in on_folded(read, chunk, offset):
        # The name ends the toponym's text: as many folded characters from its end.
        f = fold_text(t.text)
        out.append(replace(t, name=t.text[f.origin(len(f.text) - len(t.name)) :]))
    return out


def _chunk_toponyms(
    chunk: str, offset: int, *, gz: Gazetteer, bias: str | None, demonyms: bool
) -> list[Toponym]:
    """The toponyms of one chunk of a text, their offsets moved by *offset*."""
    out: list[Toponym] = []
    lookups: dict[str, list[Candidate]] = {}  # one lookup per name of the chunk
    mentions = recognise(chunk, gz, lookups=lookups)
    borders = _borders(chunk, offset, gz, mentions)
    out.extend(borders)
    if demonyms:
        taken = [(m.start, m.end) for m in mentions]
        taken += [(b.start - offset, b.end - offset) for b in borders]
        mentions += [
            m
            for m in demonym_mentions(chunk)
            if not any(s < m.end and m.start < e for s, e in taken)
        ]
        mentions.sort(key=lambda m: m.start)
    if not mentions:
        return out
    resolved = partial(
        _resolve, chunk, gz, demonyms=demonym_countries(chunk), bias=bias, lookups=lookups
    )
    res = resolved(mentions)
    cued = _cued_names(chunk, mentions, res)
    kept = [
        _place_like(m, r, cued)
        and not _water_province(chunk, m, r)
        and not _feature_as_town(chunk, m, r)
        for m, r in zip(mentions, res, strict=True)
    ]
    if not all(kept):
        # Words that are no places here ("Aid convoys") must not sway the others'
        # country focus: the rest are resolved again without them.
        mentions = [m for m, k in zip(mentions, kept, strict=True) if k]
        res = resolved(mentions)
    found = []
    for m, r in zip(mentions, res, strict=True):
        t = _toponym(chunk, m.start, m.end, r.best, r.ranked)
        if r.best is not None and r.best.fallback == "within":
            t = _part_of(t)
        found.append(t)
    out += [
        replace(t, start=t.start + offset, end=t.end + offset) for t in road_toponyms(chunk, found)
    ]
    return out


# Between a place and the distance that places it: "Tin-Akof, 40 km north of Gao",
# "Kalinka (about 30 km west of Tiro)".
_OFFSET_GAP = re.compile(
    r"\s*[,(]\s*(?:(?:about|some|around|roughly|nearly|approximately|almost)\s+)?", re.I
)
_OFFSET_SLACK_KM = 25.0
"""How far from the stated point a place may lie before the reading is a namesake, plus
half the stated distance (news rounds distances and gives them by road)."""


def _placed_by_offsets(text: str, toponyms: list[Toponym]) -> list[Toponym]:
    """Toponyms whose reading contradicts the distance and bearing the text gives for
    them ("Tin-Akof, 40 km north of Gao" read as a namesake 145 km away) take the
    runner-up near the stated point, else the point itself at near precision."""
    out = list(toponyms)
    for k in range(len(out) - 1):
        t, rel = out[k], out[k + 1]
        if (
            t.candidate is None
            or t.latitude is None
            or t.longitude is None
            or rel.latitude is None
            or rel.longitude is None
            or rel.candidate is None
            or not rel.text[:1].isdigit()
            or _OFFSET_GAP.fullmatch(text, t.end, rel.start) is None
        ):
            continue
        m = _OFFSET.match(rel.text[: len(rel.text) - len(rel.name)])
        if m is None or not m.group(3):
            continue  # "30 km from X": no point, only nearness
        point = (rel.latitude, rel.longitude)
        slack = _OFFSET_SLACK_KM + _offset_km(m.group(1), m.group(2)) / 2
        if distance_km(t.latitude, t.longitude, *point) <= slack:
            continue
        near = [
            c
            for c in t.alternatives
            if distance_km(c.place.latitude, c.place.longitude, *point) <= slack
        ]
        if near:
            best = near[0]
            out[k] = replace(
                t,
                candidate=best,
                alternatives=_alternatives(best, (t.candidate, *t.alternatives)),
                precision=Precision.of(best),
                latitude=best.place.latitude,
                longitude=best.place.longitude,
            )
        else:
            out[k] = replace(
                t,
                candidate=rel.candidate,
                alternatives=_alternatives(rel.candidate, (t.candidate, *t.alternatives)),
                precision=Precision.NEAR,
                latitude=rel.latitude,
                longitude=rel.longitude,
            )
    return out


def _resolve(
    text: str,
    gz: Gazetteer,
    mentions: Sequence[Mention],
    *,
    demonyms: Counter[str],
    bias: str | None,
    lookups: dict[str, list[Candidate]],
) -> list[Resolution]:
    spans = [(m.start, m.end) for m in mentions]
    return resolve_mentions(text, spans, gz, demonyms=demonyms, country_bias=bias, lookups=lookups)


def _cued_names(text: str, mentions: Sequence[Mention], res: Sequence[Resolution]) -> set[str]:
    """Names the text uses as places somewhere: after a locative word ("in Hit", "struck
    Haditha"), in a list with such a name ("in Jurf al-Sakhr and Al-Qaim"), or before
    the state or country that holds them ("Slidell, Louisiana")."""
    cued: set[str] = set()
    previous: Mention | None = None
    for k, m in enumerate(mentions):
        before = text[max(0, m.start - 40) : m.start]
        listed = (
            previous is not None
            and previous.text in cued
            and _LIST_GAP.match(text[previous.end : m.start]) is not None
        )
        contained = False
        if k + 1 < len(mentions) and text[m.end : mentions[k + 1].start] == ", ":
            nxt = res[k + 1].best
            contained = nxt is not None and nxt.place.feature_class == "A"
        settled = _SETTLEMENT_AFTER.match(text, m.end) is not None
        # "the Maiduguri-Damboa road": the towns a road links are places, when they lie
        # in one country (else one of them is read as a namesake abroad).
        routed = road_name(text, m.start, m.end) is not None and all(
            _same_country(res[k].best, res[n].best)
            for n in (k - 1, k + 1)
            if 0 <= n < len(mentions) and _linked(text, mentions[min(k, n)], mentions[max(k, n)])
        )
        if listed or contained or settled or routed or _CUE.search(before):
            cued.add(m.text)
        previous = m
    return cued


def _linked(text: str, a: Mention, b: Mention) -> bool:
    """True when *a* and *b* are the two towns of one road name."""
    return road_name(text, a.start, a.end) == (a.start, b.end)


def _same_country(a: Candidate | None, b: Candidate | None) -> bool:
    return a is not None and b is not None and a.place.country_code == b.place.country_code


def _place_like(m: Mention, r: Resolution, cued: set[str]) -> bool:
    """False for a lone word that names only some small town and that the text never
    uses as a place: in news prose "Chen", "Keith" or "Picture" are a person or a word,
    and so is one whose every reading resolution ruled out.
    Countries, regions, capitals, towns of 100,000 and names with an Arabic article
    ("Al-Qaim") or in Arabic script stand on their own."""
    if " " in m.text or m.text in cued:
        return True
    if r.best is None:
        # A word whose every reading the text ruled out (a nickname, a namesake abroad)
        # is a word ("Aid convoys"); one with readings too weak to choose stays a name.
        return bool(r.ranked) or bool(_ARTICLE_NAME.match(m.text)) or not m.text.isascii()
    p = r.best.place
    if p.feature_class != "P" or p.feature_code == "PPLC" or p.population >= 100_000:
        return True
    return bool(_ARTICLE_NAME.match(m.text)) or not m.text.isascii()


_THE_WATER = re.compile(r"\bthe\s+$", re.I)
_WATER_WORDS = frozenset({"sea", "ocean", "gulf", "strait", "straits", "channel"})
_ADMIN_AFTER = re.compile(
    r"\s+(?:state|province|governorate|region|district|county|department)\b", re.I
)


def _water_province(chunk: str, m: Mention, r: Resolution) -> bool:
    """True for a sea or gulf named with "the" ("ships in the Red Sea") read as a
    province that bears its name (Sudan's Red Sea state): the text means the water.
    "The Red Sea state" and "Red Sea governorate" name the province; a reading as the
    water itself ("the Indian Ocean") stands."""
    if r.best is None or r.best.place.feature_class != "A":
        return False
    if not any(w in _WATER_WORDS for w in m.text.lower().split()):
        return False
    return (
        _THE_WATER.search(chunk, max(0, m.start - 5), m.start) is not None
        and _ADMIN_AFTER.match(chunk, m.end) is None
    )


def _feature_as_town(chunk: str, m: Mention, r: Resolution) -> bool:
    """True for one word after "the" that ends its phrase, read as a small town ("through
    the Andes to", "hide in the Amazon,"): English gives a mountain range, desert, forest
    or region the article and a town none, so the words name the feature, not a hamlet
    of its name. "The Kabul government" (a modifier) and cities stand."""
    if r.best is None or " " in m.text.strip() or not m.text[:1].isupper():
        return False
    p = r.best.place
    if p.feature_class != "P" or p.population >= 100_000:
        return False
    return (
        _THE_WATER.search(chunk, max(0, m.start - 5), m.start) is not None
        and PHRASE_ENDS.match(chunk, m.end) is not None
    )


def _borders(chunk: str, offset: int, gz: Gazetteer, mentions: Sequence[Mention]) -> list[Toponym]:
    """Toponyms for "the Syrian border" and the like: the country, at region precision.

    Without border lines in the gazetteer the point is the country's; the precision says
    that the place is somewhere along its border, not a pinpoint.
    """
    countries = gz.countries()
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for m in _BORDER.finditer(chunk):
        code = DEMONYMS.get(m.group("dem").lower())
        if code is None or code not in countries:
            continue
        start, end = m.start("the"), m.end()
        if any(s < end and start < e for s, e in taken):
            continue
        place = countries[code]
        cand = Candidate(place, 0.9, m.group("dem"), MatchKind.EXACT)
        out.append(
            Toponym(
                start + offset,
                end + offset,
                chunk[start:end],
                m.group("dem"),
                cand,
                (),
                Precision.REGION,
                place.latitude,
                place.longitude,
            )
        )
    return out
