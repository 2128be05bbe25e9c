"""Loads GraphBuilder's graph.graphml (with NetworkX or igraph) or graph.json (with NetworkX) and compares
what the consumer sees with graph.json. Prints one JSON verdict line: {"reader", "nodes", "edges",
"components" (node id -> component), "multi_dates" (edge id -> dates, for edges with two or more), "problems"}
or {"missing": module} (exit 3) when the consumer library is not installed.

networkx-readme runs the README's NetworkX snippet (the python block after "<!-- networkx-snippet -->"),
with its output/ paths pointed at the files given, and checks both graphs it loads.

usage: check_graph.py networkx-graphml|igraph-graphml|networkx-json GRAPH_JSON [GRAPH_GRAPHML]
       check_graph.py networkx-gexf GRAPH_JSON GRAPH_GEXF
       check_graph.py networkx-readme GRAPH_JSON GRAPH_GRAPHML README
"""
import json
import math
import re
import sys

LIST_KEYS = {"aliases", "roles", "documents", "evidence", "dates"}
# Characters XML 1.0 cannot carry: the GraphML writer drops them, so the JSON's text is compared without them.
XML_ILLEGAL = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
ENCODED_CHAR = re.compile(r"_x([0-9A-Fa-f]{8}|[0-9A-Fa-f]{4})_")


def decode_name(name):
    """Undoes .NET's XmlConvert.EncodeNmToken, which made ids and attr.names valid NMTOKENs."""
    return ENCODED_CHAR.sub(lambda m: chr(int(m.group(1), 16)), name)


def is_missing(value):
    return value is None or value == "" or (isinstance(value, float) and math.isnan(value))


def expected_graphml(item, drop):
    """What a GraphML reader should see for a JSON node or link: lists stay JSON, text loses XML-illegal chars."""
    out = {}
    for key, value in item.items():
        if key in drop or value is None:
            continue
        out[key] = value if key in LIST_KEYS or not isinstance(value, str) else XML_ILLEGAL.sub("", value)
    return out


def seen_graphml(attrs, igraph_style):
    out = {}
    for key, value in attrs.items():
        if igraph_style and is_missing(value):
            continue  # igraph gives every vertex every attribute: "" or NaN where the file had none
        out[decode_name(key)] = json.loads(value) if key in LIST_KEYS else value
    return out


def compare(kind, item_id, expected, seen, extras, problems):
    for key, check in extras.items():
        if not check(seen.pop(key, None), expected):
            problems.append(f"{kind} {item_id}: GraphML-only attribute {key!r} is wrong")
    if igraph_mode:
        expected = {k: v for k, v in expected.items() if not is_missing(v)}
    if seen != expected:
        keys = sorted(set(seen) | set(expected))
        diff = {k: [expected.get(k), seen.get(k)] for k in keys if expected.get(k) != seen.get(k)}
        problems.append(f"{kind} {item_id}: expected/seen differ: {diff}")


NODE_EXTRAS = {c: (lambda v, e: isinstance(v, (int, float)) and 0 <= v <= 255) for c in "rgb"}
EDGE_EXTRAS = {"label": lambda v, e: v == e["relation"], "kind": lambda v, e: v == e["relation"]}
SEEN = {"components": {}, "multi_dates": {}}


def record(nodes, edges):
    """What the consumer saw of the component ids and of the dates of edges with two or more, as plain values."""
    for node_id, attrs in nodes.items():
        SEEN["components"][node_id] = int(attrs["component"])
    for edge_id, (_s, _t, attrs) in edges.items():
        dates = attrs["dates"] if isinstance(attrs["dates"], list) else json.loads(attrs["dates"])
        if len(dates) > 1:
            SEEN["multi_dates"][edge_id] = dates


def check_graphml(data, nodes, edges, problems):
    """nodes: {id: attrs}; edges: {id: (source, target, attrs)}, all as the reader gave them."""
    want_nodes = {n["id"]: n for n in data["nodes"]}
    want_links = {l["id"]: l for l in data["links"]}
    if set(nodes) != set(want_nodes):
        problems.append(f"node ids differ: {sorted(set(nodes) ^ set(want_nodes))[:10]}")
    if set(edges) != set(want_links):
        problems.append(f"edge ids differ: {sorted(set(edges) ^ set(want_links))[:10]}")
    for node_id in set(nodes) & set(want_nodes):
        expected = expected_graphml(want_nodes[node_id], {"id"})
        compare("node", node_id, expected, seen_graphml(nodes[node_id], igraph_mode), NODE_EXTRAS, problems)
    for edge_id in set(edges) & set(want_links):
        link = want_links[edge_id]
        source, target, attrs = edges[edge_id]
        if (source, target) != (link["source"], link["target"]):
            problems.append(f"edge {edge_id}: ends {source}->{target}")
        expected = expected_graphml(link, {"id", "source", "target"})
        compare("edge", edge_id, expected, seen_graphml(attrs, igraph_mode), EDGE_EXTRAS, problems)
    record(nodes, edges)


def networkx_graphml(data, path, problems):
    import networkx as nx
    return check_networkx_graphml(data, nx.read_graphml(path, force_multigraph=True), problems)


