"""The result of geoparsing: a place name found in a text, and where it is."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import IntEnum

from gazetteer import Candidate

__all__ = ["Precision", "Toponym"]


class Precision(IntEnum):
    """How precisely a toponym's point locates what the text says (ACLED/UCDP style)."""

    EXACT = 1
    """The place itself: a town, a base, a site."""
    NEAR = 2
    """Near or part of a place: "20 km south of Mosul", "the outskirts of Raqqa"."""
    REGION = 3
    """A region: a governorate, a province, "western Iraq"."""
    COUNTRY = 4
    """A whole country."""

    @classmethod
    def of(cls, candidate: Candidate | None) -> Precision:
        """The precision a chosen place gives on its own (before a relative expression).

        Countries are 4; administrative areas, continents and regions 3; a street or
        building placed in the town the text is about (``fallback="document"``) 2; any
        other place, or no candidate, 1.
        """
        if candidate is None:
            return cls.EXACT
        p = candidate.place
        if candidate.fallback == "document":
            return cls.NEAR
        if p.feature_code.startswith("PCL"):
            return cls.COUNTRY
        if p.feature_class == "A" or p.feature_code in ("CONT", "RGN"):
            return cls.REGION
        return cls.EXACT


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place reference in a text.

    Attributes
    ----------
    start, end : int
        Character offsets of the reference in the text (``text[start:end]``).
    text : str
        The surface text, e.g. ``"Jurf al-Sakhr"`` or ``"20 km south of Baghdad"``.
    name : str
        The place name inside it that was looked up (``"Baghdad"``).
    candidate : Candidate or None
        The chosen place, or None when no candidate was good enough (unresolved).
    alternatives : tuple of Candidate
        The runners-up, best first.
    precision : Precision
        1 exact place, 2 near or part of a place, 3 region, 4 country.
    latitude, longitude : float or None
        The point to map: the place's, or moved by a relative expression
        ("20 km south of").
    """

    start: int
    end: int
    text: str
    name: str
    candidate: Candidate | None
    alternatives: tuple[Candidate, ...]
    precision: Precision
    latitude: float | None
    longitude: float | None

    @property
    def resolved(self) -> bool:
        """True when a place was chosen."""
        return self.candidate is not None

    def placed_at(self, candidate: Candidate, precision: Precision | None = None) -> Toponym:
        """This reference read as *candidate* (a runner-up), at its point; *precision*
        replaces the reference's own when given."""
        return replace(
            self,
            candidate=candidate,
            latitude=candidate.place.latitude,
            longitude=candidate.place.longitude,
            precision=self.precision if precision is None else precision,
        )
