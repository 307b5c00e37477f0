"""The third-party JS and CSS a map needs: where they live on the CDN, in a mirror or a folder.

Every asset is a file of an npm package at a pinned version. By default a map links the
jsDelivr CDN (as folium does). For air-gapped use, :func:`fetch_assets` copies the packages
from the npm registry into a folder laid out like the CDN (``leaflet@1.9.3/dist/leaflet.js``)
and a map built with ``offline=True`` inlines them, so the saved HTML needs no network for
its code. The same folder can be served over HTTP and used as a mirror.

Nothing here downloads at import time, and no third-party file is shipped in the package.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import mimetypes
import os
import re
import shlex
import shutil
import tarfile
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .errors import AssetError

__all__ = [
    "ASSETS_ENV",
    "CDN",
    "FULLSCREEN",
    "HEAT",
    "LEAFLET",
    "MINIMAP",
    "NPM_REGISTRY",
    "PINNED_INTEGRITY",
    "SUPERCLUSTER",
    "TOPOJSON",
    "WORLD_ATLAS",
    "Asset",
    "default_asset_dir",
    "fetch_assets",
    "fetch_hint",
    "inline_json",
    "inline_tag",
    "install_package",
    "parse_cdn_url",
    "required_packages",
]

CDN = "https://cdn.jsdelivr.net/npm/"
"""The CDN serving npm packages as ``{CDN}{package}@{version}/{path}``."""
NPM_REGISTRY = "https://registry.npmjs.org/"
ASSETS_ENV = "INCIDENT_MAPPER_ASSETS"
"""Environment variable naming the asset folder used by ``offline=True``."""

_CDN_URL = re.compile(
    r"^https://cdn\.jsdelivr\.net/npm/(?P<package>(?:@[\w.-]+/)?[\w.-]+)@(?P<version>[\w.+-]+)/(?P<path>[^?#]+)$"
)
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")
_MAX_TARBALL = 50 * 1024 * 1024
_MAX_UNPACKED = 200 * 1024 * 1024
"""Refuse a tarball whose files add up to more (a gzip bomb)."""


@dataclass(frozen=True, slots=True)
class Asset:
    """One file of an npm package at a pinned version.

    Attributes
    ----------
    package, version : str
        The npm package and its exact version (``"leaflet"``, ``"1.9.3"``).
    path : str
        The file inside the package (``"dist/leaflet.js"``).
    """

    package: str
    version: str
    path: str

    @property
    def folder(self) -> str:
        """The package folder name in a mirror or asset folder: ``package@version``."""
        return f"{self.package}@{self.version}"

    @property
    def url(self) -> str:
        """The file on the CDN."""
        return f"{CDN}{self.folder}/{self.path}"

    def url_in(self, base: str) -> str:
        """The file in a mirror laid out like the CDN, at *base*."""
        return f"{base.rstrip('/')}/{self.folder}/{self.path}"

    def file_in(self, root: Path) -> Path:
        """The file in an asset folder made by :func:`fetch_assets`."""
        return Path(root, self.folder, *self.path.split("/"))


def parse_cdn_url(url: str) -> Asset | None:
    """The asset a jsDelivr npm URL points at, or None for any other URL."""
    match = _CDN_URL.match(url)
    if match is None:
        return None
    return Asset(match["package"], match["version"], match["path"])


def _folium_leaflet() -> tuple[Asset, Asset]:
    import folium

    found = {name: parse_cdn_url(url) for name, url in folium.Map.default_js}
    found.update({name: parse_cdn_url(url) for name, url in folium.Map.default_css})
    js, css = found.get("leaflet"), found.get("leaflet_css")
    if js is None or css is None:  # pragma: no cover - depends on the folium release
        raise AssetError("folium's Map no longer links Leaflet on jsDelivr; cannot pin Leaflet")
    return js, css


LEAFLET: tuple[Asset, Asset] = _folium_leaflet()
"""Leaflet's JS and CSS, at the version folium links."""
SUPERCLUSTER = Asset("supercluster", "8.0.1", "dist/supercluster.min.js")
HEAT = Asset("leaflet.heat", "0.2.0", "dist/leaflet-heat.js")
FULLSCREEN: tuple[Asset, Asset] = (
    Asset("leaflet.fullscreen", "3.0.0", "Control.FullScreen.js"),
    Asset("leaflet.fullscreen", "3.0.0", "Control.FullScreen.css"),
)
MINIMAP: tuple[Asset, Asset] = (
    Asset("leaflet-minimap", "3.6.1", "dist/Control.MiniMap.min.js"),
    Asset("leaflet-minimap", "3.6.1", "dist/Control.MiniMap.min.css"),
)


