"""Bad input through the real commands: one ``error:`` line, its exit code, no output left.

Each case builds its bad input in a temporary folder and runs ``incident-mapper`` on it
(``extract``, ``map``, ``geocode``, ``geoparse``) with the small test gazetteer. Every
run must print exactly one line on standard error, starting with ``error:`` and naming
the file at fault, exit with the documented code (2 usage, file or output; 3 bad data),
and leave the output folder exactly as it was: no output file, no temporary file.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from mapper.articles import MAX_ARTICLE_BYTES
from mapper.cli import cli

USAGE, DATA = 2, 3


@dataclass(frozen=True, slots=True)
class Case:
    """A bad input or output, and what the command must say about it.

    ``make_input`` writes the input under a folder and returns the command's argument;
    ``make_output`` (for output cases) prepares the output folder and returns the ``-o``
    path, given the command's usual output name.
    """

    reason: str
    make_input: Callable[[Path], str]
    code: int
    says: str
    make_output: Callable[[Path, str], Path] | None = None


def _write(folder: Path, name: str, data: bytes) -> str:
    path = folder / name
    path.write_bytes(data)
    return str(path)


def _dispatch(folder: Path) -> str:
    return _write(folder, "dispatch.txt", b"Shelling hit Aleppo on Monday, killing three.\n")


def _place_table(folder: Path) -> str:
    return _write(folder, "log.csv", b"location,country\nAleppo,SY\n")


def _sparse_article(folder: Path) -> str:
    path = folder / "huge.txt"
    with path.open("wb") as f:
        f.truncate(MAX_ARTICLE_BYTES + 1)  # sparse: no disk space, and never read
    return str(path)


def _folder_without_articles(folder: Path) -> str:
    path = folder / "inbox"
    path.mkdir()
    (path / "notes.pdf").write_bytes(b"%PDF-1.4\n")  # not an article file
    return str(path)


def _folder_of_empty_articles(folder: Path) -> str:
    path = folder / "inbox"
    path.mkdir()
    (path / "a.txt").write_bytes(b"")
    (path / "b.md").write_bytes(b"\n  \n")
    return str(path)


def _parent_is_a_file(out: Path, usual: str) -> Path:
    (out / "blocker").write_text("a file where a folder should be\n")
    return out / "blocker" / usual


def _folder_in_the_way(out: Path, usual: str) -> Path:
    (out / usual).mkdir()
    return out / usual


def _renamed(name: str) -> Callable[[Path, str], Path]:
    return lambda out, usual: out / name


CASES: dict[str, Case] = {
    "csv-missing-name-column": Case(
        "a table with no place-name column (and no coordinates)",
        lambda d: _write(d, "log.csv", b"event_date,country,fatalities\n2024-03-04,SY,2\n"),
        DATA,
        ": no place-name column among event_date, country, fatalities",
    ),
    "csv-mixed-encodings": Case(
        "UTF-8 and Windows-1252 lines in one file",
        lambda d: _write(
            d, "log.csv", "location,country\nḤamāh,SY\n".encode() + b"Mosul caf\xe9,IQ\n"
        ),
        DATA,
        ": mixed encodings: line 2 is UTF-8 but line 3 is not",
    ),
    "csv-only-empty-rows": Case(
        "a header and blank rows: nothing to place",
        lambda d: _write(d, "log.csv", b"location,country\n\n,\n  ,  \n"),
        DATA,
        ": no rows below the header (3 empty rows skipped)",
    ),
    "csv-non-numeric-coordinates": Case(
        "a word where a latitude should be",
        lambda d: _write(
            d,
            "log.csv",
            b"location,country,latitude,longitude\nAleppo,SY,36.2,37.16\nHama,SY,north,36.75\n",
        ),
        DATA,
        ":3: latitude 'north' is not a number",
    ),
    "points-non-numeric-latitude": Case(
        "a table of points only (no place names) with a word for a latitude",
        lambda d: _write(d, "points.csv", b"latitude,longitude,note\n36.2,37.16,a\nnorth,36.7,b\n"),
        DATA,
        ": line 3: latitude 'north' is not a number",
    ),
    "points-latitude-out-of-range": Case(
        "longitude and latitude swapped or mistyped: 136.2 is no latitude",
        lambda d: _write(
            d,
            "points.csv",
            b"latitude,longitude,event_type\n36.2,37.16,Battles\n136.2,36.7,Riots\n",
        ),
        DATA,
        ": line 3: latitude 136.2 is not within [-90, 90]",
    ),
    "article-binary": Case(
        "a PDF saved as .txt, refused at the line of its first NUL byte",
        lambda d: _write(d, "scan.txt", b"%PDF-1.7\n\x00\x00\x01binary"),
        DATA,
        ":2: binary data (NUL byte), not text",
    ),
    "article-over-50-mb": Case(
        "refused from its size, before any of it is read",
        _sparse_article,
        DATA,
        f": {MAX_ARTICLE_BYTES + 1:,} bytes is more than",
    ),
    "input-unknown-extension": Case(
        "a .pdf is neither articles nor a table",
        lambda d: _write(d, "report.pdf", b"%PDF-1.7\n"),
        USAGE,
        ": unknown extension '.pdf'",
    ),
    "jsonl-truncated": Case(
        "a feed cut off in the middle of its only record",
        lambda d: _write(d, "feed.jsonl", b'{"text": "Shelling hit Aleppo.", "published": "2024-0'),
        DATA,
        ":1: malformed JSON",
    ),
    "jsonl-malformed-line": Case(
        "an unquoted key on line 2",
        lambda d: _write(d, "feed.jsonl", b'{"text": "Shelling hit Aleppo."}\n{text: "Hama"}\n'),
        DATA,
        ":2: malformed JSON",
    ),
    "empty-input-folder": Case(
        "a folder without article files is a mistake, not zero incidents",
        _folder_without_articles,
        USAGE,
        ": no article files in this folder",
    ),
    "folder-of-empty-articles": Case(
        "every article file in the folder is empty: nothing was read",
        _folder_of_empty_articles,
        DATA,
        ": no article with text (every file or record was empty)",
    ),
    "nonexistent-input": Case(
        "a typo in the path", lambda d: str(d / "missing.txt"), USAGE, ": no such file"
    ),
    "output-unknown-extension": Case(
        "not a format the command writes",
        _dispatch,
        USAGE,
        ": unknown output extension",
        _renamed("result.kml"),
    ),
    "output-parent-is-a-file": Case(
        "the output's folder is a file (how a read-only place looks to root)",
        _dispatch,
        USAGE,
        "blocker is a file, not a folder",
        _parent_is_a_file,
    ),
    "output-is-a-folder": Case(
        "a folder stands where the output file would go",
        _dispatch,
        USAGE,
        "is a directory",
        _folder_in_the_way,
    ),
}
"""Every bad input. Each command runs the cases that apply to it."""

ARTICLE_CASES = (
    "article-binary",
    "article-over-50-mb",
    "input-unknown-extension",
    "jsonl-truncated",
    "jsonl-malformed-line",
    "empty-input-folder",
    "folder-of-empty-articles",
    "nonexistent-input",
)
TABLE_CASES = (
    "csv-missing-name-column",
    "csv-mixed-encodings",
    "csv-only-empty-rows",
    "csv-non-numeric-coordinates",
    "input-unknown-extension",
    "nonexistent-input",
)
POINT_TABLE_CASES = ("points-non-numeric-latitude", "points-latitude-out-of-range")
OUTPUT_CASES = ("output-unknown-extension", "output-parent-is-a-file", "output-is-a-folder")


def cases(*names: str) -> list[object]:
    """Parameters for the named cases, with the case name as the test id."""
    return [pytest.param(CASES[n], id=n) for n in dict.fromkeys(names)]


def check(case: Case, command: str, usual: str | None, tmp_path: Path, gazetteer: Path) -> None:
    """Run *command* on the case; one error line naming the file, its code, nothing left."""
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    out.mkdir()
    given = case.make_input(inputs)
    argv = [command, given, "--gazetteer", str(gazetteer)]
    target = None
    if usual is not None:
        target = case.make_output(out, usual) if case.make_output else out / usual
        argv += ["-o", str(target)]
    before = sorted(out.rglob("*"))

    result = CliRunner().invoke(cli, argv, obj={})

    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    named = str(target) if case.make_output else given
    assert named in lines[0] and case.says in lines[0], lines[0]
    assert result.exit_code == case.code, lines[0]
    assert sorted(out.rglob("*")) == before, "output or a temporary file left behind"


@pytest.mark.parametrize("case", cases(*ARTICLE_CASES, *OUTPUT_CASES))
def test_extract_refuses_bad_input_in_one_line_and_writes_nothing(
    case: Case, tmp_path: Path, mini_path: Path
) -> None:
    check(case, "extract", "incidents.geojson", tmp_path, mini_path)


@pytest.mark.parametrize(
    "case", cases(*ARTICLE_CASES, *TABLE_CASES, *POINT_TABLE_CASES, *OUTPUT_CASES)
)
def test_map_refuses_bad_input_in_one_line_and_writes_nothing(
    case: Case, tmp_path: Path, mini_path: Path
) -> None:
    check(case, "map", "map.html", tmp_path, mini_path)


@pytest.mark.parametrize("case", cases(*TABLE_CASES, *OUTPUT_CASES))
def test_geocode_refuses_bad_input_in_one_line_and_writes_nothing(
    case: Case, tmp_path: Path, mini_path: Path
) -> None:
    if case.make_input is _dispatch:  # the output cases: a good table this time
        case = Case(case.reason, _place_table, case.code, case.says, case.make_output)
    check(case, "geocode", "geocoded.gpkg", tmp_path, mini_path)


@pytest.mark.parametrize(
    "case",
    [
        *cases("article-binary", "article-over-50-mb", "input-unknown-extension"),
        *cases("nonexistent-input"),
        pytest.param(
            Case(
                "geoparse reads one text, not a folder",
                _folder_without_articles,
                USAGE,
                "is a directory",
            ),
            id="input-folder",
        ),
        pytest.param(
            Case(
                "a feed holds many texts: extract is the command for it",
                lambda d: _write(d, "feed.jsonl", b'{"text": "Shelling hit Aleppo."}\n'),
                USAGE,
                ": geoparse reads one text; for JSON Lines use extract",
            ),
            id="input-jsonl",
        ),
    ],
)
def test_geoparse_refuses_bad_input_in_one_line(
    case: Case, tmp_path: Path, mini_path: Path
) -> None:
    check(case, "geoparse", None, tmp_path, mini_path)


def test_every_case_is_run_by_some_command_and_has_a_reason() -> None:
    groups = (ARTICLE_CASES, TABLE_CASES, POINT_TABLE_CASES, OUTPUT_CASES)
    assert set().union(*groups) == set(CASES)
    assert all(len(case.reason) > 10 for case in CASES.values())


def _half_then_full(path: Path) -> None:
    """Half a file, then the error a full disk gives."""
    with open(path, "wb") as f:
        f.write(b"half a fi")
    raise OSError(errno.ENOSPC, "No space left on device", str(path))


def _full_disk_table(gdf: object, path: Path, driver: str) -> None:
    _half_then_full(path)


def _full_disk_page(self: Path, data: bytes) -> int:
    _half_then_full(self)
    return 0


@pytest.mark.parametrize(
    ("command", "output", "patch"),
    [
        ("extract", "incidents.gpkg", ("mapper.writers._write", _full_disk_table)),  # writer
        ("map", "map.html", ("pathlib.Path.write_bytes", _full_disk_page)),  # the map page
    ],
)
def test_a_full_disk_while_writing_is_one_line_and_leaves_nothing(
    command: str,
    output: str,
    patch: tuple[str, Callable[..., object]],
    tmp_path: Path,
    mini_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    given = _dispatch(tmp_path)
    monkeypatch.setattr(*patch)
    result = CliRunner().invoke(
        cli, [command, given, "-o", str(out / output), "--gazetteer", str(mini_path)], obj={}
    )
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {out / output}: "), result.stderr
    assert "No space left on device" in lines[0]
    assert f".{output}." not in lines[0]  # the user's file is named, not the staging folder
    assert result.exit_code == 2
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(
    ("option", "content", "code", "says"),
    [
        ("--actors", None, USAGE, ": no such file (the actor lexicon)"),  # a typo in the path
        (
            "--actors",
            b"name,aliases,kind,country_code\nCaf\xe9 Brigade,,militia,SY\n",
            DATA,
            ":2: actor lexicon is not UTF-8 text",
        ),  # saved by a legacy spreadsheet
        ("--supplement", None, USAGE, ": cannot read supplement"),  # a typo in the path
        ("--gazetteer", None, USAGE, ": cannot read gazetteer"),  # a typo in the path
        ("--gazetteer", b"Shelling hit Aleppo.\n", USAGE, ": not a gazetteer file"),  # wrong file
    ],
)
def test_a_bad_file_given_to_an_option_is_one_line_and_leaves_no_output(
    option: str, content: bytes | None, code: int, says: str, tmp_path: Path, mini_path: Path
) -> None:
    given = tmp_path / "given.csv"
    if content is not None:
        given.write_bytes(content)
    out = tmp_path / "out"
    out.mkdir()
    argv = ["extract", _dispatch(tmp_path), "-o", str(out / "incidents.csv")]
    if option != "--gazetteer":
        argv += ["--gazetteer", str(mini_path)]
    result = CliRunner().invoke(cli, [*argv, option, str(given)], obj={})
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {given}"), result.stderr
    assert says in lines[0]
    assert result.exit_code == code
    assert list(out.iterdir()) == []
