using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Relations;

/// <summary>The events, meetings and dates spoken of so far: the session the article is about, the last gathering, the dates given.</summary>
internal sealed partial class Discourse
{
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

    /// <summary>Words that say what kind of sitting a session is, not whose: "Ministerial Session", "Plenary Meeting".</summary>
    private static readonly HashSet<string> SittingKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "ministerial", "plenary", "senior", "officials", "officials'", "technical", "expert", "experts", "experts'",
        "inaugural", "opening", "closing", "high-level", "formal", "informal", "special", "extraordinary", "ordinary", "regular",
    };

    /// <summary>
    /// An event named by a bare session noun ("the meeting") or a kind of sitting ("the Ministerial Session"): it refers
    /// to the named session, it is none itself.
    /// </summary>
    public bool IsBareSession(string key) =>
        _entities.GetValueOrDefault(key) is { Type: NodeType.Event } e && e.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words
        && SessionWords.Contains(words[^1]) && words[..^1].All(SittingKinds.Contains);

    /// <summary>The principal of the last meeting (a person) or the last session (an event).</summary>
    public string? Gathering { get; private set; }

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
        // "The decree also designated Y" after "a month after R designated X": the decree is the story's act, not R's
        if (found.Relation == Graph.Relations.Designated && !found.Background)
            NoteDesignator(found.SourceKey, found.TargetKey);
        if (date is null)
            return;
        LastDate = date;
        if (found.Relation == Graph.Relations.Designated)
            _designationDates[found.SourceKey] = date;
    }
}
