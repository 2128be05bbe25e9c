namespace GraphBuilder.Graph;

/// <summary>
/// An immutable, sorted view of a graph: what the writers serialise. Nodes are sorted by id,
/// edges by id, documents by id, so the same graph always gives byte-identical files.
/// </summary>
public sealed record GraphSnapshot(
    string Name,
    IReadOnlyList<DocumentInfo> Documents,
    IReadOnlyList<Node> Nodes,
    IReadOnlyList<Edge> Edges)
{
    public static string Generator { get; } = "GraphBuilder " + Version;

    public static string Version =>
        typeof(GraphSnapshot).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";
}
