// Loads one of GraphBuilder's files with a JavaScript consumer and compares what it sees with graph.json.
// Prints one JSON verdict line: {reader, nodes, edges, components, multi_dates, problems}.
//
// usage: node check_graph.js graphology-gexf|graphology-graphml|graphology-json|cytoscape-cyjs GRAPH_JSON FILE
"use strict";
const fs = require("fs");
const Graph = require("graphology");

const [mode, jsonPath, filePath] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(jsonPath, "utf8"));
const text = fs.readFileSync(filePath, "utf8");
const asList = (v) => (typeof v === "string" ? JSON.parse(v) : v);

// The README's graphology snippet for graph.json, as users would paste it.
function graphologyJson() {
  const graph = new Graph({ multi: true, type: "mixed" });
  data.nodes.forEach((n) => graph.addNode(n.id, n));
  data.links.forEach((l) => (l.undirected
    ? graph.addUndirectedEdgeWithKey(l.id, l.source, l.target, l)
    : graph.addDirectedEdgeWithKey(l.id, l.source, l.target, l)));
  return graph;
}

function fromGraphology(graph) {
  const nodes = {};
  const edges = {};
  graph.forEachNode((id, a) => { nodes[id] = a; });
  graph.forEachEdge((id, a, s, t, _sa, _ta, undirected) => { edges[id] = { source: s, target: t, undirected, attrs: a }; });
  return { nodes, edges };
}

function fromCytoscape() {
  const cytoscape = require("cytoscape");
  const cy = cytoscape({ headless: true, elements: JSON.parse(text).elements });
  const nodes = {};
  const edges = {};
  cy.nodes().forEach((n) => { nodes[n.id()] = n.data(); });
  cy.edges().forEach((e) => {
    edges[e.id()] = { source: e.source().id(), target: e.target().id(), undirected: e.data("undirected"), attrs: e.data() };
  });
  return { nodes, edges };
}

const readers = {
  "graphology-gexf": () => fromGraphology(require("graphology-gexf").parse(Graph, text)),
  "graphology-graphml": () => fromGraphology(require("graphology-graphml").parse(Graph, text)),
  "graphology-json": () => fromGraphology(graphologyJson()),
  "cytoscape-cyjs": fromCytoscape,
};

const { nodes, edges } = readers[mode]();
const problems = [];
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const wantNodes = new Map(data.nodes.map((n) => [n.id, n]));
const wantLinks = new Map(data.links.map((l) => [l.id, l]));
if (!same(Object.keys(nodes).sort(), [...wantNodes.keys()].sort())) problems.push("node ids differ");
if (!same(Object.keys(edges).sort(), [...wantLinks.keys()].sort())) problems.push("edge ids differ");
for (const [id, e] of Object.entries(edges)) {
  const l = wantLinks.get(id);
  if (!l) continue;
  if (e.source !== l.source || e.target !== l.target) problems.push(`edge ${id}: ends ${e.source}->${e.target}`);
  // GraphML's edges stay directed for NetworkX's sake, so there the flag is the "undirected" attribute.
  const undirected = mode === "graphology-graphml" ? e.attrs.undirected : e.undirected;
  if (undirected !== l.undirected) problems.push(`edge ${id}: undirected is ${undirected}`);
  if (!same(asList(e.attrs.dates), l.dates)) problems.push(`edge ${id}: dates ${JSON.stringify(e.attrs.dates)}`);
  if (e.attrs.weight !== l.weight) problems.push(`edge ${id}: weight ${JSON.stringify(e.attrs.weight)}`);
}
for (const [id, a] of Object.entries(nodes)) {
  const n = wantNodes.get(id);
  if (n && a.pagerank !== n.pagerank) problems.push(`node ${id}: pagerank ${JSON.stringify(a.pagerank)}`);
}
const components = Object.fromEntries(Object.entries(nodes).map(([id, a]) => [id, a.component]));
const multiDates = Object.fromEntries(Object.entries(edges)
  .filter(([, e]) => asList(e.attrs.dates).length > 1).map(([id, e]) => [id, asList(e.attrs.dates)]));
console.log(JSON.stringify({
  reader: mode, nodes: Object.keys(nodes).length, edges: Object.keys(edges).length,
  components, multi_dates: multiDates, problems: problems.slice(0, 20),
}));
