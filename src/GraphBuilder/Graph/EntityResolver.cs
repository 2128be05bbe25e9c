using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Entities;

namespace GraphBuilder.Graph;

/// <summary>
/// Decides which node an article's entity is, across articles, in the order the articles are merged.
/// Strong matches use every form a node has: the same name or abbreviation, letters and digits only
/// ("Counter-Narcotics Forum" / "counternarcotics forum"). Weak matches compare only with the
/// name each node was created with, so they never chain: a person's first and last name, spelled
/// alike ("Lena Ortmann" / "Lena Maria Ortmann", "Youssef" / "Yusuf"), and an event's core name with
/// agreeing countries ("Counter-Narcotics Forum" / "Peru-Chile Counternarcotics Forum");
/// a weak match counts only when exactly one node fits. Types never mix. A person's one-word
/// aliases ("Ortmann") are never used, as two people may share them.
/// </summary>
public sealed class EntityResolver
{
    private readonly Dictionary<(NodeType, string), string> _byName = [];
    private readonly Dictionary<(string First, string Last), List<string>> _people = [];
    private readonly HashSet<string> _personIds = new(StringComparer.Ordinal);
    private readonly List<(string Id, EventKey Key)> _events = [];
    private readonly HashSet<string> _eventIds = new(StringComparer.Ordinal);

    public string Resolve(ExtractedEntity entity)
    {
        var keys = NameKeysOf(entity);
        var id = Strong(entity.Type, keys) ?? Weak(entity) ?? Slug.NodeId(entity.Type, entity.Name);
        Register(id, entity, keys);
        return id;
    }

    private string? Strong(NodeType type, List<string> keys)
    {
        foreach (var key in keys)
            if (_byName.GetValueOrDefault((type, key)) is { } id)
                return id;
        return null;
    }

    private string? Weak(ExtractedEntity entity)
    {
        var fits = entity.Type switch
        {
            NodeType.Person when PersonKey(entity.Name) is { } key => _people.GetValueOrDefault(key) ?? [],
            NodeType.Event => _events.Where(e => e.Key.Matches(EventNames.Key(entity.Name, CountryNames.Of))).Select(e => e.Id),
            _ => [],
        };
        var ids = fits.Distinct(StringComparer.Ordinal).ToList();
        return ids.Count == 1 ? ids[0] : null;
    }

    private void Register(string id, ExtractedEntity entity, List<string> keys)
    {
        foreach (var nameKey in keys)
            _byName.TryAdd((entity.Type, nameKey), id);
        if (entity.Type == NodeType.Person && PersonKey(entity.Name) is { } key && _personIds.Add(id))
            (_people.TryGetValue(key, out var ids) ? ids : _people[key] = []).Add(id);
        if (entity.Type == NodeType.Event && _eventIds.Add(id))
            _events.Add((id, EventNames.Key(entity.Name, CountryNames.Of)));
    }

    /// <summary>The compact keys of the forms used for strong matches: all of them, except a person's one-word aliases.</summary>
    private static List<string> NameKeysOf(ExtractedEntity entity) =>
        new[] { entity.Name }.Concat(entity.Aliases.Where(a => entity.Type != NodeType.Person || NameKeys.Words(a).Count > 1))
            .Select(NameKeys.Compact).Where(k => k.Length > 0).ToList();

    /// <summary>First and last name as skeletons ("trk", "alsb"); null for one-word names.</summary>
    private static (string First, string Last)? PersonKey(string name)
    {
        var words = NameKeys.Words(name);
        return words.Count < 2 ? null : (NameKeys.Skeleton(words[0]), NameKeys.Skeleton(words[^1]));
    }
}
