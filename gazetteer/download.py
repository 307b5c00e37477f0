"""Fetching GeoNames dump files: resumable, checked, and atomic.

A file is downloaded into ``<name>.part`` beside its final name; an interrupted
download leaves the ``.part`` behind and the next call resumes it with an HTTP
``Range`` request. Only a file that passes its checks (a zip that opens, whose members
pass their CRC check and none of which is absolute, climbs out with ``..`` or is a
symlink) is renamed to its final name, with :func:`os.replace`, so a reader never sees a
partial or corrupt dump. Nothing here touches the network until called.
"""

from __future__ import annotations

import codecs
import http.client
import os
import re
import stat
import urllib.error
import urllib.request
import zipfile
import zlib
from collections.abc import Callable, Iterable
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path
from typing import IO
from urllib.parse import urljoin, urlsplit

from .errors import DownloadError, UnknownCountryError

__all__ = [
    "BASE_URL_ENV",
    "DEFAULT_BASE_URL",
    "DUMP_NAMES",
    "SIDE_FILES",
    "download_country_dumps",
    "resolve_base_url",
]

DEFAULT_BASE_URL = "https://download.geonames.org/export/dump/"
"""Where GeoNames publishes its daily dumps."""

BASE_URL_ENV = "INCIDENT_MAPPER_GEONAMES_URL"
"""Environment variable that overrides :data:`DEFAULT_BASE_URL` (a mirror, a test server)."""

DUMP_NAMES = frozenset(
    {
        "allCountries",
        "alternateNamesV2",
        "cities500",
        "cities1000",
        "cities5000",
        "cities15000",
        "no-country",
    }
)
"""Zip dumps other than the per-country ones that :func:`download_country_dumps` accepts."""

SIDE_FILES = frozenset(
    {
        "admin1CodesASCII.txt",
        "admin2Codes.txt",
        "countryInfo.txt",
        "featureCodes_en.txt",
        "timeZones.txt",
    }
)
"""Plain-text side tables that may be fetched along with the dumps."""

_CHUNK = 1 << 16
_USER_AGENT = "incident-mapper (GeoNames dump downloader)"
_ZIP_ERRORS = (zipfile.BadZipFile, EOFError, zlib.error, NotImplementedError)
_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTENT_RANGE = re.compile(r"^bytes\s+(\d+)-(\d+)/(\d+|\*)$")


def resolve_base_url(base_url: str | None = None) -> str:
    """The dump URL to use: *base_url*, else ``$INCIDENT_MAPPER_GEONAMES_URL``, else GeoNames.

    Parameters
    ----------
    base_url : str, optional
        An explicit base URL; wins over the environment.

    Returns
    -------
    str
        The URL, ending with ``/``.

    Raises
    ------
    DownloadError
        The URL is not ``http`` or ``https``.
    """
    url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    if urlsplit(url).scheme not in ("http", "https"):
        raise DownloadError(f"{url}: GeoNames base URL must be http or https")
    return url if url.endswith("/") else url + "/"


def _dump_file_name(code: str) -> str:
    if not isinstance(code, str):
        raise UnknownCountryError(f"not a country code or dump name: {code!r}")
    if len(code) == 2 and code.isascii() and code.isalpha():
        return f"{code.upper()}.zip"
    for name in DUMP_NAMES:
        if code.lower() == name.lower():
            return f"{name}.zip"
    raise UnknownCountryError(
        f"not a two-letter country code or a GeoNames dump name: {code!r}"
        f" (dump names: {', '.join(sorted(DUMP_NAMES))})"
    )


