"""The incident layer: one data block in the page and the project's script that draws it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template

from . import webassets
from .mapdata import COMPRESSED_TYPE, payload_block
from .mappage import RawHtml, own_asset

__all__ = ["IncidentLayer"]


class IncidentLayer(JSCSSMixin, MacroElement):
    """The incident layer of a map: one JSON block and the script that draws it.

    Made by :func:`render_map`; add it to another map with ``layer.add_to(m)``.

    Parameters
    ----------
    payload : dict
        From :func:`mapper.mapdata.encode_frame`, plus ``styles`` and ``title``.
    options : dict
        Browser options (``cluster``, ``clusterRadius``, ``heatmap``, ...).
    compress : bool, optional
        As for :func:`mapper.mapdata.payload_block`.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = IncidentMapper.create(
            {{ this._parent.get_name() }}, {{ this.data_id|tojson }}, {{ this.options|tojson }}
        );
        {% endmacro %}
        """
    )

    def __init__(
        self,
        payload: Mapping[str, Any],
        options: Mapping[str, Any],
        *,
        compress: bool | None = None,
    ) -> None:
        super().__init__()
        self._name = "IncidentLayer"
        self.data_id = f"{self.get_name()}_data"
        self._block = payload_block(payload, self.data_id, compress=compress)
        self.options = {**options, "compressedType": COMPRESSED_TYPE}
        self.default_js = [("supercluster", webassets.SUPERCLUSTER.url)]
        if options.get("heatmap"):
            self.default_js.append(("leaflet_heat", webassets.HEAT.url))

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        figure.header.add_child(
            RawHtml(f"<style>\n{own_asset('incident_layer.css')}\n</style>"),
            name="incident_mapper_css",
        )
        figure.header.add_child(
            RawHtml(f"<script>\n{own_asset('incident_layer.js')}\n</script>"),
            name="incident_mapper_js",
        )
        figure.html.add_child(RawHtml(self._block), name=self.data_id)
        super().render(**kwargs)
