"""One default gazetteer per process, opened on first use and shared.

``geoparse(text)`` and ``extract_incidents(text)`` called without ``gazetteer=``
(the usual way in a notebook) ask for the default gazetteer on every call. Opening
it costs most of a millisecond and a fresh object starts with empty per-gazetteer
caches, so the package keeps one: opened lazily under a lock (threads that race
for the first open get the same object), keyed by the file the default resolves
to (so a changed ``$INCIDENT_MAPPER_CACHE`` gets its own), reopened if a caller
closed it, and closed when the interpreter exits.
"""

from __future__ import annotations

import atexit
import threading
from pathlib import Path

from .core import Gazetteer

__all__ = ["close_shared", "shared_default"]

_LOCK = threading.Lock()
_OPEN: dict[Path, Gazetteer] = {}


def shared_default() -> Gazetteer:
    """The process-wide default gazetteer, opened (and built if need be) on first use.

    Returns
    -------
    Gazetteer
        The same object on every call while the default file stays the same. Callers
        should not close it; if one does, the next call opens it again.

    Raises
    ------
    GazetteerError
        The default cannot be built or opened.
    """
    from .embedded import default_path

    path = default_path()
    gz = _OPEN.get(path)
    if gz is not None and not gz.closed:
        return gz
    with _LOCK:
        gz = _OPEN.get(path)
        if gz is None or gz.closed:
            gz = Gazetteer.default()
            _OPEN[path] = gz
        return gz


def close_shared() -> None:
    """Close every shared default gazetteer (run at interpreter exit)."""
    with _LOCK:
        for gz in _OPEN.values():
            gz.close()
        _OPEN.clear()


atexit.register(close_shared)
