using GraphBuilder.Graph;

namespace GraphBuilder.Extraction;

/// <summary>An entity found in one document. Key is local to the document; the merger maps it to a node.</summary>
public sealed record ExtractedEntity(
    string Key,
    NodeType Type,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    int Mentions,
    IReadOnlyDictionary<string, string>? Attributes = null)
{
    /// <summary>The countries the person's titles named ("Argentine President" -> Argentina): descriptions resolve by them.</summary>
    public IReadOnlySet<string> Countries { get; init; } = new HashSet<string>();

    /// <summary>
    /// Initials the article wrote for a body the gazetteer knows by its long name ("OFAC"): shown as the node's
    /// aliases, but no key the entity resolver merges by (two articles' "NSC" may be two councils).
    /// </summary>
    public IReadOnlyList<string> Initials { get; init; } = [];
}

/// <summary>A relation found in one sentence of one document, between two of its entities (by Key).</summary>
public sealed record ExtractedRelation(
    string SourceKey,
    string Relation,
    string TargetKey,
    Evidence Evidence,
    string? Date = null,
    string Status = EdgeStatus.Happened,
    IReadOnlyDictionary<string, string>? Attributes = null);

/// <summary>Everything one document contributes to the graph: the per-document result the merger consumes.</summary>
public sealed record DocumentExtraction(
    DocumentInfo Document,
    IReadOnlyList<ExtractedEntity> Entities,
    IReadOnlyList<ExtractedRelation> Relations);

/// <summary>Extracts one document on its own. Implementations must be safe to call in parallel.</summary>
public interface IDocumentExtractor
{
    DocumentExtraction Extract(Documents.SourceDocument document);
}
