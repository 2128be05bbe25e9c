namespace GraphBuilder.Graph;

/// <summary>
/// The typed, directed multigraph being built. Adding a node or an edge that exists merges into it:
/// an edge is identified by (source, relation, target), and a symmetric relation such as met_with
/// by its unordered pair, so either direction finds the same edge. Not thread-safe: one merger owns it.
/// </summary>
public sealed class MultiGraph
{
    private readonly Dictionary<string, NodeBuilder> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EdgeBuilder> _edges = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocumentInfo> _documents = new(StringComparer.Ordinal);

    public MultiGraph(string name = "GraphBuilder") => Name = name;

    public string Name { get; }

    public int NodeCount => _nodes.Count;

    public int EdgeCount => _edges.Count;

    public void AddDocument(DocumentInfo document) => _documents[document.Id] = document;

    public bool ContainsNode(string id) => _nodes.ContainsKey(id);

    /// <summary>Adds the node or merges into the one with the same id; returns its builder for further facts.</summary>
    public NodeBuilder AddNode(string id, string label, NodeType type)
    {
        if (_nodes.TryGetValue(id, out var existing))
        {
            if (existing.Type != type)
                throw new InvalidOperationException($"node '{id}' is a {existing.Type.Name()}, not a {type.Name()}");
            existing.AddAlias(label);
            return existing;
        }
        var node = new NodeBuilder(id, label, type);
        _nodes.Add(id, node);
        return node;
    }

    public NodeBuilder Node(string id) => _nodes[id];

    /// <summary>Adds one evidence item for (source, relation, target), creating the edge when new.</summary>
    public EdgeBuilder AddEdge(string source, string relation, string target, Evidence evidence,
        string? date = null, string status = EdgeStatus.Happened)
    {
        if (!_nodes.ContainsKey(source) || !_nodes.ContainsKey(target))
            throw new InvalidOperationException($"edge {source} -{relation}-> {target} names a missing node");
        if (Relations.IsSymmetric(relation) && string.CompareOrdinal(source, target) > 0)
            (source, target) = (target, source);
        var id = $"{source}|{relation}|{target}";
        if (!_edges.TryGetValue(id, out var edge))
        {
            edge = new EdgeBuilder(id, source, relation, target);
            _edges.Add(id, edge);
        }
        edge.Add(evidence, date, status);
        return edge;
    }

    public EdgeBuilder? FindEdge(string source, string relation, string target)
    {
        if (Relations.IsSymmetric(relation) && string.CompareOrdinal(source, target) > 0)
            (source, target) = (target, source);
        return _edges.GetValueOrDefault($"{source}|{relation}|{target}");
    }

    public GraphSnapshot ToSnapshot() => new(
        Name,
        _documents.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToList(),
        _nodes.Values.OrderBy(n => n.Id, StringComparer.Ordinal).Select(n => n.Build()).ToList(),
        _edges.Values.OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Build()).ToList());
}
