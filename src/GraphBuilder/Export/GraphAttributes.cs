using GraphBuilder.Graph;

namespace GraphBuilder.Export;

/// <summary>
/// The free-form node and edge attributes every writer adds after its fixed fields. A name the formats
/// already use (a contract key, Gephi's r/g/b, NetworkX's edge "key", Cytoscape's name and interaction) is
/// left out rather than allowed to overwrite it, and all writers leave out the same ones so their files agree.
/// </summary>
public static class GraphAttributes
{
    private static readonly HashSet<string> NodeReserved = new(StringComparer.Ordinal)
    {
        "id", "label", "type", "aliases", "roles", "documents", "mentions", "r", "g", "b",
        "name", "degree", "weighted_degree", "component", "component_size", "pagerank",
    };

    private static readonly HashSet<string> EdgeReserved = new(StringComparer.Ordinal)
    {
        "id", "key", "source", "target", "relation", "label", "date", "status", "weight", "evidence",
        "first_date", "last_date", "dates", "undirected", "kind", "interaction",
    };

    public static IEnumerable<KeyValuePair<string, string>> Of(Node node) => Extras(node.Attributes, NodeReserved);

    public static IEnumerable<KeyValuePair<string, string>> Of(Edge edge) => Extras(edge.Attributes, EdgeReserved);

    private static IEnumerable<KeyValuePair<string, string>> Extras(
        IReadOnlyDictionary<string, string> attributes, HashSet<string> reserved) =>
        attributes.Where(a => !string.IsNullOrWhiteSpace(a.Key) && !reserved.Contains(a.Key))
            .OrderBy(a => a.Key, StringComparer.Ordinal);
}
