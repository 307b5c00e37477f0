/* incident-mapper: the incident layer.
 *
 * Reads the incidents from one JSON data block in the page, clusters them with
 * supercluster, and draws only what is in view: cluster bubbles, event-type symbols, and
 * dashed uncertainty circles for approximate places. Popups are built when opened. Every
 * value from the data is set as text (textContent, createTextNode); a link is made only for
 * an http(s) URL. Controls: legend with type filter, time range with play, actor filter,
 * place search, heatmap toggle.
 */
(function (global) {
  "use strict";

  var DAY_MS = 86400000;
  var SVG_NS = "http://www.w3.org/2000/svg";
  // Long notes scroll inside the popup rather than making it taller than the map.
  var POPUP = { maxWidth: 360, maxHeight: 420 };
  var PRECISION_RADIUS_M = { 2: 10000, 3: 75000, 4: 300000 };
  var PRECISION_LABEL = {
    1: "exact place",
    2: "near or part of a place (about 10 km)",
    3: "region (about 75 km)",
    4: "country",
  };
  var SHAPES = {
    circle: "M8 2.5a5.5 5.5 0 1 0 0.001 0z",
    triangle: "M8 1.8L14.6 13.8H1.4z",
    diamond: "M8 1.2L14.8 8L8 14.8L1.2 8z",
    square: "M2.5 2.5H13.5V13.5H2.5z",
    pentagon: "M8 1.5L14.4 6.1L12 13.7H4L1.6 6.1z",
    cross: "M5.8 1.8H10.2V5.8H14.2V10.2H10.2V14.2H5.8V10.2H1.8V5.8H5.8z",
    star: "M8 1.2L9.9 6H14.8L10.8 9L12.3 14L8 11L3.7 14L5.2 9L1.2 6H6.1z",
    hexagon: "M4.4 1.8H11.6L15 8L11.6 14.2H4.4L1 8z",
  };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // Values in their own bidi isolates: a direction override inside one value (U+202E)
  // cannot reorder the label or the values beside it.
  function isolated(values) {
    var span = el("span");
    values.forEach(function (value, k) {
      if (k) span.appendChild(document.createTextNode(", "));
      var part = el("bdi", null, value);
      part.dir = "auto";
      span.appendChild(part);
    });
    return span;
  }

  function symbol(shape, color, approximate, size) {
    var svg = document.createElementNS(SVG_NS, "svg");
    svg.setAttribute("viewBox", "0 0 16 16");
    svg.setAttribute("width", String(size));
    svg.setAttribute("height", String(size));
    var path = document.createElementNS(SVG_NS, "path");
    path.setAttribute("d", SHAPES[shape] || SHAPES.circle);
    path.setAttribute("stroke", approximate ? color : "#ffffff");
    path.setAttribute("stroke-width", approximate ? "1.8" : "1.2");
    path.setAttribute("fill", approximate ? "#ffffff" : color);
    path.setAttribute("fill-opacity", approximate ? "0.85" : "1");
    if (approximate) path.setAttribute("stroke-dasharray", "2.2 1.6");
    svg.appendChild(path);
    return svg;
  }

  function reader(payload, key) {
    var col = payload.cols[key];
    if (!col) return function () { return null; };
    if (col.c) {
      var table = col.d || payload.dicts[col.ref] || [];
      var codes = col.c;
      return function (i) { var k = codes[i]; return k < 0 ? null : table[k]; };
    }
    var values = col.v, na = col.na === undefined ? null : col.na;
    return function (i) { var x = values[i]; return x === undefined || x === na ? null : x; };
  }

  function httpUrl(text) {
    if (typeof text !== "string") return null;
    try {
      var url = new URL(text.trim());
      return url.protocol === "http:" || url.protocol === "https:" ? url : null;
    } catch (err) {
      return null;
    }
  }

  function isoDay(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }

  function formatDate(day, precision) {
    if (day === null) return null;
    var iso = isoDay(day);
    if (precision === "week") return "week of " + iso;
    if (precision === "month") return iso.slice(0, 7);
    if (precision === "year") return iso.slice(0, 4);
    return iso;
  }

  function formatCount(low, high, hasHigh) {
    if (low === null) return null;
    if (!hasHigh || high === low) return String(low);
    if (high === null) return "at least " + low;
    return low + "\u2013" + high;
  }

  function debounce(fn, ms) {
    var timer = null;
    return function () {
      if (timer) clearTimeout(timer);
      timer = setTimeout(fn, ms);
    };
  }

  function IncidentLayer(map, payload, options) {
    this.map = map;
    this.options = options;
    this.payload = payload;
    var n = (this.n = payload.n);
    this.get = {};
    var keys = ["id", "type", "sub", "dprec", "loc", "place", "country", "admin1", "src", "url",
      "notes", "gp", "fat", "fath", "inj", "injh", "nsrc", "day", "conf", "a1", "a2"];
    for (var k = 0; k < keys.length; k++) this.get[keys[k]] = reader(payload, keys[k]);
    this.hasHigh = { fat: !!payload.cols.fath, inj: !!payload.cols.injh };
    this.extras = (payload.extra || []).map(function (x) {
      return { label: x.label, get: reader(payload, x.key) };
    });
    var lat = payload.cols.lat.v, lon = payload.cols.lon.v;
    this.lat = new Float64Array(n);
    this.lon = new Float64Array(n);
    this.day = new Float64Array(n);
    this.typeCode = new Int32Array(n);
    this.a1 = payload.cols.a1 ? payload.cols.a1.c : null;
    this.a2 = payload.cols.a2 ? payload.cols.a2.c : null;
    this.actors = payload.dicts.actor || [];
    var days = payload.cols.day ? payload.cols.day.v : null;
    var types = payload.cols.type ? payload.cols.type.c : null;
    this.features = new Array(n);
    this.minDay = Infinity;
    this.maxDay = -Infinity;
    for (var i = 0; i < n; i++) {
      this.lat[i] = lat[i] / payload.scale;
      this.lon[i] = lon[i] / payload.scale;
      var d = days && days[i] !== null ? days[i] : NaN;
      this.day[i] = d;
      if (d < this.minDay) this.minDay = d;
      if (d > this.maxDay) this.maxDay = d;
      this.typeCode[i] = types ? types[i] : 0;
      this.features[i] = {
        type: "Feature",
        properties: { i: i },
        geometry: { type: "Point", coordinates: [this.lon[i], this.lat[i]] },
      };
    }
    this.hasDates = this.minDay <= this.maxDay;
    // The legend entries arrive in display order; map data codes onto them.
    this.styles = payload.styles;
    var typeNames = payload.cols.type ? payload.cols.type.d : [payload.styles[0].name];
    // A Map, not an object: a type may be named "__proto__" or "constructor".
    var byName = new Map();
    this.styles.forEach(function (s, idx) { byName.set(s.name, idx); });
    this.styleOfCode = typeNames.map(function (name) { return byName.get(name); });
    this.typeOn = this.styles.map(function () { return true; });
    this.counts = this.styles.map(function () { return 0; });
    for (i = 0; i < n; i++) this.counts[this.styleOfCode[this.typeCode[i]]] += 1;
    this.dayLo = this.minDay;
    this.dayHi = this.maxDay;
    this.actorMask = null;
    this.visible = [];
    this.drawn = { clusters: 0, points: 0 };
    this.group = L.layerGroup().addTo(map);
    this.heat = null;
    this.heatOn = false;
    this.index = null;
    this.ringCache = {};
    this.generation = 0;
    this._pendingRings = [];
    this.firstDrawAt = null;

    if (options.fitBounds) {
      map.fitBounds(options.fitBounds, { animate: false, padding: [40, 40], maxZoom: options.fitMaxZoom });
    }
    this._buildControls();
    this.filter();
    var self = this;
    map.on("moveend", function () { self.draw(); });
  }

  IncidentLayer.prototype.style = function (i) {
    return this.styles[this.styleOfCode[this.typeCode[i]]];
  };

  IncidentLayer.prototype.filter = function () {
    var visible = [];
    var fullRange = !this.hasDates || (this.dayLo <= this.minDay && this.dayHi >= this.maxDay);
    var mask = this.actorMask;
    for (var i = 0; i < this.n; i++) {
      if (!this.typeOn[this.styleOfCode[this.typeCode[i]]]) continue;
      if (!fullRange) {
        var d = this.day[i];
        if (!(d >= this.dayLo && d <= this.dayHi)) continue;
      }
      if (mask) {
        var c1 = this.a1 ? this.a1[i] : -1, c2 = this.a2 ? this.a2[i] : -1;
        if (!((c1 >= 0 && mask[c1]) || (c2 >= 0 && mask[c2]))) continue;
      }
      visible.push(i);
    }
    this.visible = visible;
    var features = this.features;
    this.index = new Supercluster({
      radius: this.options.cluster ? this.options.clusterRadius : 1,
      maxZoom: this.options.maxClusterZoom,
      minPoints: 2,
    });
    this.index.load(visible.map(function (j) { return features[j]; }));
    this.ringCache = {};
    this._updateStatus();
    this._updateHeat();
    this.draw();
  };

  IncidentLayer.prototype.draw = function () {
    var map = this.map;
    this.group.clearLayers();
    var bounds = map.getBounds();
    var west = bounds.getWest(), east = bounds.getEast();
    if (east - west >= 360) { west = -180; east = 180; }
    var bbox = [Math.max(west, -180), Math.max(bounds.getSouth(), -90),
      Math.min(east, 180), Math.min(bounds.getNorth(), 90)];
    if (west < -180 || east > 180) bbox = [-180, bbox[1], 180, bbox[3]];
    var zoom = Math.round(map.getZoom());
    var items = this.index.getClusters(bbox, zoom);
    // Symbols go on the copy of the world in view (east of 180 when looking across it).
    var centre = map.getCenter().lng;
    this.wrap = function (lon) { return lon + 360 * Math.round((centre - lon) / 360); };
    this.generation += 1;
    this._pendingRings = [];
    var clusters = 0, points = 0;
    for (var k = 0; k < items.length; k++) {
      var f = items[k];
      if (f.properties.cluster) {
        this._addCluster(f, zoom);
        clusters += 1;
      } else {
        this._addPoint(f.properties.i);
        points += 1;
      }
    }
    this.drawn = { clusters: clusters, points: points };
    this._paintRings();
    if (this.firstDrawAt === null) {
      this.firstDrawAt = global.performance ? global.performance.now() : Date.now();
      document.documentElement.setAttribute("data-incidents-drawn", String(this.firstDrawAt));
    }
  };

  IncidentLayer.prototype._typeCounts = function (clusterId) {
    var cached = this.ringCache[clusterId];
    if (cached) return cached;
    var counts = new Array(this.styles.length).fill(0);
    var leaves = this.index.getLeaves(clusterId, Infinity);
    for (var k = 0; k < leaves.length; k++) {
      counts[this.styleOfCode[this.typeCode[leaves[k].properties.i]]] += 1;
    }
    this.ringCache[clusterId] = counts;
    return counts;
  };

  // Rings are painted after the clusters are on screen (counting a large cluster's
  // incidents takes a while), and abandoned when a newer draw has replaced them.
  IncidentLayer.prototype._paintRings = function () {
    var self = this, pending = this._pendingRings, generation = this.generation;
    this._pendingRings = [];
    var next = function (k) {
      var started = Date.now();
      for (; k < pending.length; k++) {
        if (self.generation !== generation) return;
        var p = pending[k];
        p[1].style.background = self._ring(self._typeCounts(p[0]), p[2]);
        if (Date.now() - started > 30) { setTimeout(function () { next(k + 1); }, 0); return; }
      }
    };
    setTimeout(function () { next(0); }, 0);
  };

  // A conic gradient: each event type's share of the cluster in its legend colour.
  IncidentLayer.prototype._ring = function (counts, total) {
    if (!counts) return "rgba(60, 60, 70, 0.35)";
    var stops = [], at = 0;
    for (var j = 0; j < counts.length; j++) {
      if (!counts[j]) continue;
      var end = at + (100 * counts[j]) / total;
      stops.push(this.styles[j].color + " " + at.toFixed(2) + "% " + end.toFixed(2) + "%");
      at = end;
    }
    return "conic-gradient(" + stops.join(", ") + ")";
  };

  IncidentLayer.prototype._addCluster = function (f, zoom) {
    var count = f.properties.point_count;
    var size = count < 10 ? 28 : count < 100 ? 34 : count < 1000 ? 40 : 48;
    var ring = el("div", "im-cluster-ring");
    this._pendingRings.push([f.properties.cluster_id, ring, count]);
    ring.appendChild(el("div", "im-cluster-count", f.properties.point_count_abbreviated));
    var icon = L.divIcon({ html: ring, className: "im-cluster", iconSize: [size, size] });
    var g = f.geometry.coordinates, c = [this.wrap(g[0]), g[1]];
    var marker = L.marker([c[1], c[0]], { icon: icon, keyboard: false });
    var self = this;
    var id = f.properties.cluster_id;
    marker.on("click", function () {
      var next = self.index.getClusterExpansionZoom(id);
      if (next <= self.options.maxClusterZoom) {
        self.map.setView([c[1], c[0]], next);
      } else {
        var leaves = self.index.getLeaves(id, 500).map(function (x) { return x.properties.i; });
        var popup = L.popup(POPUP).setLatLng([c[1], c[0]]);
        popup.setContent(self.popupContent(leaves, 0, popup)).openOn(self.map);
      }
    });
    this.group.addLayer(marker);
  };

  IncidentLayer.prototype._addPoint = function (i) {
    var style = this.style(i);
    var gp = this.get.gp(i);
    var approximate = gp !== null && gp >= 2;
    var latlng = [this.lat[i], this.wrap(this.lon[i])];
    if (approximate && PRECISION_RADIUS_M[gp]) {
      this.group.addLayer(L.circle(latlng, {
        radius: PRECISION_RADIUS_M[gp], color: style.color, weight: 1.5, dashArray: "6 5",
        fillColor: style.color, fillOpacity: 0.07, interactive: false,
      }));
    }
    var holder = el("div");
    holder.appendChild(symbol(style.shape, style.color, approximate, 18));
    var icon = L.divIcon({
      html: holder, className: "im-marker" + (approximate ? " im-approx" : ""),
      iconSize: [18, 18],
    });
    var marker = L.marker(latlng, { icon: icon, keyboard: false });
    var self = this;
    // A free-standing popup: redrawing the symbols (after its auto-pan) must not close it.
    marker.on("click", function () {
      L.popup(L.extend({ offset: [0, -4] }, POPUP)).setLatLng(latlng)
        .setContent(self.popupContent([i], 0)).openOn(self.map);
    });
    this.group.addLayer(marker);
  };

  // The content of a popup showing indices[at]; with several incidents, buttons page
  // through them by giving the popup new content.
  IncidentLayer.prototype.popupContent = function (indices, at, popup) {
    var self = this;
    var root = el("div", "im-popup");
    if (indices.length > 1) {
      var nav = el("div", "im-nav");
      var prev = el("button", "im-prev", "\u2039");
      var next = el("button", "im-next", "\u203a");
      prev.type = next.type = "button";
      prev.disabled = at === 0;
      next.disabled = at === indices.length - 1;
      nav.appendChild(prev);
      nav.appendChild(el("span", null, at + 1 + " of " + indices.length + " here"));
      nav.appendChild(next);
      var go = function (to) {
        return function (ev) {
          L.DomEvent.stop(ev);
          popup.setContent(self.popupContent(indices, to, popup));
        };
      };
      prev.addEventListener("click", go(at - 1));
      next.addEventListener("click", go(at + 1));
      root.appendChild(nav);
    }
    root.appendChild(this.incidentDetails(indices[at]));
    return root;
  };

  IncidentLayer.prototype.incidentDetails = function (i) {
    var g = this.get;
    var box = el("div", "im-incident");
    var style = this.style(i);
    var head = el("div", "im-head");
    head.appendChild(symbol(style.shape, style.color, false, 14));
    head.appendChild(el("span", "im-type", g.type(i) || style.name));
    if (g.sub(i)) head.appendChild(el("span", "im-sub", g.sub(i)));
    box.appendChild(head);
    var table = el("table", "im-fields");
    var row = function (label, value) {
      if (value === null || value === undefined || value === "") return;
      var tr = el("tr");
      tr.appendChild(el("th", null, label));
      var td = el("td");
      td.dir = "auto";
      if (value instanceof Node) td.appendChild(value); else td.textContent = String(value);
      tr.appendChild(td);
      table.appendChild(tr);
    };
    var day = this.day[i];
    row("Date", formatDate(isNaN(day) ? null : day, g.dprec(i)));
    var a1 = this.a1 && this.a1[i] >= 0 ? this.actors[this.a1[i]] : null;
    var a2 = this.a2 && this.a2[i] >= 0 ? this.actors[this.a2[i]] : null;
    row("Actor 1", a1);
    row("Actor 2", a2);
    row("Fatalities", formatCount(g.fat(i), g.fath(i), this.hasHigh.fat));
    row("Injuries", formatCount(g.inj(i), g.injh(i), this.hasHigh.inj));
    var place = g.place(i), loc = g.loc(i);
    row("Place", place);
    if (loc && loc !== place) row("As reported", loc);
    var region = [g.admin1(i), g.country(i)].filter(Boolean);
    row("Region", region.length ? isolated(region) : null);
    var gp = g.gp(i);
    row("Precision", gp !== null ? PRECISION_LABEL[gp] || String(gp) : null);
    var source = g.src(i), url = g.url(i), link = httpUrl(url);
    if (link) {
      var cell = el("span");
      var a = el("a", "im-source", source || link.href);
      a.href = link.href;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      cell.appendChild(a);
      // The link text is the source's name, which anyone can write: show where it goes.
      if (source) cell.appendChild(el("span", "im-host", " (" + link.hostname + ")"));
      row("Source", cell);
    } else {
      row("Source", source);
      if (url) row("Source URL", url);
    }
    var nsrc = g.nsrc(i);
    if (nsrc !== null && nsrc > 1) row("Reports", nsrc);
    var conf = g.conf(i);
    row("Confidence", conf !== null ? conf + "%" : null);
    for (var x = 0; x < this.extras.length; x++) row(this.extras[x].label, this.extras[x].get(i));
    row("Id", g.id(i));
    box.appendChild(table);
    var notes = g.notes(i);
    if (notes) box.appendChild(el("blockquote", "im-evidence", notes));
    return box;
  };

  IncidentLayer.prototype._updateStatus = function () {
    if (!this.statusNode) return;
    var text = "Showing " + this.visible.length.toLocaleString("en") + " of " +
      this.n.toLocaleString("en") + " incidents";
    if (this.payload.unlocated) {
      text += " (" + this.payload.unlocated.toLocaleString("en") + " without coordinates not shown)";
    }
    this.statusNode.textContent = text;
  };

  IncidentLayer.prototype._updateHeat = function () {
    if (!this.heatOn) {
      if (this.heat) this.map.removeLayer(this.heat);
      return;
    }
    var lat = this.lat, lon = this.lon;
    var points = this.visible.map(function (i) { return [lat[i], lon[i]]; });
    if (!this.heat) {
      this.heat = L.heatLayer(points, { radius: 16, blur: 14, minOpacity: 0.3 });
    } else {
      this.heat.setLatLngs(points);
    }
    if (!this.map.hasLayer(this.heat)) this.heat.addTo(this.map);
  };

  IncidentLayer.prototype.setActorQuery = function (query) {
    var q = (query || "").trim().toLowerCase();
    if (!q) {
      this.actorMask = null;
    } else {
      this.actorMask = new Uint8Array(this.actors.length);
      for (var k = 0; k < this.actors.length; k++) {
        if (this.actors[k].toLowerCase().indexOf(q) >= 0) this.actorMask[k] = 1;
      }
    }
    this.filter();
  };

  IncidentLayer.prototype.setTypeOn = function (index, on) {
    this.typeOn[index] = on;
    this.filter();
  };

  IncidentLayer.prototype.setDayRange = function (lo, hi) {
    this.dayLo = Math.min(lo, hi);
    this.dayHi = Math.max(lo, hi);
    if (this.timeInputs) {
      this.timeInputs[0].value = String(this.dayLo);
      this.timeInputs[1].value = String(this.dayHi);
      this.timeLabel.textContent = isoDay(this.dayLo) + " \u2013 " + isoDay(this.dayHi);
    }
    this.filter();
  };

  IncidentLayer.prototype.search = function (query) {
    var q = (query || "").trim().toLowerCase();
    if (!q) return 0;
    var g = this.get, hits = [];
    for (var k = 0; k < this.visible.length; k++) {
      var i = this.visible[k];
      var names = [g.place(i), g.loc(i), g.admin1(i), g.country(i)];
      for (var m = 0; m < names.length; m++) {
        if (names[m] && names[m].toLowerCase().indexOf(q) >= 0) { hits.push(i); break; }
      }
    }
    if (!hits.length) return 0;
    var self = this;
    var latlngs = hits.map(function (i) { return [self.lat[i], self.lon[i]]; });
    this.map.fitBounds(L.latLngBounds(latlngs), { maxZoom: 11, padding: [30, 30] });
    return hits.length;
  };

  IncidentLayer.prototype._buildControls = function () {
    var self = this;
    var map = this.map;
    var control = function (position, build) {
      var c = L.control({ position: position });
      c.onAdd = function () {
        var div = el("div", "im-control leaflet-bar");
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.disableScrollPropagation(div);
        build(div);
        return div;
      };
      c.addTo(map);
      return c;
    };
    if (this.payload.title) {
      control("topleft", function (div) {
        div.className += " im-title";
        div.textContent = self.payload.title;
        div.title = self.payload.title; // in full, where a long one is cut off
      });
    }
    control("topright", function (div) {
      div.className += " im-panel";
      self.statusNode = el("div", "im-status");
      div.appendChild(self.statusNode);
      if (self.options.search) {
        var form = el("form", "im-search");
        var input = el("input");
        input.type = "search";
        input.placeholder = "Find a place\u2026";
        input.setAttribute("aria-label", "Find a place");
        var found = el("span", "im-found");
        form.appendChild(input);
        form.appendChild(found);
        form.addEventListener("submit", function (ev) {
          ev.preventDefault();
          var count = self.search(input.value);
          found.textContent = count ? count + " found" : "not found";
        });
        div.appendChild(form);
      }
      if (self.actors.length) {
        var actor = el("input", "im-actor");
        actor.type = "search";
        actor.placeholder = "Filter by actor\u2026";
        actor.setAttribute("aria-label", "Filter by actor");
        var listId = "im-actors-" + Math.random().toString(36).slice(2);
        var list = el("datalist");
        list.id = listId;
        self.actors.slice(0, 2000).forEach(function (name) {
          var opt = el("option");
          opt.value = name;
          list.appendChild(opt);
        });
        actor.setAttribute("list", listId);
        actor.addEventListener("input", debounce(function () {
          self.setActorQuery(actor.value);
        }, 250));
        div.appendChild(actor);
        div.appendChild(list);
      }
      if (self.options.heatmap && typeof L.heatLayer === "function") {
        var label = el("label", "im-heat");
        var box = el("input");
        box.type = "checkbox";
        box.addEventListener("change", function () {
          self.heatOn = box.checked;
          self._updateHeat();
        });
        label.appendChild(box);
        label.appendChild(document.createTextNode(" Heatmap"));
        div.appendChild(label);
      }
    });
    control("bottomright", function (div) {
      div.className += " im-legend";
      self.styles.forEach(function (s, idx) {
        var label = el("label", "im-legend-row");
        var box = el("input");
        box.type = "checkbox";
        box.checked = true;
        box.setAttribute("data-type", s.name);
        box.addEventListener("change", function () { self.setTypeOn(idx, box.checked); });
        label.appendChild(box);
        label.appendChild(symbol(s.shape, s.color, false, 14));
        label.appendChild(el("span", "im-legend-name", s.name));
        label.appendChild(el("span", "im-legend-count", self.counts[idx].toLocaleString("en")));
        div.appendChild(label);
      });
      var approx = el("div", "im-legend-row im-legend-approx");
      approx.appendChild(symbol("circle", "#555555", true, 14));
      approx.appendChild(el("span", null, "approximate place; dashed circle: uncertainty"));
      div.appendChild(approx);
    });
    if (this.options.timeControl && this.hasDates && this.maxDay > this.minDay) {
      control("bottomleft", function (div) {
        div.className += " im-time";
        var lo = el("input", "im-time-from"), hi = el("input", "im-time-to");
        [lo, hi].forEach(function (input, k) {
          input.type = "range";
          input.min = String(self.minDay);
          input.max = String(self.maxDay);
          input.step = "1";
          input.value = String(k ? self.maxDay : self.minDay);
          input.setAttribute("aria-label", k ? "Last day" : "First day");
          input.addEventListener("input", debounce(function () {
            self.setDayRange(Number(lo.value), Number(hi.value));
          }, 120));
        });
        self.timeInputs = [lo, hi];
        self.timeLabel = el("div", "im-time-label",
          isoDay(self.minDay) + " \u2013 " + isoDay(self.maxDay));
        var play = el("button", "im-play", "\u25b6");
        play.type = "button";
        play.title = "Play";
        var timer = null;
        var stop = function () {
          clearInterval(timer);
          timer = null;
          play.textContent = "\u25b6";
        };
        play.addEventListener("click", function () {
          if (timer) { stop(); return; }
          var span = self.maxDay - self.minDay;
          var width = self.dayHi - self.dayLo;
          if (width >= span) width = Math.max(1, Math.round(span / 10));
          var step = Math.max(1, Math.round(span / 60));
          var start = self.dayHi >= self.maxDay ? self.minDay : self.dayLo;
          self.setDayRange(start, start + width);
          play.textContent = "\u275a\u275a";
          timer = setInterval(function () {
            if (self.dayHi >= self.maxDay) { stop(); return; }
            self.setDayRange(self.dayLo + step, Math.min(self.maxDay, self.dayHi + step));
          }, self.options.playIntervalMs);
        });
        var reset = el("button", "im-reset", "All");
        reset.type = "button";
        reset.addEventListener("click", function () {
          stop();
          self.setDayRange(self.minDay, self.maxDay);
        });
        div.appendChild(self.timeLabel);
        div.appendChild(lo);
        div.appendChild(hi);
        div.appendChild(play);
        div.appendChild(reset);
      });
    }
    if (!this.n) {
      control("topright", function (div) {
        div.className += " im-empty";
        div.textContent = self.payload.unlocated
          ? "No incident has coordinates to map."
          : "No incidents to show.";
      });
    }
  };

  function unpack(node, compressedType) {
    var text = node.textContent;
    if (node.type !== compressedType) return Promise.resolve(JSON.parse(text));
    if (typeof DecompressionStream !== "function") {
      return Promise.reject(new Error("this browser cannot unpack the map data"));
    }
    var binary = atob(text.trim());
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text().then(JSON.parse);
  }

  function showError(map, message) {
    var c = L.control({ position: "topright" });
    c.onAdd = function () { return el("div", "im-control leaflet-bar im-empty", message); };
    c.addTo(map);
  }

  function create(map, dataId, options) {
    return unpack(document.getElementById(dataId), options.compressedType).then(
      function (payload) {
        var layer = new IncidentLayer(map, payload, options);
        global.IncidentMapper.layers.push(layer);
        return layer;
      },
      function (err) { showError(map, "Incidents could not be loaded: " + err.message); }
    );
  }

  global.IncidentMapper = { create: create, layers: [], IncidentLayer: IncidentLayer };
})(window);