TOPOJSON = Asset("topojson-client", "3.1.0", "dist/topojson-client.min.js")
"""Decodes TopoJSON into GeoJSON in the browser (for the country outlines)."""
WORLD_ATLAS: dict[str, Asset] = {
    "countries": Asset("world-atlas", "2.0.2", "countries-110m.json"),
    "countries-50m": Asset("world-atlas", "2.0.2", "countries-50m.json"),
}
"""Natural Earth country outlines as TopoJSON (public domain), by basemap name.

1:110m is about 108 KB and draws the world legibly down to country level; 1:50m is about
756 KB, for maps zoomed into a province.
"""


PINNED_INTEGRITY: dict[str, str] = {
    "leaflet@1.9.3": "sha512-iB2cR9vAkDOu5l3HAay2obcUHZ7xwUBBjph8+PGtmW/2lYhbLizWtG7nTeYht36WfOslixQF9D/uSIzhZgGMfQ==",  # noqa: E501
    "supercluster@8.0.1": "sha512-IiOea5kJ9iqzD2t7QJq/cREyLHTtSmUT6gQsweojg9WH2sYJqZK9SswTu6jrscO6D1G5v5vYZ9ru/eq85lXeZQ==",  # noqa: E501
    "leaflet.heat@0.2.0": "sha512-Cd5PbAA/rX3X3XKxfDoUGi9qp78FyhWYurFg3nsfhntcM/MCNK08pRkf4iEenO1KNqwVPKCmkyktjW3UD+h9bQ==",  # noqa: E501
    "leaflet.fullscreen@3.0.0": "sha512-81wWSUXz1ZtdneR0v5eJDWXUSx+Zo5J50WXWeydG/UcILfIEAgz/iOjZSi3p00Z9MJ/FC/P5i3CgdYuEAos0yQ==",  # noqa: E501
    "leaflet-minimap@3.6.1": "sha512-6px8f6cfv1rKB6ACpL6bbUFGxipZOq4KsntJgBj9nOcW1RYa5+xFp8emOZwks9X+VtVVsQEwWwfgT1kTTL/LzA==",  # noqa: E501
    "topojson-client@3.1.0": "sha512-605uxS6bcYxGXw9qi62XyrV6Q3xwbndjachmNxu8HWTtVPxZfEJN9fd/SZS1Q54Sn2y0TMyMxFj/cJINqGHrKw==",  # noqa: E501
    "world-atlas@2.0.2": "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==",  # noqa: E501
}
"""The npm ``dist.integrity`` of each pinned package, checked whatever a registry says.

A mirror or registry given with ``--registry`` could serve a tampered tarball together
with a version document that matches it; these values come from registry.npmjs.org.
"""


def required_packages(*, basemap: bool = True) -> list[tuple[str, str]]:
    """The ``(package, version)`` pairs a map may need, in a stable order.

    Parameters
    ----------
    basemap : bool
        Include the packages of the country-outline basemap (TopoJSON decoder and data).
    """
    assets = [*LEAFLET, SUPERCLUSTER, HEAT, *FULLSCREEN, *MINIMAP]
    if basemap:
        assets += [TOPOJSON, *WORLD_ATLAS.values()]
    return list(dict.fromkeys((a.package, a.version) for a in assets))


def default_asset_dir() -> Path:
    """``$INCIDENT_MAPPER_ASSETS``, else ``web-assets`` in the incident-mapper cache dir."""
    env = os.environ.get(ASSETS_ENV)
    if env:
        return Path(env)
    from gazetteer.embedded import cache_dir

    return cache_dir() / "web-assets"


def fetch_hint(root: str | os.PathLike[str]) -> str:
    """How to fill the asset folder *root*: the command, and the library call."""
    root = Path(root)
    option = "" if root == default_asset_dir() else f" -d {shlex.quote(str(root))}"
    return (
        f"fetch the map assets first with `incident-mapper assets fetch{option}`"
        f" or mapper.fetch_assets({str(root)!r}) (needs the npm registry once)"
    )


