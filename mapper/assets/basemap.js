/* incident-mapper: country outlines drawn without a tile server.
 *
 * Reads Natural Earth TopoJSON (the world-atlas package) from a JSON element in the page,
 * or from the URL in its data-src, decodes it with topojson-client and draws, in a pane of
 * its own below the incidents: the land with a light fill (not over tiles), coastlines,
 * and the borders between countries. Nothing in the pane takes clicks.
 *
 * world-atlas keeps shapes whole across the antimeridian (Russia, Fiji, Antarctica), as
 * spherical renderers expect; on Leaflet's flat map a ring that jumps from 180 to -180
 * would be drawn as a band across the world. Such rings are made continuous (longitudes
 * beyond 180) and drawn again 360 degrees over; a ring around a pole is closed via the pole.
 */
(function (global) {
  "use strict";

  var PANE = "im-basemap";
  var LAND = { stroke: false, fillColor: "#f4f2ec", fillOpacity: 1 };
  var COAST = { color: "#7d95a8", weight: 0.8, opacity: 1, fill: false };
  var BORDER = { color: "#9d978c", weight: 0.7, opacity: 1, fill: false };

  function load(node) {
    var text = node.textContent.trim();
    if (text) return Promise.resolve(JSON.parse(text));
    var src = node.getAttribute("data-src");
    return fetch(src).then(function (response) {
      if (!response.ok) throw new Error(src + ": HTTP " + response.status);
      return response.json();
    });
  }

  // The ring or line with each jump of more than 180 degrees of longitude undone.
  function unwrap(line) {
    var out = new Array(line.length), shift = 0, prev = null;
    for (var i = 0; i < line.length; i++) {
      var lon = line[i][0] + shift;
      if (prev !== null && lon - prev > 180) { shift -= 360; lon -= 360; }
      else if (prev !== null && lon - prev < -180) { shift += 360; lon += 360; }
      out[i] = [lon, line[i][1]];
      prev = lon;
    }
    return out;
  }

  function closeAroundPole(ring) {
    var first = ring[0], last = ring[ring.length - 1];
    if (Math.abs(last[0] - first[0]) < 359) return ring;
    var sum = 0;
    for (var i = 0; i < ring.length; i++) sum += ring[i][1];
    var pole = sum < 0 ? -90 : 90;
    return ring.concat([[last[0], pole], [first[0], pole], [first[0], first[1]]]);
  }

  // The shape (rings of a polygon, or one line), and its copies moved 360 degrees back
  // into view where it reaches past the antimeridian.
  function withCopies(rings) {
    var min = Infinity, max = -Infinity;
    rings[0].forEach(function (p) { if (p[0] < min) min = p[0]; if (p[0] > max) max = p[0]; });
    var out = [rings];
    var move = function (dx) {
      return rings.map(function (r) { return r.map(function (p) { return [p[0] + dx, p[1]]; }); });
    };
    if (max > 180) out.push(move(-360));
    if (min < -180) out.push(move(360));
    return out;
  }

  function flat(geometry) {
    var polygons = [], lines = [];
    var addPolygon = function (rings) {
      var fixed = rings.map(function (r, k) { return k ? unwrap(r) : closeAroundPole(unwrap(r)); });
      polygons = polygons.concat(withCopies(fixed));
    };
    var addLine = function (line) {
      withCopies([unwrap(line)]).forEach(function (c) { lines.push(c[0]); });
    };
    var walk = function (g) {
      if (!g) return;
      if (g.type === "FeatureCollection") g.features.forEach(function (f) { walk(f.geometry); });
      else if (g.type === "Feature") walk(g.geometry);
      else if (g.type === "GeometryCollection") g.geometries.forEach(walk);
      else if (g.type === "Polygon") addPolygon(g.coordinates);
      else if (g.type === "MultiPolygon") g.coordinates.forEach(addPolygon);
      else if (g.type === "LineString") addLine(g.coordinates);
      else if (g.type === "MultiLineString") g.coordinates.forEach(addLine);
    };
    walk(geometry);
    if (polygons.length) return { type: "MultiPolygon", coordinates: polygons };
    return { type: "MultiLineString", coordinates: lines };
  }

  function drawTopology(map, topology, fill) {
    var renderer = L.svg({ pane: PANE, padding: 0.5 });
    var layer = function (geojson, style) {
      return L.geoJSON(flat(geojson), {
        pane: PANE, renderer: renderer, interactive: false, style: style,
        attribution: "Outlines: Natural Earth",
      }).addTo(map);
    };
    var countries = topology.objects.countries;
    var land = topology.objects.land || countries;
    var layers = [];
    if (fill) layers.push(layer(topojson.feature(topology, land), LAND));
    layers.push(layer(topojson.mesh(topology, land), COAST));
    layers.push(layer(topojson.mesh(topology, countries, function (a, b) { return a !== b; }),
      BORDER));
    document.documentElement.setAttribute("data-basemap-drawn", "1");
    return layers;
  }

  function draw(map, dataId, options) {
    if (!map.getPane(PANE)) {
      var pane = map.createPane(PANE);
      pane.style.zIndex = "250"; // above tiles (200), below incident circles (400)
      pane.style.pointerEvents = "none";
    }
    if (options.sea) map.getContainer().style.background = options.sea;
    return load(document.getElementById(dataId)).then(
      function (topology) { return drawTopology(map, topology, options.fill); },
      function (err) { console.warn("Country outlines could not be loaded: " + err.message); }
    );
  }

  global.IncidentBasemap = { draw: draw };
})(window);
