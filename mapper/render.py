"""Incident maps: a folium map whose incident layer the browser builds from compact data.

>>> from mapper import render_map                            # doctest: +SKIP
>>> m = render_map(incidents, title="Strikes in Iraq, January 2024")
>>> m.save("strikes.html")

The incidents are written into the page once, as one JSON block (:mod:`mapper.mapdata`,
gzip-compressed above 1 MB);
the project's own script (``mapper/assets/incident_layer.js``) clusters them with
supercluster and builds symbols, popups and controls in the browser. Nothing from the data
is ever written into the page as markup.
"""

from __future__ import annotations

import contextlib
import html
import os
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import folium
import folium.plugins
import numpy as np

from . import webassets
from .basemap import AUTO, CountryOutlines, choose_basemap
from .errors import InputError
from .frame import INCIDENT_COLUMNS
from .mapdata import COORD_SCALE, encode_frame
from .mapinput import map_points
from .maplayer import IncidentLayer
from .mappage import AssetFigure, asset_swap
from .mapstyle import type_styles

__all__ = ["IncidentMap", "MapSummary", "render_map"]

_COLOR = re.compile(r"^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,30})$")
_MAX_EXTRA = 12
_FIT_MAX_ZOOM = 10
_UNTYPED = "Type not given"


@dataclass(frozen=True, slots=True)
class MapSummary:
    """What a map shows, for a caller to report.

    Attributes
    ----------
    shown : int
        Incidents on the map.
    unlocated : int
        Input rows left out for want of a location.
    event_types : tuple of (str, int)
        Incidents per event type, in legend order.
    first_date, last_date : date or None
        The range of event dates shown, None when no incident is dated.
    """

    shown: int
    unlocated: int
    event_types: tuple[tuple[str, int], ...]
    first_date: date | None
    last_date: date | None


def _summary(payload: Mapping[str, Any], styles: Sequence[str]) -> MapSummary:
    type_col = payload["cols"].get("type")
    counts = Counter(type_col["d"][c] for c in type_col["c"] if c >= 0) if type_col else {}
    if not type_col:
        counts = {styles[0]: payload["n"]} if payload["n"] else {}
    days = [d for d in payload["cols"].get("day", {"v": []})["v"] if d is not None]
    epoch = date(1970, 1, 1)
    return MapSummary(
        shown=payload["n"],
        unlocated=payload["unlocated"],
        event_types=tuple((name, counts[name]) for name in styles if counts.get(name)),
        first_date=epoch + timedelta(days=min(days)) if days else None,
        last_date=epoch + timedelta(days=max(days)) if days else None,
    )


class IncidentMap(folium.Map):
    """A folium map that saves atomically (a failed render leaves no file behind).

    Attributes
    ----------
    summary : MapSummary or None
        What :func:`render_map` put on it.
    """

    summary: MapSummary | None = None

    def save(self, outfile: Any, close_file: bool = True, **kwargs: Any) -> None:
        if not isinstance(outfile, str | bytes | os.PathLike):
            super().save(outfile, close_file=close_file, **kwargs)
            return
        path = Path(os.fsdecode(outfile))
        page = self.get_root().render(**kwargs).encode("utf-8")
        partial = path.with_name(f".{path.name}.partial")
        try:
            partial.write_bytes(page)
            partial.replace(path)
        finally:
            with contextlib.suppress(OSError):  # e.g. the folder is a file: nothing to remove
                partial.unlink(missing_ok=True)


def _extra_columns(frame: Any, popup_columns: Sequence[str] | None) -> list[str]:
    if popup_columns is None:
        if "event_type" in frame.columns:
            return []
        known = set(INCIDENT_COLUMNS)
        return [c for c in frame.columns if c not in known][:_MAX_EXTRA]
    missing = [c for c in popup_columns if c not in frame.columns]
    if missing:
        raise InputError(f"popup_columns: no column {missing[0]!r} in the data")
    return list(popup_columns)


def _check_colors(colors: Mapping[str, str] | None) -> None:
    for name, color in (colors or {}).items():
        if not isinstance(color, str) or not _COLOR.match(color):
            raise InputError(f"colors[{name!r}]: {color!r} is not a #hex or named CSS colour")


