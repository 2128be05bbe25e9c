using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// The targets of the secondary relations the frames read: a visit goes to a country or place, a person
/// leads a body or a country's delegation, a condemnation or praise goes to whoever or whatever acted (an
/// attack a group is responsible for is an event: RoleTypes).
/// </summary>
internal static class SecondaryRoleTypes
{
    private static readonly IReadOnlySet<NodeType> Places = new HashSet<NodeType> { NodeType.Country, NodeType.Place };
    private static readonly IReadOnlySet<NodeType> Led = new HashSet<NodeType> { NodeType.Organisation, NodeType.Country };
    private static readonly IReadOnlySet<NodeType> Anyone = new HashSet<NodeType>
    {
        NodeType.Organisation, NodeType.Country, NodeType.Person, NodeType.Event,
    };

    public static IReadOnlySet<NodeType>? Target(string relation) => relation switch
    {
        Graph.Relations.Visited => Places,
        Graph.Relations.Led or Graph.Relations.MemberOf => Led,
        Graph.Relations.Condemned or Graph.Relations.Praised or Graph.Relations.Funded => Anyone,
        _ => null,
    };
}
