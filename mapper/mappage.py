"""Assembling the page of a map: raw page text, and Leaflet's files from CDN, mirror or folder.

folium links every script and stylesheet from a CDN. :func:`asset_swap` decides where they
come from instead: a mirror laid out like the CDN, or an asset folder whose files are
inlined so the page needs no network for its code (:mod:`mapper.webassets`). Data files
(:class:`DataLink`, the basemap's TopoJSON) follow the same choice.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from branca.element import CssLink, Element, Figure, JavascriptLink

from . import webassets
from .errors import AssetError, InputError

__all__ = ["AssetFigure", "DataLink", "RawHtml", "asset_swap", "own_asset"]

Swap = Callable[[Element], Element]


class RawHtml(Element):
    """Text placed in the page as is: never parsed as a template."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text

    def render(self, **kwargs: Any) -> str:
        return self._text


def own_asset(name: str) -> str:
    """The text of one of the package's own page files (``mapper/assets/<name>``)."""
    return files("mapper").joinpath("assets", name).read_text(encoding="utf-8")


class DataLink(Element):
    """A JSON file of an npm package that the page's script reads, by element id.

    Rendered as an empty ``<script type="application/json">`` whose ``data-src`` is the
    file's URL (CDN or mirror), which the script fetches; an offline page carries the
    file's JSON in the element instead.

    Parameters
    ----------
    asset : webassets.Asset
        The file.
    element_id : str
        The id the script looks up.
    url : str, optional
        Where to fetch it; default the CDN.
    """

    def __init__(self, asset: webassets.Asset, element_id: str, url: str | None = None) -> None:
        super().__init__()
        self.asset = asset
        self.element_id = element_id
        self.url = url or asset.url

    def render(self, **kwargs: Any) -> str:
        return (
            f'<script type="application/json" id="{html.escape(self.element_id)}"'
            f' data-src="{html.escape(self.url)}"></script>'
        )


class AssetFigure(Figure):
    """A figure that swaps CDN links for inlined copies or mirror links when rendered."""

    def __init__(self, swap: Swap, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._swap = swap

    def render(self, **kwargs: Any) -> str:
        for child in self._children.values():
            child.render(**kwargs)
        for name, element in list(self.header._children.items()):
            if isinstance(element, JavascriptLink | CssLink | DataLink):
                self.header._children[name] = self._swap(element)
        return self._template.render(this=self, kwargs=kwargs)


def _inliner(root: Path) -> Swap:
    def swap(link: Element) -> Element:
        if isinstance(link, DataLink):
            text = webassets.inline_json(link.asset, root)
            return RawHtml(
                f'<script type="application/json" id="{html.escape(link.element_id)}">'
                f"{text}</script>"
            )
        kind = "js" if isinstance(link, JavascriptLink) else "css"
        return RawHtml(webassets.inline_tag(link.url, kind, root))

    return swap


def _mirror(base: str) -> Swap:
    def swap(link: Element) -> Element:
        if isinstance(link, DataLink):
            return DataLink(link.asset, link.element_id, link.asset.url_in(base))
        asset = webassets.parse_cdn_url(link.url)
        if asset is None:
            return link
        url = asset.url_in(base)
        return JavascriptLink(url) if isinstance(link, JavascriptLink) else CssLink(url)

    return swap


_URL_TEXT = re.compile(r"[A-Za-z0-9._~:/?#\[\]@!$&()*+,;=%-]+")
"""Characters a URL may hold as is (RFC 3986): none can end an attribute or a tag."""


def _mirror_base(url: str) -> str:
    """*url* if it is an http(s) URL with a host that can stand in an attribute unchanged."""
    if not _URL_TEXT.fullmatch(url):
        raise InputError(
            f"assets={url!r}: a mirror URL may not hold spaces, quotes, < or >; percent-encode them"
        )
    if not urlsplit(url).hostname:
        raise InputError(f"assets={url!r}: a mirror URL needs a host")
    return url


def asset_swap(
    offline: bool, assets: str | os.PathLike[str] | None, *, basemap: bool = False
) -> Swap | None:
    """Where the page's third-party files come from: None for the CDN, else a swap.

    Parameters
    ----------
    offline : bool
        Inline the files from *assets* or the default asset folder.
    assets : path or str, optional
        An asset folder (inlined) or the ``http(s)://`` URL of a mirror (linked).
    basemap : bool
        The page draws the country outlines, so the folder must hold their packages.

    Raises
    ------
    InputError
        *offline* with a URL, or *assets* names no folder.
    AssetError
        The folder lacks a package the page needs.
    """
    if isinstance(assets, str) and re.match(r"^https?://", assets, re.I):
        if offline:
            raise InputError(
                f"assets={assets!r}: offline=True inlines files from a folder, not a URL"
            )
        return _mirror(_mirror_base(assets))
    if assets is not None:
        root = Path(assets)
        if not root.is_dir():
            raise InputError(f"assets={str(assets)!r}: not a folder (see mapper.fetch_assets)")
        return _inliner(_complete(root, basemap))
    if offline:
        return _inliner(_complete(webassets.default_asset_dir(), basemap))
    return None


def _complete(root: Path, basemap: bool) -> Path:
    missing = [
        f"{package}@{version}"
        for package, version in webassets.required_packages(basemap=basemap)
        if not (root / f"{package}@{version}").is_dir()
    ]
    if missing:
        what = "no asset folder" if not root.is_dir() else f"no {', '.join(missing)}"
        raise AssetError(f"{root}: {what}; {webassets.fetch_hint(root)}")
    return root
