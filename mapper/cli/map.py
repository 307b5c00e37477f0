"""``incident-mapper map INPUT... -o map.html``: articles or incident tables -> a map."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..errors import OutputError, PathError
from ..writers import check_output
from ._incidents import echo_summary, incident_inputs, run_inputs

__all__ = ["map_cmd"]


@click.command("map")
@incident_inputs
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False),
    help="The HTML file to write.",
)
@click.option("--title", help="Title shown on the map and as the page title.")
@click.option(
    "--offline",
    is_flag=True,
    help="Inline Leaflet, the plugins and the country outlines from the asset folder "
    "(see --assets; fill it once with `incident-mapper assets fetch`), so the page loads "
    "no code from the network.",
)
@click.option(
    "--assets",
    metavar="DIR|URL",
    help="Asset folder made by `incident-mapper assets fetch` (inlined), or the URL of a "
    "mirror of it.",
)
@click.option(
    "--no-tiles",
    is_flag=True,
    help="No tile server: draw country outlines instead (for air-gapped viewing; with "
    "--offline the page needs no network at all).",
)
@click.pass_obj
def map_cmd(
    obj: dict[str, Any],
    output: str,
    title: str | None,
    offline: bool,
    assets: str | None,
    no_tiles: bool,
    **options: Any,
) -> None:
    """Draw incidents on an interactive HTML map.

    INPUT is news articles (.txt, .md, .html, .jsonl, a folder of them, or - for
    standard input), whose incidents are extracted first, or incident tables (.csv,
    .tsv, .xlsx, .parquet, .geojson, .gpkg): rows with coordinates are drawn as they
    are, rows that only name a place are geocoded with the gazetteer. The page has
    clusters, a legend and filters by event type and actor, a date slider with play, a
    heatmap, place search, and popups with the evidence sentence and source link.

    \b
    Examples:
      incident-mapper map examples/dispatches.jsonl -o map.html
      incident-mapper map examples/incident_log.csv -o log.html --title "Our log"
      incident-mapper map examples/dispatches.jsonl -o air-gapped.html --offline --no-tiles
    """
    from ..render import render_map

    if Path(output).suffix.lower() not in (".html", ".htm"):
        raise PathError(f"{output}: unknown output extension; a map is written as .html")
    check_output(output)  # before any work
    gdf, articles = run_inputs(obj, options.pop("inputs"), tables=True, **options)
    m = render_map(
        gdf,
        title=title,
        tiles=None if no_tiles else "OpenStreetMap",
        offline=offline,
        assets=assets,
    )
    try:
        m.save(output)
    except OSError as exc:
        raise OutputError(f"{output}: cannot write ({exc.strerror or exc})") from None
    if not obj.get("quiet"):
        echo_summary(gdf, articles)
        summary = m.summary
        if summary is not None and summary.unlocated:
            click.echo(f"{summary.unlocated} incident(s) without a location are not drawn")
        click.echo(f"wrote {output}")