def check_networkx_graphml(data, g, problems):
    if not g.is_directed():
        problems.append("graph is not directed")
    nodes = {decode_name(n): attrs for n, attrs in g.nodes(data=True)}
    edges = {decode_name(k): (decode_name(u), decode_name(v), attrs) for u, v, k, attrs in g.edges(keys=True, data=True)}
    check_graphml(data, nodes, edges, problems)
    return g.number_of_nodes(), g.number_of_edges()


def igraph_graphml(data, path, problems):
    import igraph
    g = igraph.Graph.Read_GraphML(path)
    if not g.is_directed():
        problems.append("graph is not directed")
    ids = [decode_name(v["id"]) for v in g.vs]
    nodes = {ids[v.index]: {k: x for k, x in v.attributes().items() if k != "id"} for v in g.vs}
    edges = {decode_name(e["id"]): (ids[e.source], ids[e.target], {k: x for k, x in e.attributes().items() if k != "id"})
             for e in g.es}
    check_graphml(data, nodes, edges, problems)
    return g.vcount(), g.ecount()


def networkx_json(data, _path, problems, g=None, whole=False):
    """whole: the README's snippet keeps every field, ids and ends included, as the item's attributes."""
    if g is None:
        from networkx.readwrite import json_graph
        g = json_graph.node_link_graph(data, edges="links")
    if not (g.is_directed() and g.is_multigraph()):
        problems.append("not loaded as a directed multigraph")
    for node in data["nodes"]:
        seen = g.nodes.get(node["id"])
        if seen != {k: v for k, v in node.items() if whole or k != "id"}:
            problems.append(f"node {node['id']}: attributes differ: {seen}")
    seen_links = {attrs.get("id"): (u, v, attrs) for u, v, attrs in g.edges(data=True)}
    for link in data["links"]:
        expected = {k: v for k, v in link.items() if whole or k not in ("source", "target")}
        if seen_links.get(link["id"]) != (link["source"], link["target"], expected):
            problems.append(f"link {link['id']}: loaded as {seen_links.get(link['id'])}")
    record(dict(g.nodes(data=True)), seen_links)
    return g.number_of_nodes(), g.number_of_edges()


def networkx_gexf(data, path, problems):
    """NetworkX 3.x reads GEXF 1.3 (2.x does not) as long as no edge is undirected: it refuses mixed graphs."""
    import networkx as nx
    try:
        g = nx.read_gexf(path)
    except nx.NetworkXError as e:
        problems.append(f"read_gexf: {e}")
        return 0, 0
    nodes = dict(g.nodes(data=True))
    edges = {attrs["id"]: (u, v, attrs) for u, v, attrs in g.edges(data=True)}
    want_links = {l["id"]: l for l in data["links"]}
    if set(nodes) != {n["id"] for n in data["nodes"]}:
        problems.append("node ids differ")
    if set(edges) != set(want_links):
        problems.append("edge ids differ")
    for edge_id, (u, v, attrs) in edges.items():
        link = want_links.get(edge_id, {})
        if (u, v, attrs.get("label"), attrs.get("weight")) != (link.get("source"), link.get("target"), link.get("relation"), link.get("weight")):
            problems.append(f"edge {edge_id}: {u}->{v} label {attrs.get('label')} weight {attrs.get('weight')}")
        if json.loads(attrs["dates"]) and not attrs.get("spells"):
            problems.append(f"edge {edge_id}: dates without spells")
    record(nodes, edges)
    return g.number_of_nodes(), g.number_of_edges()


def networkx_readme(data, paths, problems):
    """Runs the README's snippet as a user would, then checks the JSON graph (g) and the GraphML one (g2) it made."""
    json_path, graphml_path, readme = paths
    with open(readme, encoding="utf-8") as f:
        text = f.read()
    block = text.split("<!-- networkx-snippet -->", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    code = block.replace('"output/graph.json"', repr(json_path)).replace('"output/graph.graphml"', repr(graphml_path))
    scope = {}
    exec(compile(code, "README snippet", "exec"), scope)
    counts = networkx_json(data, json_path, problems, scope["g"], whole=True)
    graphml_counts = check_networkx_graphml(data, scope["g2"], problems)
    if graphml_counts != counts:
        problems.append(f"graph.json gives {counts}, graph.graphml {graphml_counts}")
    return counts


READERS = {"networkx-graphml": networkx_graphml, "igraph-graphml": igraph_graphml, "networkx-json": networkx_json,
           "networkx-readme": networkx_readme, "networkx-gexf": networkx_gexf}

if __name__ == "__main__":
    mode, json_path = sys.argv[1], sys.argv[2]
    igraph_mode = mode.startswith("igraph")
    with open(json_path, encoding="utf-8") as f:
        graph_json = json.load(f)
    found = []
    try:
        paths = sys.argv[2:] if mode == "networkx-readme" else (sys.argv[3] if len(sys.argv) > 3 else json_path)
        counts = READERS[mode](graph_json, paths, found)
    except ImportError as e:
        print(json.dumps({"missing": e.name or str(e)}))
        sys.exit(3)
    print(json.dumps({"reader": mode, "nodes": counts[0], "edges": counts[1], **SEEN, "problems": found[:20]}, ensure_ascii=True))
