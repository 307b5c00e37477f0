"""Exceptions raised by the gazetteer package.

Every error derives from :class:`GazetteerError`; the children also derive from the
built-in exception a caller would expect (``ValueError``, ``LookupError``, ``OSError``),
so ``except ValueError`` keeps working for code that does not know this package.
"""

from __future__ import annotations

__all__ = [
    "DownloadError",
    "GazetteerDataError",
    "GazetteerError",
    "GazetteerFileError",
    "InvalidQueryError",
    "PlaceNotFound",
    "UnknownCountryError",
]


class GazetteerError(Exception):
    """Root of every error raised by :mod:`gazetteer`."""


class GazetteerDataError(GazetteerError, ValueError):
    """Source data is malformed: a corrupt dump, a bad row, a truncated archive.

    Parameters
    ----------
    message : str
        What is wrong.
    path : str, optional
        The file at fault.
    line : int, optional
        The 1-based line number at fault.
    value : str, optional
        The offending value, shortened for display.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        value: str | None = None,
    ) -> None:
        self.path = path
        self.line = line
        self.value = value
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        shown = ""
        if value is not None:
            v = value if len(value) <= 80 else value[:77] + "..."
            shown = f" (value: {v!r})"
        super().__init__(f"{where}{message}{shown}")


class GazetteerFileError(GazetteerError, OSError):
    """A gazetteer file is missing, unreadable, or not a gazetteer."""


class InvalidQueryError(GazetteerError, ValueError):
    """A query argument is invalid: an empty or non-string name, bad coordinates."""


class UnknownCountryError(GazetteerError, ValueError):
    """A country code or name that the gazetteer does not know."""


class PlaceNotFound(GazetteerError, LookupError):
    """No place has the requested id."""


class DownloadError(GazetteerError, OSError):
    """A GeoNames dump could not be fetched or failed its integrity checks."""
