"""The ``incident-mapper`` group: help as a manual, ``-q`` everywhere, errors and exit codes."""

from __future__ import annotations

import errno
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from gazetteer.errors import GazetteerFileError, UnknownCountryError
from mapper.cli import _incidents as incidents_module
from mapper.cli import _progress as progress_module
from mapper.cli import cli
from mapper.cli import geocode as geocode_module
from mapper.errors import InputError, OutputError, PathError

TABLES = Path(__file__).parents[1] / "data" / "tables"


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, cmd in sorted(group.commands.items()):
        found.append((*prefix, name))
        if isinstance(cmd, click.Group):
            found.extend(_commands(cmd, (*prefix, name)))
    return found


COMMANDS = _commands(cli)


def invoke(*args: str) -> click.testing.Result:
    return CliRunner().invoke(cli, list(args), obj={})


def test_top_help_reads_like_a_manual() -> None:
    text = invoke("--help").stdout
    for needed in (
        "Articles to a map",  # the three jobs, each with an example
        "A table to a map",
        "Gazetteer",
        "incident-mapper extract news/ -o incidents.gpkg",
        "incident-mapper geocode log.csv -o log.gpkg",
        "incident-mapper gazetteer lookup",
        "INCIDENT_MAPPER_CACHE",  # where things live
        "INCIDENT_MAPPER_GAZETTEER",
        "INCIDENT_MAPPER_ASSETS",
        "INCIDENT_MAPPER_GEONAMES_URL",
        "Exit codes",
        "130",
    ):
        assert needed in text, needed


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_every_command_help_shows_an_example_and_quiet(path: tuple[str, ...]) -> None:
    result = invoke(*path, "-h")
    assert result.exit_code == 0
    assert f"incident-mapper {' '.join(path)}" in result.stdout.split("Options:")[0]
    assert "-q, --quiet" in result.stdout


@pytest.mark.parametrize(
    "where",
    [
        ["--quiet", "geocode"],  # the group's option, before the command
        ["geocode", "-q"],  # the same flag after the command's name
    ],
)
def test_quiet_prints_nothing_wherever_it_is_given(
    where: list[str], tmp_path: Path, mini_path: Path
) -> None:
    out = tmp_path / "out.csv"
    argv = [*where, str(TABLES / "places.tsv"), "-o", str(out), "--gazetteer", str(mini_path)]
    result = invoke(*argv)
    assert result.exit_code == 0 and out.exists()
    assert result.stdout == "" and result.stderr == ""


def test_without_quiet_geocode_prints_a_summary(tmp_path: Path, mini_path: Path) -> None:
    out = tmp_path / "out.csv"
    result = invoke(
        "geocode", str(TABLES / "places.tsv"), "-o", str(out), "--gazetteer", str(mini_path)
    )
    assert "wrote" in result.stdout  # so the quiet test above can fail


@pytest.mark.parametrize(
    ("raised", "code", "line"),
    [
        (InputError("t.csv:4: latitude 'x' is not a number"), 3, "t.csv:4: latitude"),  # bad data
        (PathError("t.csv: no such file"), 2, "t.csv: no such file"),  # a usage mistake
        (OutputError("o.gpkg: cannot write"), 2, "o.gpkg: cannot write"),  # output
        (UnknownCountryError("unknown country 'Narnia'"), 3, "Narnia"),  # gazetteer data error
        (GazetteerFileError("g.sqlite: not a gazetteer"), 2, "g.sqlite"),  # gazetteer file
        (
            OSError(errno.ENOSPC, "No space left on device", "o.gpkg"),
            2,
            "o.gpkg: No space left on device",
        ),  # a full disk from a library without our errors
        (PermissionError(errno.EACCES, "Permission denied", "/srv/o"), 2, "/srv/o: Permission"),
        (RuntimeError("boom"), 1, "unexpected RuntimeError: boom (run with --debug"),  # a bug
        (KeyboardInterrupt(), 130, "interrupted"),  # Ctrl-C
    ],
)
def test_errors_are_one_line_with_the_documented_exit_code(
    raised: BaseException,
    code: int,
    line: str,
    tmp_path: Path,
    mini_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise raised

    monkeypatch.setattr(geocode_module, "read_table", fail)
    argv = ["geocode", str(TABLES / "places.tsv"), "-o", str(tmp_path / "o.csv")]
    result = invoke(*argv, "--gazetteer", str(mini_path))
    assert result.exit_code == code
    lines = result.stderr.strip().splitlines()  # (Ctrl-C gets a newline first, after ^C)
    assert len(lines) == 1 and lines[0].startswith("error: ")
    assert line in result.stderr
    assert "Traceback" not in result.stderr


def test_debug_lets_the_traceback_through(
    tmp_path: Path, mini_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(geocode_module, "read_table", fail)
    argv = ["--debug", "geocode", str(TABLES / "places.tsv"), "-o", str(tmp_path / "o.csv")]
    result = invoke(*argv, "--gazetteer", str(mini_path))
    assert isinstance(result.exception, RuntimeError)


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["extract"], "Missing argument 'INPUTS...'"),  # no input
        (["geocode", "t.csv"], "Missing option '-o'"),  # a required option
        (["frobnicate"], "No such command 'frobnicate'"),  # a typo in the command
        (["--colour"], "No such option '--colour'"),  # an unknown option of the group
        (["gazetteer", "lookup", "Hama", "--limit", "0"], "--limit"),  # out of range
    ],
)
def test_usage_errors_are_one_line_exit_2_with_a_pointer_to_help(
    argv: list[str], says: str
) -> None:
    result = invoke(*argv)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
    assert says in result.stderr and "--help" in result.stderr


@pytest.mark.parametrize(
    ("terminal", "quiet", "bar"),
    [
        (True, False, True),  # a person watching a terminal sees the bar
        (True, True, False),  # --quiet: only errors
        (False, False, False),  # a log file or a pipe gets no carriage-return noise
    ],
)
def test_map_of_a_table_shows_a_geocoding_bar_only_on_a_terminal(
    terminal: bool,
    quiet: bool,
    bar: bool,
    tmp_path: Path,
    mini_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(incidents_module, "PROGRESS_MIN_LOOKUPS", 2)  # the table is small
    monkeypatch.setattr(progress_module, "stderr_is_terminal", lambda: terminal)
    argv = ["map", str(TABLES / "places.tsv"), "-o", str(tmp_path / "m.html")]
    result = invoke(*argv, "--gazetteer", str(mini_path), *(["-q"] if quiet else []))
    assert result.exit_code == 0, result.stderr
    assert ("geocoding" in result.stderr) is bar


@pytest.mark.parametrize("argv", [[], ["gazetteer"]], ids=["bare", "bare-group"])
def test_a_bare_command_shows_its_help_not_an_error_line(argv: list[str]) -> None:
    result = invoke(*argv)
    shown = result.stdout + result.stderr
    assert shown.startswith("Usage: ") and "Commands:" in shown
    assert not any(line.startswith("error:") for line in shown.splitlines())


def test_every_mapper_error_is_exported_and_a_path_error_is_an_input_error() -> None:
    import mapper
    from mapper import errors

    for name in errors.__all__:
        assert name in mapper.__all__ and getattr(mapper, name) is getattr(errors, name)
    assert issubclass(PathError, InputError)  # callers catching InputError still catch it
