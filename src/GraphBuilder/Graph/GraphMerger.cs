using GraphBuilder.Extraction;

namespace GraphBuilder.Graph;

/// <summary>
/// Merges per-document extractions into one MultiGraph, in the order given. An entity becomes the node
/// whose id its type and name give; relations then join the nodes their entity keys map to.
/// </summary>
public sealed class GraphMerger(MultiGraph graph)
{
    public MultiGraph Graph { get; } = graph;

    public void Merge(DocumentExtraction extraction)
    {
        var docId = extraction.Document.Id;
        Graph.AddDocument(extraction.Document);
        var nodeOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in extraction.Entities)
        {
            var node = Graph.AddNode(Slug.NodeId(entity.Type, entity.Name), entity.Name, entity.Type)
                .AddDocument(docId, entity.Mentions);
            foreach (var alias in entity.Aliases)
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
