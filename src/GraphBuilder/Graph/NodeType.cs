namespace GraphBuilder.Graph;

/// <summary>The five node types of the graph, with their lower-case names as written to files.</summary>
public enum NodeType
{
    Person,
    Organisation,
    Country,
    Place,
    Event,
}

public static class NodeTypes
{
    public static IReadOnlyList<NodeType> All { get; } = Enum.GetValues<NodeType>();

    public static string Name(this NodeType type) => type.ToString().ToLowerInvariant();

    public static NodeType Parse(string name) =>
        Enum.TryParse<NodeType>(name, ignoreCase: true, out var type)
            ? type
            : throw new ArgumentException($"unknown node type '{name}'", nameof(name));
}
