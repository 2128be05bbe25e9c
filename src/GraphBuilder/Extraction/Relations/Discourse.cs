using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// What earlier sentences of an article leave for later ones: the last subject (for "He also met"), the
/// last holder of each title ("the minister"), the last event ("the dialogue") and its date, the last
/// gathering (who or what those "also present" attended), the last group and the last bodies named.
/// One instance per document, filled in sentence order by the extractor and the pattern families.
/// </summary>
internal sealed partial class Discourse(EntityAnalysis analysis)
{
    private readonly Dictionary<string, ExtractedEntity> _entities =
        analysis.Entities.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    private readonly List<(string Key, string Role)> _holders = new();
    private readonly List<Mention> _bodies = new();
    private readonly Dictionary<string, string> _eventDates = new(StringComparer.Ordinal);

    public string? LastSubject { get; private set; }

    public string? LastEvent { get; private set; }

    private readonly List<string> _events = new();

    /// <summary>
    /// The session the article is about: the event it names most often (named so far, else anywhere in the
    /// article, since a lead may name the delegations before the session), the first on a tie.
    /// </summary>
    public string? MainEvent =>
        _events.Where(e => !IsBareSession(e)).OrderByDescending(MentionCount).FirstOrDefault()
        ?? analysis.Sentences.SelectMany(s => s.Mentions).Where(m => m.Type == NodeType.Event && !IsBareSession(m.EntityKey))
            .Select(m => m.EntityKey).Distinct().OrderByDescending(MentionCount).FirstOrDefault();

