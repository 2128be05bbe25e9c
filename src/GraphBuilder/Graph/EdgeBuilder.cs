namespace GraphBuilder.Graph;

/// <summary>
/// Accumulates the evidence of one (source, relation, target). The edge is "happened" as soon as one
/// evidence item says so; every evidence item keeps its own date, and the edge keeps all of them.
/// </summary>
public sealed class EdgeBuilder
{
    private readonly List<Evidence> _evidence = new();

    /// <summary>The same evidence as a set: a list search per item made merging quadratic in an edge's evidence.</summary>
    private readonly HashSet<Evidence> _seen = new();
    private readonly SortedSet<string> _dates = new(StringComparer.Ordinal);
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

    /// <summary>The latest date any evidence gave (ordinal order of ISO strings), or null.</summary>
    public string? Date => _dates.Count > 0 ? _dates.Max : null;

    public IReadOnlyCollection<string> Dates => _dates;

    public string Status { get; private set; } = EdgeStatus.Planned;

    public IReadOnlyList<Evidence> Evidence => _evidence;

    internal void Add(Evidence evidence, string? date, string status)
    {
        var dated = evidence with { Date = date ?? evidence.Date };
        if (_seen.Add(dated))
            _evidence.Add(dated);
        if (dated.Date is not null)
            _dates.Add(dated.Date);
        if (status == EdgeStatus.Happened)
            Status = EdgeStatus.Happened;
    }

    public EdgeBuilder SetAttribute(string key, string value)
    {
        _attributes.TryAdd(key, value);
        return this;
    }

    internal Edge Build() => new(Id, Source, Target, Relation, _dates.ToList(), Status,
        new SortedDictionary<string, string>(_attributes, StringComparer.Ordinal),
        _evidence.OrderBy(e => e.Document, StringComparer.Ordinal).ThenBy(e => e.Start).ThenBy(e => e.End)
            .ThenBy(e => e.Date, StringComparer.Ordinal).ToList());
}
