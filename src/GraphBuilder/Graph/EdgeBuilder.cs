namespace GraphBuilder.Graph;

/// <summary>
/// Accumulates the evidence of one (source, relation, target). The edge is "happened" as soon as one
/// evidence item says so; its date is the latest date any evidence gave (ISO strings, partial allowed).
/// </summary>
public sealed class EdgeBuilder
{
    private readonly List<Evidence> _evidence = new();

    /// <summary>The same evidence as a set: a list search per item made merging quadratic in an edge's evidence.</summary>
    private readonly HashSet<Evidence> _seen = new();
    private readonly SortedDictionary<string, string> _attributes = new(StringComparer.Ordinal);

    internal EdgeBuilder(string id, string source, string relation, string target)
    {
        Id = id;
        Source = source;
        Relation = relation;
        Target = target;
    }

    public string Id { get; }

    public string Source { get; }

    public string Relation { get; }

    public string Target { get; }

    public string? Date { get; private set; }

    public string Status { get; private set; } = EdgeStatus.Planned;

    public IReadOnlyList<Evidence> Evidence => _evidence;

    internal void Add(Evidence evidence, string? date, string status)
    {
        if (_seen.Add(evidence))
            _evidence.Add(evidence);
        if (date is not null && (Date is null || string.CompareOrdinal(date, Date) > 0))
            Date = date;
        if (status == EdgeStatus.Happened)
            Status = EdgeStatus.Happened;
    }

    public EdgeBuilder SetAttribute(string key, string value)
    {
        _attributes.TryAdd(key, value);
        return this;
    }

    internal Edge Build() => new(Id, Source, Target, Relation, Date, Status,
        new SortedDictionary<string, string>(_attributes, StringComparer.Ordinal),
        _evidence.OrderBy(e => e.Document, StringComparer.Ordinal).ThenBy(e => e.Start).ThenBy(e => e.End).ToList());
}