def _unsafe_member(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or bool(_DRIVE.match(name)) or ".." in parts


def _check_zip(path: Path, url: str) -> None:
    """Raise :class:`DownloadError` unless *path* is a whole, safe zip archive."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if not infos:
                raise DownloadError(f"{url}: the archive is empty ({path})")
            for info in infos:
                if _unsafe_member(info.filename):
                    raise DownloadError(
                        f"{url}: archive member {info.filename!r} has an absolute or"
                        f" '..' path; refusing it ({path})"
                    )
                if stat.S_ISLNK(info.external_attr >> 16):
                    raise DownloadError(
                        f"{url}: archive member {info.filename!r} is a symlink;"
                        f" refusing it ({path})"
                    )
            bad = zf.testzip()
    except _ZIP_ERRORS as exc:
        raise DownloadError(f"{url}: not a whole zip archive ({exc}) ({path})") from None
    if bad is not None:
        raise DownloadError(f"{url}: archive member {bad!r} fails its CRC check ({path})")


def _check_text(path: Path, url: str) -> None:
    """Raise :class:`DownloadError` unless *path* is a non-empty UTF-8 tab-separated file."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    saw_tab = False
    with open(path, "rb") as fh:
        try:
            while chunk := fh.read(_CHUNK):
                saw_tab = saw_tab or b"\t" in chunk
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            raise DownloadError(f"{url}: not UTF-8 text ({exc.reason}) ({path})") from None
    if not saw_tab:
        raise DownloadError(f"{url}: not a tab-separated GeoNames table ({path})")


def _open(
    url: str, offset: int, validator: str | None, timeout: float
) -> http.client.HTTPResponse | None:
    """Open *url* from byte *offset*; None when the server says the range is past the end.

    With a *validator* (the ``Last-Modified`` date of the partial file) the server sends
    the rest only if the file is unchanged, and the whole new file otherwise.
    """
    headers = {"User-Agent": _USER_AGENT}
    if offset:
        headers["Range"] = f"bytes={offset}-"
        if validator:
            headers["If-Range"] = validator
    request = urllib.request.Request(url, headers=headers)
    try:
        return urllib.request.urlopen(request, timeout=timeout)  # type: ignore[no-any-return]
    except urllib.error.HTTPError as exc:
        exc.close()
        if exc.code == 416 and offset:
            return None
        raise DownloadError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise DownloadError(f"{url}: cannot connect ({exc.reason})") from None
    except (OSError, http.client.HTTPException) as exc:  # timeouts, resets, bad replies
        raise DownloadError(f"{url}: no valid response ({exc!r})") from None


def _stamp(part: Path, last_modified: str | None) -> None:
    """Give *part* the remote file's modification time, the validator for resuming it."""
    if not last_modified:
        return
    try:
        t = parsedate_to_datetime(last_modified).timestamp()
    except (TypeError, ValueError):
        return
    os.utime(part, (t, t))


def _copy(
    response: http.client.HTTPResponse,
    out: IO[bytes],
    url: str,
    offset: int,
    part: Path,
    progress: Callable[[int], object] | None,
) -> int:
    """Copy the response body to *out*; return how many bytes came."""
    received = 0
    while True:
        try:
            chunk = response.read(_CHUNK)
        except (OSError, http.client.HTTPException) as exc:  # reset, timeout, bad chunking
            raise DownloadError(
                f"{url}: connection lost after {offset + received} bytes ({exc!r});"
                f" {part} is kept, run again to resume"
            ) from None
        if not chunk:
            return received
        out.write(chunk)
        received += len(chunk)
        if progress is not None:
            progress(len(chunk))


def _receive(
    url: str,
    part: Path,
    timeout: float,
    progress: Callable[[int], object] | None,
) -> bool:
    """Bring *part* up to the whole remote file; False if the server refused the range."""
    offset, validator = 0, None
    if part.exists():
        st = part.stat()
        offset, validator = st.st_size, formatdate(st.st_mtime, usegmt=True)
    response = _open(url, offset, validator, timeout)
    if response is None:
        return False
    with response:
        if response.status == 206:
            m = _CONTENT_RANGE.match(response.headers.get("Content-Range", ""))
            if not m or int(m.group(1)) != offset:
                part.unlink(missing_ok=True)
                raise DownloadError(
                    f"{url}: server resumed at the wrong place"
                    f" ({response.headers.get('Content-Range')!r}, asked for byte {offset});"
                    f" the partial file was removed, run again to restart"
                )
            mode = "ab"
        elif response.status == 200:
            mode, offset = "wb", 0
        else:
            raise DownloadError(f"{url}: unexpected HTTP status {response.status}")
        length = response.headers.get("Content-Length")
        expected = int(length) if length and length.isdigit() else None
        try:
            with open(part, mode) as out:
                received = _copy(response, out, url, offset, part, progress)
                out.flush()
                os.fsync(out.fileno())
        except DownloadError:
            raise
        except OSError as exc:
            raise DownloadError(f"{url}: cannot write {part} ({exc})") from None
        finally:
            if part.exists():
                _stamp(part, response.headers.get("Last-Modified"))
        if expected is not None and received < expected:
            raise DownloadError(
                f"{url}: connection closed after {offset + received} of"
                f" {offset + expected} bytes; {part} is kept, run again to resume"
            )
    return True


def _fetch(
    url: str,
    final: Path,
    check: Callable[[Path, str], None],
    timeout: float,
    progress: Callable[[int], object] | None,
) -> Path:
    part = final.with_name(final.name + ".part")
    if not _receive(url, part, timeout, progress):
        # 416: the partial file already reaches the end; keep it if whole, else restart.
        try:
            check(part, url)
        except DownloadError:
            part.unlink(missing_ok=True)
            if not _receive(url, part, timeout, progress):
                raise DownloadError(f"{url}: server refuses a request from byte 0") from None
    try:
        check(part, url)
    except DownloadError:
        part.unlink(missing_ok=True)
        raise
    try:
        os.replace(part, final)
    except OSError as exc:
        raise DownloadError(f"{url}: cannot move {part} to {final} ({exc})") from None
    return final


def download_country_dumps(
    codes: Iterable[str],
    dest_dir: str | os.PathLike[str],
    *,
    extras: Iterable[str] = (),
    base_url: str | None = None,
    timeout: float = 60,
    overwrite: bool = False,
    progress: Callable[[int], object] | None = None,
) -> list[Path]:
    """Download GeoNames dumps (``IQ.zip``, ``cities500.zip``...) and side tables.

    Parameters
    ----------
    codes : iterable of str
        ISO 3166-1 alpha-2 country codes (any case; ``"iq"`` fetches ``IQ.zip``) or
        names of whole-world dumps in :data:`DUMP_NAMES` (``"allCountries"``,
        ``"cities500"``...).
    dest_dir : path-like
        Where the files go (created if missing).
    extras : iterable of str
        Side tables from :data:`SIDE_FILES` to fetch too, such as
        ``"admin1CodesASCII.txt"`` and ``"countryInfo.txt"``.
    base_url : str, optional
        The dump directory; defaults to ``$INCIDENT_MAPPER_GEONAMES_URL``, then to
        :data:`DEFAULT_BASE_URL`.
    timeout : float
        Seconds to wait on the network before giving up (per connection or read).
    overwrite : bool
        Fetch a file again even if it is already there; by default a finished file is
        kept as it is (an interrupted ``.part`` is always resumed).
    progress : callable, optional
        Called with the number of bytes received since its previous call
        (``tqdm(unit="B").update`` fits).

    Returns
    -------
    list of Path
        The final files, dumps first, in the order asked for.

    Raises
    ------
    UnknownCountryError
        A code is neither two letters nor a known dump name, or an extra is not a known
        side table; raised before anything is fetched.
    DownloadError
        A file could not be fetched (HTTP error, connection lost: its ``.part`` is kept
        for resuming) or failed its checks (its ``.part`` is removed). The message names
        the URL.

    Examples
    --------
    >>> download_country_dumps(["IQ", "SY"], "dumps", extras=["admin1CodesASCII.txt"])
    ... # doctest: +SKIP
    [PosixPath('dumps/IQ.zip'), PosixPath('dumps/SY.zip'),
     PosixPath('dumps/admin1CodesASCII.txt')]
    """
    if isinstance(codes, str):
        codes = [codes]
    names = list(dict.fromkeys(_dump_file_name(c) for c in codes))
    for extra in extras:
        if extra not in SIDE_FILES:
            raise UnknownCountryError(
                f"not a GeoNames side table: {extra!r} (known: {', '.join(sorted(SIDE_FILES))})"
            )
        if extra not in names:
            names.append(extra)
    base = resolve_base_url(base_url)
    dest = Path(dest_dir)
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DownloadError(
            f"{dest}: cannot create the download directory ({exc.strerror or exc})"
        ) from None
    out: list[Path] = []
    for name in names:
        final = dest / name
        if final.exists() and not overwrite:
            out.append(final)
            continue
        check = _check_zip if name.endswith(".zip") else _check_text
        out.append(_fetch(urljoin(base, name), final, check, timeout, progress))
    return out
