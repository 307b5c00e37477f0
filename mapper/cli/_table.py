"""Plain-text tables for the command line."""

from __future__ import annotations

from collections.abc import Sequence

import click

__all__ = ["echo_table"]


def echo_table(rows: Sequence[Sequence[str]]) -> None:
    """Print rows (the first is the header) as left-aligned columns."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        click.echo("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())
