using System.Globalization;
using GraphBuilder.Graph;

namespace GraphBuilder.Export;

/// <summary>A GraphML &lt;key&gt;: one per (for, attr.name), with an id Gephi cannot mistake for one of its
/// built-in ids (it matches "d3", "x", "weight"... by id before attr.name).</summary>
internal sealed record GraphMLKey(string For, string Name, string Type)
{
    public string Id => (For == "node" ? "n_" : "e_") + Name;
}

/// <summary>
/// What the GraphML file declares and holds: fixed keys for the model's fields, typed as in graph.json
/// (weight and the counts int, pagerank double, undirected boolean), lists as JSON text in string keys
/// (a value such as a sentence may hold any separator character; JSON text is unambiguous and every
/// consumer has a parser for it), Gephi's r/g/b for the node colour, and "kind" = the relation (GEXF's name
/// for an edge's type, which Gephi uses to keep two relations between one pair apart); then one string key
/// per free-form attribute name present, sorted.
/// </summary>
internal static class GraphMLKeys
{
    private static readonly GraphMLKey[] NodeKeys =
    [
        new("node", "label", "string"), new("node", "type", "string"), new("node", "aliases", "string"),
        new("node", "roles", "string"), new("node", "documents", "string"), new("node", "mentions", "int"),
        new("node", "degree", "int"), new("node", "weighted_degree", "int"), new("node", "component", "int"),
        new("node", "component_size", "int"), new("node", "pagerank", "double"),
        new("node", "r", "int"), new("node", "g", "int"), new("node", "b", "int"),
    ];

    private static readonly GraphMLKey[] EdgeKeys =
    [
        new("edge", "label", "string"), new("edge", "kind", "string"), new("edge", "relation", "string"),
        new("edge", "date", "string"), new("edge", "first_date", "string"), new("edge", "last_date", "string"),
        new("edge", "dates", "string"), new("edge", "undirected", "boolean"), new("edge", "status", "string"),
        new("edge", "weight", "int"), new("edge", "evidence", "string"),
    ];

    public static IReadOnlyList<GraphMLKey> For(GraphSnapshot graph) =>
    [
        .. NodeKeys, .. Extras("node", graph.Nodes.SelectMany(GraphAttributes.Of)),
        .. EdgeKeys, .. Extras("edge", graph.Edges.SelectMany(GraphAttributes.Of)),
    ];

    public static IEnumerable<(string Key, string Value)> Data(Node node)
    {
        var style = NodeStyles.Of(node.Type);
        yield return ("n_label", node.Label);
        yield return ("n_type", node.Type.Name());
        yield return ("n_aliases", JsonFields.Compact(json => JsonFields.Strings(json, node.Aliases)));
        yield return ("n_roles", JsonFields.Compact(json => JsonFields.Strings(json, node.Roles)));
        yield return ("n_documents", JsonFields.Compact(json => JsonFields.Strings(json, node.Documents)));
        yield return ("n_mentions", Int(node.Mentions));
        yield return ("n_degree", Int(node.Metrics.Degree));
        yield return ("n_weighted_degree", Int(node.Metrics.WeightedDegree));
        yield return ("n_component", Int(node.Metrics.Component));
        yield return ("n_component_size", Int(node.Metrics.ComponentSize));
        yield return ("n_pagerank", JsonFields.Number(node.Metrics.PageRank));
        yield return ("n_r", Int(style.R));
        yield return ("n_g", Int(style.G));
        yield return ("n_b", Int(style.B));
        foreach (var (name, value) in GraphAttributes.Of(node))
            yield return ("n_" + XmlText.Name(name), value);
    }

    public static IEnumerable<(string Key, string Value)> Data(Edge edge)
    {
        yield return ("e_label", edge.Relation);
        yield return ("e_kind", edge.Relation);
        yield return ("e_relation", edge.Relation);
        if (edge.Date is not null)
            yield return ("e_date", edge.Date);
        if (edge.FirstDate is not null)
            yield return ("e_first_date", edge.FirstDate);
        if (edge.LastDate is not null)
            yield return ("e_last_date", edge.LastDate);
        yield return ("e_dates", JsonFields.Compact(json => JsonFields.Strings(json, edge.Dates)));
        yield return ("e_undirected", edge.Undirected ? "true" : "false");
        yield return ("e_status", edge.Status);
        yield return ("e_weight", Int(edge.Weight));
        yield return ("e_evidence", JsonFields.Compact(json => JsonFields.Evidence(json, edge.Evidence)));
        foreach (var (name, value) in GraphAttributes.Of(edge))
            yield return ("e_" + XmlText.Name(name), value);
    }

    private static IEnumerable<GraphMLKey> Extras(string domain, IEnumerable<KeyValuePair<string, string>> attributes) =>
        attributes.Select(a => XmlText.Name(a.Key)).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).Select(name => new GraphMLKey(domain, name, "string"));

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
