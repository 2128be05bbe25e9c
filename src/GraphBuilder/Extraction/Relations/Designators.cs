using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// "The Security Council's ISIL and Al-Qaida Sanctions Committee added A to its list": a group named inside a
/// body's name reads as a second designator. Where a country or a state body designated a target in a sentence,
/// an organisation that is no state body designating the same target there is dropped. An organisation with no
/// word of state in its name nor initials for one ("the Freedom Party added A to its list of candidates")
/// designates nobody; nor does a news outlet (and no one designates a wire agency).
/// </summary>
internal static class Designators
{
    public static List<Found> WithoutGroups(List<Found> found, Discourse discourse)
    {
        // most sentences read no designation, and then every filter below keeps all (the list is the caller's own copy)
        if (!found.Exists(static f => f.Relation == Graph.Relations.Designated))
            return found;
        // "The Freedom Party added A to its list of candidates": only a state, a body of state or a person designates
        found = found.Where(f => f.Relation != Graph.Relations.Designated
            || (discourse.Entity(f.SourceKey) is not { Type: NodeType.Organisation } body || Bodies.IsGovernmental(body.Name) || IsAcronym(body.Name))
                && !IsOutlet(f.SourceKey, discourse, NewsOutlets.IsOutlet) && !IsOutlet(f.TargetKey, discourse, NewsOutlets.IsWire)).ToList();
        var designations = found.Where(f => f.Relation == Graph.Relations.Designated).ToList();
        if (designations.Count < 2)
            return found;
        var byState = designations.Where(f => IsState(f.SourceKey, discourse)).Select(f => f.TargetKey).ToHashSet(StringComparer.Ordinal);
        return found.Where(f => f.Relation != Graph.Relations.Designated || !byState.Contains(f.TargetKey) || IsState(f.SourceKey, discourse)
            || discourse.Entity(f.SourceKey) is not { Type: NodeType.Organisation }).ToList();
    }

    /// <summary>"reports Xinhua": a news outlet reports designations, it makes none (and a wire agency receives none).</summary>
    public static bool IsOutlet(string key, Discourse discourse, Func<string, bool> kind) =>
        discourse.Entity(key) is { Type: NodeType.Organisation } e && kind(e.Name);

    /// <summary>"UN", "EU", "U.N.": a body named by its initials (whose words of state the initials hide).</summary>
    private static bool IsAcronym(string name) =>
        !name.Contains(' ') && name.Count(char.IsUpper) >= 2 && !name.Any(char.IsLower);

    public static bool IsState(string key, Discourse discourse) =>
        discourse.Entity(key) is { } e && (e.Type == NodeType.Country || e.Type == NodeType.Organisation && Bodies.IsStateBody(e.Name));
}
