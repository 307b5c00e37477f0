"""``incident-mapper gazetteer ...``: build, download, import, look up, describe."""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click

from gazetteer import Gazetteer
from gazetteer.model import Candidate

from ._progress import progress_bar
from ._table import echo_table

__all__ = ["gazetteer_group", "gazetteer_option", "open_gazetteer", "supplement_option"]

GAZETTEER_ENV = "INCIDENT_MAPPER_GAZETTEER"


def _progress(quiet: bool) -> Any:
    """A ``progress(stage, n)`` callback drawing a tqdm bar over the build stages."""
    if quiet:
        return None
    stages = ("loaded sources", "countries", "regions", "cities", "airports", "curated", "indexed")
    bar: list[Any] = []  # made on the first step, so nothing shows when no build runs

    def step(stage: str, n: int) -> None:
        if not bar:
            bar.append(
                progress_bar(quiet=quiet, total=len(stages), desc="building gazetteer", unit="step")
            )
        bar[0].set_postfix_str(f"{stage}{f' ({n:,} places)' if n else ''}")
        bar[0].update(1)
        if stage == stages[-1]:
            bar[0].close()

    return step


def open_gazetteer(
    path: str | None, supplements: tuple[str, ...] = (), *, quiet: bool = False
) -> Gazetteer:
    """The gazetteer a command should use: ``--gazetteer``, ``$INCIDENT_MAPPER_GAZETTEER``
    or the embedded default (built on first use), plus any supplements."""
    chosen = path or os.environ.get(GAZETTEER_ENV)
    gz = Gazetteer.open(chosen) if chosen else Gazetteer.default(progress=_progress(quiet))
    for sup in supplements:
        gz = gz.with_supplement(sup)
    return gz


gazetteer_option = click.option(
    "--gazetteer",
    "gazetteer_path",
    metavar="PATH",
    envvar=GAZETTEER_ENV,
    help="Gazetteer file to use instead of the embedded default.",
)
supplement_option = click.option(
    "--supplement",
    "supplements",
    multiple=True,
    metavar="FILE",
    type=click.Path(dir_okay=False),
    help="CSV or GeoJSON of extra places and aliases (repeatable).",
)


@click.group("gazetteer")
def gazetteer_group() -> None:
    """Place names -> places: build, extend and query the offline gazetteer.

    The embedded default (countries, regions, cities, airports from installed data
    packages) is built into the user cache on first use; `gazetteer info` says where.
    Full GeoNames for chosen countries: download the dumps, then import them.

    \b
    Examples:
      incident-mapper gazetteer lookup "al-Kaim" --country IQ
      incident-mapper gazetteer download IQ SY -d dumps/
      incident-mapper gazetteer import dumps/IQ.zip dumps/SY.zip -o iq_sy.sqlite
      INCIDENT_MAPPER_GAZETTEER=iq_sy.sqlite incident-mapper map news/ -o map.html
    """


@gazetteer_group.command("build")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Where to write it (default: the user cache directory).",
)
@supplement_option
@click.option("--force", is_flag=True, help="Rebuild even if an up-to-date file exists.")
@click.pass_obj
def build_cmd(
    obj: dict[str, Any], output: str | None, supplements: tuple[str, ...], force: bool
) -> None:
    """Build the embedded default gazetteer from the installed data packages.

    With --supplement, the default is built (if needed) and a copy extended with the
    supplements is written to --output.

    \b
    Examples:
      incident-mapper gazetteer build --force
      incident-mapper gazetteer build --supplement our_places.csv -o ours.sqlite
    """
    from gazetteer.embedded import build_default, default_path
    from gazetteer.sources.supplement import extend_with_supplements

    if supplements:
        if not output:
            raise click.UsageError("--supplement needs --output: the default stays as built")
        base = default_path()
        if force or not base.exists():
            build_default(base, progress=_progress(obj["quiet"]))
        target = extend_with_supplements(base, supplements, Path(output))
    else:
        target = Path(output) if output else default_path()
        if force or not target.exists():
            build_default(target, progress=_progress(obj["quiet"]))
    info = Gazetteer.open(target).info()
    if not obj["quiet"]:
        click.echo(
            f"{info.path}: {info.places:,} places, {info.names:,} names,"
            f" {info.size_bytes / 1e6:.0f} MB"
        )


@gazetteer_group.command("download")
@click.argument("countries", nargs=-1, required=True)
@click.option(
    "-d",
    "--dest",
    type=click.Path(file_okay=False),
    default=".",
    show_default=True,
    help="Folder for the downloaded dumps.",
)
@click.option(
    "--base-url",
    envvar="INCIDENT_MAPPER_GEONAMES_URL",
    metavar="URL",
    help="Where the dumps live (default: the official GeoNames export).",
)
@click.pass_obj
def download_cmd(
    obj: dict[str, Any], countries: tuple[str, ...], dest: str, base_url: str | None
) -> None:
    """Fetch GeoNames per-country dumps (e.g. IQ SY JO), resumable and checked.

    \b
    Example, then extend the gazetteer with them:
      incident-mapper gazetteer download IQ SY -d dumps/
      incident-mapper gazetteer import dumps/IQ.zip dumps/SY.zip -o full.sqlite
    """
    from gazetteer.download import download_country_dumps

    kwargs: dict[str, Any] = {}
    if base_url:
        kwargs["base_url"] = base_url
    quiet = bool(obj["quiet"])
    with progress_bar(
        quiet=quiet, desc="downloading", unit="B", unit_scale=True, unit_divisor=1024
    ) as bar:
        paths = download_country_dumps(
            [c.strip() for c in countries], Path(dest), progress=bar.update, **kwargs
        )
    if not quiet:
        for p in paths:
            click.echo(str(p))


