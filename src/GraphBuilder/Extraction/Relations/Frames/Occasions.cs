using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// The session a meeting took place at, when its phrases name one: "held talks with his counterparts who are
/// here for the 29th Summit", "The meeting took place on the heels of the 47th session of the Council". The
/// article's later meetings are held there too ("Dr. A also conferred with B"): both people attended it.
/// </summary>
internal static class Occasions
{
    /// <summary>Case words that put the session elsewhere in time or make it a topic: "ahead of", "about".</summary>
    private static readonly HashSet<string> Elsewhere = new(StringComparer.Ordinal)
    {
        "before", "ahead", "after", "about", "regarding", "towards", "toward", "beyond", "following", "prior",
    };

    public static string? Of(FrameSentence sentence, FrameMatch match)
    {
        var stack = new Stack<(SyntaxWord Word, int Depth)>(Phrases(sentence, match).Select(c => (c, 0)));
        while (stack.Count > 0)
        {
            var (word, depth) = stack.Pop();
            if (Elsewhere.Contains(sentence.CaseOf(word) ?? ""))
                continue;
            if (sentence.MentionOf(word) is { Type: NodeType.Event } mention)
                return mention.EntityKey;
            if (depth < 4)
                foreach (var c in sentence.Children(word).Where(IsPhrase))
                    stack.Push((c, depth + 1));
        }
        return null;
    }

    /// <summary>The adverbials of the trigger's anchors, and of the verb a meeting noun is the subject of ("took place").</summary>
    private static IEnumerable<SyntaxWord> Phrases(FrameSentence sentence, FrameMatch match)
    {
        var anchors = match.Anchors.ToList();
        if (match.Trigger.Upos == "NOUN" && match.Trigger.Relation.StartsWith("nsubj", StringComparison.Ordinal) && sentence.Head(match.Trigger) is { } verb)
            anchors.Add(verb);
        return anchors.SelectMany(sentence.Children).Where(c => c.Id != match.Trigger.Id && IsPhrase(c));
    }

    private static bool IsPhrase(SyntaxWord word) =>
        word.Relation.StartsWith("obl", StringComparison.Ordinal) || word.Relation is "nmod" or "acl:relcl";
}
