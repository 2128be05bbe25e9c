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

    /// <summary>The last people named together ("A and B co-chaired"): whom "the two ministers" or "both" mean.</summary>
    public IReadOnlyList<string> LastPair { get; private set; } = [];

    /// <summary>The two who met in a meeting read earlier in the sentence being read ("held talks with B, where the two leaders signed").</summary>
    public IReadOnlyList<string> SentencePair { get; set; } = [];

    /// <summary>The session the article's meetings were held at ("counterparts who are here for the Summit").</summary>
    public string? Occasion { get; set; }

    /// <summary>The sentence before was a bare item number ("1."): this one is the item.</summary>
    public bool ListingItemNext { get; set; }

    /// <summary>The people of the article with the roles the entity stage read for them.</summary>
    public IEnumerable<ExtractedEntity> People => _entities.Values.Where(e => e.Type == NodeType.Person);

    public ExtractedEntity? Entity(string key) => _entities.GetValueOrDefault(key);

    /// <summary>The article's entities by key, for the readings across the article (visits) as for the sentences.</summary>
    public IReadOnlyDictionary<string, ExtractedEntity> Entities => _entities;

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

    public int MentionCount(string key) => _entities.TryGetValue(key, out var e) ? e.Mentions : 0;

    public string? LastHolderOf(string titleWord)
    {
        for (var i = _holders.Count - 1; i >= 0; i--)
            if (_holders[i].Role.Contains(titleWord, StringComparison.OrdinalIgnoreCase))
                return _holders[i].Key;
        return null;
    }

    public void After(MaskedSentence sentence)
    {
        var people = new List<string>();
        var followed = LastSubject;
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
        if (followed is not null && DescribedSubjectFirst(sentence))
            LastSubject = followed;
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
                if (!IsHyphened(sentence.Source.Sentence, m) && !OpensName(sentence.Source, m))
                    _bodies.Add(m);
                NamedGovernment ??= GovernmentAfter(sentence.Source.Sentence, m) ? m.EntityKey : null;
                LastCountry = m.EntityKey;
                break;
        }
    }

    /// <summary>
    /// "declared four Pakistan-based men terrorists": a country joined by a hyphen to the word after it only describes
    /// that word, so it is no government that could have acted; so is one joined to the word before it ("the Pak-Turk
    /// foundation", "a Franco-German plan").
    /// </summary>
    private static bool IsHyphened(Sentence text, Mention m)
    {
        int end = m.End - text.Start, start = m.Start - text.Start;
        return end >= 0 && end + 1 < text.Text.Length && text.Text[end] == '-' && char.IsLetter(text.Text[end + 1])
            || start >= 2 && start <= text.Text.Length && text.Text[start - 1] == '-' && char.IsLetter(text.Text[start - 2])
            || IsNationality(text, start, end);
    }

    /// <summary>"Those notified are A, B and C (Congolese)": a country alone in parentheses is a listed person's nationality, no government.</summary>
    private static bool IsNationality(Sentence text, int start, int end) =>
        start >= 1 && end >= 0 && end < text.Text.Length && text.Text[start - 1] == '(' && text.Text[end] == ')';

    private IEnumerable<string> RolesOf(Mention m) =>
        m.Role is { } role ? [role] : _entities.GetValueOrDefault(m.EntityKey)?.Roles ?? [];

    private string NameOf(Mention m) => _entities.GetValueOrDefault(m.EntityKey)?.Name ?? m.Text;
}