def _get(url: str, timeout: float) -> bytes:
    if urlsplit(url).scheme not in ("http", "https"):
        raise AssetError(f"{url}: only http(s) URLs are fetched")
    request = urllib.request.Request(url, headers={"User-Agent": "incident-mapper"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(_MAX_TARBALL + 1)
    except urllib.error.HTTPError as exc:
        raise AssetError(f"{url}: the registry answered HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise AssetError(
            f"{url}: cannot reach {urlsplit(url).netloc} ({reason}); no network, or the"
            " registry is down (another registry or a mirror can be named instead)"
        ) from None
    if len(data) > _MAX_TARBALL:
        raise AssetError(f"{url}: larger than {_MAX_TARBALL} bytes; refusing it")
    return data


def _sha512(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def _check_integrity(data: bytes, dist: dict[str, object], url: str, folder: str) -> None:
    _check_registry_integrity(data, dist, url)
    pinned = PINNED_INTEGRITY.get(folder)
    if pinned is not None and _sha512(data) != pinned:
        raise AssetError(f"{url}: sha512 does not match the value pinned for {folder}")


def _check_registry_integrity(data: bytes, dist: dict[str, object], url: str) -> None:
    integrity = dist.get("integrity")
    if isinstance(integrity, str) and integrity.startswith("sha512-"):
        if _sha512(data) != integrity:
            raise AssetError(f"{url}: sha512 does not match the registry's integrity value")
        return
    shasum = dist.get("shasum")
    if not isinstance(shasum, str) or hashlib.sha1(data).hexdigest() != shasum:
        raise AssetError(f"{url}: checksum missing or not matching the registry's shasum")


def install_package(tarball: bytes | Path, root: Path, package: str, version: str) -> Path:
    """Unpack an npm package tarball (``npm pack`` output) into ``root/package@version``.

    The folder appears whole or not at all (unpacked beside it, then renamed).

    Parameters
    ----------
    tarball : bytes or Path
        The ``.tgz`` contents or its path.
    root : Path
        The asset folder.
    package, version : str

    Returns
    -------
    Path
        The package folder.

    Raises
    ------
    AssetError
        Not a gzip tar archive, a member with an absolute path, ``..``, or a link, or
        files adding up to more than 200 MB.
    """
    data = tarball.read_bytes() if isinstance(tarball, Path) else tarball
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    target = root / f"{package}@{version}"
    label = f"{package}@{version} tarball"
    with tempfile.TemporaryDirectory(dir=root, prefix=".unpack-") as tmp:
        staging = Path(tmp, "pkg")
        try:
            with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
                unpacked = 0
                for member in tar.getmembers():
                    unpacked += max(member.size, 0)
                    if unpacked > _MAX_UNPACKED:
                        raise AssetError(f"{label}: unpacks to more than {_MAX_UNPACKED} bytes")
                    parts = member.name.replace("\\", "/").split("/")
                    if member.name.startswith("/") or ".." in parts:
                        raise AssetError(f"{label}: member {member.name!r} escapes the folder")
                    if not (member.isfile() or member.isdir()):
                        raise AssetError(f"{label}: member {member.name!r} is not a file")
                    if not member.isfile() or len(parts) < 2:
                        continue
                    dest = staging.joinpath(*parts[1:])  # npm packs under "package/"
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    source = tar.extractfile(member)
                    if source is None:  # pragma: no cover - isfile() members have data
                        continue
                    dest.write_bytes(source.read())
        except (tarfile.TarError, EOFError, OSError) as exc:
            raise AssetError(f"{label}: not a readable .tgz archive ({exc})") from None
        if not staging.is_dir():
            raise AssetError(f"{label}: the archive holds no files")
        if target.exists():
            shutil.rmtree(target)
        staging.rename(target)
    return target


def fetch_assets(
    directory: str | os.PathLike[str] | None = None,
    *,
    registry: str = NPM_REGISTRY,
    timeout: float = 60.0,
    force: bool = False,
    on_package: Callable[[str, bool], None] | None = None,
) -> Path:
    """Copy Leaflet, the plugins and the basemap data from the npm registry into a folder.

    Packages already present are kept unless *force*. Each tarball is checked against
    the registry's integrity hash and the one pinned in :data:`PINNED_INTEGRITY` before
    it is unpacked.

    Parameters
    ----------
    directory : path, optional
        The asset folder; default :func:`default_asset_dir`.
    registry : str
        The npm registry (or a mirror of it).
    timeout : float
        Seconds per request.
    force : bool
        Fetch again even when a package folder exists.
    on_package : callable, optional
        Called after each package with its folder name (``"leaflet@1.9.3"``) and
        whether it was fetched (False: it was there already), e.g. to report progress.

    Returns
    -------
    Path
        The asset folder, ready for ``render_map(..., offline=True, assets=folder)``.

    Raises
    ------
    AssetError
        The registry cannot be reached, a package or version is unknown, or a tarball
        fails its checksum or the pinned one.
    """
    root = Path(directory) if directory is not None else default_asset_dir()
    base = registry if registry.endswith("/") else registry + "/"
    for package, version in required_packages():
        if (root / f"{package}@{version}").is_dir() and not force:
            if on_package is not None:
                on_package(f"{package}@{version}", False)
            continue
        meta_url = f"{base}{package}/{version}"
        try:
            meta = json.loads(_get(meta_url, timeout))
            dist = meta["dist"]
            tarball_url = dist["tarball"]
        except (ValueError, KeyError, TypeError):
            raise AssetError(f"{meta_url}: not an npm package version document") from None
        data = _get(tarball_url, timeout)
        _check_integrity(data, dist, tarball_url, f"{package}@{version}")
        install_package(data, root, package, version)
        if on_package is not None:
            on_package(f"{package}@{version}", True)
    return root


def _data_uri(path: Path) -> str:
    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{kind};base64,{base64.b64encode(path.read_bytes()).decode()}"


def _inline_css_urls(css: str, folder: Path, package: Path) -> str:
    """*css* with references to files inside *package* (icons) as data URIs.

    A reference that leads out of the package folder (``../``, links) is left as it is:
    a tampered stylesheet must not carry a local file into the page.
    """
    inside = package.resolve()

    def replace(match: re.Match[str]) -> str:
        target = match[2].strip()
        if re.match(r"^(data:|[a-z]+://|#)", target, re.I):
            return match[0]
        path = folder.joinpath(*target.split("?")[0].split("#")[0].split("/")).resolve()
        if not path.is_relative_to(inside) or not path.is_file():
            return match[0]
        return f'url("{_data_uri(path)}")'

    return _CSS_URL.sub(replace, css)


def inline_tag(url: str, kind: str, root: Path) -> str:
    """The ``<script>`` or ``<style>`` element holding the local copy of a CDN file.

    CSS ``url(...)`` references to files in the package (icons) become data URIs.

    Parameters
    ----------
    url : str
        A jsDelivr npm URL, as in :data:`LEAFLET`.
    kind : {"js", "css"}
    root : Path
        An asset folder made by :func:`fetch_assets`.

    Raises
    ------
    AssetError
        The URL is not a jsDelivr npm URL, or the folder has no copy of the file.
    """
    asset = parse_cdn_url(url)
    if asset is None:
        raise AssetError(
            f"{url}: an offline map can only inline npm packages from {CDN}; this link"
            " was added by another element"
        )
    path = asset.file_in(root)
    if not path.is_file() and path.name.endswith(f".min.{kind}"):
        path = path.with_name(path.name.removesuffix(f".min.{kind}") + f".{kind}")
    if not path.is_file():
        raise AssetError(f"{asset.file_in(root)}: missing; {fetch_hint(root)}")
    text = path.read_text(encoding="utf-8")
    if kind == "css":
        text = _inline_css_urls(text, path.parent, root / asset.folder)
        if re.search(r"</style", text, re.I):
            raise AssetError(f"{path}: contains '</style'; refusing to inline it")
        return f"<style>\n{text}\n</style>"
    return "<script>\n" + re.sub(r"</(script)", r"<\\/\1", text, flags=re.I) + "\n</script>"


def inline_json(asset: Asset, root: Path) -> str:
    """The JSON file *asset* from the asset folder *root*, as text safe inside ``<script>``.

    The file is parsed and written again, so what reaches the page is JSON and nothing else.

    Raises
    ------
    AssetError
        The folder has no copy of the file, or it is not JSON.
    """
    from .mapdata import script_json

    path = asset.file_in(root)
    try:
        value = json.loads(path.read_bytes())
    except FileNotFoundError:
        raise AssetError(f"{path}: missing; {fetch_hint(root)}") from None
    except (OSError, ValueError) as exc:
        raise AssetError(f"{path}: not a readable JSON file ({exc})") from None
    return script_json(value)
