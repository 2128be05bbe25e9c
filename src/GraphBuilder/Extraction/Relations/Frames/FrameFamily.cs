using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// The core relations (met_with, co_chaired, designated) read from the parse through the frames of
/// Lexicons/relation-frames.txt: each frame a trigger opens fills its source, target and pair slots, the
/// fillers resolve to entities (FillerResolver), and the parse gives the status (ParseModality).
/// A sentence without a parse gives nothing.
/// </summary>
internal sealed partial class FrameFamily(FrameBook book) : IPatternFamily
{
    public FrameFamily() : this(FrameBook.Instance)
    {
    }

    public IEnumerable<Found> Find(MaskedSentence masked, Discourse discourse)
    {
        if (masked.Source.Parse is not { Words.Count: > 0 } parse)
            return [];
        var sentence = masked.FramesOf(parse);
        var resolver = new FillerResolver(sentence, masked, discourse);
        var found = new List<Found>();
        var backoff = new List<FrameMatch>();
        foreach (var match in FrameMatcher.Matches(sentence, book))
        {
            if (match.Frame.Backoff)
            {
                backoff.Add(match);
                continue;
            }
            discourse.SentencePair = Pairs.OfMeeting(found);
            found.AddRange(Read(sentence, masked, discourse, resolver, match));
        }
        foreach (var match in backoff.Where(m => !found.Any(f => f.Relation == m.Frame.Relation)))
            found.AddRange(Read(sentence, masked, discourse, resolver, match));
        discourse.SentencePair = [];
        found.AddRange(PresenceFor.Of(sentence, masked));
        var pair = Pairs.Last(sentence) is { Count: >= 2 } named ? named : Pairs.OfMeeting(found);
        // co-chairs are the session's two sides, not two who met: "the two sides discussed" after them is the session
        if (found.Any(f => f.Relation == Graph.Relations.CoChaired && pair.Contains(f.SourceKey)))
            discourse.ForgetPair();
        else
            discourse.NotePair(pair);
        return found;
    }

    /// <summary>
    /// A listing read from every name after it ("Those designated today are A and B") is a main clause: "rumours
    /// that such a move was imminent, R vowed to place X on a list" has "that" the subject of a relative clause.
    /// </summary>
    private static bool InRelativeClause(FrameSentence sentence, FrameMatch match) =>
        match.Frame.Target.Any(t => t.Special == "after")
        && (match.Predicate.Relation == "acl:relcl" || sentence.Head(match.Predicate) is { Relation: "acl:relcl" } && match.Predicate.Relation == "cop");

    private static readonly HashSet<string> ChairVerbs = new(StringComparer.Ordinal) { "chair", "co-chair", "cochair", "preside", "co-preside" };

    /// <summary>
    /// "A co-chaired the meeting with his counterpart B": the "with" partner of a chaired session is a co-chair, and
    /// co-chairs met only where the text says so; the session noun opens no meeting of its own.
    /// </summary>
    private static bool ChairedWith(FrameSentence sentence, FrameMatch match)
    {
        if (match.Frame.Relation != Graph.Relations.MetWith || match.Trigger.Upos != "NOUN" || match.Anchors.Count != 1)
            return false;
        // the list of sessions may hang the noun a few nouns below the verb ("co-chaired the X, Y and Z meetings with B")
        var word = sentence.Head(match.Trigger);
        for (var i = 0; i < 4 && word is { Upos: not ("VERB" or "AUX") }; i++)
            word = sentence.Head(word);
        return word is { Upos: "VERB" } verb && ChairVerbs.Contains(sentence.Lemma(verb)) && verb.Id < match.Trigger.Id;
    }

