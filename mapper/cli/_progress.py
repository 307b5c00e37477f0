"""Progress bars for the command line: tqdm on standard error, only for a person watching.

A bar is drawn when standard error is a terminal and ``--quiet`` is not given, so logs,
pipes and scripts get no carriage-return noise.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tqdm import tqdm

__all__ = ["progress_bar", "stderr_is_terminal"]


def stderr_is_terminal() -> bool:
    """True when standard error is an interactive terminal."""
    isatty = getattr(sys.stderr, "isatty", None)
    return bool(isatty and isatty())


def progress_bar(*, quiet: bool, **options: Any) -> tqdm:
    """A tqdm bar on standard error, disabled when *quiet* or not on a terminal.

    Parameters
    ----------
    quiet : bool
        The command line's ``--quiet``.
    **options
        Passed to :class:`tqdm.tqdm` (``total``, ``desc``, ``unit``...); the bar is
        cleared when done unless ``leave=True`` is given.
    """
    from tqdm import tqdm

    options.setdefault("leave", False)
    return tqdm(file=sys.stderr, disable=quiet or not stderr_is_terminal(), **options)
