using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>Which node types fill the source and the target of each relation the frames read.</summary>
internal static class RoleTypes
{
    private static readonly IReadOnlySet<NodeType> People = new HashSet<NodeType> { NodeType.Person };
    private static readonly IReadOnlySet<NodeType> Events = new HashSet<NodeType> { NodeType.Event };
    private static readonly IReadOnlySet<NodeType> Bodies = new HashSet<NodeType> { NodeType.Organisation, NodeType.Country, NodeType.Person };
    private static readonly IReadOnlySet<NodeType> Listed = new HashSet<NodeType> { NodeType.Organisation, NodeType.Person };

    public static IReadOnlySet<NodeType> Source(string relation) =>
        relation is Graph.Relations.Designated or Graph.Relations.Condemned or Graph.Relations.Praised or Graph.Relations.Funded
            or Graph.Relations.MemberOf or Graph.Relations.ResponsibleFor ? Bodies : People;

    public static IReadOnlySet<NodeType> Target(string relation) => relation switch
    {
        Graph.Relations.Designated => Listed,
        Graph.Relations.CoChaired or Graph.Relations.Attended or Graph.Relations.ResponsibleFor => Events,
        _ => SecondaryRoleTypes.Target(relation) ?? People,
    };
}
