using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Entities;

/// <summary>A raw mention with its place in the document: the sentence and its order among all mentions.</summary>
internal sealed record PlacedMention(int Sentence, int Position, RawMention Raw);

/// <summary>
/// Groups a document's mentions into entities. Names come first (organisations, places, countries and
/// events by canonical name, abbreviation and word subsets; people longest name first, a shorter name
/// joining the one person whose name contains it, titles deciding between namesakes); then, in
/// document order, lone words, title anaphora ("the interior minister": the latest person holding that
/// title), lower-case events and "the dialogue" join an entity already known, or are dropped.
/// </summary>
internal sealed partial class Coreference(EntityLexicons lexicons)
{
    private readonly List<EntityDraft> _drafts = [];
    private readonly DraftIndex _index = new();
    // By reference: positions are unique, so equal mentions are the same instance, and the record's
    // value hash (over the whole raw mention and its strings) is needlessly costly on every lookup.
    private readonly Dictionary<PlacedMention, EntityDraft> _resolved = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyDictionary<PlacedMention, EntityDraft> Resolve(IReadOnlyList<PlacedMention> mentions)
    {
        foreach (var m in mentions.Where(m => m.Raw.Kind == MentionKind.Named && m.Raw.Type != NodeType.Person))
        {
            DocumentBudget.Check();
            _resolved[m] = Named(m.Raw);
        }
        MergeSubsets(NodeType.Organisation, (big, small) => OrganisationContains(big, small) && !WellKnown(small));
        foreach (var (m, _) in LongestNamesFirst(mentions))
        {
            DocumentBudget.Check();
            if (Person(m.Raw) is { } person)
                _resolved[m] = person;
        }
        MergeAbbreviatedHeads();
        LinkAliases(mentions);
        FindRecurring(mentions);
        foreach (var m in mentions)
        {
            DocumentBudget.Check();
            var draft = _resolved.TryGetValue(m, out var known) ? known.Root : Later(m);
            if (draft is null)
                continue;
            _resolved[m] = draft;
            draft.Mentions++;
            draft.LastSeen = m.Position;
            draft.LastSentence = m.Sentence;
            if (Affiliation(m.Raw) is { } country)
                CountryDraft(country).Mentions++;
        }
        return _resolved.ToDictionary<KeyValuePair<PlacedMention, EntityDraft>, PlacedMention, EntityDraft>(p => p.Key, p => p.Value.Root, ReferenceEqualityComparer.Instance);
    }

    /// <summary>Named people by word count, longest first, ties in document order (a stable sort of the mention order).</summary>
    private static List<(PlacedMention Mention, int Words)> LongestNamesFirst(IReadOnlyList<PlacedMention> mentions) =>
        StableSort.InPlace(mentions.Where(m => m.Raw is { Kind: MentionKind.Named, Type: NodeType.Person })
            .Select(m => (Mention: m, Words: NameKeys.Words(m.Raw.Name).Count)).ToList(), static (a, b) => b.Words.CompareTo(a.Words));

    public IEnumerable<EntityDraft> Entities => _drafts.Where(d => d.MergedInto is null && d.Mentions > 0);

    private EntityDraft? Person(RawMention raw)
    {
        if (raw.Role is null && KnownOrganisation(raw.Name) is { } organisation)
            return organisation;
        var words = lexicons.WithGivenName(NameKeys.Words(raw.Name));
        var named = words.Count == 0
            ? Live().Where(d => d.Type == NodeType.Person)
            : lexicons.GivenNameForms(words[0]).SelectMany(_index.PeopleWithWord).Distinct();
        var candidates = named.Where(d => ContainsName(lexicons.WithGivenName(d.Words), words)).OrderBy(d => d.Serial).ToList();
        var draft = candidates.Count == 1 ? candidates[0] : candidates.Count == 0 ? Nicknamed(raw.Name) ?? Blended(raw)
            : ByRole(candidates, raw) ?? AtNameEdge(candidates, words);
        if (draft is null)
        {
            if (candidates.Count > 1)
                return null;
            draft = Add(new EntityDraft(NodeType.Person, raw.Name));
        }
        draft.AddForm(raw.Name);
        if (raw.Nickname is not null)
            draft.AddForm(raw.Nickname);
        draft.AddRole(raw.Role, raw.Country ?? raw.Owner);
        return draft;
    }

    /// <summary>An untitled name the article already gave as an organisation's ("the charity network X" ... "X was sanctioned").</summary>
    private EntityDraft? KnownOrganisation(string name)
    {
        var folded = NameKeys.Fold(name);
        return _index.WithForm(folded, d => d.Type == NodeType.Organisation);
    }

    /// <summary>The country a title or an organisation's name gives ("US Acting Ambassador", "Indonesian Navy").</summary>
    private string? Affiliation(RawMention raw) => raw.Type switch
    {
        NodeType.Person => raw.Country,
        NodeType.Organisation when NameKeys.Words(raw.Name).Count > 1 && !IsBrand(raw.Name) => CountryOf(raw.Name.Split(' ')[0]),
        _ => null,
    };

    /// <summary>"Ruritanian Airlines": a company's national adjective is part of its brand, not a mention of the country.</summary>
    private static bool IsBrand(string name) =>
        name.EndsWith(" Airlines", StringComparison.Ordinal) || name.EndsWith(" Airways", StringComparison.Ordinal) || name.EndsWith(" Air", StringComparison.Ordinal);

    private EntityDraft CountryDraft(string canonical)
    {
        var folded = NameKeys.Fold(canonical);
        return _index.WithForm(folded, d => d.Type == NodeType.Country) ?? Add(new EntityDraft(NodeType.Country, canonical));
    }

    private IEnumerable<EntityDraft> Live() => _drafts.Where(d => d.MergedInto is null);

    private EntityDraft Add(EntityDraft draft)
    {
        _drafts.Add(_index.Track(draft));
        return draft;
    }

    /// <summary>The earlier-created of two lookups' answers (what one scan over all drafts would have found first).</summary>
    private static EntityDraft? First(EntityDraft? a, EntityDraft? b) => a is null ? b : b is null || a.Serial <= b.Serial ? a : b;

    private string? CountryOf(string word) => lexicons.CountryOf(word);
}
