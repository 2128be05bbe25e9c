using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>The people a sentence names together ("A and B"), for "the two" and "both" in later sentences.</summary>
internal static class Pairs
{
    public static IReadOnlyList<string> Last(FrameSentence sentence)
    {
        IReadOnlyList<string> last = [];
        foreach (var word in sentence.Words)
        {
            if (sentence.MentionOf(word) is not { Type: NodeType.Person } first)
                continue;
            // "A and her Chilean counterpart B": a conjunct title stands for the name it stands before or is apposed to
            var joined = sentence.Children(word, "conj").Select(c => sentence.MentionOf(c) ?? (sentence.PersonNamedBy(c) is { } n ? sentence.MentionOf(n) : null))
                .Where(m => m is { Type: NodeType.Person }).Select(m => m!.EntityKey).ToList();
            if (joined.Count > 0)
                last = [first.EntityKey, .. joined.Where(k => k != first.EntityKey).Distinct()];
        }
        return last;
    }

    /// <summary>"A met B. The two ministers co-chaired X": the two who met, when the sentence read one meeting of two people.</summary>
    public static IReadOnlyList<string> OfMeeting(List<Found> found)
    {
        var meetings = found.Where(f => f.Relation == Graph.Relations.MetWith && f.Status == EdgeStatus.Happened)
            .Select(f => string.CompareOrdinal(f.SourceKey, f.TargetKey) < 0 ? (f.SourceKey, f.TargetKey) : (f.TargetKey, f.SourceKey)).Distinct().ToList();
        return meetings.Count == 1 ? [meetings[0].Item1, meetings[0].Item2] : [];
    }
}
