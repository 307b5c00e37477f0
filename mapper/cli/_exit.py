"""Exit codes of the ``incident-mapper`` command and the one-line message for each error.

======  ================================================================================
code    meaning
======  ================================================================================
0       done
1       an unexpected error (a bug: please report it with the ``--debug`` traceback)
2       a usage mistake: a bad option, a missing or unknown input file or folder, an
        output that cannot be written (missing folder, a file in the way, disk full,
        permission denied)
3       bad input data: undecodable or binary text, a malformed row or record, a
        missing column, a value that is not a number or a date, an unknown country
130     interrupted (Ctrl-C)
======  ================================================================================
"""

from __future__ import annotations

import errno

from gazetteer.errors import GazetteerError

from ..errors import MapperError, PathError

__all__ = [
    "EXIT_DATA_ERROR",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_UNEXPECTED",
    "EXIT_USER_ERROR",
    "describe",
    "one_line",
]

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USER_ERROR = 2
EXIT_DATA_ERROR = 3
EXIT_INTERRUPTED = 130


def one_line(message: str) -> str:
    """*message* with its line breaks and runs of spaces folded to single spaces."""
    return " ".join(message.split())


def describe(exc: BaseException) -> tuple[str, int]:
    """The ``error:`` line (without the prefix) and the exit code for *exc*.

    The packages' errors say what is wrong themselves; an :class:`OSError` from
    elsewhere (a full disk, a permission refused while writing) is told as its file and
    reason; anything else is unexpected and says how to get the traceback.
    """
    if isinstance(exc, PathError):
        return one_line(str(exc)), EXIT_USER_ERROR
    if isinstance(exc, MapperError | GazetteerError):
        code = EXIT_DATA_ERROR if isinstance(exc, ValueError) else EXIT_USER_ERROR
        return one_line(str(exc)), code
    if isinstance(exc, OSError):
        reason = exc.strerror or (errno.errorcode.get(exc.errno or 0)) or str(exc)
        where = exc.filename if exc.filename is not None else None
        text = f"{where}: {reason}" if where is not None else str(reason)
        return one_line(text), EXIT_USER_ERROR
    detail = f": {exc}" if str(exc) else ""
    return (
        one_line(f"unexpected {type(exc).__name__}{detail} (run with --debug for the traceback)"),
        EXIT_UNEXPECTED,
    )
