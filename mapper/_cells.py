"""Text cells of a CSV file kept from running as spreadsheet formulas.

News text is untrusted, and analysts open CSV files in spreadsheets, which run a cell
that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return before one) as
a formula: ``=HYPERLINK(...)`` or a DDE payload in a quoted sentence would run. Such a
cell is written with a leading apostrophe, which spreadsheets show as text; a cell that
itself starts with an apostrophe gets one more, so that reading strips exactly one and
every value round-trips.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["quote_formulas", "unquote_formulas"]

_RISKY = ("=", "+", "-", "@", "\t", "\r", "'")


def _text_columns(df: pd.DataFrame) -> list[str]:
    from pandas.api.types import is_object_dtype, is_string_dtype

    return [c for c in df.columns if is_object_dtype(df[c]) or is_string_dtype(df[c])]


def quote_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of *df* whose risky text cells start with an apostrophe."""
    out = df.copy()
    for column in _text_columns(out):
        out[column] = out[column].map(
            lambda v: "'" + v if isinstance(v, str) and v.startswith(_RISKY) else v
        )
    return out


def unquote_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """*df* with the apostrophe :func:`quote_formulas` added removed again (in place)."""
    for column in _text_columns(df):
        df[column] = df[column].map(
            lambda v: (
                v[1:]
                if isinstance(v, str) and v[1:2] and v[1:].startswith(_RISKY) and v.startswith("'")
                else v
            )
        )
    return df
