"""The whole path from input files to a table of located incidents.

Articles (``.txt``, ``.md``, ``.html``, ``.jsonl``, folders of them, ``-`` for standard
input) go through the incident extractor; incident tables (``.csv``, ``.tsv``, ``.xlsx``,
``.parquet``, ``.geojson``, ``.gpkg``) are read as they are, and rows that name a place
but have no coordinates are geocoded. The command line's ``extract`` and ``map`` and
the notebooks all go through :func:`load_incidents`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from gazetteer import Gazetteer

from ._points import with_points
from .actors import ActorLexicon
from .articles import ARTICLE_SUFFIXES, Article, read_articles
from .dates import parse_published
from .errors import InputError, PathError
from .extract import extract_articles
from .frame import to_geodataframe
from .geocode_table import NAME_COLUMNS, geocode_table
from .incident_table import checked_coordinates, conform_incidents, read_incident_table
from .tables import TABLE_SUFFIXES, read_table

if TYPE_CHECKING:
    import geopandas

__all__ = ["is_table", "load_incidents"]

_GEO_SUFFIXES = (".geojson", ".json", ".gpkg")


def is_table(path: str | os.PathLike[str]) -> bool:
    """True when *path* names an incident table rather than articles, by its extension."""
    if os.fspath(path) == "-":
        return False
    suffix = Path(path).suffix.lower()
    return suffix in TABLE_SUFFIXES or suffix in _GEO_SUFFIXES


def _dated(
    articles: Iterable[Article], published: date | None, count: list[int]
) -> Iterator[Article]:
    """Articles, with *published* standing in where an article gives no date; counted
    in ``count[0]``."""
    for article in articles:
        if published is not None and article.source.published is None:
            article = replace(article, source=replace(article.source, published=published))
        count[0] += 1
        yield article


def _table(
    path: Path,
    gazetteer: Gazetteer | None,
    progress: Callable[[int, int], object] | None = None,
) -> geopandas.GeoDataFrame:
    """A table's rows as incidents; rows without coordinates are geocoded by name."""
    suffix = path.suffix.lower()
    if suffix in _GEO_SUFFIXES:
        return read_incident_table(path)
    df = read_table(path, require_rows=True)
    located = {"latitude", "longitude"} <= set(df.columns) and not (
        df["latitude"].isna() | df["longitude"].isna()
    ).any()
    if located and not set(NAME_COLUMNS) & set(df.columns):
        if "event_type" in df.columns:
            return conform_incidents(df)
        return with_points(checked_coordinates(df))
    # Rows with valid coordinates keep them; the others are placed by name.
    return geocode_table(df, gazetteer=gazetteer, progress=progress)


def load_incidents(
    paths: Sequence[str | os.PathLike[str]],
    *,
    gazetteer: Gazetteer | None = None,
    country_bias: str | None = None,
    published: date | str | None = None,
    actors: ActorLexicon | None = None,
    min_confidence: float | None = None,
    tables: bool = True,
    progress: Callable[[Iterable[Article]], Iterable[Article]] | None = None,
    geocode_progress: Callable[[int, int], object] | None = None,
) -> geopandas.GeoDataFrame:
    """Incidents from article files and incident tables, as one GeoDataFrame.

    Parameters
    ----------
    paths : sequence of path-like
        Article files, folders of them, ``"-"`` for standard input, and (when *tables*)
        incident tables. Tables are told from articles by extension.
    gazetteer : Gazetteer, optional
        Defaults to the embedded gazetteer.
    country_bias : str, optional
        Country most places are expected in (for the extractor).
    published : date or str, optional
        The publication date of articles that do not give their own (plain text files);
        relative dates in them ("on Wednesday") stay unresolved without one.
    actors : ActorLexicon, optional
        The actor lexicon, e.g. ``ActorLexicon.default().with_file("groups.csv")``.
    min_confidence : float, optional
        Drop extracted incidents whose confidence is below it (0-1); incident tables
        are kept whole.
    tables : bool
        Accept incident tables; when False a table is an error.
    progress : callable, optional
        Wraps the stream of articles (``tqdm`` fits), to show progress.
    geocode_progress : callable, optional
        Called with (done, total) as a table's distinct place names are looked up.

    Returns
    -------
    geopandas.GeoDataFrame
        Extracted incidents (duplicates merged across articles) followed by the tables'
        rows, in EPSG:4326.

    Raises
    ------
    PathError
        A missing path, an unknown extension, a folder without article files (an
        :class:`InputError` too).
    InputError
        Unreadable input, naming the file, line and value; a table when *tables* is
        False; a table without rows; articles that are all empty; a publication date
        that is not a date.
    """
    import geopandas
    import pandas as pd

    when = parse_published(published) if published is not None else None
    table_paths = [Path(p) for p in paths if is_table(p)]
    article_paths = [p for p in paths if not is_table(p)]
    if table_paths and not tables:
        raise InputError(
            f"{table_paths[0]}: a table, not articles (articles are"
            f" {', '.join(ARTICLE_SUFFIXES)} files, folders or -)"
        )
    gz = gazetteer if gazetteer is not None else Gazetteer.shared()
    frames = []
    if article_paths:
        read = [0]
        stream: Iterable[Article] = _dated(read_articles(article_paths), when, read)
        if progress is not None:
            stream = progress(stream)
        incidents = extract_articles(
            stream,
            gazetteer=gz,
            country_bias=country_bias,
            actors=actors,
            min_confidence=min_confidence,
        )
        if not read[0]:
            raise InputError(
                f"{', '.join(map(str, article_paths))}: no article with text"
                " (every file or record was empty)"
            )
        frames.append(to_geodataframe(incidents))
    frames.extend(_table(p, gz, geocode_progress) for p in table_paths)
    if not frames:
        raise PathError("no input given")
    if len(frames) == 1:
        return frames[0]
    combined = pd.concat(frames, ignore_index=True)
    return geopandas.GeoDataFrame(combined, geometry="geometry", crs="EPSG:4326")
