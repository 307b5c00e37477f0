"""``incident-mapper assets``: the map's web assets (Leaflet, plugins, outlines) for offline use."""

from __future__ import annotations

from typing import Any

import click

__all__ = ["assets_group"]


@click.group("assets")
def assets_group() -> None:
    """Web assets for offline maps: Leaflet, its plugins and the country outlines.

    By default a map links these files on the jsDelivr CDN. `assets fetch` copies them
    from the npm registry once, so `map --offline` can inline them into pages that need
    no network. The folder is $INCIDENT_MAPPER_ASSETS, else `web-assets` in the cache.

    \b
    Examples:
      incident-mapper assets fetch
      incident-mapper map news/ -o map.html --offline --no-tiles
    """


@assets_group.command("path")
def path_cmd() -> None:
    """Print the default asset folder (it may not exist yet).

    \b
    Example:
      incident-mapper assets path
    """
    from ..webassets import default_asset_dir

    click.echo(str(default_asset_dir()))


@assets_group.command("fetch")
@click.option(
    "-d",
    "--dir",
    "directory",
    type=click.Path(file_okay=False),
    help="Asset folder to fill (default: see `incident-mapper assets path`).",
)
@click.option(
    "--registry",
    metavar="URL",
    help="npm registry or a mirror of it (default: https://registry.npmjs.org/).",
)
@click.option("--force", is_flag=True, help="Fetch again packages that are already there.")
@click.pass_obj
def fetch_cmd(
    obj: dict[str, Any], directory: str | None, registry: str | None, force: bool
) -> None:
    """Copy the map's npm packages into the asset folder.

    Each package is checked against the registry's checksum, then unpacked whole; one
    line per package says whether it was fetched or already present.

    \b
    Examples:
      incident-mapper assets fetch
      incident-mapper assets fetch -d ./web-assets --registry https://npm.example.org/
    """
    from ..webassets import NPM_REGISTRY, fetch_assets

    quiet = bool(obj and obj.get("quiet"))
    fetched: list[str] = []

    def report(folder: str, was_fetched: bool) -> None:
        if was_fetched:
            fetched.append(folder)
        if not quiet:
            click.echo(f"{'fetched' if was_fetched else 'present'}  {folder}")

    root = fetch_assets(
        directory, registry=registry or NPM_REGISTRY, force=force, on_package=report
    )
    if not quiet:
        click.echo(f"{len(fetched)} package(s) fetched into {root}")
