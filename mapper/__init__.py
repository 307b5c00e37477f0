"""incident-mapper: conflict news text -> places -> incidents -> maps.

>>> from mapper import geoparse                              # doctest: +SKIP
>>> for t in geoparse("US forces struck two sites in Jurf al-Sakhr and Al-Qaim."):
...     print(t.text, t.candidate.place.id, t.precision.name)  # doctest: +SKIP
"""

from .errors import AssetError, InputError, MapperError
from .frame import INCIDENT_COLUMNS, to_geodataframe
from .geoparse import geoparse
from .incident import Count, DatePrecision, EventType, Incident, Source, Span
from .toponym import Precision, Toponym

__all__ = [
    "INCIDENT_COLUMNS",
    "AssetError",
    "Count",
    "DatePrecision",
    "EventType",
    "Incident",
    "InputError",
    "MapperError",
    "Precision",
    "Source",
    "Span",
    "Toponym",
    "fetch_assets",
    "geoparse",
    "render_map",
    "to_geodataframe",
]

_LAZY = {"render_map": "render", "fetch_assets": "webassets"}


def __getattr__(name: str) -> object:
    # Maps need folium (most of a second to import); load it only when a map is made.
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
