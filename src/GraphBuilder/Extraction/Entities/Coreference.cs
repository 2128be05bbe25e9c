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
internal sealed class Coreference(EntityLexicons lexicons)
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

    private EntityDraft Named(RawMention raw)
    {
        var canonical = lexicons.Gazetteer.TryGet(raw.Name, out var known) && known!.Type == raw.Type ? known.Canonical : raw.Name;
        if (raw.Type == NodeType.Event)
            return Event(raw, canonical);
        var folded = NameKeys.Fold(canonical);
        var surface = NameKeys.Fold(raw.Name);
        var acronym = raw.Acronym is null ? null : NameKeys.Fold(raw.Acronym);
        var draft = First(First(_index.WithForm(folded, d => d.Type == raw.Type), _index.WithForm(surface, d => d.Type == raw.Type)),
            acronym is null ? null : _index.WithForm(acronym, d => d.Type == raw.Type))
            ?? SpelledAlike(raw.Type, canonical);
        if (draft is null)
        {
            draft = Add(new EntityDraft(raw.Type, canonical));
            RememberSpelling(draft);
        }
        draft.AddForm(raw.Name);
        draft.AddForm(canonical);
        if (raw.Acronym is not null)
            draft.AddForm(raw.Acronym);
        return draft;
    }

    /// <summary>"Hizballah" after "Hezbollah": an organisation's long name spelled alike (same consonant skeletons) is the same body.</summary>
    private EntityDraft? SpelledAlike(NodeType type, string name)
    {
        if (type != NodeType.Organisation || NameKeys.Compact(name).Length < 8)
            return null;
        return _bySkeleton.TryGetValue(Skeleton(name), out var alike) ? alike.Root : null;
    }

    /// <summary>Organisations by the skeleton of the name they were created with, so a spelling variant costs one lookup.</summary>
    private readonly Dictionary<string, EntityDraft> _bySkeleton = new(StringComparer.Ordinal);

    private void RememberSpelling(EntityDraft draft)
    {
        if (draft.Type == NodeType.Organisation && NameKeys.Compact(draft.Label).Length >= 8)
            _bySkeleton.TryAdd(Skeleton(draft.Label), draft);
    }

    private static string Skeleton(string name) => string.Join(' ', NameKeys.Words(name).SelectMany(w => w.Split('-')).Select(NameKeys.Skeleton));

    private EntityDraft Event(RawMention raw, string name)
    {
        var key = EventNames.Key(name, CountryOf);
        var draft = _drafts.FirstOrDefault(d => d.MergedInto is null && d.Type == NodeType.Event && d.EventKey!.Matches(key))
            ?? AbbreviatedEvent(name);
        var stripped = EventNames.Strip(name);
        if (draft is null)
            draft = Add(new EntityDraft(NodeType.Event, stripped) { EventKey = key });
        else if (NameKeys.Words(stripped).Count > draft.Words.Count)
        {
            draft.Relabel(stripped);
            draft.EventKey = key;
        }
        draft.AddForm(name);
        draft.AddForm(stripped);
        if (raw.Acronym is not null)
            draft.AddForm(raw.Acronym);
        return draft;
    }

    private EntityDraft? Person(RawMention raw)
    {
        if (raw.Role is null && KnownOrganisation(raw.Name) is { } organisation)
            return organisation;
        var words = lexicons.WithGivenName(NameKeys.Words(raw.Name));
        var named = words.Count == 0
            ? Live().Where(d => d.Type == NodeType.Person)
            : lexicons.GivenNameForms(words[0]).SelectMany(_index.PeopleWithWord).Distinct();
        var candidates = named.Where(d => ContainsName(lexicons.WithGivenName(d.Words), words)).OrderBy(d => d.Serial).ToList();
        var draft = candidates.Count == 1 ? candidates[0] : ByRole(candidates, raw);
        if (draft is null)
        {
            if (candidates.Count > 1)
                return null;
            draft = Add(new EntityDraft(NodeType.Person, raw.Name));
        }
        draft.AddForm(raw.Name);
        draft.AddRole(raw.Role, raw.Country ?? raw.Owner);
        return draft;
    }

    /// <summary>An untitled name the article already gave as an organisation's ("the charity network X" ... "X was sanctioned").</summary>
    private EntityDraft? KnownOrganisation(string name)
    {
        var folded = NameKeys.Fold(name);
        return _index.WithForm(folded, d => d.Type == NodeType.Organisation);
    }

    /// <summary>Mentions that need the names first: lone words, title anaphora, lower-case events, "the dialogue".</summary>
    private EntityDraft? Later(PlacedMention m)
    {
        var raw = m.Raw;
        return raw.Kind switch
        {
            MentionKind.Single => Single(raw),
            MentionKind.RoleOnly => Holder(m),
            MentionKind.TopicEvent => Topic(EventNames.Key(raw.Name, CountryOf)),
            MentionKind.EventAnaphor => LatestEvent(raw.Name),
            _ => null,
        };
    }

    private EntityDraft? Topic(EventKey key) => Live().FirstOrDefault(d => d.Type == NodeType.Event && d.EventKey!.Matches(key));

    private EntityDraft? Single(RawMention raw)
    {
        var folded = NameKeys.Fold(raw.Name);
        var known = _index.WithForm(folded, d => d.Type != NodeType.Person) ?? Abbreviated(raw.Name);
        if (known is not null)
            return known;
        var people = _index.PeopleWithWord(folded).ToList();
        if (people.Count == 1)
        {
            people[0].AddForm(raw.Name);
            return people[0];
        }
        if (people.Count > 1 || !raw.AfterPlaceWord || MonthNames.Contains(raw.Name.Split('-')[0]))
            return null;
        return Add(new EntityDraft(NodeType.Place, raw.Name));
    }

    /// <summary>"the RFJC meeting": an abbreviation and a lower-case head name the event the abbreviation stands for.</summary>
    private EntityDraft? AbbreviatedEvent(string name)
    {
        var words = name.Split(' ');
        if (words.Length < 2 || !Initialisms.IsAbbreviation(words[0]) || words.Skip(1).Any(w => w.Length == 0 || char.IsUpper(w[0])))
            return null;
        var known = Live().FirstOrDefault(d => d.Type == NodeType.Event && d.HasForm(NameKeys.Fold(words[0])));
        var letters = Initialisms.Compact(words[0]);
        var spelled = Live().Where(d => d.Type == NodeType.Event && Initialisms.Of(d.Label).Contains(letters)).Take(2).ToList();
        return known ?? (spelled.Count == 1 ? spelled[0] : null);
    }

    /// <summary>Organisations and events by their initials, built at the first bare abbreviation (all names are read by then).</summary>
    private ILookup<string, EntityDraft>? _byInitials;

    /// <summary>"the RFJC" after "the Ruritania-Freedonia Joint Commission": the one organisation or event whose initials it spells.</summary>
    private EntityDraft? Abbreviated(string name)
    {
        if (!Initialisms.IsAbbreviation(name))
            return null;
        _byInitials ??= Live().Where(d => d.Type is NodeType.Organisation or NodeType.Event)
            .SelectMany(d => Initialisms.Of(d.Label).Select(letters => (letters, d))).ToLookup(p => p.letters, p => p.d, StringComparer.Ordinal);
        var spelled = _byInitials[Initialisms.Compact(name)].Select(d => d.Root).Distinct().Take(2).ToList();
        if (spelled.Count != 1)
            return null;
        spelled[0].AddForm(name);
        return spelled[0];
    }

    /// <summary>"in May-June": a month after "in" is a date, not a place.</summary>
    private static readonly HashSet<string> MonthNames = new(System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames
        .Concat(System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames).Where(m => m.Length > 0), StringComparer.OrdinalIgnoreCase);

    private EntityDraft? Holder(PlacedMention m)
    {
        var words = EntityDraft.RoleWordsOf(m.Raw.Role ?? m.Raw.Name);
        var holders = Live().Where(d => d.Type == NodeType.Person && words.IsSubsetOf(d.RoleWords)
            && (m.Raw.Country is null || d.Countries.Contains(m.Raw.Country))).ToList();
        var earlier = holders.Where(d => d.LastSeen >= 0 && d.LastSentence != m.Sentence).OrderByDescending(d => d.LastSeen).FirstOrDefault();
        return earlier ?? (holders.Count == 1 && holders[0].LastSentence != m.Sentence ? holders[0] : null);
    }

    private EntityDraft? LatestEvent(string head)
    {
        var events = Live().Where(d => d.Type == NodeType.Event && SameKind(d.Words[^1], head)).ToList();
        return events.Where(d => d.LastSeen >= 0).OrderByDescending(d => d.LastSeen).FirstOrDefault() ?? events.FirstOrDefault();
    }

    private static bool SameKind(string last, string head) =>
        last == head || last is "dialogue" or "talks" or "consultations" && head is "dialogue" or "talks" or "consultations";

    private EntityDraft? ByRole(List<EntityDraft> candidates, RawMention raw)
    {
        if (raw.Role is null || candidates.Count < 2)
            return null;
        var words = EntityDraft.RoleWordsOf(raw.Role);
        var fitting = candidates.Where(d => words.IsSubsetOf(d.RoleWords)).ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    /// <summary>"Ruiz Soto" in "Ana Lucía Ruiz Soto"; "Lena Ortmann" in "Lena Maria Ortmann".</summary>
    private static bool ContainsName(IReadOnlyList<string> full, IReadOnlyList<string> part)
    {
        if (part.Count > full.Count)
            return false;
        for (var i = 0; i + part.Count <= full.Count; i++)
            if (SameAt(full, i, part))
                return true;
        return part.Count >= 2 && full[0] == part[0] && full[^1] == part[^1];
    }

    /// <summary>Whether part occurs in full at offset i; an index loop, as this runs for every draft of every name.</summary>
    private static bool SameAt(IReadOnlyList<string> full, int i, IReadOnlyList<string> part)
    {
        for (var k = 0; k < part.Count; k++)
            if (!string.Equals(full[i + k], part[k], StringComparison.Ordinal))
                return false;
        return true;
    }

    /// <summary>"Alias" mentions join the entity they name (the first name stays the label).</summary>
    private void LinkAliases(IReadOnlyList<PlacedMention> mentions)
    {
        foreach (var m in mentions.Where(m => m.Raw.AliasOf is not null && _resolved.ContainsKey(m)))
        {
            var target = mentions.FirstOrDefault(t => t.Sentence == m.Sentence && t.Raw.Start == m.Raw.AliasOf && _resolved.ContainsKey(t));
            var (named, alias) = (target is null ? null : _resolved[target].Root, _resolved[m].Root);
            if (named is not null && named != alias)
                named.Absorb(alias);
        }
    }

    /// <summary>"RFC Council" beside "Ruritanian Federal Council (RFC)": an abbreviation with a word of its long name is that organisation.</summary>
    private void MergeAbbreviatedHeads()
    {
        foreach (var small in Live().Where(d => d.Type == NodeType.Organisation && d.Words.Count == 2 && Initialisms.IsAbbreviation(d.Label.Split(' ')[0])).ToList())
        {
            var big = Live().FirstOrDefault(d => d != small && d.Type == NodeType.Organisation && d.HasForm(small.Words[0]) && d.Words.Contains(small.Words[1]));
            big?.Absorb(small);
        }
    }

    private void MergeSubsets(NodeType type, Func<EntityDraft, EntityDraft, bool> contains)
    {
        var drafts = StableSort.InPlace(Live().Where(d => d.Type == type).ToList(), static (a, b) => b.Words.Count.CompareTo(a.Words.Count));
        foreach (var small in drafts.AsEnumerable().Reverse())
        {
            DocumentBudget.Check();
            var big = drafts.FirstOrDefault(b => b != small && b.MergedInto is null && b.Words.Count > small.Words.Count && contains(b, small));
            big?.Absorb(small);
        }
    }

    /// <summary>"European Union" inside "Council of the European Union": a body the gazetteer knows is itself, not a short form of a longer name.</summary>
    private bool WellKnown(EntityDraft draft) => lexicons.Gazetteer.TryGet(draft.Label, out var known) && known!.Canonical == draft.Label;

    private static bool OrganisationContains(EntityDraft big, EntityDraft small)
    {
        var content = small.Words.Where(w => w is not ("the" or "of" or "and" or "for")).ToList();
        return content.Count >= 2 && content.All(big.Words.Contains);
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
