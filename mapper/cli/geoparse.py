"""``incident-mapper geoparse FILE``: every place a text names, with coordinates."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ..articles import read_articles
from ..errors import PathError
from ..geoparse import geoparse
from ..toponym import Toponym
from ._table import echo_table
from .gazetteer import gazetteer_option, open_gazetteer, supplement_option

__all__ = ["geoparse_cmd"]


def _read(path: str) -> str:
    """The one text in *path*, read by the article reader (size, encoding, HTML rules)."""
    if path != "-" and Path(path).suffix.lower() == ".jsonl":
        raise PathError(f"{path}: geoparse reads one text; for JSON Lines use extract")
    return next(iter(read_articles([path]))).text


def _as_json(t: Toponym) -> dict[str, Any]:
    c = t.candidate
    return {
        "start": t.start,
        "end": t.end,
        "text": t.text,
        "name": t.name,
        "resolved": c is not None,
        "place_id": c.place.id if c else None,
        "place_name": c.place.name if c else None,
        "country_code": c.place.country_code if c else None,
        "admin1": c.place.admin1_name if c else None,
        "feature_code": c.place.feature_code if c else None,
        "latitude": t.latitude,
        "longitude": t.longitude,
        "precision": int(t.precision),
        "score": c.score if c else None,
        "fallback": c.fallback if c else None,
        "alternatives": [a.place.id for a in t.alternatives],
    }


@click.command("geoparse")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--country-bias", metavar="CC", help="Country most places are expected in.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option(
    "--demonyms",
    is_flag=True,
    help="Also list adjectives of countries ('Russian troops') as places.",
)
@gazetteer_option
@supplement_option
@click.pass_obj
def geoparse_cmd(
    obj: dict[str, Any],
    file: str,
    country_bias: str | None,
    as_json: bool,
    demonyms: bool,
    gazetteer_path: str | None,
    supplements: tuple[str, ...],
) -> None:
    """Find every place a text names and print its coordinates, precision and score.

    FILE is a .txt or .md file (UTF-8, or UTF-16 with a byte-order mark), an .html
    page (its main text), or - for standard input (plain text). Precision: 1 exact
    place, 2 near or part of a place, 3 region, 4 country.

    \b
    Examples:
      incident-mapper geoparse article.txt --country-bias SY
      incident-mapper geoparse - --json < story.txt
    """
    text = _read(file)
    gz = open_gazetteer(gazetteer_path, supplements, quiet=obj["quiet"] or as_json)
    found = geoparse(text, gazetteer=gz, country_bias=country_bias, demonyms=demonyms)
    if as_json:
        click.echo(json.dumps([_as_json(t) for t in found], ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo("no places found")
        return
    rows = [("text", "place", "id", "cc", "lat", "lon", "prec", "score")]
    for t in found:
        c = t.candidate
        rows.append(
            (
                t.text,
                c.place.name if c else "(unresolved)",
                c.place.id if c else "",
                (c.place.country_code or "") if c else "",
                f"{t.latitude:.5f}" if t.latitude is not None else "",
                f"{t.longitude:.5f}" if t.longitude is not None else "",
                str(int(t.precision)),
                f"{c.score:.3f}" if c else "",
            )
        )
    echo_table(rows)
