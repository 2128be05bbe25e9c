namespace GraphBuilder.Graph;

/// <summary>Accumulates what is known of one node; the label never joins its own aliases.</summary>
public sealed class NodeBuilder
{
    private readonly SortedSet<string> _aliases = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _roles = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _documents = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _attributes = new(StringComparer.Ordinal);

    internal NodeBuilder(string id, string label, NodeType type)
    {
        Id = id;
        Label = label;
        Type = type;
    }

    public string Id { get; }

    public string Label { get; private set; }

    public NodeType Type { get; }

    public int Mentions { get; private set; }

    public IReadOnlyCollection<string> Aliases => _aliases;

    public IReadOnlyCollection<string> Documents => _documents;

    public NodeBuilder AddAlias(string alias)
    {
        if (!string.IsNullOrWhiteSpace(alias) && alias != Label)
            _aliases.Add(alias);
        return this;
    }

    /// <summary>Replaces the label (e.g. a fuller name seen later); the old label becomes an alias.</summary>
    public NodeBuilder Relabel(string label)
    {
        if (label == Label)
            return this;
        _aliases.Add(Label);
        _aliases.Remove(label);
        Label = label;
        return this;
    }

    public NodeBuilder AddRole(string role)
    {
        if (!string.IsNullOrWhiteSpace(role))
            _roles.Add(role);
        return this;
    }

    public NodeBuilder AddDocument(string documentId, int mentions)
    {
        _documents.Add(documentId);
        Mentions += mentions;
        return this;
    }

    /// <summary>Sets an attribute; for date-like keys the merge keeps the earliest "first_" and latest "last_" value.</summary>
    public NodeBuilder SetAttribute(string key, string value)
    {
        if (_attributes.TryGetValue(key, out var old))
        {
            if (key.StartsWith("first_", StringComparison.Ordinal) && string.CompareOrdinal(old, value) <= 0)
                return this;
            if (key.StartsWith("last_", StringComparison.Ordinal) && string.CompareOrdinal(old, value) >= 0)
                return this;
        }
        _attributes[key] = value;
        return this;
    }

    internal Node Build() => new(Id, Label, Type, _aliases.ToList(), _roles.ToList(), _documents.ToList(), Mentions,
        new SortedDictionary<string, string>(_attributes, StringComparer.Ordinal));
}
