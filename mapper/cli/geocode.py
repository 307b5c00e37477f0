"""``incident-mapper geocode TABLE -o OUT``: coordinates for a table that names places."""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

import click

from ..geocode_table import geocode_table
from ..tables import read_table
from ..writers import check_output, driver_for, write_incidents
from ._progress import StepBar
from ._table import echo_table
from ._warnings import input_warnings
from .gazetteer import gazetteer_option, open_gazetteer, supplement_option

__all__ = ["geocode_cmd"]

PROGRESS_MIN_LOOKUPS = 200
"""Tables with fewer distinct places than this finish too fast to need a progress bar."""


@click.command("geocode")
@click.argument("table", type=click.Path(dir_okay=False))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False),
    help="Output file: .gpkg, .geojson, .parquet or .csv (chosen by extension).",
)
@click.option("--name-col", metavar="COLUMN", help="Place-name column [default: location].")
@click.option("--country-col", metavar="COLUMN", help="Country column [default: country].")
@click.option("--admin1-col", metavar="COLUMN", help="First-level region [default: admin1].")
@click.option(
    "--overwrite", is_flag=True, help="Geocode rows that already have latitude/longitude too."
)
@gazetteer_option
@supplement_option
@click.pass_obj
def geocode_cmd(
    obj: dict[str, Any],
    table: str,
    output: str,
    name_col: str | None,
    country_col: str | None,
    admin1_col: str | None,
    overwrite: bool,
    gazetteer_path: str | None,
    supplements: tuple[str, ...],
) -> None:
    """Add coordinates to a table of incidents or places and write it as a map layer.

    TABLE is a .csv, .tsv, .xlsx or .parquet file with a place-name column. ACLED's
    column names (location, country, admin1) are recognised without options; so are
    place, place_name, town, city and village. Each row gets place_id, matched_name,
    latitude, longitude, geo_precision (1 place, 3 region, 4 country), geocode_score
    and geocode_status (matched, admin1_fallback, unresolved, unknown_country, empty,
    kept). Rows that cannot be placed are kept with empty coordinates, never dropped.

    \b
    Example:
      incident-mapper geocode incident_log.csv -o incident_log.gpkg
    """
    quiet = bool(obj.get("quiet"))
    logging.getLogger("pyogrio").setLevel(logging.WARNING)  # no "Created N records" line
    driver_for(output)  # an unknown extension or an unwritable place fails before any work
    check_output(output)
    with input_warnings(quiet=quiet):
        df = read_table(table, require_rows=True)
    gz = open_gazetteer(gazetteer_path, supplements, quiet=quiet)
    with StepBar(
        quiet=quiet, desc="geocoding", unit="place", min_total=PROGRESS_MIN_LOOKUPS
    ) as progress:
        gdf = geocode_table(
            df,
            name_col=name_col,
            country_col=country_col,
            admin1_col=admin1_col,
            gazetteer=gz,
            overwrite=overwrite,
            progress=progress,
        )
    write_incidents(gdf, output)
    if quiet:
        return
    counts = Counter(gdf["geocode_status"])
    rows = [("rows", "matched", "admin1_fallback", "unresolved", "unknown_country", "empty")]
    rows.append(
        (
            str(len(gdf)),
            *(
                str(counts.get(s, 0))
                for s in ("matched", "admin1_fallback", "unresolved", "unknown_country", "empty")
            ),
        )
    )
    if counts.get("kept"):
        rows[0] = (*rows[0], "kept")
        rows[1] = (*rows[1], str(counts["kept"]))
    echo_table(rows)
    click.echo(f"wrote {output}")
