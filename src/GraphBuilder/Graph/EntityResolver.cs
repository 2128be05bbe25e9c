using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Entities;

namespace GraphBuilder.Graph;

/// <summary>
/// Decides which node an article's entity is, across articles, in the order the articles are merged.
/// Strong matches use every form a node has: the same name or abbreviation, letters and digits only
/// ("Counter-Narcotics Forum" / "counternarcotics forum"). Weak matches count only when exactly one node
/// fits: a person's first and last name, spelled alike ("Lena Ortmann" / "Lena Maria Ortmann", "Youssef" /
/// "Yusuf"), or a surname alone against one full name ("Ortmann" / "Lena Ortmann", either order); an event's
/// core name with agreeing countries; an organisation's or event's name bag ("Ruritanian Treasury" /
/// "Ruritania Department of the Treasury"); an abbreviation against the initials of a long name; a body's
/// name with its head word moved to the other end ("Brigades Omar al-Zaydan" / "al-Zaydan Brigades"). Weak
/// keys compare only with the name each node was created with, so they never chain. Types never mix. A
/// person's one-word aliases ("Ortmann") are never strong keys, as two people may share them.
/// </summary>
public sealed class EntityResolver
{
    private readonly Dictionary<(NodeType, string), string> _byName = [];
    private readonly Dictionary<(string First, string Last), List<string>> _people = [];
    private readonly HashSet<string> _registered = new(StringComparer.Ordinal);
    private readonly List<(string Id, EventKey Key)> _events = [];
    private readonly Dictionary<(NodeType, string), List<string>> _weak = [];

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
            NodeType.Person when PersonKey(entity.Name) is { } key => _people.GetValueOrDefault(key) ?? Lookup(entity.Type, "single:" + NameBags.Surname(entity.Name)),
            NodeType.Person => Lookup(entity.Type, "surname:" + NameBags.Surname(entity.Name)),
            NodeType.Event => EventFits(EventNames.Key(entity.Name, CountryNames.Of)).Concat(BodyFits(entity)),
            NodeType.Organisation => BodyFits(entity),
            _ => [],
        };
        var ids = fits.Distinct(StringComparer.Ordinal).ToList();
        return ids.Count == 1 ? ids[0] : null;
    }

    /// <summary>The events whose key matches: the entity's key is computed once, not once per event of the graph.</summary>
    private IEnumerable<string> EventFits(EventKey key) => _events.Where(e => e.Key.Matches(key)).Select(e => e.Id);

    /// <summary>The nodes an organisation or event fits by its name bag, or by an abbreviation it goes by against their initials.</summary>
    private IEnumerable<string> BodyFits(ExtractedEntity entity)
    {
        if (NameBags.Of(entity.Name) is { } bag && Lookup(entity.Type, "bag:" + bag) is { Count: > 0 } byBag)
            return byBag;
        var abbreviations = new[] { entity.Name }.Concat(entity.Aliases).Where(Initialisms.IsAbbreviation).Select(Initialisms.Compact);
        var spelled = abbreviations.SelectMany(a => Lookup(entity.Type, "initials:" + a));
        var spelling = Initialisms.Of(entity.Name).SelectMany(a => Lookup(entity.Type, "abbreviation:" + a));
        var reordered = NameBags.HeadOrder(entity.Name) is { } order ? Lookup(entity.Type, order.Other) : [];
        return spelled.Concat(spelling).Concat(reordered).ToList();
    }

    private List<string> Lookup(NodeType type, string key) => _weak.GetValueOrDefault((type, key)) ?? [];

    private void Register(string id, ExtractedEntity entity, List<string> keys)
    {
        foreach (var nameKey in keys)
            _byName.TryAdd((entity.Type, nameKey), id);
        if (!_registered.Add(id))
            return;
        foreach (var key in WeakKeys(entity))
            AddWeak(entity.Type, key, id);
        if (entity.Type == NodeType.Person && PersonKey(entity.Name) is { } person)
            (_people.TryGetValue(person, out var ids) ? ids : _people[person] = []).Add(id);
        if (entity.Type == NodeType.Event)
            _events.Add((id, EventNames.Key(entity.Name, CountryNames.Of)));
    }

    /// <summary>The weak keys a node is registered under, from the name it was created with and its abbreviations.</summary>
    private static IEnumerable<string> WeakKeys(ExtractedEntity entity)
    {
        if (entity.Type == NodeType.Person)
        {
            yield return (NameKeys.Words(entity.Name).Count > 1 ? "surname:" : "single:") + NameBags.Surname(entity.Name);
            yield break;
        }
        if (entity.Type is not (NodeType.Organisation or NodeType.Event))
            yield break;
        if (NameBags.Of(entity.Name) is { } bag)
            yield return "bag:" + bag;
        if (NameBags.HeadOrder(entity.Name) is { } order)
            yield return order.Own;
        foreach (var letters in Initialisms.Of(entity.Name))
            yield return "initials:" + letters;
        foreach (var abbreviation in new[] { entity.Name }.Concat(entity.Aliases).Where(Initialisms.IsAbbreviation))
            yield return "abbreviation:" + Initialisms.Compact(abbreviation);
    }

    private void AddWeak(NodeType type, string key, string id)
    {
        if (!_weak.TryGetValue((type, key), out var ids))
            _weak[(type, key)] = ids = [];
        if (!ids.Contains(id))
            ids.Add(id);
    }

    /// <summary>The compact keys of the forms used for strong matches: all of them, except a person's one-word aliases.</summary>
    private static List<string> NameKeysOf(ExtractedEntity entity) =>
        new[] { entity.Name }.Concat(entity.Aliases.Where(a => entity.Type != NodeType.Person || NameKeys.Words(a).Count > 1))
            .Select(NameKeys.Compact).Where(k => k.Length > 0).ToList();

    /// <summary>First and last name as skeletons ("trk", "alsb"); null for one-word names.</summary>
    private static (string First, string Last)? PersonKey(string name)
    {
        var words = NameKeys.Words(name);
        return words.Count < 2 ? null : (NameKeys.Skeleton(EntityLexicons.Instance.GivenName(words[0])), NameKeys.Skeleton(NameBags.FamilyName(words)));
    }
}
