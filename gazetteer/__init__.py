"""Offline gazetteer: place names in any spelling or script -> ranked places.

>>> from gazetteer import Gazetteer
>>> gz = Gazetteer.default()                      # doctest: +SKIP
>>> gz.geocode("al-Kaim", country="Iraq")         # doctest: +SKIP
Candidate(place=Place(id='geonames:...', name='Al Qā’im', ...), score=..., ...)
"""

from .core import Gazetteer
from .errors import GazetteerError
from .model import Candidate, MatchKind, Place

__all__ = ["Candidate", "Gazetteer", "GazetteerError", "MatchKind", "Place"]