    private static IEnumerable<Found> Read(FrameSentence sentence, MaskedSentence masked, Discourse discourse, FillerResolver resolver, FrameMatch match)
    {
        var frame = match.Frame;
        if (frame.Need.Count > 0 && !Needed(sentence, masked, match, discourse) || FrameMatcher.AnyFilled(sentence, match, frame.Not)
            || InRelativeClause(sentence, match) || ChairedWith(sentence, match) || DescribesOwnedOne(sentence, match))
            return [];
        var status = ParseModality.Of(sentence, match);
        if (status is null || frame.Relation == Graph.Relations.Designated && (AppointedAs(sentence, match) || TitleDesignate(sentence, match)))
            return [];
        if (frame.Relation == Graph.Relations.MetWith && status == EdgeStatus.Happened
            && Occasions.Of(sentence, match) is { } occasion && !discourse.IsBareSession(occasion))
            discourse.Occasion = occasion;
        var roles = new Roles(sentence, discourse, resolver, match);
        var at = masked.IndexOf(match.Trigger.Start);
        var attributes = As(sentence, match);
        var found = new List<Found>();
        var sources = roles.Keys(frame.Source, RoleTypes.Source(frame.Relation), []);
        if (sources.Count > 0 && frame.Also is { Count: > 0 })
            sources = [.. sources, .. roles.Keys(frame.Also, RoleTypes.Source(frame.Relation), sources).Except(sources)];
        IReadOnlyList<string> targets = sources.Count < frame.Min ? [] : roles.Keys(frame.Target, RoleTypes.Target(frame.Relation), sources);
        // "sanctioned over links to X": what the designees are tied to is none of them
        if (frame.Relation == Graph.Relations.Designated)
            targets = [.. targets.Where(t => !LinkedNames.OnlyLinked(sentence, t, match))];
        // "A and B met C": the two subjects met C, not each other
        var pair = frame.Relation == Graph.Relations.MetWith && targets.Count > 0 ? [] : roles.Keys(frame.Pair, RoleTypes.Source(frame.Relation), []);
        if (pair.Count >= 2)
            for (var i = 0; i < pair.Count; i++)
                for (var j = i + 1; j < pair.Count; j++)
                    found.Add(new Found(pair[i], frame.Relation, pair[j], at, status, attributes));
        // "a meeting between A and B": whoever "also joined the meeting" later joined A's; "Both officials discussed"
        // after "A met B" is that meeting again, whose principal stays A
        var again = pair.Count >= 2 && pair.ToHashSet().SetEquals(discourse.LastPair);
        if (pair.Count >= 2 && frame.Relation == Graph.Relations.MetWith && !again)
            discourse.NoteMeeting(Principals.Of(sentence, pair, discourse));
        // "A met B. The meeting took place (was held) on the sidelines of the E": where the last two who met were
        if (frame.Relation == Graph.Relations.MetWith && pair.Count < 2 && targets.Count == 0 && IsHeldMeeting(sentence, match, status)
            && discourse.LastPair is { Count: 2 } last)
            return Setting(sentence, match, last, at, status).ToList();
        // "A also met business leaders in Istanbul": met no one named, but was where the meeting was
        if (frame.Relation == Graph.Relations.MetWith && pair.Count < 2 && targets.Count == 0 && sources.Count > 0 && frame.VerbOnly)
            return Setting(sentence, match, sources, at, status).Where(f => f.Relation == Graph.Relations.Visited).ToList();
        if (sources.Count < frame.Min)
        {
            NoteUnattributed(discourse, roles, match, status);
            return found;
        }
        // a backoff frame reads what the exact frames missed; an act they read as counted stays theirs
        if (targets.Count == 0 && status == EdgeStatus.Happened && !frame.Backoff)
            NoteCountedAct(sentence, match, discourse, sources);
        foreach (var (s, t) in Crossed(sentence, match, sources, targets).Where(p => p.Target != p.Source && !IsStateInState(discourse, frame.Relation, p.Source, p.Target)))
            found.Add(new Found(s, frame.Relation, t, at, status, attributes, IsBackground(sentence, match)));
        // the people who met, taken before their settings are added: a place they visited attends nothing
        var met = frame.Relation == Graph.Relations.MetWith ? found.SelectMany(f => new[] { f.SourceKey, f.TargetKey }).Distinct().ToList() : [];
        if (met.Count > 0)
            found.AddRange(Setting(sentence, match, met, at, status));
        if (met.Count > 0 && discourse.Occasion is { } held)
            found.AddRange(met.Select(p => new Found(p, Graph.Relations.Attended, held, at, status)));
        // the principal of the meeting: its subject, else the principal of the pair it was held between; not the
        // subject of a relative clause ("received B, who called on her": she is)
        if (found.Count > 0 && frame.Relation == Graph.Relations.MetWith && (sources.Count > 0 || pair.Count > 0 && !again)
            && match.Predicate.Relation != "acl:relcl")
            discourse.NoteMeeting(sources.Count > 0 ? CallsOn(sentence, match) && targets.Count > 0 ? targets[0] : sources[0]
                : Principals.Of(sentence, pair, discourse));
        if (found.Count > 0 && frame.Relation == Graph.Relations.CoChaired)
            discourse.NoteMeeting(found[0].TargetKey);
        return found;
    }
}
