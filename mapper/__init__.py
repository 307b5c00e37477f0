"""incident-mapper: conflict news text -> places -> incidents -> maps.

>>> from mapper import geoparse                              # doctest: +SKIP
>>> for t in geoparse("US forces struck two sites in Jurf al-Sakhr and Al-Qaim."):
...     print(t.text, t.candidate.place.id, t.precision.name)  # doctest: +SKIP
"""

from .errors import InputError, MapperError
from .frame import INCIDENT_COLUMNS, to_geodataframe
from .geoparse import geoparse
from .incident import Count, DatePrecision, EventType, Incident, Source, Span
from .toponym import Precision, Toponym

__all__ = [
    "INCIDENT_COLUMNS",
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
    "geoparse",
    "to_geodataframe",
]
