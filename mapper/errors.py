"""Exceptions raised by the mapper package; all derive from :class:`MapperError`."""

from __future__ import annotations

__all__ = [
    "AssetError",
    "InputError",
    "InputWarning",
    "MapperError",
    "OutputError",
    "PathError",
]


class MapperError(Exception):
    """Root of every error raised by :mod:`mapper`."""


class InputError(MapperError, ValueError):
    """Input that cannot be processed: not text, undecodable, or malformed."""


class PathError(InputError):
    """A path that cannot be used as given: missing, a folder where a file is expected,
    an unknown extension, or a folder with nothing to read in it.

    A kind of :class:`InputError`, told apart so the command line can exit with the code
    of a usage mistake (2) rather than of bad data (3).
    """


class OutputError(MapperError, OSError):
    """An output file cannot be written: a read-only folder, a missing parent, a full disk."""


class InputWarning(UserWarning):
    """Input that was read with a compromise: a skipped empty record, a legacy encoding."""


class AssetError(MapperError):
    """A map asset (Leaflet or a plugin's JS/CSS) is missing, unfetchable or malformed."""
