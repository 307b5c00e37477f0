"""What ``extract`` and ``map`` share: their input options and the run that loads incidents."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ..actors import ActorLexicon
from ..workflow import load_incidents
from ._progress import StepBar, progress_bar
from ._table import echo_table
from ._warnings import input_warnings
from .gazetteer import gazetteer_option, open_gazetteer, supplement_option
from .geocode import PROGRESS_MIN_LOOKUPS

if TYPE_CHECKING:
    import geopandas

__all__ = ["echo_summary", "incident_inputs", "run_inputs"]

F = TypeVar("F", bound=Callable[..., Any])


def incident_inputs(func: F) -> F:
    """The options every command that reads articles takes."""
    for option in reversed(
        (
            click.argument("inputs", nargs=-1, required=True, type=click.Path(allow_dash=True)),
            click.option(
                "--published",
                metavar="DATE",
                help="Publication date for articles that carry none (plain text files), "
                "e.g. 2024-01-24; without one their relative dates stay unresolved.",
            ),
            click.option("--country-bias", metavar="CC", help="Country most places are in."),
            click.option(
                "--actors",
                "actors_file",
                type=click.Path(dir_okay=False),
                help="CSV or JSON of extra actors (name,aliases,kind,country_code).",
            ),
            click.option(
                "--min-confidence",
                type=click.FloatRange(0.0, 1.0),
                metavar="P",
                help="Drop extracted incidents whose confidence is below P (0-1); "
                "default: keep them all.",
            ),
            gazetteer_option,
            supplement_option,
        )
    ):
        func = option(func)
    return func


def run_inputs(
    obj: dict[str, Any],
    inputs: tuple[str, ...],
    *,
    published: str | None,
    country_bias: str | None,
    actors_file: str | None,
    min_confidence: float | None,
    gazetteer_path: str | None,
    supplements: tuple[str, ...],
    tables: bool,
) -> tuple[geopandas.GeoDataFrame, int]:
    """Incidents from the inputs, and how many articles were read.

    Input warnings (an empty file skipped in a folder, a legacy encoding) print as one
    ``warning:`` line each unless ``--quiet``; progress bars count articles and the
    place names of tables being geocoded.
    """
    quiet = bool(obj.get("quiet"))
    logging.getLogger("pyogrio").setLevel(logging.WARNING)
    gz = open_gazetteer(gazetteer_path, supplements, quiet=quiet)
    actors = ActorLexicon.default().with_file(actors_file) if actors_file else None
    read = [0]

    def progress(stream: Iterable[Any]) -> Iterator[Any]:
        for article in progress_bar(quiet=quiet, iterable=stream, desc="articles", unit="doc"):
            read[0] += 1
            yield article

    lookups = StepBar(quiet=quiet, desc="geocoding", unit="place", min_total=PROGRESS_MIN_LOOKUPS)
    with input_warnings(quiet=quiet), lookups:
        gdf = load_incidents(
            inputs,
            gazetteer=gz,
            country_bias=country_bias,
            published=published,
            actors=actors,
            min_confidence=min_confidence,
            tables=tables,
            progress=progress,
            geocode_progress=lookups,
        )
    return gdf, read[0]


def echo_summary(gdf: geopandas.GeoDataFrame, articles: int) -> None:
    """A table of incidents per event type: located, unlocated, fatalities."""
    types = gdf["event_type"].fillna("(no type)") if "event_type" in gdf else None
    located = gdf.geometry.notna() & ~gdf.geometry.is_empty
    rows = [("event type", "incidents", "located", "fatalities (at least)")]
    counts = Counter(types) if types is not None else Counter({"(no type)": len(gdf)})
    for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        mask = types == name if types is not None else located | ~located
        deaths = gdf.loc[mask, "fatalities"].sum() if "fatalities" in gdf else 0
        rows.append((str(name), str(n), str(int(located[mask].sum())), str(int(deaths))))
    deaths = int(gdf["fatalities"].sum()) if "fatalities" in gdf else 0
    rows.append(("all", str(len(gdf)), str(int(located.sum())), str(deaths)))
    echo_table(rows)
    if articles:
        click.echo(f"{articles} article{'s' if articles != 1 else ''} read")
