"""Input warnings as one ``warning:`` line each on standard error."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager

import click

from ..errors import InputWarning

__all__ = ["input_warnings"]


@contextmanager
def input_warnings(*, quiet: bool) -> Iterator[None]:
    """Print each :class:`InputWarning` raised inside as one line (none when *quiet*);
    other warnings pass through untouched."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", InputWarning)
        yield
    for w in caught:
        if not issubclass(w.category, InputWarning):
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
        elif not quiet:
            click.echo(f"warning: {w.message}", err=True)
