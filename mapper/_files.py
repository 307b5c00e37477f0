"""Reading input files safely: a size limit checked before reading, and text decoding.

Private helpers shared by the article and table readers.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from .errors import InputError, PathError
from .geoparse import read_text

__all__ = ["checked_file", "decode_text", "read_limited", "shown"]


def shown(value: object, limit: int = 60) -> str:
    """*value* as ``repr`` (numpy scalars as plain numbers), shortened for a message."""
    item = getattr(value, "item", None)
    text = repr(item() if callable(item) and not isinstance(value, str | bytes) else value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def checked_file(path: str | os.PathLike[str], suffixes: Sequence[str], what: str) -> Path:
    """*path* as a Path, once it is known to be a file with one of *suffixes*.

    Raises
    ------
    PathError
        No such file, a folder, or another extension (the message lists *suffixes*).
    """
    p = Path(path)
    if not p.is_file():
        raise PathError(f"{p}: {'is a folder, not a table' if p.is_dir() else 'no such file'}")
    suffix = p.suffix.lower()
    if suffix not in suffixes:
        raise PathError(
            f"{p}: unknown extension {suffix or '(none)'!r}; {what} are {', '.join(suffixes)}"
        )
    return p


def read_limited(path: Path, limit: int, *, what: str = "file") -> bytes:
    """The bytes of *path*, refusing (before reading) a file larger than *limit*.

    Raises
    ------
    PathError
        The file is missing, unreadable or a folder.
    InputError
        The file is larger than *limit*.
    """
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise PathError(f"{path}: is a folder, expected a {what}")
        if size > limit:
            raise InputError(
                f"{path}: {size:,} bytes is more than the {limit:,}-byte limit for a {what}"
            )
        with path.open("rb") as f:
            data = f.read(limit + 1)
    except FileNotFoundError:
        raise PathError(f"{path}: no such file") from None
    except OSError as exc:
        raise PathError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(data) > limit:  # grew while we looked
        raise InputError(f"{path}: more than the {limit:,}-byte limit for a {what}")
    return data


def decode_text(data: bytes, source: str) -> str:
    """Text from bytes: UTF-16 with a byte-order mark, else UTF-8 (with or without one).

    The same decoding as :func:`mapper.geoparse.read_text`, which does the work.

    Raises
    ------
    InputError
        Binary data (NUL bytes) or bytes that are not text in those encodings; the
        message names *source* and the line.
    """
    return read_text(data, source=source)
