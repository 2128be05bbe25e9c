// The GraphBuilder browser view: reads the graph embedded in the page and draws it with Cytoscape.js.
// Every string from the data reaches the page through textContent or a Cytoscape (canvas) label, never
// as HTML, so a label such as <img src=x onerror=...> shows literally and runs nothing.
(function () {
  "use strict";

  // Shapes echo graph.dot's (ellipse, box, hexagon, house, octagon); colours come from the writer's config.
  var NODE_SHAPES = { person: "ellipse", organisation: "round-rectangle", country: "hexagon", place: "diamond", event: "octagon" };
  // Relations the writer names get its fixed colours (config.relationColours, shared with graph.dot); any other
  // relation gets a colour from its name's hash, so a relation has the same colour in every graph.
  var FALLBACK_COLOURS = ["#1b6ca8", "#b03a2e", "#7d3c98", "#117a65", "#b9770e",
    "#5d6d7e", "#a04000", "#1e8449", "#2e4053", "#c71585"];
  // Above these sizes the picture changes so the page stays quick and readable: fCoSE gives way to our sliced
  // layout (layout.js), nodes without any edge start hidden, and edge labels show on hover or selection only.
  var FCOSE_MAX_NODES = 200;
  var HIDE_UNCONNECTED_ABOVE = 150;
  var EDGE_LABELS_UP_TO = 150;
  var LAYOUT_SLICE_MS = 40;
  // Keys of the graph.json contract; any other key of a node or link is a free-form attribute (e.g. "as").
  var NODE_FIELDS = ["id", "label", "type", "aliases", "roles", "documents", "mentions"];
  var LINK_FIELDS = ["id", "source", "target", "relation", "date", "dates", "status", "weight", "evidence"];
  // Fixed so that two loads of the same graph draw the same picture.
  var LAYOUT_SEED = 20240501;

  var graph = readJson("graph-data");
  var config = readJson("viewer-config");
  var NODE_TYPES = {};
  Object.keys(NODE_SHAPES).forEach(function (type) {
    NODE_TYPES[type] = { shape: NODE_SHAPES[type], colour: (config.nodeColours || {})[type] || "#d0d7de" };
  });
  var nodesById = indexBy(graph.nodes, "id");
  var linksById = indexBy(graph.links, "id");
  var documentsById = indexBy((graph.graph && graph.graph.documents) || [], "id");
  var relations = distinct(graph.links.map(function (l) { return l.relation; }));
  var symmetric = new Set(config.symmetricRelations || []);
  var degrees = linkCounts(graph.links);
  var importance = importanceOf(graph.nodes);
  var bigGraph = graph.nodes.length > HIDE_UNCONNECTED_ABOVE;
  // A type the viewer has no style for is still shown: filters start with every type the data holds.
  var types = Object.keys(NODE_TYPES).concat(graph.nodes.map(function (n) { return n.type; }));
  var filters = { types: new Set(types), relations: new Set(relations), from: "", to: "", undated: true,
    unconnected: !bigGraph, topN: graph.nodes.length };
  var search = { query: "", matches: [], index: 0 };
  // Figures the browser benchmark reads: ms from navigation start to ready, layout time, the longest layout slice.
  var timings = { scriptMs: performance.now(), readyMs: 0, layoutMs: 0, longestSliceMs: 0, createdMs: 0, controlsMs: 0 };
  var sliced = prepareSlicedLayout();
  var cy;

  // ---- small helpers -------------------------------------------------------------------------

  function readJson(id) { return JSON.parse(document.getElementById(id).textContent); }

  function indexBy(items, key) {
    var map = new Map();
    items.forEach(function (item) { map.set(item[key], item); });
    return map;
  }

  function distinct(values) {
    return Array.from(new Set(values)).sort();
  }

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function append(parent, children) {
    children.forEach(function (child) { if (child) parent.appendChild(child); });
    return parent;
  }

  function relationColour(relation) {
    var fixed = (config.relationColours || {})[relation];
    if (fixed) return fixed;
    var hash = 0;
    for (var i = 0; i < relation.length; i++) hash = (Math.imul(hash, 31) + relation.charCodeAt(i)) | 0;
    return FALLBACK_COLOURS[Math.abs(hash) % FALLBACK_COLOURS.length];
  }

  function linkCounts(links) {
    var counts = new Map();
    links.forEach(function (l) {
      counts.set(l.source, (counts.get(l.source) || 0) + 1);
      if (l.target !== l.source) counts.set(l.target, (counts.get(l.target) || 0) + 1);
    });
    return counts;
  }

  function degreeOf(id) { return degrees.get(id) || 0; }

  // Importance is the graph's pagerank when the writer computed it, else the node's number of edges; the rank
  // (0 = most important, ties by label) drives the "top N" control.
  function importanceOf(nodes) {
    var basis = nodes.length && nodes.every(function (n) { return typeof n.pagerank === "number"; }) ? "pagerank" : "degree";
    var score = function (n) { return basis === "pagerank" ? n.pagerank : typeof n.degree === "number" ? n.degree : degreeOf(n.id); };
    var order = nodes.slice().sort(function (a, b) {
      return score(b) - score(a) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
    });
    var rank = new Map();
    order.forEach(function (n, i) { rank.set(n.id, i); });
    return { basis: basis, rank: rank };
  }

  // Every date an edge was seen on: the writer's sorted "dates", else its single "date".
  function linkDates(l) {
    if (Array.isArray(l.dates) && l.dates.length) return l.dates;
    return l.date ? [l.date] : [];
  }

  function typeStyle(type) {
    return NODE_TYPES[type] || { colour: "#8c959f", shape: "ellipse" };
  }

  // ---- the graph -------------------------------------------------------------------------------

  function elements() {
    var nodes = graph.nodes.map(function (n) {
      var style = typeStyle(n.type);
      var size = Math.min(60, 22 + 7 * Math.log2(1 + (n.mentions || 0)));
      return { group: "nodes", position: startPosition(n.id), data: { id: n.id, label: n.label, type: n.type, colour: style.colour,
        shape: style.shape, size: size, unconnected: degreeOf(n.id) === 0, rank: importance.rank.get(n.id) } };
    });
    var edges = graph.links.map(function (l) {
      return { group: "edges", data: {
        id: l.id, source: l.source, target: l.target, relation: l.relation, dates: linkDates(l), status: l.status,
        colour: relationColour(l.relation), width: Math.min(6, 1.5 + Math.log2(l.weight || 1)),
        symmetric: symmetric.has(l.relation) } };
    });
    return nodes.concat(edges);
  }

  function styles() {
    return [
      { selector: "node", style: {
        "background-color": "data(colour)", shape: "data(shape)", width: "data(size)", height: "data(size)",
        "border-width": 1, "border-color": "#24292f", label: "data(label)", "font-size": 13, color: "#1f2328",
        "text-valign": "bottom", "text-margin-y": 3, "text-wrap": "wrap", "text-max-width": 130,
        "text-outline-color": "#fcfcfd", "text-outline-width": 2, "min-zoomed-font-size": 5 } },
      { selector: "edge", style: {
        width: "data(width)", "line-color": "data(colour)", "target-arrow-color": "data(colour)",
        "target-arrow-shape": "triangle", "arrow-scale": 0.9, opacity: 0.8,
        // Bezier keeps parallel edges apart; straight lines are much cheaper to draw when there are thousands.
        "curve-style": graph.links.length > EDGE_LABELS_UP_TO ? "straight" : "bezier",
        label: graph.links.length > EDGE_LABELS_UP_TO ? "" : "data(relation)", "font-size": 11, "font-weight": 600,
        color: "#1f2328", "text-rotation": "autorotate", "text-background-color": "#ffffff",
        "text-background-opacity": 0.9, "text-background-padding": 2, "text-background-shape": "round-rectangle",
        "min-zoomed-font-size": 6 } },
      { selector: "edge.labelled, edge:selected", style: { label: "data(relation)", "font-size": 13, "z-index": 10,
        "min-zoomed-font-size": 0, "text-border-color": "data(colour)", "text-border-width": 1, "text-border-opacity": 1 } },
      { selector: "edge[?symmetric]", style: { "target-arrow-shape": "none" } },
      { selector: "edge[status = 'planned']", style: { "line-style": "dashed" } },
      { selector: ".hidden", style: { display: "none" } },
      { selector: ".faded", style: { opacity: 0.3 } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#0969da" } },
      { selector: "edge:selected", style: { "line-color": "#0969da", "target-arrow-color": "#0969da", width: 5, opacity: 1 } }
    ];
  }

  // Nodes with edges are laid out (fCoSE when few, our sliced force layout when many); nodes without any edge go
  // in a grid below them instead of being scattered through the picture. done() runs once positions are final.
  function runLayout(done) {
    var linked = cy.nodes("[!unconnected]");
    var finish = function () {
      packUnconnected(linked);
      done();
    };
    if (!sliced) {
      runFcose(linked);
      finish();
    } else {
      runSliced(linked, finish);
    }
  }

  function runFcose(nodes) {
    if (!nodes.length) return;
    var random = Math.random;
    Math.random = GraphLayout.seededRandom(LAYOUT_SEED);
    try {
      nodes.union(nodes.connectedEdges()).layout({
        name: "fcose", quality: "proof", randomize: true, animate: false, fit: false,
        nodeDimensionsIncludeLabels: true, idealEdgeLength: 70, nodeRepulsion: 5000, nodeSeparation: 40,
        numIter: 5000
      }).run();
    } finally {
      Math.random = random;
    }
  }

  // The sliced layout is made from graph.json before Cytoscape starts, so the nodes are created at its seeded
  // starting positions (not all on one point) and the page can be drawn while the layout runs.
  function prepareSlicedLayout() {
    var linked = graph.nodes.filter(function (n) { return degreeOf(n.id) > 0; });
    if (linked.length <= FCOSE_MAX_NODES) return null;
    var index = new Map();
    linked.forEach(function (n, i) { index.set(n.id, i); });
    var pairs = graph.links.map(function (l) { return [index.get(l.source), index.get(l.target)]; });
    return { index: index, layout: new GraphLayout.ForceLayout(linked.length, pairs, { seed: LAYOUT_SEED, iterations: 300, idealLength: 110 }) };
  }

  function startPosition(id) {
    var i = sliced ? sliced.index.get(id) : undefined;
    return i === undefined ? { x: 0, y: 0 } : { x: sliced.layout.x[i], y: sliced.layout.y[i] };
  }

  // Runs the force layout a slice at a time (LAYOUT_SLICE_MS) and moves the nodes once, at the end: redrawing
  // thousands of edges after every slice cost more than the layout itself. Meanwhile the page answers clicks,
  // scrolls and searches, and the status shows how far the layout is.
  function runSliced(nodes, done) {
    var layout = sliced.layout;
    var slice = function () {
      var begun = performance.now();
      var finished = layout.run(LAYOUT_SLICE_MS);
      timings.longestSliceMs = Math.max(timings.longestSliceMs, performance.now() - begun);
      document.getElementById("stats").textContent = "laying out… " + Math.round(100 * layout.iteration / layout.iterations) + "%";
      if (!finished) {
        setTimeout(slice, 0);
        return;
      }
      cy.batch(function () {
        nodes.forEach(function (n) {
          var i = sliced.index.get(n.id());
          n.position({ x: layout.x[i], y: layout.y[i] });
        });
      });
      done();
    };
    setTimeout(slice, 0);
  }

  // A grid below the laid-out nodes, sorted by type then label, as wide as the drawing above it.
  function packUnconnected(linked) {
    var loose = cy.nodes("[?unconnected]").sort(function (a, b) {
      return a.data("type") < b.data("type") ? -1 : a.data("type") > b.data("type") ? 1 :
        a.data("label") < b.data("label") ? -1 : a.data("label") > b.data("label") ? 1 : 0;
    });
    if (!loose.length) return;
    var box = linked.length ? linked.boundingBox() : { x1: 0, x2: 0, y2: 0 };
    var cell = 150, rowHeight = 80;
    var columns = Math.max(Math.ceil(Math.sqrt(loose.length)), Math.floor((box.x2 - box.x1) / cell) + 1);
    cy.batch(function () {
      loose.forEach(function (n, i) {
        n.position({ x: box.x1 + (i % columns) * cell, y: box.y2 + rowHeight + Math.floor(i / columns) * rowHeight });
      });
    });
  }

  // Fits the visible nodes: their box holds every visible edge too, and is far cheaper than the edges' boxes.
  function fitVisible() {
    cy.fit(cy.nodes().filter(function (n) { return !n.hasClass("hidden"); }), 30);
  }

  // ---- filters -------------------------------------------------------------------------------

  function datesInRange(dates) {
    if (!dates.length) return filters.undated;
    return dates.some(inDateRange);
  }

  function inDateRange(date) {
    // A partial date ("2024-05") is a period: it is in range when the period overlaps [from, to].
    if (filters.from && date < filters.from.slice(0, date.length)) return false;
    if (filters.to && date > filters.to.slice(0, date.length)) return false;
    return true;
  }

  function applyFilters() {
    cy.batch(function () {
      cy.nodes().forEach(function (n) {
        n.toggleClass("hidden", !filters.types.has(n.data("type")) || (n.data("unconnected") && !filters.unconnected) ||
          n.data("rank") >= filters.topN);
      });
      cy.edges().forEach(function (e) {
        e.toggleClass("hidden", !filters.relations.has(e.data("relation")) || !datesInRange(e.data("dates")));
      });
    });
    showStats();
  }

  // Counted from the classes: Cytoscape's :visible may answer from a cache until the next frame is drawn.
  function showStats() {
    var shown = function (e) { return !e.hasClass("hidden"); };
    var edges = cy.edges().filter(function (e) { return shown(e) && shown(e.source()) && shown(e.target()); });
    var text = cy.nodes().filter(shown).length + " of " + cy.nodes().length + " nodes, " +
      edges.length + " of " + cy.edges().length + " edges shown";
    document.getElementById("stats").textContent = text;
  }

  function filterRow(checked, sample, name, count, onChange) {
    var box = el("input");
    box.type = "checkbox";
    box.checked = checked;
    box.value = name;
    box.addEventListener("change", function () { onChange(box.checked); applyFilters(); });
    return append(el("li"), [append(el("label"), [box, sample, el("span", name), el("span", count, "count")])]);
  }

  function buildTypeFilters() {
    var list = document.getElementById("type-filters");
    Object.keys(NODE_TYPES).forEach(function (type) {
      var swatch = el("span", null, "swatch " + NODE_TYPES[type].shape);
      swatch.style.background = NODE_TYPES[type].colour;
      var count = graph.nodes.filter(function (n) { return n.type === type; }).length;
      list.appendChild(filterRow(true, swatch, type, count, function (on) { toggle(filters.types, type, on); }));
    });
  }

  function buildRelationFilters() {
    var list = document.getElementById("relation-filters");
    relations.forEach(function (relation) {
      var line = el("span", null, symmetric.has(relation) ? "line" : "line arrow");
      line.style.background = relationColour(relation);
      line.style.borderColor = relationColour(relation);
      var count = graph.links.filter(function (l) { return l.relation === relation; }).length;
      list.appendChild(filterRow(true, line, relation, count, function (on) { toggle(filters.relations, relation, on); }));
    });
  }

  function toggle(set, value, on) {
    if (on) set.add(value); else set.delete(value);
  }

  // The inputs start at the earliest and latest edge dates, so nothing is hidden until the user narrows them.
  function buildDateFilter() {
    var dates = [].concat.apply([], graph.links.map(linkDates)).sort();
    var from = document.getElementById("date-from");
    var to = document.getElementById("date-to");
    var undated = document.getElementById("show-undated");
    if (dates.length) {
      from.value = periodStart(dates[0]);
      to.value = periodEnd(dates[dates.length - 1]);
    }
    from.addEventListener("change", function () { filters.from = from.value; applyFilters(); });
    to.addEventListener("change", function () { filters.to = to.value; applyFilters(); });
    undated.addEventListener("change", function () { filters.undated = undated.checked; applyFilters(); });
  }

  function periodStart(date) {
    return date.length === 4 ? date + "-01-01" : date.length === 7 ? date + "-01" : date.slice(0, 10);
  }

  function periodEnd(date) {
    if (date.length === 4) return date + "-12-31";
    if (date.length !== 7) return date.slice(0, 10);
    var last = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).getUTCDate();
    return date + "-" + String(last).padStart(2, "0");
  }

  // ---- search --------------------------------------------------------------------------------

  // Best first: the label itself, a label starting with the query, a word of it, inside it, then aliases.
  function matchRank(node, q) {
    var label = String(node.label).toLowerCase();
    var aliases = (node.aliases || []).map(function (a) { return String(a).toLowerCase(); });
    if (label === q) return 0;
    if (label.startsWith(q)) return 1;
    if (label.split(/\s+/).some(function (w) { return w.startsWith(q); })) return 2;
    if (label.indexOf(q) >= 0) return 3;
    if (aliases.indexOf(q) >= 0) return 4;
    if (aliases.some(function (a) { return a.indexOf(q) >= 0; })) return 5;
    return -1;
  }

  function findNodes(query) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    return graph.nodes
      .map(function (n) { return { node: n, rank: matchRank(n, q) }; })
      .filter(function (m) { return m.rank >= 0; })
      .sort(function (a, b) { return a.rank - b.rank || (a.node.label < b.node.label ? -1 : a.node.label > b.node.label ? 1 : 0); })
      .map(function (m) { return m.node; });
  }

  function onSearch(next) {
    var query = document.getElementById("search").value;
    if (query !== search.query) {
      search = { query: query, matches: findNodes(query), index: 0 };
    } else if (next && search.matches.length) {
      search.index = (search.index + 1) % search.matches.length;
    }
    var status = document.getElementById("search-status");
    if (!search.matches.length) {
      // A search that finds nothing must not leave the previous match selected.
      cy.elements().unselect();
      status.textContent = query.trim() ? "no match" : "";
      return;
    }
    var node = search.matches[search.index];
    focusNode(cy.getElementById(node.id));
    var hidden = cy.getElementById(node.id).hasClass("hidden") ? " (hidden by a filter)" : "";
    status.textContent = (search.index + 1) + " of " + search.matches.length + hidden + (search.matches.length > 1 ? " · Enter: next" : "");
  }

  function focusNode(node) {
    cy.elements().unselect();
    node.select();
    // Centre the node itself: cy.center() would centre its box, which includes the label below it.
    var zoom = Math.max(cy.zoom(), 1.1);
    var p = node.position();
    cy.viewport({ zoom: zoom, pan: { x: cy.width() / 2 - p.x * zoom, y: cy.height() / 2 - p.y * zoom } });
  }

  // ---- the details panel ---------------------------------------------------------------------

  function details() { return document.getElementById("details"); }

  function showHint() {
    var panel = details();
    panel.replaceChildren(el("h2", "Details"),
      el("p", "Click a node to see who or what it is and its edges; click an edge to read the sentences it was found in.", "hint"));
  }

  function linkTo(id, text) {
    var button = el("button", text, "link");
    button.type = "button";
    button.addEventListener("click", function () {
      var target = cy.getElementById(id);
      if (target.isNode()) focusNode(target); else { cy.elements().unselect(); target.select(); }
    });
    return button;
  }

  function fieldList(pairs) {
    var dl = el("dl");
    pairs.forEach(function (p) {
      if (p[1] === undefined || p[1] === null || p[1] === "") return;
      append(dl, [el("dt", p[0]), p[1] instanceof Node ? append(el("dd"), [p[1]]) : el("dd", p[1])]);
    });
    return dl;
  }

  function textList(title, items) {
    if (!items || !items.length) return null;
    var ul = el("ul");
    items.forEach(function (item) { ul.appendChild(el("li", item)); });
    return append(document.createDocumentFragment(), [el("h4", title), ul]);
  }

  function documentText(id) {
    var doc = documentsById.get(id);
    if (!doc) return id;
    return [id, doc.title, doc.date].filter(Boolean).join(" · ");
  }

  function attributePairs(item, known) {
    return Object.keys(item).filter(function (k) { return known.indexOf(k) < 0; }).sort()
      .map(function (k) { return [k, typeof item[k] === "string" ? item[k] : JSON.stringify(item[k])]; });
  }

  function showNode(node) {
    var n = nodesById.get(node.id());
    var edges = node.connectedEdges().map(function (e) { return linksById.get(e.id()); })
      .sort(function (a, b) { return a.relation < b.relation ? -1 : a.relation > b.relation ? 1 : a.id < b.id ? -1 : 1; });
    var edgeList = el("ul");
    edges.forEach(function (l) {
      var other = nodesById.get(l.source === n.id ? l.target : l.source);
      var arrow = symmetric.has(l.relation) ? " — " : l.source === n.id ? " → " : " ← ";
      edgeList.appendChild(append(el("li"), [linkTo(l.id, l.relation + arrow + other.label), el("span", l.date ? " " + l.date : "", "kind")]));
    });
    // replaceChildren writes a null argument as the text "null": sections a node lacks are left out instead.
    var parts = [el("h3", n.label), el("div", n.type + " · " + n.id, "kind"),
      fieldList([["mentions", n.mentions], ["documents", (n.documents || []).length]].concat(attributePairs(n, NODE_FIELDS))),
      textList("Roles", n.roles), textList("Aliases", n.aliases),
      textList("Documents", (n.documents || []).map(documentText)),
      el("h4", "Edges (" + edges.length + ")"), edges.length ? edgeList : el("p", "none", "kind")];
    details().replaceChildren.apply(details(), parts.filter(Boolean));
  }

  function showEdge(edge) {
    var l = linksById.get(edge.id());
    var title = append(el("h3"), [linkTo(l.source, nodesById.get(l.source).label),
      el("span", symmetric.has(l.relation) ? " — " + l.relation + " — " : " — " + l.relation + " → "),
      linkTo(l.target, nodesById.get(l.target).label)]);
    var fields = fieldList([["date", linkDates(l).join(", ") || "unknown"], ["status", el("span", l.status, "status-" + l.status)],
      ["evidence", (l.evidence || []).length]].concat(attributePairs(l, LINK_FIELDS)));
    var evidence = (l.evidence || []).map(function (ev) {
      return append(el("div", null, "evidence"), [el("blockquote", ev.sentence),
        el("div", documentText(ev.document) + " · characters " + ev.start + "–" + ev.end, "source")]);
    });
    details().replaceChildren.apply(details(), [title, el("div", l.id, "kind"), fields, el("h4", "Evidence")].concat(evidence));
  }

  function highlight(element) {
    cy.batch(function () {
      cy.elements().removeClass("faded");
      cy.edges().removeClass("labelled");
      if (!element) return;
      var keep = element.isNode() ? element.closedNeighborhood() : element.union(element.connectedNodes());
      cy.elements().not(keep).addClass("faded");
      if (element.isNode()) element.connectedEdges().addClass("labelled");
    });
  }

  function onSelectionChange() {
    var selected = cy.$(":selected");
    var element = selected.length ? selected[0] : null;
    highlight(element);
    if (!element) showHint();
    else if (element.isNode()) showNode(element);
    else showEdge(element);
  }

  // ---- start ---------------------------------------------------------------------------------

  function showErrors() {
    var errors = window.__graphbuilderErrors || [];
    var box = document.getElementById("errors");
    box.hidden = errors.length === 0;
    box.textContent = errors.length ? "The viewer hit an error: " + errors.join("; ") : "";
  }

  // Shown beside the filters: unconnected nodes (hidden by default in a big graph) and the "top N" control.
  function buildVisibilityControls() {
    var loose = graph.nodes.filter(function (n) { return degreeOf(n.id) === 0; }).length;
    var box = document.getElementById("show-unconnected");
    box.checked = filters.unconnected;
    document.getElementById("unconnected-count").textContent = String(loose);
    box.addEventListener("change", function () { filters.unconnected = box.checked; applyFilters(); fitVisible(); });
    var top = document.getElementById("top-n");
    top.max = String(graph.nodes.length);
    top.value = String(graph.nodes.length);
    document.getElementById("top-n-basis").textContent = importance.basis;
    top.addEventListener("change", function () {
      var n = parseInt(top.value, 10);
      filters.topN = n > 0 ? n : graph.nodes.length;
      applyFilters();
      fitVisible();
    });
  }

  function start() {
    var name = (graph.graph && graph.graph.name) || "GraphBuilder";
    document.title = name + " — GraphBuilder";
    document.getElementById("title").textContent = name;
    cytoscape.use(cytoscapeFcose);
    // Above the size limit Cytoscape draws a bitmap while panning or zooming, which keeps thousands of edges fluid.
    cy = cytoscape({ container: document.getElementById("cy"), elements: elements(), style: styles(),
      selectionType: "single", boxSelectionEnabled: false, minZoom: 0.05, maxZoom: 4, wheelSensitivity: 0.3,
      textureOnViewport: bigGraph, hideEdgesOnViewport: bigGraph });
    timings.createdMs = performance.now();
    window.__graphbuilder = { cy: cy, graph: graph, ready: false, timings: timings };
    buildTypeFilters();
    buildRelationFilters();
    buildDateFilter();
    buildVisibilityControls();
    applyFilters();
    showHint();
    // One element at a time, whether the user tapped it or a script selected it; the panel follows once the
    // unselect/select events of one change have all fired.
    cy.on("select", function (e) { cy.elements(":selected").not(e.target).unselect(); });
    cy.on("select unselect", function () { setTimeout(onSelectionChange, 0); });
    cy.on("mouseover", "edge", function (e) { e.target.addClass("labelled"); });
    cy.on("mouseout", "edge", function (e) { if (!e.target.selected()) e.target.removeClass("labelled"); });
    var input = document.getElementById("search");
    input.addEventListener("input", function () { onSearch(false); });
    input.addEventListener("keydown", function (e) { if (e.key === "Enter") onSearch(true); });
    document.getElementById("fit").addEventListener("click", fitVisible);
    timings.controlsMs = performance.now();
    if (sliced) fitVisible();
    var begun = performance.now();
    runLayout(function () {
      fitVisible();
      showStats();
      timings.layoutMs = performance.now() - begun;
      timings.readyMs = performance.now();
      window.__graphbuilder.ready = true;
    });
  }

  try {
    start();
  } catch (e) {
    window.__graphbuilderErrors.push(String(e && e.stack || e));
    console.error(e);
  }
  showErrors();
})();
