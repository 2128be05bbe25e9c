using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Entities;

/// <summary>A gazetteer entry: what a known form names.</summary>
internal sealed record Known(NodeType Type, string Canonical);

/// <summary>All lexicons the entity stage uses, loaded once from the embedded files; read-only afterwards.</summary>
internal sealed class EntityLexicons
{
    public static EntityLexicons Instance { get; } = new();

    private EntityLexicons()
    {
        foreach (var (file, type) in new[] { ("organisations", NodeType.Organisation), ("countries", NodeType.Country), ("cities", NodeType.Place), ("regions", NodeType.Place) })
            foreach (var (form, canonical) in Lexicon.Forms(file))
                Gazetteer.Add(form, new Known(type, canonical));
        Fill(Titles, "titles");
        Fill(Modifiers, "title-modifiers");
        Fill(Ranks, "ranks");
        Fill(Honorifics, "honorifics");
        Fill(OrganisationWords, "organisation-words");
        Fill(OrganisationWords, "company-forms");
        Fill(CompanyForms, "company-forms");
        Fill(OrganisationPrefixes, "organisation-prefixes");
        Fill(NonEntities, "non-entities");
        Fill(EventTopics, "event-topics");
        var events = Lexicon.Kinds("event-nouns");
        FillWith(EventNames, events["name"]);
        FillWith(EventIncidents, events["incident"]);
        FillWith(EventLowerHeads, events["lower"]);
        FillWith(EventTargets, events["target"]);
        FillWith(BodyHeads, events["body"]);
        FillWith(BodyMarkers, events["bodymark"]);
        FillWith(SessionWords, events["session"]);
        FillWith(TopicTailWords, events["tailword"]);
        FillWith(TopicTailEnds, events["tailend"]);
        Fill(BranchingGroups, "branching-groups");
        FillWith(EventPrefixes, events["prefix"]);
        Nicknames = Lexicon.Forms("nicknames").ToDictionary(p => NameKeys.Fold(p.Key), p => NameKeys.Fold(p.Value), StringComparer.Ordinal);
        var places = Lexicon.Kinds("place-words");
        FillWith(PlacePrefixes, places["prefix"]);
        FillWith(PlaceSuffixes, places["suffix"]);
        FillWith(PlaceNouns, places["noun"]);
        FillWith(PlaceBefore, places["before"]);
        FunctionWords = Lexicon.Set("function-words");
        Particles = Lexicon.Set("name-particles");
    }

    public PhraseTable<Known> Gazetteer { get; } = new();

    /// <summary>The canonical country a word or short form names ("Pakistani", "US"), if it names one.</summary>
    public string? CountryOf(string word) =>
        Gazetteer.TryGet(word, out var known) && known!.Type == NodeType.Country ? known.Canonical : null;

    /// <summary>Title heads, modifiers and ranks compare without case so "the interior minister" is a role too.</summary>
    public PhraseTable<bool> Titles { get; } = new(ignoreCase: true);

    public PhraseTable<bool> Modifiers { get; } = new(ignoreCase: true);

    public PhraseTable<bool> Ranks { get; } = new(ignoreCase: true);

    public PhraseTable<bool> Honorifics { get; } = new();

    public PhraseTable<bool> OrganisationWords { get; } = new();

    public PhraseTable<bool> OrganisationPrefixes { get; } = new();

    /// <summary>"LLC", "FZE", "S.A. de C.V.": the forms that end a company's name.</summary>
    public PhraseTable<bool> CompanyForms { get; } = new();

    public PhraseTable<bool> NonEntities { get; } = new();

    public PhraseTable<bool> EventTopics { get; } = new(ignoreCase: true);

    public PhraseTable<bool> EventNames { get; } = new();

    public PhraseTable<bool> EventIncidents { get; } = new();

    public PhraseTable<bool> EventLowerHeads { get; } = new();

    public PhraseTable<bool> EventTargets { get; } = new();

    /// <summary>Heads of bodies that meet in sessions ("Commission", "Working Group") and the markers that make one an event ("Joint").</summary>
    public PhraseTable<bool> BodyHeads { get; } = new();

    public PhraseTable<bool> BodyMarkers { get; } = new();

    /// <summary>The fields a listed topic tail names ("economic, science and technology") and the word that closes it ("cooperation").</summary>
    public PhraseTable<bool> TopicTailWords { get; } = new(ignoreCase: true);

    public PhraseTable<bool> TopicTailEnds { get; } = new(ignoreCase: true);

    /// <summary>"session", "round": a sitting of the body named after "of".</summary>
    public PhraseTable<bool> SessionWords { get; } = new(ignoreCase: true);

    /// <summary>Groups with regional branches named "&lt;group&gt; in &lt;place&gt;".</summary>
    public PhraseTable<bool> BranchingGroups { get; } = new();

    /// <summary>"Operation": opens an event's name.</summary>
    public PhraseTable<bool> EventPrefixes { get; } = new();

    /// <summary>Short forms of given names, folded, and the full name each stands for ("bill" → "william").</summary>
    public IReadOnlyDictionary<string, string> Nicknames { get; }

    /// <summary>A folded given name as its full form: "bill" and "william" both give "william".</summary>
    public string GivenName(string folded) => Nicknames.TryGetValue(folded, out var full) ? full : folded;

    /// <summary>The folded forms of one given name, full and short ("william", "bill", "will", ...), or just the word.</summary>
    public IReadOnlyList<string> GivenNameForms(string folded)
    {
        var full = GivenName(folded);
        _givenForms ??= Nicknames.GroupBy(p => p.Value, p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Append(g.Key).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        return _givenForms.TryGetValue(full, out var forms) ? forms : [folded];
    }

    private Dictionary<string, IReadOnlyList<string>>? _givenForms;

    /// <summary>A name's folded words with the given name in its full form ("Bill Quint" → "william", "quint").</summary>
    public IReadOnlyList<string> WithGivenName(IReadOnlyList<string> words) =>
        words.Count > 1 && Nicknames.ContainsKey(words[0]) ? [GivenName(words[0]), .. words.Skip(1)] : words;

    public PhraseTable<bool> PlacePrefixes { get; } = new();

    public PhraseTable<bool> PlaceSuffixes { get; } = new();

    public PhraseTable<bool> PlaceNouns { get; } = new();

    public PhraseTable<bool> PlaceBefore { get; } = new();

    public IReadOnlySet<string> FunctionWords { get; }

    public IReadOnlySet<string> Particles { get; }

    private static void Fill(PhraseTable<bool> table, string lexicon) => FillWith(table, Lexicon.Lines(lexicon));

    private static void FillWith(PhraseTable<bool> table, IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
            table.Add(phrase, true);
    }
}
