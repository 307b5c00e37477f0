"""incident-mapper: conflict news text -> places -> incidents -> maps.

The geoparser, incident extraction and map rendering build on :mod:`gazetteer`; for
now this package holds the command-line interface.
"""

__all__: list[str] = []
