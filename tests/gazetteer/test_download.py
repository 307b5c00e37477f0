"""Downloading GeoNames dumps from a local HTTP server: resuming, checking, atomicity."""

from __future__ import annotations

import io
import stat
import threading
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from gazetteer.download import (
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    download_country_dumps,
    resolve_base_url,
)
from gazetteer.errors import DownloadError, UnknownCountryError
from gazetteer.sources.geonames import read_geonames

DATA = Path(__file__).parents[1] / "data" / "geonames"
PLACES = (DATA / "iq_sy.txt").read_bytes()
ADMIN1 = (DATA / "admin1CodesASCII.txt").read_bytes()
LAST_MODIFIED = "Sat, 01 Jun 2024 02:00:00 GMT"


def _zip(members: dict[str, bytes], *, stored: bool = False) -> bytes:
    buf = io.BytesIO()
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _symlink_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        info = zipfile.ZipInfo("IQ.txt")
        info.create_system = 3
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    return buf.getvalue()


IQ_ZIP = _zip({"IQ.txt": PLACES, "readme.txt": b"GeoNames readme\n"})
SY_ZIP = _zip({"SY.txt": PLACES})


# -- a local server with scripted behaviours ---------------------------------------------


@dataclass
class Route:
    """What the server does for one path."""

    data: bytes
    ranges: bool = True  # honour Range requests
    drop_first_after: int | None = None  # first response: announce all, send this much
    last_modified: str | None = LAST_MODIFIED
    hits: int = 0


@dataclass
class Server:
    url: str
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, str | None, str | None]] = field(default_factory=list)

    def serve(self, name: str, data: bytes, **kw: object) -> Route:
        route = Route(data, **kw)  # type: ignore[arg-type]
        self.routes["/dump/" + name] = route
        return route

    def ranges_asked(self, name: str) -> list[str | None]:
        return [r for p, r, _ in self.requests if p == "/dump/" + name]


class _Handler(BaseHTTPRequestHandler):
    server: ThreadingHTTPServer  # with .state: Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        state: Server = self.server.state  # type: ignore[attr-defined]
        rng, if_range = self.headers.get("Range"), self.headers.get("If-Range")
        state.requests.append((self.path, rng, if_range))
        route = state.routes.get(self.path)
        if route is None:
            self.send_error(404, "Not Found")
            return
        route.hits += 1
        data = route.data
        start = 0
        if rng and route.ranges and (if_range is None or if_range == route.last_modified):
            start = int(rng.removeprefix("bytes=").rstrip("-"))
            if start >= len(data):
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{len(data)}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        else:
            self.send_response(200)
        body = data[start:]
        self.send_header("Content-Length", str(len(body)))
        if route.last_modified:
            self.send_header("Last-Modified", route.last_modified)
        self.end_headers()
        if route.drop_first_after is not None and route.hits == 1:
            self.wfile.write(body[: route.drop_first_after])
            self.wfile.flush()
            self.close_connection = True
            return
        self.wfile.write(body)


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.delenv(BASE_URL_ENV, raising=False)


