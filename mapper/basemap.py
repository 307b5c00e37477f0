"""A basemap that needs no tile server: Natural Earth country outlines drawn in the browser.

The outlines are the npm package ``world-atlas`` (TopoJSON, public domain), decoded by
``topojson-client``; both are pinned in :mod:`mapper.webassets` and, like Leaflet, linked
from the CDN, a mirror, or inlined from the asset folder for an offline page. The land is
drawn with a light fill, coastlines and borders as thin lines, in a pane below the incidents;
the outlines take no clicks.
"""

from __future__ import annotations

from typing import Any

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template

from . import webassets
from .errors import InputError
from .mappage import DataLink, RawHtml, own_asset

__all__ = ["AUTO", "BASEMAPS", "CountryOutlines", "choose_basemap"]

AUTO = "auto"
"""The default *basemap*: the country outlines when there are no tiles, else none."""
BASEMAPS: tuple[str, ...] = tuple(webassets.WORLD_ATLAS)
"""The basemap names: ``"countries"`` (1:110m, ~108 KB) and ``"countries-50m"`` (~756 KB)."""

SEA = "#dce8f0"
"""The map background under the outlines when there are no tiles."""


def choose_basemap(basemap: str | None, tiles: object) -> str | None:
    """The basemap a map gets: *basemap*, or for ``"auto"`` the outlines when *tiles* is None.

    Raises
    ------
    InputError
        *basemap* is not a known name, ``"auto"`` or None.
    """
    if basemap == AUTO:
        return BASEMAPS[0] if tiles is None else None
    if basemap is None or basemap in BASEMAPS:
        return basemap
    names = ", ".join(repr(b) for b in (*BASEMAPS, AUTO, None))
    raise InputError(f"basemap={basemap!r}: not one of {names}")


class CountryOutlines(JSCSSMixin, MacroElement):
    """Country outlines under the incidents, drawn from Natural Earth TopoJSON.

    Made by :func:`mapper.render_map`; add it to another map with ``outlines.add_to(m)``.

    Parameters
    ----------
    name : str
        One of :data:`BASEMAPS`.
    over_tiles : bool
        Drawn over a tile layer: coastlines and borders only, so the tiles show through.
        Otherwise the land is filled and the map background is the sea colour.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = IncidentBasemap.draw(
            {{ this._parent.get_name() }}, {{ this.data_id|tojson }}, {{ this.options|tojson }}
        );
        {% endmacro %}
        """
    )

    def __init__(self, name: str = BASEMAPS[0], *, over_tiles: bool = False) -> None:
        super().__init__()
        if name not in BASEMAPS:
            raise InputError(f"basemap={name!r}: not one of {', '.join(BASEMAPS)}")
        self._name = "CountryOutlines"
        self.asset = webassets.WORLD_ATLAS[name]
        self.data_id = f"{self.get_name()}_topology"
        self.options: dict[str, Any] = {
            "sea": None if over_tiles else SEA,
            "fill": not over_tiles,
        }
        self.default_js = [("topojson_client", webassets.TOPOJSON.url)]

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        figure.header.add_child(
            RawHtml(f"<script>\n{own_asset('basemap.js')}\n</script>"), name="incident_basemap_js"
        )
        figure.header.add_child(DataLink(self.asset, self.data_id), name=self.data_id)
        super().render(**kwargs)
