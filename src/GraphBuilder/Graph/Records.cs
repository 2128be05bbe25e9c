namespace GraphBuilder.Graph;

/// <summary>One article as the graph records it: id is the file name without extension.</summary>
public sealed record DocumentInfo(string Id, string Path, string? Title, string? Date);

/// <summary>
/// Where an edge was read: Start/End are character offsets into the document's file text
/// (as decoded), so that text[Start..End] is exactly Sentence.
/// </summary>
public sealed record Evidence(string Document, string Sentence, int Start, int End);

public static class EdgeStatus
{
    public const string Happened = "happened";
    public const string Planned = "planned";
}

/// <summary>A node as the writers see it: sets are sorted so output is deterministic.</summary>
public sealed record Node(
    string Id,
    string Label,
    NodeType Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Documents,
    int Mentions,
    IReadOnlyDictionary<string, string> Attributes);

/// <summary>An edge as the writers see it; Weight is the number of evidence items.</summary>
public sealed record Edge(
    string Id,
    string Source,
    string Target,
    string Relation,
    string? Date,
    string Status,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<Evidence> Evidence)
{
    public int Weight => Evidence.Count;
}