@gazetteer_group.command("import")
@click.argument("dumps", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False),
    help="The gazetteer file to write.",
)
@click.option(
    "--alternate-names",
    type=click.Path(exists=True, dir_okay=False),
    help="alternateNamesV2 (.txt or .zip).",
)
@click.option(
    "--admin1-codes",
    type=click.Path(exists=True, dir_okay=False),
    help="admin1CodesASCII.txt, for region names.",
)
@click.option(
    "--country-info",
    type=click.Path(exists=True, dir_okay=False),
    help="countryInfo.txt, to check country codes.",
)
@click.option(
    "--standalone",
    is_flag=True,
    help="Only the dumps; by default the embedded default is extended.",
)
@click.pass_obj
def import_cmd(
    obj: dict[str, Any],
    dumps: tuple[str, ...],
    output: str,
    alternate_names: str | None,
    admin1_codes: str | None,
    country_info: str | None,
    standalone: bool,
) -> None:
    """Import GeoNames dump files (geoname table as .txt or .zip) into a gazetteer.

    \b
    Example:
      incident-mapper gazetteer import dumps/IQ.zip --alternate-names \\
          dumps/alternateNamesV2.zip -o iraq.sqlite
    """
    from gazetteer.sources.geonames import import_geonames

    base = None
    if not standalone:
        base = open_gazetteer(None, quiet=obj["quiet"]).info().path
    with progress_bar(quiet=obj["quiet"], desc="importing", unit=" rows") as bar:
        last = [0]

        def progress(n: int) -> None:
            bar.update(n - last[0])
            last[0] = n

        out = import_geonames(
            Path(output),
            [Path(d) for d in dumps],
            alternate_names=alternate_names and Path(alternate_names),
            admin1_codes=admin1_codes and Path(admin1_codes),
            country_info=country_info and Path(country_info),
            base=base,
            progress=progress,
        )
    info = Gazetteer.open(out).info()
    if not obj["quiet"]:
        click.echo(f"{info.path}: {info.places:,} places, {info.names:,} names")


def _candidate_json(c: Candidate) -> dict[str, Any]:
    d = asdict(c)
    d["match"] = c.match.value
    return d


@gazetteer_group.command("lookup")
@click.argument("name")
@click.option("--country", help="ISO code or name of the country.")
@click.option("--admin1", help="First-level region (name or code).")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 1000))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@gazetteer_option
@supplement_option
@click.pass_obj
def lookup_cmd(
    obj: dict[str, Any],
    name: str,
    country: str | None,
    admin1: str | None,
    limit: int,
    as_json: bool,
    gazetteer_path: str | None,
    supplements: tuple[str, ...],
) -> None:
    """Look a place name up: ranked candidates with coordinates and scores.

    \b
    Examples:
      incident-mapper gazetteer lookup "Al Qa'im" --country IQ
      incident-mapper gazetteer lookup القائم --limit 3 --json
    """
    gz = open_gazetteer(gazetteer_path, supplements, quiet=obj["quiet"] or as_json)
    found = gz.lookup(name, country=country, admin1=admin1, limit=limit)
    if as_json:
        click.echo(json.dumps([_candidate_json(c) for c in found], ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo(f"no place found for {name!r}")
        return
    rows = [("score", "match", "name", "matched", "type", "cc", "admin1", "lat", "lon", "id")]
    for c in found:
        p = c.place
        rows.append(
            (
                f"{c.score:.3f}",
                c.match.value,
                p.name,
                c.matched,
                p.feature_code,
                p.country_code or "",
                p.admin1_name or "",
                f"{p.latitude:.5f}",
                f"{p.longitude:.5f}",
                p.id,
            )
        )
    echo_table(rows)


@gazetteer_group.command("info")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@gazetteer_option
@click.pass_obj
def info_cmd(obj: dict[str, Any], as_json: bool, gazetteer_path: str | None) -> None:
    """Say which gazetteer is in use and what it holds.

    \b
    Example:
      incident-mapper gazetteer info --json
    """
    info = open_gazetteer(gazetteer_path, quiet=obj["quiet"] or as_json).info()
    if as_json:
        d = asdict(info)
        d["path"] = str(info.path)
        click.echo(json.dumps(d, ensure_ascii=False, indent=2))
        return
    click.echo(f"path     {info.path}")
    click.echo(f"kind     {info.kind}")
    click.echo(f"places   {info.places:,}")
    click.echo(f"names    {info.names:,}")
    click.echo(f"size     {info.size_bytes / 1e6:.1f} MB")
    for k, v in info.sources.items():
        click.echo(f"source   {k} {v}".rstrip())
