namespace GraphBuilder.Graph;

/// <summary>One article as the graph records it: id is the file name without extension.</summary>
public sealed record DocumentInfo(string Id, string Path, string? Title, string? Date);

/// <summary>
/// Where an edge was read: Start/End are character offsets into the document's file text
/// (as decoded), so that text[Start..End] is exactly Sentence. Date is what this sentence said
/// (ISO, partial allowed), kept per item so merging edges never loses a date.
/// </summary>
public sealed record Evidence(string Document, string Sentence, int Start, int End, string? Date = null);

public static class EdgeStatus
{
    public const string Happened = "happened";
    public const string Planned = "planned";
}

/// <summary>A node as the writers see it: sets are sorted so output is deterministic; Metrics come from the whole graph.</summary>
public sealed record Node(
    string Id,
    string Label,
    NodeType Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Documents,
    int Mentions,
    IReadOnlyDictionary<string, string> Attributes)
{
    public NodeMetrics Metrics { get; init; } = NodeMetrics.None;
}

/// <summary>
/// An edge as the writers see it. Dates are the distinct dates of its evidence, sorted (ISO strings,
/// partial allowed); Date is the last of them, as before dates were kept. Weight is the number of evidence items.
/// </summary>
public sealed record Edge(
    string Id,
    string Source,
    string Target,
    string Relation,
    IReadOnlyList<string> Dates,
    string Status,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<Evidence> Evidence)
{
    public int Weight => Evidence.Count;

    public string? FirstDate => Dates.Count > 0 ? Dates[0] : null;

    public string? LastDate => Dates.Count > 0 ? Dates[^1] : null;

    public string? Date => LastDate;

    /// <summary>True for symmetric relations (met_with): one edge per pair, no direction.</summary>
    public bool Undirected => Relations.IsSymmetric(Relation);
}
