"""The coded incident: what happened, when, where, who, how many, and the evidence.

Field names and the event taxonomy follow ACLED's codebook where ACLED has them, so a
table of incidents from this package reads like an ACLED export. Every value that was
read from a text keeps the span it was read from (:attr:`Incident.field_evidence`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .errors import InputError
from .toponym import Precision

__all__ = [
    "SUB_EVENT_TYPES",
    "Count",
    "DatePrecision",
    "EventType",
    "Incident",
    "Source",
    "Span",
]


class EventType(StrEnum):
    """ACLED's six event types."""

    BATTLES = "Battles"
    EXPLOSIONS = "Explosions/Remote violence"
    VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
    PROTESTS = "Protests"
    RIOTS = "Riots"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"


SUB_EVENT_TYPES: dict[EventType, tuple[str, ...]] = {
    EventType.BATTLES: (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    EventType.EXPLOSIONS: (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    EventType.VIOLENCE_AGAINST_CIVILIANS: (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    EventType.PROTESTS: (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    EventType.RIOTS: ("Violent demonstration", "Mob violence"),
    EventType.STRATEGIC_DEVELOPMENTS: (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
"""ACLED's sub-event types under each event type."""


class DatePrecision(StrEnum):
    """How precisely :attr:`Incident.event_date` is known.

    ACLED's ``time_precision`` is 1 for a day, 2 for a week (or a few days) and 3 for a
    month or longer; :attr:`acled` gives that code.
    """

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"

    @property
    def acled(self) -> int:
        """ACLED's ``time_precision`` code (1, 2 or 3)."""
        return {"day": 1, "week": 2}.get(self.value, 3)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of a source text: ``text == document[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Source:
    """The document an incident was read from.

    Attributes
    ----------
    id : str
        A document identifier: a file name with a line number, a URL, or the caller's id.
    title, url : str or None
        The article's headline and address, when known.
    published : date or None
        The publication date; relative dates ("on Wednesday") are resolved against it.
    """

    id: str
    title: str | None = None
    url: str | None = None
    published: date | None = None


@dataclass(frozen=True, slots=True)
class Count:
    """A number of people as a report gives it: exact, a range, or open-ended.

    ``Count(2, 2)`` is "two"; ``Count(3, None)`` is "at least 3"; ``Count(24, 99)`` is
    "dozens". No exact number is ever made up from a vague one.
    """

    low: int
    high: int | None

    @property
    def exact(self) -> int | None:
        """The number when the report gives one number, else None."""
        return self.low if self.high == self.low else None

    def __str__(self) -> str:
        if self.high == self.low:
            return str(self.low)
        if self.high is None:
            return f"{self.low}+"
        return f"{self.low}-{self.high}"


@dataclass(frozen=True, slots=True)
class Incident:
    """One event at one place, coded from news text.

    Attributes
    ----------
    id : str
        Stable within a run: derived from the source, the sentence and the place.
    event_date : date or None
        The day the event happened (the first day of the week, month or year when the
        precision is coarser); None when the text does not say and no publication date
        allows resolving a relative date. An event the text does not date at all gets the
        publication date at week precision: the last day of the days it can fall in.
    date_precision : DatePrecision or None
        day, week, month or year.
    event_type : EventType
        One of ACLED's six types.
    sub_event_type : str
        One of :data:`SUB_EVENT_TYPES` for the event type.
    actor1, actor2 : str or None
        The perpetrator and the target, as named actors ("Military Forces of the United
        States", "Islamic State", "Civilians"); "Unidentified Armed Group" when the text
        says who did it only vaguely.
    location : str
        The place as the text names it ("20 km south of Haditha").
    place_id, place_name : str or None
        The gazetteer place chosen for it.
    country, country_code, admin1 : str or None
        Country name, ISO 3166-1 alpha-2 code and first-level region of the place.
    latitude, longitude : float or None
        The point to map; None when the place could not be resolved.
    geo_precision : Precision or None
        1 exact place, 2 near or part of a place, 3 region, 4 country.
    fatalities, injuries : Count or None
        Killed and wounded, None when the text does not say.
    sources : tuple of Source
        Every report of this incident (duplicates merge and keep all their sources).
    evidence : Span
        The sentence that reports the event, with offsets into the first source's text.
    field_evidence : tuple of (str, Span)
        For each coded field (``"event_type"``, ``"event_date"``, ``"location"``,
        ``"actor1"``, ``"fatalities"``, ...), the words it was read from.
    confidence : float
        In [0, 1]: how sure the extractor is that this is a real incident at this place.

    Raises
    ------
    InputError
        A sub-event type not of the event type, a coordinate out of range or a
        confidence outside [0, 1] (also a ``ValueError``).
    """

    id: str
    event_date: date | None
    date_precision: DatePrecision | None
    event_type: EventType
    sub_event_type: str
    actor1: str | None
    actor2: str | None
    location: str
    place_id: str | None
    place_name: str | None
    country: str | None
    country_code: str | None
    admin1: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: Precision | None
    fatalities: Count | None
    injuries: Count | None
    sources: tuple[Source, ...]
    evidence: Span
    field_evidence: tuple[tuple[str, Span], ...] = field(default=())
    confidence: float = 0.0

    def __post_init__(self) -> None:
        if self.sub_event_type not in SUB_EVENT_TYPES[EventType(self.event_type)]:
            raise InputError(
                f"sub_event_type {self.sub_event_type!r} is not one of {self.event_type}'s"
            )
        for name, value, bound in (
            ("latitude", self.latitude, 90.0),
            ("longitude", self.longitude, 180.0),
        ):
            if value is not None and not -bound <= value <= bound:
                raise InputError(f"{name} {value!r} is outside [-{bound}, {bound}]")
        if not 0.0 <= self.confidence <= 1.0:
            raise InputError(f"confidence {self.confidence!r} is outside [0, 1]")

    @property
    def source(self) -> Source | None:
        """The first source, or None."""
        return self.sources[0] if self.sources else None

    def evidence_for(self, name: str) -> Span | None:
        """The span a field was read from, or None."""
        for key, span in self.field_evidence:
            if key == name:
                return span
        return None
