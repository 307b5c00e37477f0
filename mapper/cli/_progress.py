"""Progress bars for the command line: tqdm on standard error, only for a person watching.

A bar is drawn when standard error is a terminal and ``--quiet`` is not given, so logs,
pipes and scripts get no carriage-return noise.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tqdm import tqdm

__all__ = ["StepBar", "progress_bar", "stderr_is_terminal"]


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


class StepBar:
    """A ``progress(done, total)`` callback that draws a bar once there is enough to do.

    Use as a context manager, so the bar is cleared however the work ends.

    Parameters
    ----------
    quiet : bool
        The command line's ``--quiet``.
    desc, unit : str
        The bar's label and unit.
    min_total : int
        Below this many steps the work is quick and no bar is drawn.
    """

    def __init__(self, *, quiet: bool, desc: str, unit: str, min_total: int = 0) -> None:
        self._options = {"desc": desc, "unit": unit}
        self._quiet = quiet
        self._min_total = min_total
        self._bar: tqdm | None = None

    def __call__(self, done: int, total: int) -> None:
        if total < self._min_total:
            return
        if self._bar is None:
            self._bar = progress_bar(quiet=self._quiet, total=total, **self._options)
        self._bar.update(done - self._bar.n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> StepBar:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
