"""The ``incident-mapper`` command: a thin layer over the library.

Each command group lives in its own module; this one wires them together, configures
logging, and turns every error into one ``error:`` line and an exit code (see
:mod:`mapper.cli._exit`).
"""

from __future__ import annotations

import errno
import logging
import sys
from typing import Any

import click

from ._exit import EXIT_INTERRUPTED, EXIT_OK, describe, one_line
from .assets import assets_group
from .extract import extract_cmd
from .gazetteer import gazetteer_group
from .geocode import geocode_cmd
from .geoparse import geoparse_cmd
from .map import map_cmd

__all__ = ["main"]


def _quiet_after_command(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """``-q`` given after a command's name: the same as before it."""
    if value:
        ctx.ensure_object(dict)["quiet"] = True
        if not ctx.obj.get("debug"):
            logging.getLogger().setLevel(logging.WARNING)


def _add_quiet(command: click.Command) -> None:
    """Give *command* (and a group's commands) its own ``-q/--quiet``."""
    if not any("--quiet" in getattr(p, "opts", ()) for p in command.params):
        command.params.append(
            click.Option(
                ["-q", "--quiet"],
                is_flag=True,
                expose_value=False,
                callback=_quiet_after_command,
                help="Only errors: no progress bars, summaries or warnings.",
            )
        )
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            _add_quiet(sub)


# click >= 8.2 raises this for a group run without a command; older click prints help.
_NO_ARGS_IS_HELP: type[click.UsageError] = getattr(
    click.exceptions, "NoArgsIsHelpError", type("_Never", (click.UsageError,), {})
)


class _Group(click.Group):
    """The top group: one-line errors with documented exit codes, ``-q`` on every command."""

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        _add_quiet(cmd)
        super().add_command(cmd, name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except OSError as exc:
            if exc.errno == errno.EPIPE:  # the reader of our output went away (| head)
                raise
            self._fail(ctx, exc)
        except Exception as exc:
            self._fail(ctx, exc)

    @staticmethod
    def _fail(ctx: click.Context, exc: Exception) -> None:
        if ctx.obj and ctx.obj.get("debug"):
            raise exc
        message, code = describe(exc)
        click.echo(f"error: {message}", err=True)
        ctx.exit(code)

    def main(  # type: ignore[override]
        self, args: Any = None, prog_name: str | None = None, *a: Any, **kw: Any
    ) -> Any:
        """Click's main, with usage errors and Ctrl-C as one ``error:`` line too."""
        if not kw.get("standalone_mode", True):
            return super().main(args, prog_name, *a, **kw)
        kw["standalone_mode"] = False
        try:
            code = super().main(args, prog_name, *a, **kw)
        except _NO_ARGS_IS_HELP as exc:  # the bare command or group: its help, as click does
            exc.show()
            sys.exit(exc.exit_code)
        except click.UsageError as exc:
            hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
            click.echo(f"error: {one_line(exc.format_message())}{hint}", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            click.echo(f"error: {one_line(exc.format_message())}", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("error: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        sys.exit(code if isinstance(code, int) else EXIT_OK)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logging.")
@click.option(
    "-q",
    "--quiet",
    is_flag=True,
    help="Only errors: no progress bars, summaries or warnings (also after a command).",
)
@click.version_option(package_name="incident-mapper")
@click.pass_context
def cli(ctx: click.Context, debug: bool, quiet: bool) -> None:
    """Turn conflict news into maps, offline.

    incident-mapper finds the places news articles name, resolves them with its own
    gazetteer (no web service), codes the incidents they report (ACLED's event types,
    actors, fatalities, dates, with the evidence sentence), and draws them on an
    interactive HTML map. It also puts coordinates on tables that only name places.

    \b
    Articles to a map (.txt, .md, .html, .jsonl, a folder, or - for stdin):
      extract    articles -> incidents table (.geojson, .csv, .gpkg, .parquet)
                 incident-mapper extract news/ -o incidents.gpkg
      map        articles or incident tables -> an HTML map
                 incident-mapper map news/ -o map.html --title "Week 12"
      geoparse   one text -> every place it names, with coordinates
                 incident-mapper geoparse article.txt --json

    \b
    A table to a map (.csv, .tsv, .xlsx, .parquet; ACLED columns recognised):
      geocode    a table that names places -> the same rows with coordinates
                 incident-mapper geocode log.csv -o log.gpkg
      map        incident-mapper map log.csv -o log.html

    \b
    Gazetteer (place names -> places):
      gazetteer lookup    incident-mapper gazetteer lookup "Al Qa'im" --country IQ
      gazetteer info      which gazetteer is in use, and what it holds
      gazetteer download  incident-mapper gazetteer download IQ SY -d dumps/
      gazetteer import    incident-mapper gazetteer import dumps/IQ.zip -o iq.sqlite
      gazetteer build     rebuild the embedded default

    \b
    Air-gapped maps (fetch once, then pages load no code from the network):
      assets fetch  incident-mapper assets fetch
      map           incident-mapper map news/ -o map.html --offline --no-tiles

    \b
    Where things live:
      The embedded gazetteer is built on first use (about a minute, once) into the
      user cache folder (~/.cache/incident-mapper on Linux); `gazetteer info` prints
      its path.
      INCIDENT_MAPPER_CACHE        folder for the built gazetteer instead of that
      INCIDENT_MAPPER_GAZETTEER    gazetteer file to use (same as --gazetteer)
      INCIDENT_MAPPER_ASSETS       folder of Leaflet and plugin files for map --offline
      INCIDENT_MAPPER_GEONAMES_URL mirror of the GeoNames dumps for gazetteer download

    \b
    Exit codes:
      0    done
      1    unexpected error (a bug; --debug shows the traceback)
      2    usage: bad option, missing or unknown input file, output not writable
      3    bad input data: binary or undecodable text, malformed row or record,
           missing column, a value that is not a number or a date
      130  interrupted
    Errors are one line on stderr starting with "error:"; warnings start with
    "warning:". Run "incident-mapper COMMAND -h" for a command's options and examples.
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
