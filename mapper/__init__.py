"""incident-mapper: conflict news text -> places -> incidents -> maps.

>>> from mapper import geoparse                              # doctest: +SKIP
>>> for t in geoparse("US forces struck two sites in Jurf al-Sakhr and Al-Qaim."):
...     print(t.text, t.candidate.place.id, t.precision.name)  # doctest: +SKIP
"""

from .actors import Actor, ActorLexicon, ActorMention
from .articles import Article, read_articles
from .casualties import CasualtyMention, find_casualties, parse_number
from .dates import DateMention, event_date, find_dates, parse_published, report_date
from .errors import AssetError, InputError, InputWarning, MapperError, OutputError, PathError
from .events import EventMention, find_events
from .extract import extract_articles, extract_incidents, merge_incidents
from .frame import INCIDENT_COLUMNS, to_geodataframe
from .geocode_table import geocode_table
from .geoparse import geoparse
from .incident import Count, DatePrecision, EventType, Incident, Source, Span
from .incident_table import read_incident_table
from .tables import read_table
from .toponym import Precision, Toponym
from .writers import write_incidents

__all__ = [
    "INCIDENT_COLUMNS",
    "Actor",
    "ActorLexicon",
    "ActorMention",
    "Article",
    "AssetError",
    "CasualtyMention",
    "Count",
    "DateMention",
    "DatePrecision",
    "EventMention",
    "EventType",
    "Incident",
    "InputError",
    "InputWarning",
    "MapperError",
    "OutputError",
    "PathError",
    "Precision",
    "Source",
    "Span",
    "Toponym",
    "event_date",
    "extract_articles",
    "extract_incidents",
    "fetch_assets",
    "find_casualties",
    "find_dates",
    "find_events",
    "geocode_table",
    "geoparse",
    "merge_incidents",
    "parse_number",
    "parse_published",
    "read_articles",
    "read_incident_table",
    "read_table",
    "render_map",
    "report_date",
    "to_geodataframe",
    "write_incidents",
]

_LAZY = {"render_map": "render", "fetch_assets": "webassets"}


def __getattr__(name: str) -> object:
    # Maps need folium (most of a second to import); load it only when a map is made.
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
