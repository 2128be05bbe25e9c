namespace GraphBuilder.Evaluation;

/// <summary>The lists behind the metrics, for a person tuning the extractor.</summary>
public sealed class ScoreDetail
{
    public List<string> FalseNodes { get; } = [];
    public List<string> TypeErrors { get; } = [];
    public List<string> Ambiguous { get; } = [];
    public List<string> MissingEntities { get; } = [];
    public List<string> Duplicates { get; } = [];
    public List<string> Leaks { get; } = [];
    public List<string> FalseRelations { get; } = [];
    public List<string> MissedRelations { get; } = [];

    public IEnumerable<(string Name, IReadOnlyList<string> Items)> Lists() =>
    [
        ("false_nodes", FalseNodes.Order(StringComparer.Ordinal).ToList()), ("type_errors", TypeErrors),
        ("ambiguous", Ambiguous), ("missing_entities", MissingEntities), ("duplicates", Duplicates), ("leaks", Leaks),
        ("false_relations", FalseRelations.Order(StringComparer.Ordinal).ToList()),
        ("missed_relations", MissedRelations.Order(StringComparer.Ordinal).ToList()),
    ];
}
