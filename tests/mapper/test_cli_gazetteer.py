"""``incident-mapper gazetteer``: tables, JSON, and one-line errors with exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mapper.cli import cli

DATA = Path(__file__).parents[1] / "data"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), obj={})
    return result.exit_code, result.stdout, result.stderr


def test_lookup_prints_a_table(mini_path: Path) -> None:
    code, out, _ = run("gazetteer", "lookup", "al-Kaim", "--gazetteer", str(mini_path))
    assert code == 0
    header, first = out.splitlines()[:2]
    assert header.split()[:3] == ["score", "match", "name"]
    assert "geonames:92138" in first and "34.39251" in first


def test_lookup_json_is_machine_readable(mini_path: Path) -> None:
    code, out, _ = run("gazetteer", "lookup", "Hit", "--json", "--gazetteer", str(mini_path))
    assert code == 0
    data = json.loads(out)
    assert [d["place"]["country_code"] for d in data] == ["IQ", "TR"]
    assert data[0]["match"] == "exact"


def test_lookup_with_supplement(mini_path: Path) -> None:
    code, out, _ = run(
        "gazetteer",
        "lookup",
        "Kilo Seven",
        "--gazetteer",
        str(mini_path),
        "--supplement",
        str(DATA / "team_places.csv"),
    )
    assert code == 0 and "Checkpoint Kilo 7" in out


def test_unknown_country_is_one_line_and_exit_3(mini_path: Path) -> None:
    code, _, err = run(
        "gazetteer", "lookup", "Hit", "--country", "Narnia", "--gazetteer", str(mini_path)
    )
    assert code == 3
    assert err.strip() == "error: unknown country 'Narnia'"
    assert "Traceback" not in err


def test_missing_gazetteer_file_exit_2(tmp_path: Path) -> None:
    code, _, err = run("gazetteer", "info", "--gazetteer", str(tmp_path / "none.sqlite"))
    assert code == 2
    assert "none.sqlite" in err and len(err.strip().splitlines()) == 1


def test_bad_supplement_names_file_and_line(mini_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,latitude,longitude\nOk,1,1\nBroken,1000,1\n", encoding="utf-8")
    code, _, err = run(
        "gazetteer", "lookup", "x", "--gazetteer", str(mini_path), "--supplement", str(bad)
    )
    assert code == 3
    assert "bad.csv:3:" in err and "1000" in err


def test_info_reports_counts(mini_path: Path) -> None:
    code, out, _ = run("gazetteer", "info", "--json", "--gazetteer", str(mini_path))
    assert code == 0
    assert json.loads(out)["places"] == 22


def test_no_result_says_so(mini_path: Path) -> None:
    code, out, _ = run("gazetteer", "lookup", "Xqzvtplk", "--gazetteer", str(mini_path))
    assert code == 0 and "no place found" in out


def test_build_with_supplement_requires_output(tmp_path: Path) -> None:
    code, _, err = run("gazetteer", "build", "--supplement", str(DATA / "team_places.csv"))
    assert code == 2 and "--output" in err


def test_import_standalone_then_lookup(tmp_path: Path) -> None:
    geo = DATA / "geonames"
    out = tmp_path / "iq.sqlite"
    code, stdout, err = run(
        "-q",
        "gazetteer",
        "import",
        str(geo / "iq_sy.txt"),
        "-o",
        str(out),
        "--standalone",
        "--admin1-codes",
        str(geo / "admin1CodesASCII.txt"),
        "--alternate-names",
        str(geo / "alternateNamesV2.txt"),
    )
    assert code == 0, err
    code, stdout, _ = run("gazetteer", "lookup", "Tikrit", "--json", "--gazetteer", str(out))
    assert code == 0
    found = json.loads(stdout)
    assert found[0]["place"]["admin1_name"] and found[0]["place"]["country_code"] == "IQ"


def test_import_of_bad_dump_leaves_no_output(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("1\tOnly\tthree columns\n", encoding="utf-8")
    out = tmp_path / "out.sqlite"
    code, _, err = run("-q", "gazetteer", "import", str(bad), "-o", str(out), "--standalone")
    assert code == 3
    assert "bad.txt:1" in err
    assert not out.exists()


@pytest.mark.parametrize(
    "command",
    [
        ["gazetteer", "import", str(DATA / "geonames" / "iq_sy.txt"), "--standalone"],  # import
        ["gazetteer", "build", "--supplement", str(DATA / "mini_places.csv")],  # extended copy
    ],
)
def test_gazetteer_output_under_a_file_is_one_line_exit_2(
    command: list[str], tmp_path: Path
) -> None:
    (tmp_path / "blocker").write_text("not a folder\n", encoding="utf-8")
    out = tmp_path / "blocker" / "sub" / "g.sqlite"
    code, _, err = run("-q", *command, "-o", str(out))
    assert code == 2
    assert (
        err
        == f"error: {out}: cannot write there ({tmp_path / 'blocker'} is a file, not a folder)\n"
    )


def test_download_from_a_local_mirror(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import io
    import threading
    import zipfile
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("IQ.txt", (DATA / "geonames" / "iq_sy.txt").read_bytes())
    (mirror / "IQ.zip").write_bytes(buf.getvalue())

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(mirror)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/"
        dest = tmp_path / "dumps"
        code, out, err = run("gazetteer", "download", "IQ", "-d", str(dest), "--base-url", url)
        missing = run("gazetteer", "download", "SY", "-d", str(dest), "--base-url", url)
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert code == 0, err
    assert out.strip() == str(dest / "IQ.zip")
    assert (dest / "IQ.zip").read_bytes() == buf.getvalue()
    assert missing[0] == 2 and "SY.zip" in missing[2] and "404" in missing[2]
    assert sorted(p.name for p in dest.iterdir()) == ["IQ.zip"]