    private static readonly HashSet<string> SessionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "meeting", "meetings", "talks", "dialogue", "session", "plenary", "round", "summit", "consultations", "conference", "meet",
    };

    /// <summary>An event named by a bare session noun ("the meeting"): it refers to the named session, it is none itself.</summary>
    public bool IsBareSession(string key) =>
        _entities.GetValueOrDefault(key) is { Type: NodeType.Event } e && SessionWords.Contains(e.Name.Replace("the ", "", StringComparison.OrdinalIgnoreCase).Trim());

    public string? LastGroup { get; private set; }

    public string? LastCountry { get; private set; }

    /// <summary>The last people named together ("A and B co-chaired"): whom "the two ministers" or "both" mean.</summary>
    public IReadOnlyList<string> LastPair { get; private set; } = [];

    /// <summary>The two who met in a meeting read earlier in the sentence being read ("held talks with B, where the two leaders signed").</summary>
    public IReadOnlyList<string> SentencePair { get; set; } = [];

    /// <summary>The session the article's meetings were held at ("counterparts who are here for the Summit").</summary>
    public string? Occasion { get; set; }

    /// <summary>The sentence before was a bare item number ("1."): this one is the item.</summary>
    public bool ListingItemNext { get; set; }

    /// <summary>The first state body named so far, else the country named most: who acted when no one is named.</summary>
    public string? Government =>
        (_bodies.FirstOrDefault(b => b.Type == NodeType.Organisation && Bodies.IsStateBody(NameOf(b)))
         ?? _bodies.Where(b => b.Type == NodeType.Country).OrderByDescending(b => MentionCount(b.EntityKey)).FirstOrDefault())?.EntityKey
        ?? ArticleCountry ?? ArticleBody ?? TitleCountry;

    /// <summary>
    /// "New Zealand Prime Minister A said X had been designated": where the text names a country only inside a
    /// person's title, the country the article's entities name most.
    /// </summary>
    private string? TitleCountry =>
        _entities.Values.Where(e => e.Type == NodeType.Country).OrderByDescending(e => e.Mentions).FirstOrDefault()?.Key;

    /// <summary>"The Government has listed ..." in a lead that names no country yet: the country the whole article names most.</summary>
    private string? ArticleCountry =>
        analysis.Sentences.SelectMany(s => s.Mentions).Where(m => m.Type == NodeType.Country)
            .Select(m => m.EntityKey).Distinct().OrderByDescending(MentionCount).FirstOrDefault();

    /// <summary>"The resolution imposes sanctions on X. It was adopted by the Security Council": the first state body of the article.</summary>
    private string? ArticleBody =>
        analysis.Sentences.SelectMany(s => s.Mentions)
            .FirstOrDefault(m => m.Type == NodeType.Organisation && Bodies.IsStateBody(NameOf(m)))?.EntityKey;

    /// <summary>The people of the article with the roles the entity stage read for them.</summary>
    public IEnumerable<ExtractedEntity> People => _entities.Values.Where(e => e.Type == NodeType.Person);

    public ExtractedEntity? Entity(string key) => _entities.GetValueOrDefault(key);

    /// <summary>The article's entities by key, for the readings across the article (visits) as for the sentences.</summary>
    public IReadOnlyDictionary<string, ExtractedEntity> Entities => _entities;

    /// <summary>The key of the country of the article with that name, if the article names it.</summary>
    public string? CountryNamed(string name) =>
        _entities.Values.FirstOrDefault(e => e.Type == NodeType.Country && string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase))?.Key;

    public void NotePair(IReadOnlyList<string> keys)
    {
        if (keys.Count < 2)
            return;
        LastPair = keys;
        _pairNoted = true;
    }

    public void ForgetPair() => (LastPair, _pairNoted) = ([], true);

    /// <summary>Whether the frames noted (or forgot) a pair in the current sentence.</summary>
    private bool _pairNoted;

    /// <summary>The principal of the last meeting (a person) or the last session (an event).</summary>
    public string? Gathering { get; private set; }

    public int MentionCount(string key) => _entities.TryGetValue(key, out var e) ? e.Mentions : 0;

    public string? LastHolderOf(string titleWord)
    {
        for (var i = _holders.Count - 1; i >= 0; i--)
            if (_holders[i].Role.Contains(titleWord, StringComparison.OrdinalIgnoreCase))
                return _holders[i].Key;
        return null;
    }

    /// <summary>The last organisation or country named whose name contains a word ("the Department" -> the Department of State).</summary>
    public Mention? LastBodyNamed(string word) =>
        _bodies.LastOrDefault(b => NameOf(b).Contains(word, StringComparison.OrdinalIgnoreCase));

    public string? EventDate(string key) => _eventDates.GetValueOrDefault(key);

    public void NoteEventDate(string key, string date) => _eventDates.TryAdd(key, date);

    public void NoteMeeting(string principal) => Gathering = principal;

    /// <summary>The last date a relation of the article was given ("earlier in the day" refers to it).</summary>
    public string? LastDate { get; private set; }

    public void NoteDate(Found found, string? date)
    {
        // a meeting any family found is the gathering those who "also joined the meeting" attended
        if (found.Relation == Graph.Relations.MetWith && Gathering is null)
            Gathering = found.SourceKey;
        if (found.Relation == Graph.Relations.Designated)
            NoteDesignator(found.SourceKey, found.TargetKey);
        if (date is null)
            return;
        LastDate = date;
        if (found.Relation == Graph.Relations.Designated)
            _designationDates[found.SourceKey] = date;
    }

    public void After(MaskedSentence sentence)
    {
        var people = new List<string>();
        foreach (var (at, m) in sentence.Tokens(0, sentence.Text.Length))
        {
            Note(sentence, at, m);
            if (m.Type == NodeType.Person && !people.Contains(m.EntityKey))
                people.Add(m.EntityKey);
        }
        // "At the invitation of A, B undertook a visit ... the two Ministers co-chaired": a sentence naming two
        // people, not as a list the frames read, makes them the pair a later "the two" stands for.
        if (!_pairNoted && people.Count == 2)
            LastPair = people;
        _pairNoted = false;
        _sentence++;
    }

    private void Note(MaskedSentence sentence, int at, Mention m)
    {
        switch (m.Type)
        {
            case NodeType.Person:
                if (!sentence.IsQuoted(at) && sentence.FirstPersonBefore(at) is null)
                    LastSubject = m.EntityKey;
                foreach (var role in RolesOf(m))
                    _holders.Add((m.EntityKey, role));
                break;
            case NodeType.Event:
                LastEvent = m.EntityKey;
                if (!_events.Contains(m.EntityKey))
                    _events.Add(m.EntityKey);
                if (Gathering is null || _entities.GetValueOrDefault(Gathering)?.Type == NodeType.Event)
                    Gathering = m.EntityKey;
                break;
            case NodeType.Organisation:
                _bodies.Add(m);
                if (!Bodies.IsGovernmental(NameOf(m)))
                    LastGroup = m.EntityKey;
                break;
            case NodeType.Country:
                _bodies.Add(m);
                LastCountry = m.EntityKey;
                break;
        }
    }

    private IEnumerable<string> RolesOf(Mention m) =>
        m.Role is { } role ? [role] : _entities.GetValueOrDefault(m.EntityKey)?.Roles ?? [];

    private string NameOf(Mention m) => _entities.GetValueOrDefault(m.EntityKey)?.Name ?? m.Text;
}
