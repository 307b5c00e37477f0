"""incident-mapper: conflict news text -> places -> incidents -> maps.

>>> from mapper import geoparse                              # doctest: +SKIP
>>> for t in geoparse("US forces struck two sites in Jurf al-Sakhr and Al-Qaim."):
...     print(t.text, t.candidate.place.id, t.precision.name)  # doctest: +SKIP
"""

from .errors import InputError, MapperError
from .geoparse import geoparse
from .toponym import Precision, Toponym

__all__ = ["InputError", "MapperError", "Precision", "Toponym", "geoparse"]
