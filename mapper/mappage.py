"""Assembling the page of a map: raw page text, and Leaflet's files from CDN, mirror or folder.

folium links every script and stylesheet from a CDN. :func:`asset_swap` decides where they
come from instead: a mirror laid out like the CDN, or an asset folder whose files are
inlined so the page needs no network for its code (:mod:`mapper.webassets`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from branca.element import CssLink, Element, Figure, JavascriptLink

from . import webassets
from .errors import AssetError, InputError

__all__ = ["AssetFigure", "RawHtml", "asset_swap"]

Swap = Callable[[Element], Element]


class RawHtml(Element):
    """Text placed in the page as is: never parsed as a template."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text

    def render(self, **kwargs: Any) -> str:
        return self._text


class AssetFigure(Figure):
    """A figure that swaps CDN links for inlined copies or mirror links when rendered."""

    def __init__(self, swap: Swap, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._swap = swap

    def render(self, **kwargs: Any) -> str:
        for child in self._children.values():
            child.render(**kwargs)
        for name, element in list(self.header._children.items()):
            if isinstance(element, JavascriptLink | CssLink):
                self.header._children[name] = self._swap(element)
        return self._template.render(this=self, kwargs=kwargs)


def _inliner(root: Path) -> Swap:
    def swap(link: Element) -> Element:
        kind = "js" if isinstance(link, JavascriptLink) else "css"
        return RawHtml(webassets.inline_tag(link.url, kind, root))

    return swap


def _mirror(base: str) -> Swap:
    def swap(link: Element) -> Element:
        asset = webassets.parse_cdn_url(link.url)
        if asset is None:
            return link
        url = asset.url_in(base)
        return JavascriptLink(url) if isinstance(link, JavascriptLink) else CssLink(url)

    return swap


def asset_swap(offline: bool, assets: str | os.PathLike[str] | None) -> Swap | None:
    if isinstance(assets, str) and re.match(r"^https?://", assets, re.I):
        if offline:
            raise InputError(
                f"assets={assets!r}: offline=True inlines files from a folder, not a URL"
            )
        return _mirror(assets)
    if assets is not None:
        root = Path(assets)
        if not root.is_dir():
            raise InputError(f"assets={str(assets)!r}: not a folder (see mapper.fetch_assets)")
        return _inliner(_complete(root))
    if offline:
        return _inliner(_complete(webassets.default_asset_dir()))
    return None


def _complete(root: Path) -> Path:
    missing = [
        f"{package}@{version}"
        for package, version in webassets.required_packages()
        if not (root / f"{package}@{version}").is_dir()
    ]
    if missing:
        raise AssetError(
            f"{root}: no {', '.join(missing)}; fetch the map assets first with"
            f" mapper.fetch_assets({str(root)!r}) (needs the npm registry once)"
        )
    return root
