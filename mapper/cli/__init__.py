"""The ``incident-mapper`` command: a thin layer over the library.

Each command group lives in its own module; this one wires them together, configures
logging, and turns the packages' errors into one clear line and an exit code.
"""

from __future__ import annotations

import logging
import sys

import click

from gazetteer.errors import GazetteerError

from ..errors import MapperError
from .assets import assets_group
from .extract import extract_cmd
from .gazetteer import gazetteer_group
from .geocode import geocode_cmd
from .geoparse import geoparse_cmd
from .map import map_cmd

__all__ = ["main"]

EXIT_USER_ERROR = 2
EXIT_DATA_ERROR = 3


class _Group(click.Group):
    """A group that prints package errors as one line unless ``--debug`` is given."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (GazetteerError, MapperError) as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"error: {exc}", err=True)
            code = EXIT_DATA_ERROR if isinstance(exc, ValueError) else EXIT_USER_ERROR
            ctx.exit(code)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logging.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bars or informational output.")
@click.version_option(package_name="incident-mapper")
@click.pass_context
def cli(ctx: click.Context, debug: bool, quiet: bool) -> None:
    """Turn conflict news into maps: gazetteer, geoparsing, incidents, maps.

    Everything works offline. The first command that needs the gazetteer builds the
    embedded default into your cache directory (about half a minute, once).
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    ctx.obj["quiet"] = quiet
    logging.basicConfig(
        level=logging.DEBUG if debug else (logging.WARNING if quiet else logging.INFO),
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


cli.add_command(gazetteer_group)
cli.add_command(geoparse_cmd)
cli.add_command(extract_cmd)
cli.add_command(map_cmd)
cli.add_command(geocode_cmd)
cli.add_command(assets_group)


def main() -> None:
    """Console-script entry point."""
    cli(obj={})