@pytest.fixture
def server() -> Iterator[Server]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    state = Server(url=f"http://127.0.0.1:{httpd.server_address[1]}/dump/")
    httpd.state = state  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def _files(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


Download = Callable[..., list[Path]]


@pytest.fixture
def fetch(server: Server, tmp_path: Path) -> Download:
    def run(codes: list[str], **kw: object) -> list[Path]:
        kw.setdefault("base_url", server.url)
        kw.setdefault("timeout", 10)
        return download_country_dumps(codes, tmp_path / "dumps", **kw)  # type: ignore[arg-type]

    return run


# -- happy paths -------------------------------------------------------------------------


def test_download_fetches_country_zips_and_side_tables(
    server: Server, fetch: Download, tmp_path: Path
) -> None:
    server.serve("IQ.zip", IQ_ZIP)
    server.serve("SY.zip", SY_ZIP)
    server.serve("admin1CodesASCII.txt", ADMIN1)
    got = fetch(["iq", "SY", "IQ"], extras=["admin1CodesASCII.txt"])
    dest = tmp_path / "dumps"
    assert got == [dest / "IQ.zip", dest / "SY.zip", dest / "admin1CodesASCII.txt"]
    assert _files(dest) == ["IQ.zip", "SY.zip", "admin1CodesASCII.txt"]
    assert (dest / "IQ.zip").read_bytes() == IQ_ZIP
    assert sum(1 for _ in read_geonames(dest / "IQ.zip")) == 39
    assert server.ranges_asked("IQ.zip") == [None]  # asked once, from the start


def test_download_reports_progress_in_bytes(server: Server, fetch: Download) -> None:
    server.serve("IQ.zip", IQ_ZIP)
    seen: list[int] = []
    fetch(["IQ"], progress=seen.append)
    assert sum(seen) == len(IQ_ZIP)


def test_download_accepts_whole_world_dump_names(server: Server, fetch: Download) -> None:
    server.serve("cities500.zip", _zip({"cities500.txt": PLACES}))
    (path,) = fetch(["cities500"])
    assert path.name == "cities500.zip"


def test_download_keeps_a_finished_file_unless_asked_to_overwrite(
    server: Server, fetch: Download
) -> None:
    route = server.serve("IQ.zip", IQ_ZIP)
    fetch(["IQ"])
    fetch(["IQ"])
    assert route.hits == 1
    route.data = SY_ZIP
    (path,) = fetch(["IQ"], overwrite=True)
    assert route.hits == 2
    assert path.read_bytes() == SY_ZIP


def test_download_base_url_comes_from_the_environment(
    server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.serve("IQ.zip", IQ_ZIP)
    monkeypatch.setenv(BASE_URL_ENV, server.url.rstrip("/"))
    (path,) = download_country_dumps(["IQ"], tmp_path, timeout=10)
    assert path.read_bytes() == IQ_ZIP


def test_resolve_base_url_prefers_argument_then_environment_then_geonames(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert resolve_base_url() == DEFAULT_BASE_URL
    monkeypatch.setenv(BASE_URL_ENV, "http://mirror.example/geonames")
    assert resolve_base_url() == "http://mirror.example/geonames/"
    assert resolve_base_url("https://other.example/d/") == "https://other.example/d/"


# -- resuming ----------------------------------------------------------------------------


def test_download_resumes_a_partial_file_with_a_range_request(
    server: Server, fetch: Download, tmp_path: Path
) -> None:
    server.serve("IQ.zip", IQ_ZIP)
    dest = tmp_path / "dumps"
    dest.mkdir()
    part = dest / "IQ.zip.part"
    part.write_bytes(IQ_ZIP[:1000])
    (path,) = fetch(["IQ"])
    assert server.ranges_asked("IQ.zip") == ["bytes=1000-"]
    assert path.read_bytes() == IQ_ZIP
    assert _files(dest) == ["IQ.zip"]


def test_download_restarts_from_zero_when_server_ignores_range(
    server: Server, fetch: Download, tmp_path: Path
) -> None:
    server.serve("IQ.zip", IQ_ZIP, ranges=False)
    dest = tmp_path / "dumps"
    dest.mkdir()
    (dest / "IQ.zip.part").write_bytes(b"stale bytes of some older file")
    (path,) = fetch(["IQ"])
    assert server.ranges_asked("IQ.zip") == ["bytes=30-"]
    assert path.read_bytes() == IQ_ZIP


def test_download_resumes_after_the_connection_drops_midway(
    server: Server, fetch: Download, tmp_path: Path
) -> None:
    server.serve("IQ.zip", IQ_ZIP, drop_first_after=700)
    dest = tmp_path / "dumps"
    with pytest.raises(DownloadError, match=r"IQ\.zip: connection closed after 700 of"):
        fetch(["IQ"])
    assert _files(dest) == ["IQ.zip.part"]  # kept for resuming; no final file
    assert (dest / "IQ.zip.part").read_bytes() == IQ_ZIP[:700]
    (path,) = fetch(["IQ"])
    assert server.ranges_asked("IQ.zip") == [None, "bytes=700-"]
    assert path.read_bytes() == IQ_ZIP
    assert _files(dest) == ["IQ.zip"]


def test_download_starts_over_when_the_remote_file_changed_since_the_partial(
    server: Server, fetch: Download, tmp_path: Path
) -> None:
    route = server.serve("IQ.zip", IQ_ZIP, drop_first_after=700)
    with pytest.raises(DownloadError):
        fetch(["IQ"])
    route.data = SY_ZIP  # GeoNames republished the dump in between
    route.last_modified = "Sun, 02 Jun 2024 02:00:00 GMT"
    (path,) = fetch(["IQ"])
    ((_, rng, if_range),) = server.requests[1:]
    assert (rng, if_range) == ("bytes=700-", LAST_MODIFIED)
    assert path.read_bytes() == SY_ZIP


def test_download_finishes_a_partial_file_that_is_already_whole(
    server: Server, fetch: Download, tmp_path: Path
) -> None:
    route = server.serve("IQ.zip", IQ_ZIP)
    dest = tmp_path / "dumps"
    dest.mkdir()
    (dest / "IQ.zip.part").write_bytes(IQ_ZIP)
    (path,) = fetch(["IQ"])  # the server answers 416: nothing left to send
    assert route.hits == 1
    assert path.read_bytes() == IQ_ZIP
    assert _files(dest) == ["IQ.zip"]


# -- checks ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "fragment"),
    [
        pytest.param(_zip({"../evil": b"x\tx\n"}), "'..' path", id="parent traversal"),
        pytest.param(_zip({"ok/../../evil": b"x\tx\n"}), "'..' path", id="nested traversal"),
        pytest.param(_zip({"/etc/evil": b"x\tx\n"}), "absolute", id="absolute path"),
        pytest.param(_zip({"C:/evil.txt": b"x\tx\n"}), "absolute", id="drive letter"),
        pytest.param(_symlink_zip(), "symlink", id="symlink member"),
        pytest.param(IQ_ZIP[: len(IQ_ZIP) // 2], "not a whole zip archive", id="truncated"),
        pytest.param(b"<html>503 Service Unavailable</html>", "not a whole zip", id="html page"),
        pytest.param(_zip({}), "archive is empty", id="empty archive"),
    ],
)
def test_download_rejects_unsafe_or_broken_zip_and_leaves_nothing(
    server: Server, fetch: Download, tmp_path: Path, payload: bytes, fragment: str
) -> None:
    server.serve("IQ.zip", payload)
    with pytest.raises(DownloadError) as info:
        fetch(["IQ"])
    assert f"{server.url}IQ.zip" in str(info.value)
    assert fragment in str(info.value)
    assert _files(tmp_path / "dumps") == []


def test_download_rejects_zip_member_failing_crc(
    server: Server, fetch: Download, tmp_path: Path
) -> None:
    data = bytearray(_zip({"IQ.txt": PLACES}, stored=True))
    data[data.index(b"Aleppo")] = ord("B")
    server.serve("IQ.zip", bytes(data))
    with pytest.raises(DownloadError, match="fails its CRC check"):
        fetch(["IQ"])
    assert _files(tmp_path / "dumps") == []


def test_download_rejects_side_table_that_is_not_a_tab_separated_table(
    server: Server, fetch: Download, tmp_path: Path
) -> None:
    server.serve("countryInfo.txt", b"<html><body>Not here</body></html>")
    with pytest.raises(DownloadError, match=r"countryInfo\.txt: not a tab-separated"):
        fetch([], extras=["countryInfo.txt"])
    assert _files(tmp_path / "dumps") == []


def test_download_http_error_names_the_url(server: Server, fetch: Download) -> None:
    with pytest.raises(DownloadError, match=r"/dump/SY\.zip: HTTP 404"):
        fetch(["SY"])


def test_download_unreachable_server_raises_download_error(tmp_path: Path) -> None:
    closed = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    port = closed.server_address[1]
    closed.server_close()  # nothing listens on the port any more
    with pytest.raises(DownloadError, match=rf"127\.0\.0\.1:{port}/IQ\.zip: cannot connect"):
        download_country_dumps(["IQ"], tmp_path, base_url=f"http://127.0.0.1:{port}/", timeout=5)


# -- argument validation -----------------------------------------------------------------


@pytest.mark.parametrize(
    "code",
    [
        pytest.param("IRQ", id="alpha-3 code"),
        pytest.param("I1", id="digit"),
        pytest.param("", id="empty"),
        pytest.param("../IQ", id="path"),
        pytest.param("allCountriesX", id="unknown dump"),
        pytest.param("ÄB", id="non-ASCII letters"),
    ],
)
def test_download_rejects_bad_codes_before_fetching_anything(
    server: Server, fetch: Download, tmp_path: Path, code: str
) -> None:
    server.serve("IQ.zip", IQ_ZIP)
    with pytest.raises(UnknownCountryError):
        fetch(["IQ", code])
    assert server.requests == []
    assert not (tmp_path / "dumps").exists()


def test_download_rejects_unknown_side_table(fetch: Download, server: Server) -> None:
    with pytest.raises(UnknownCountryError, match="side table"):
        fetch([], extras=["../../etc/passwd"])
    assert server.requests == []


def test_download_rejects_non_http_base_url(tmp_path: Path) -> None:
    with pytest.raises(DownloadError, match="http or https"):
        download_country_dumps(["IQ"], tmp_path, base_url="file:///etc/")


def test_download_into_a_path_that_is_a_file_raises_download_error(tmp_path: Path) -> None:
    blocker = tmp_path / "dumps"
    blocker.write_text("a file, not a directory", encoding="utf-8")
    with pytest.raises(DownloadError, match="cannot create the download directory"):
        download_country_dumps(["IQ"], blocker, base_url="http://127.0.0.1:9/")
