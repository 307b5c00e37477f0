"""``incident-mapper extract INPUT... -o incidents.geojson``: news articles -> incidents."""

from __future__ import annotations

from typing import Any

import click

from ..writers import check_output, driver_for, write_incidents
from ._incidents import echo_summary, incident_inputs, run_inputs

__all__ = ["extract_cmd"]


@click.command("extract")
@incident_inputs
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False),
    help="Output file: .geojson, .csv, .gpkg or .parquet (chosen by extension).",
)
@click.pass_obj
def extract_cmd(obj: dict[str, Any], output: str, **options: Any) -> None:
    """Code the incidents that news articles report, with evidence for every field.

    INPUT is a .txt, .md, .html or .jsonl file (one article per line: text, published,
    url, title), a folder of them, or - for standard input. Each incident is one event
    at one place (ACLED's event types and columns); duplicate reports of the same event
    (place, date and type) merge and keep every source.

    \b
    Example:
      incident-mapper extract examples/dispatches.jsonl -o incidents.geojson
    """
    driver_for(output)  # an unknown extension or an unwritable place fails before any work
    check_output(output)
    gdf, articles = run_inputs(obj, options.pop("inputs"), tables=False, **options)
    write_incidents(gdf, output)
    if not obj.get("quiet"):
        echo_summary(gdf, articles)
        click.echo(f"wrote {output}")
