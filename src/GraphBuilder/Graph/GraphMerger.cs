using GraphBuilder.Extraction;

namespace GraphBuilder.Graph;

/// <summary>
/// Merges per-document extractions into one MultiGraph, in the order given. The resolver decides which
/// node an entity is (a new one is named by its type and name); relations then join the nodes their
/// entity keys map to.
/// </summary>
public sealed class GraphMerger(MultiGraph graph)
{
    private readonly EntityResolver _resolver = new();

    public MultiGraph Graph { get; } = graph;

    public void Merge(DocumentExtraction extraction)
    {
        var docId = extraction.Document.Id;
        Graph.AddDocument(extraction.Document);
        var nodeOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in extraction.Entities)
        {
            var node = Graph.AddNode(_resolver.Resolve(entity), entity.Name, entity.Type)
                .AddDocument(docId, entity.Mentions);
            foreach (var alias in entity.Aliases.Concat(entity.Initials))
                node.AddAlias(alias);
            foreach (var role in entity.Roles)
                node.AddRole(role);
            foreach (var (key, value) in entity.Attributes ?? new Dictionary<string, string>())
                node.SetAttribute(key, value);
            nodeOf[entity.Key] = node.Id;
        }
        foreach (var r in extraction.Relations)
        {
            var edge = Graph.AddEdge(nodeOf[r.SourceKey], r.Relation, nodeOf[r.TargetKey], r.Evidence, r.Date, r.Status);
            foreach (var (key, value) in r.Attributes ?? new Dictionary<string, string>())
                edge.SetAttribute(key, value);
        }
    }
}