def _lon_extent(lon: Any) -> tuple[float, float]:
    """West and east edges of the narrower of the two ways round the world.

    Points either side of the antimeridian (Fiji at 178, Samoa at -172) are spanned
    through 180, with east given past 180 as Leaflet takes it.
    """
    west, east = float(lon.min()), float(lon.max())
    round_the_back = np.where(lon < 0, lon + 360.0, lon)
    west2, east2 = float(round_the_back.min()), float(round_the_back.max())
    return (west2, east2) if east2 - west2 < east - west else (west, east)


def render_map(
    data: Any,
    *,
    title: str | None = None,
    tiles: str | None = "OpenStreetMap",
    attr: str | None = None,
    basemap: str | None = AUTO,
    offline: bool = False,
    assets: str | os.PathLike[str] | None = None,
    cluster: bool = True,
    cluster_radius: int = 60,
    heatmap: bool = True,
    time_control: bool = True,
    search: bool = True,
    minimap: bool = True,
    fullscreen: bool = True,
    popup_columns: Sequence[str] | None = None,
    colors: Mapping[str, str] | None = None,
    compress: bool | None = None,
    width: str | int = "100%",
    height: str | int = "100%",
) -> IncidentMap:
    """A folium map of incidents, fast at 100,000 of them, safe with untrusted text.

    Incidents are clustered, drawn with a symbol per event type (legend with a filter per
    type), and approximate places (``geo_precision`` 2-4) get a hollow dashed symbol and a
    dashed uncertainty circle. Popups show date, types, actors, fatalities and injuries,
    place and precision, the evidence sentence and a link to the source. Controls: a date
    range with play, an actor filter, place search, a heatmap toggle, fullscreen, minimap
    and scale bar. The view fits the data. While the date range is narrowed, incidents
    without a date are hidden.

    Parameters
    ----------
    data : list of Incident, GeoDataFrame or DataFrame
        Incidents, a table with the incident columns (:data:`mapper.INCIDENT_COLUMNS`,
        any subset), any point GeoDataFrame (reprojected to EPSG:4326; lines and areas
        at a point inside them) or a DataFrame with ``latitude`` and ``longitude``
        columns. Rows without a location are left out and counted on the map.
    title : str, optional
        Shown on the map and as the page title.
    tiles : str or None
        A folium tile name or URL template; None for no tile server (air-gapped use).
    attr : str, optional
        Attribution, required by folium for a tile URL template.
    basemap : {"auto", "countries", "countries-50m"} or None
        Country outlines drawn in the browser from Natural Earth data (the npm package
        ``world-atlas``), needing no tile server: land, coastlines and borders under the
        incidents (over tiles, only the lines). ``"countries"`` is the 1:110m outline
        (about 108 KB in an offline page), ``"countries-50m"`` the finer 1:50m one
        (about 756 KB). The default ``"auto"`` draws ``"countries"`` when *tiles* is
        None and nothing otherwise.
    offline : bool
        Inline Leaflet, the plugins and the outline data from *assets* (default: the
        folder :func:`mapper.fetch_assets` fills) so the page loads nothing from the
        network. Tiles still come from *tiles*; pass ``tiles=None`` for a page that
        needs no network at all.
    assets : path or str, optional
        A folder made by :func:`mapper.fetch_assets` (its files are inlined, as with
        *offline*), or an ``http(s)://`` URL of a mirror laid out like it, which the
        page links instead of the CDN.
    cluster : bool
        Cluster nearby incidents (otherwise only incidents at the same point merge).
    cluster_radius : int
        Cluster radius in screen pixels.
    heatmap, time_control, search, minimap, fullscreen : bool
        Include that control. The minimap is left out when *tiles* is None.
    popup_columns : sequence of str, optional
        Extra columns to show in popups; by default none for incident tables and up to
        12 of the other columns for other tables.
    colors : mapping of str to str, optional
        CSS colours (``#rrggbb`` or a name) for event types, overriding the defaults.
    compress : bool, optional
        gzip the data block (the browser unpacks it); by default when its JSON exceeds
        1 MB, about 3,000 incidents. Needs a browser from 2023 or later.
    width, height : str or int
        Size of the map, as for :class:`folium.Map`.

    Returns
    -------
    IncidentMap
        A :class:`folium.Map`; save with ``m.save("map.html")`` (written whole or not at
        all); shows inline in Jupyter. ``m.summary`` (:class:`MapSummary`) says what it
        shows.

    Raises
    ------
    InputError
        Data of another kind, out-of-range coordinates, non-numeric counts or unparsable
        dates (naming the row and value), bad colours or options, an unknown *basemap*.
    AssetError
        With *offline* or an asset folder, when a package folder is missing (or, at
        save time, a file in it); the message says to run ``incident-mapper assets
        fetch`` (or :func:`mapper.fetch_assets`).
    """
    if not isinstance(cluster_radius, int) or not 1 <= cluster_radius <= 200:
        raise InputError(f"cluster_radius: {cluster_radius!r} is not a pixel count in [1, 200]")
    if title is not None and not isinstance(title, str):
        raise InputError(f"title: {title!r} is not text")
    _check_colors(colors)
    outlines = choose_basemap(basemap, tiles)
    swap = asset_swap(offline, assets, basemap=outlines is not None)
    points = map_points(data)
    frame = points.frame
    if "event_type" in frame.columns and frame["event_type"].isna().any():
        frame = frame.assign(event_type=frame["event_type"].astype(object).fillna(_UNTYPED))
    payload = encode_frame(
        frame,
        points.lon,
        points.lat,
        extra=_extra_columns(frame, popup_columns),
        default_precision=points.default_precision,
    )
    type_col = payload["cols"].get("type")
    names = type_col["d"] if type_col else ["Incident" if "event_type" in frame else "Point"]
    payload.update(
        scale=COORD_SCALE,
        styles=[
            {"name": s.name, "color": s.color, "shape": s.shape} for s in type_styles(names, colors)
        ],
        title=title,
        unlocated=points.unlocated,
    )

    m = IncidentMap(
        location=(20, 0),
        zoom_start=2,
        tiles=tiles,
        attr=attr,
        control_scale=True,
        width=width,
        height=height,
    )
    figure_title = html.escape(title) if title else None
    if swap is not None:
        # Only Leaflet itself: the page needs none of folium's jQuery/Bootstrap/icon links.
        m.default_js = [("leaflet", webassets.LEAFLET[0].url)]
        m.default_css = [("leaflet_css", webassets.LEAFLET[1].url)]
        AssetFigure(swap, title=figure_title).add_child(m)
    else:
        m.get_root().title = figure_title
    if outlines is not None:
        CountryOutlines(outlines, over_tiles=tiles is not None).add_to(m)
    options: dict[str, Any] = {
        "cluster": cluster,
        "clusterRadius": cluster_radius,
        "maxClusterZoom": 16,
        "heatmap": heatmap,
        "timeControl": time_control,
        "search": search,
        "playIntervalMs": 500,
    }
    if len(frame):
        south, north = float(points.lat.min()), float(points.lat.max())
        west, east = _lon_extent(points.lon)
        # Fitted by the layer before its first draw, without animation.
        options.update(fitBounds=[[south, west], [north, east]], fitMaxZoom=_FIT_MAX_ZOOM)
    IncidentLayer(payload, options, compress=compress).add_to(m)
    if fullscreen:
        control = folium.plugins.Fullscreen(position="topleft")
        control.default_js = [("Control.Fullscreen.js", webassets.FULLSCREEN[0].url)]
        control.default_css = [("Control.FullScreen.css", webassets.FULLSCREEN[1].url)]
        control.add_to(m)
    if minimap and tiles is not None:
        layer = folium.TileLayer(tiles, attr=attr)
        control = folium.plugins.MiniMap(tile_layer=layer, toggle_display=True)
        control.default_js = [("Control_MiniMap_js", webassets.MINIMAP[0].url)]
        control.default_css = [("Control_MiniMap_css", webassets.MINIMAP[1].url)]
        control.add_to(m)
    m.summary = _summary(payload, [s["name"] for s in payload["styles"]])
    return m
