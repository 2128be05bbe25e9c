namespace GraphBuilder.Graph;

/// <summary>Relation names and which of them are symmetric (drawn without arrows, one edge per pair).</summary>
public static class Relations
{
    public const string MetWith = "met_with";
    public const string CoChaired = "co_chaired";
    public const string Designated = "designated";
    public const string Attended = "attended";
    public const string Visited = "visited";
    public const string Led = "led";
    public const string Condemned = "condemned";
    public const string Praised = "praised";
    public const string MemberOf = "member_of";
    public const string Funded = "funded";
    public const string SignedWith = "signed_with";
    public const string ResponsibleFor = "responsible_for";
    public const string MentionedWith = "mentioned_with";

    private static readonly HashSet<string> SymmetricRelations = new(StringComparer.Ordinal) { MetWith, MentionedWith, SignedWith };

    public static bool IsSymmetric(string relation) => SymmetricRelations.Contains(relation);
}
