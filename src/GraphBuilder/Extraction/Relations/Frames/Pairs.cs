using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// The people a sentence names together ("A and B"), for "the two" and "both" in later sentences. Both run for every
/// parsed sentence (OfMeeting for every frame match), so they walk the words with plain loops: a closure or LINQ chain
/// per word was about a tenth of the relation stage's allocations.
/// </summary>
internal static class Pairs
{
    public static IReadOnlyList<string> Last(FrameSentence sentence)
    {
        IReadOnlyList<string> last = [];
        foreach (var word in sentence.Words)
            if (sentence.MentionOf(word) is { Type: NodeType.Person } first && Joined(sentence, word) is { } joined)
                last = PairOf(first.EntityKey, joined);
        return last;
    }

    /// <summary>
    /// The people joined to a person as conjuncts, or null for none. "A and her Chilean counterpart B": a conjunct title
    /// stands for the name it stands before or is apposed to.
    /// </summary>
    private static List<string>? Joined(FrameSentence sentence, SyntaxWord word)
    {
        List<string>? joined = null;
        foreach (var c in sentence.Children(word))
            if (c.Relation == "conj"
                && (sentence.MentionOf(c) ?? (sentence.PersonNamedBy(c) is { } n ? sentence.MentionOf(n) : null)) is { Type: NodeType.Person } m)
                (joined ??= []).Add(m.EntityKey);
        return joined;
    }

    private static IReadOnlyList<string> PairOf(string first, List<string> joined) => [first, .. joined.Where(k => k != first).Distinct()];

    /// <summary>"A met B. The two ministers co-chaired X": the two who met, when the sentence read one meeting of two people.</summary>
    public static IReadOnlyList<string> OfMeeting(List<Found> found)
    {
        (string, string)? only = null;
        foreach (var f in found)
        {
            if (f.Relation != Graph.Relations.MetWith || f.Status != EdgeStatus.Happened)
                continue;
            var pair = string.CompareOrdinal(f.SourceKey, f.TargetKey) < 0 ? (f.SourceKey, f.TargetKey) : (f.TargetKey, f.SourceKey);
            if (only is null)
                only = pair;
            else if (only.Value != pair)
                return [];
        }
        return only is { } meeting ? [meeting.Item1, meeting.Item2] : [];
    }
}
