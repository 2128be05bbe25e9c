using QuikGraph;

namespace GraphBuilder.Graph;

/// <summary>
/// The typed, directed multigraph being built, held in a QuikGraph BidirectionalGraph whose vertices are
/// node ids and whose edges are tagged with their builder. Adding a node or an edge that exists merges into
/// it: an edge is identified by (source, relation, target), and a symmetric relation such as met_with by its
/// unordered pair, so either direction finds the same edge. The id index only makes that lookup O(1); the
/// QuikGraph graph is what the analytics and the snapshot read. Not thread-safe: one merger owns it.
/// </summary>
public sealed class MultiGraph
{
    private readonly BidirectionalGraph<string, TaggedEdge<string, EdgeBuilder>> _graph = new(allowParallelEdges: true);
    private readonly Dictionary<string, NodeBuilder> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EdgeBuilder> _edges = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocumentInfo> _documents = new(StringComparer.Ordinal);

    public MultiGraph(string name = "GraphBuilder") => Name = name;

    public string Name { get; }

    public int NodeCount => _graph.VertexCount;

    public int EdgeCount => _graph.EdgeCount;

    /// <summary>The QuikGraph graph itself, read-only, for algorithms.</summary>
    public IBidirectionalGraph<string, TaggedEdge<string, EdgeBuilder>> Structure => _graph;

    public void AddDocument(DocumentInfo document) => _documents[document.Id] = document;

    public bool ContainsNode(string id) => _graph.ContainsVertex(id);

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
        _graph.AddVertex(id);
        return node;
    }

    public NodeBuilder Node(string id) => _nodes[id];

    /// <summary>Adds one evidence item for (source, relation, target), creating the edge when new.</summary>
    public EdgeBuilder AddEdge(string source, string relation, string target, Evidence evidence,
        string? date = null, string status = EdgeStatus.Happened)
    {
        if (!_graph.ContainsVertex(source) || !_graph.ContainsVertex(target))
            throw new InvalidOperationException($"edge {source} -{relation}-> {target} names a missing node");
        (source, target) = Ends(source, relation, target);
        var id = EdgeId(source, relation, target);
        if (!_edges.TryGetValue(id, out var edge))
        {
            edge = new EdgeBuilder(id, source, relation, target);
            _edges.Add(id, edge);
            _graph.AddEdge(new TaggedEdge<string, EdgeBuilder>(source, target, edge));
        }
        edge.Add(evidence, date, status);
        return edge;
    }

    public EdgeBuilder? FindEdge(string source, string relation, string target)
    {
        (source, target) = Ends(source, relation, target);
        return _edges.GetValueOrDefault(EdgeId(source, relation, target));
    }

    /// <summary>
    /// The edge id every format uses: "source--relation--target". Node ids never hold "--" (slugs join words
    /// with one '-'), and the id stays a valid XML NMTOKEN, so GraphML and GEXF carry it unchanged.
    /// </summary>
    public static string EdgeId(string source, string relation, string target) => $"{source}--{relation}--{target}";

    public GraphSnapshot ToSnapshot()
    {
        var metrics = GraphAnalytics.Compute(_graph);
        return new GraphSnapshot(
            Name,
            _documents.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToList(),
            _graph.Vertices.Order(StringComparer.Ordinal).Select(id => _nodes[id].Build() with { Metrics = metrics[id] }).ToList(),
            _graph.Edges.Select(e => e.Tag).OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Build()).ToList());
    }

    private static (string Source, string Target) Ends(string source, string relation, string target) =>
        Relations.IsSymmetric(relation) && string.CompareOrdinal(source, target) > 0 ? (target, source) : (source, target);
}
