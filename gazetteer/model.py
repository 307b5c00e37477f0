"""Typed results of the gazetteer: places, the names they are known by, and candidates."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

__all__ = ["Candidate", "MatchKind", "Place", "PlaceRecord"]


class MatchKind(StrEnum):
    """How a query name matched a name of the place."""

    EXACT = "exact"
    """The query equals one of the place's names, up to case and diacritics."""
    NORMALISED = "normalised"
    """Equal after folding articles, romanisation variants and generic words."""
    FUZZY = "fuzzy"
    """Close in spelling (a typo or two) after normalisation."""


@dataclass(frozen=True, slots=True)
class Place:
    """A place in the gazetteer.

    Attributes
    ----------
    id : str
        Stable identifier with its namespace: ``geonames:92138``, ``icao:ORAA``,
        ``iso3166-2:IQ-AN``, ``iso3166-1:IQ``, ``curated:jurf-al-sakhr``.
    name : str
        The preferred display name.
    latitude, longitude : float
        WGS84 degrees. For regions and countries, a representative point (centroid).
    feature_class, feature_code : str
        GeoNames feature class (``P`` populated place, ``A`` administrative area,
        ``S`` spot/building, ...) and code (``PPL``, ``PPLC``, ``ADM1``, ``PCLI``,
        ``AIRB``, ``AIRP``, ...).
    country_code : str or None
        ISO 3166-1 alpha-2 code.
    admin1_code, admin1_name : str or None
        First-level administrative division: GeoNames admin1 code (``"06"``) or,
        where GeoNames has none, the ISO 3166-2 suffix; and its display name.
    population : int
        Population where known, else 0.
    source : str
        The data package (and version) the place came from.
    provenance : str
        Free text saying where a curated or user-supplied row comes from.
    """

    id: str
    name: str
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    country_code: str | None
    admin1_code: str | None = None
    admin1_name: str | None = None
    population: int = 0
    source: str = ""
    provenance: str = ""

    @property
    def namespace(self) -> str:
        """The id's namespace, such as ``geonames`` or ``icao``."""
        return self.id.partition(":")[0]

    @property
    def is_region(self) -> bool:
        """True for countries and administrative divisions (feature class ``A``)."""
        return self.feature_class == "A"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One answer to a name lookup.

    Attributes
    ----------
    place : Place
        The place.
    score : float
        Confidence in [0, 1]; comparable across the candidates of one query.
    matched : str
        The name of the place that matched the query.
    match : MatchKind
        How it matched: exact, normalised or fuzzy.
    fallback : str or None
        ``"admin1"`` when the place named in the query was not found and this is the
        first-level region the caller named instead; ``"document"`` when a geoparser
        chose, for a street or building it could not find, the town its text is about;
        ``"within"`` when it resolved "Eastern Ghouta" through "Ghouta"; None for a
        direct answer.
    """

    place: Place
    score: float
    matched: str
    match: MatchKind
    fallback: str | None = None

    def rescored(self, score: float) -> Candidate:
        """The same candidate with another score (faster than ``dataclasses.replace``,
        which matters when a document reranks thousands of candidates)."""
        return Candidate(self.place, score, self.matched, self.match, self.fallback)


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    """A place with every name it is known by, as a data source yields it for building."""

    place: Place
    names: tuple[str, ...] = field(default=())
