"""incident-mapper: conflict news text -> places -> incidents -> maps.

>>> from mapper import geoparse                              # doctest: +SKIP
>>> for t in geoparse("US forces struck two sites in Jurf al-Sakhr and Al-Qaim."):
...     print(t.text, t.candidate.place.id, t.precision.name)  # doctest: +SKIP
"""

from .actors import Actor, ActorLexicon, ActorMention
from .casualties import CasualtyMention, find_casualties, parse_number
from .dates import DateMention, event_date, find_dates, parse_published
from .errors import InputError, MapperError
from .events import EventMention, find_events
from .extract import extract_articles, extract_incidents, merge_incidents
from .frame import INCIDENT_COLUMNS, to_geodataframe
from .geoparse import geoparse
from .incident import Count, DatePrecision, EventType, Incident, Source, Span
from .toponym import Precision, Toponym

__all__ = [
    "INCIDENT_COLUMNS",
    "Actor",
    "ActorLexicon",
    "ActorMention",
    "CasualtyMention",
    "Count",
    "DateMention",
    "DatePrecision",
    "EventMention",
    "EventType",
    "Incident",
    "InputError",
    "MapperError",
    "Precision",
    "Source",
    "Span",
    "Toponym",
    "event_date",
    "extract_articles",
    "extract_incidents",
    "find_casualties",
    "find_dates",
    "find_events",
    "geoparse",
    "merge_incidents",
    "parse_number",
    "parse_published",
    "to_geodataframe",
]
