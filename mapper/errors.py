"""Exceptions raised by the mapper package; all derive from :class:`MapperError`."""

from __future__ import annotations

__all__ = ["AssetError", "InputError", "MapperError"]


class MapperError(Exception):
    """Root of every error raised by :mod:`mapper`."""


class InputError(MapperError, ValueError):
    """Input that cannot be processed: not text, undecodable, or malformed."""


class AssetError(MapperError):
    """A map asset (Leaflet or a plugin's JS/CSS) is missing, unfetchable or malformed."""
