using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// Where a meeting any family read took place, from the parse of its sentence: the people who met attended
/// the session it was held within ("Within the framework of the E, A held a meeting with B", "on the
/// sidelines of the E", "at the E") and visited the place it names ("met ... in the Freedonian capital L").
/// It reads the meetings of all families, so a meeting the surface patterns found still gets its setting.
/// </summary>
internal static class MeetingSettings
{
    private static readonly HashSet<string> Frames = new(StringComparer.Ordinal) { "framework", "sideline", "sidelines", "margin", "margins" };
    private static readonly HashSet<string> SessionCases = new(StringComparer.Ordinal) { "at", "during" };
    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal) { "capital", "city", "town" };

    public static IEnumerable<Found> Of(MaskedSentence masked, IReadOnlyList<Found> found)
    {
        var meetings = found.Where(f => f.Relation == Graph.Relations.MetWith && f.Status == EdgeStatus.Happened).ToList();
        if (meetings.Count == 0 || masked.Source.Parse is not { Words.Count: > 0 } parse)
            return [];
        var sentence = masked.FramesOf(parse);
        var result = new List<Found>();
        foreach (var (mention, word) in Settings(sentence))
        {
            var relation = mention.Type == NodeType.Event ? Graph.Relations.Attended : Graph.Relations.Visited;
            var meeting = MeetingBefore(meetings, masked.IndexOf(word.Start));
            result.AddRange(meeting.SelectMany(f => new[] { f.SourceKey, f.TargetKey }).Distinct().Select(p => new Found(p, relation, mention.EntityKey, meeting[0].At)));
        }
        return result;
    }

    /// <summary>
    /// The meeting a setting belongs to: with two in the sentence ("A met B in Lima and C met D in Santiago"), the last
    /// one read before the setting, else the first.
    /// </summary>
    private static List<Found> MeetingBefore(List<Found> meetings, int at)
    {
        var trigger = meetings.Select(f => f.At).Where(a => a <= at).DefaultIfEmpty(meetings.Min(f => f.At)).Max();
        return meetings.Where(f => f.At == trigger).ToList();
    }

    /// <summary>
    /// The top word of each event or place mention the sentence sets its meeting in: the one whose head lies
    /// outside the mention ("in Sharm el-Sheikh" parsed with "el" taking the case word).
    /// </summary>
    private static IEnumerable<(Mention Mention, SyntaxWord Word)> Settings(FrameSentence sentence)
    {
        var seen = new HashSet<Mention>();
        foreach (var word in sentence.Words)
        {
            if (sentence.MentionOf(word) is not { } m || sentence.Head(word) is { } head && sentence.MentionOf(head) == m || !seen.Add(m))
                continue;
            if (m.Type == NodeType.Event && IsSession(sentence, word) || m.Type == NodeType.Place && IsPlace(sentence, word))
                yield return (m, word);
        }
    }

    /// <summary>"within the framework of the E", "on the sidelines of the meetings of the E", "at the E".</summary>
    private static bool IsSession(FrameSentence sentence, SyntaxWord word)
    {
        var w = word;
        for (var depth = 0; depth < 4; depth++)
        {
            if (SessionCases.Contains(sentence.CaseOf(w) ?? "") && w.Relation.StartsWith("obl", StringComparison.Ordinal))
                return true;
            if (sentence.Head(w) is not { } head || w.Relation is not ("nmod" or "appos" or "flat" or "compound"))
                return false;
            if (Frames.Contains(sentence.Lemma(head)))
                return true;
            w = head;
        }
        return false;
    }

    /// <summary>
    /// "in L", "in the Freedonian capital L": the place or the capital noun it names has the case "in", and
    /// belongs to no title ("the Ruritanian Ambassador in L" is where the ambassador serves, not where they met).
    /// </summary>
    private static bool IsPlace(FrameSentence sentence, SyntaxWord word)
    {
        var phrase = sentence.CaseOf(word) == "in" ? word
            : (word.Relation is "appos" or "flat" or "compound" || word.Relation == "nmod" && sentence.CaseOf(word) == "of")
              && sentence.Head(word) is { } noun && PlaceNouns.Contains(sentence.Lemma(noun)) && sentence.CaseOf(noun) == "in" ? noun : null;
        return phrase is not null && !IsTitled(sentence, phrase);
    }

    /// <summary>Whether the "in" phrase hangs on a title or follows one (the parser often hangs it on the name).</summary>
    private static bool IsTitled(FrameSentence sentence, SyntaxWord phrase)
    {
        if (sentence.Head(phrase) is { } head && sentence.MentionOf(head) is null && DescriptionResolver.IsPersonHead(sentence, head))
            return true;
        var casing = sentence.Children(phrase).FirstOrDefault(c => c.Relation == "case");
        return casing is { Id: > 1 } && sentence.Words[casing.Id - 2] is var before && sentence.MentionOf(before) is null
            && DescriptionResolver.IsPersonHead(sentence, before);
    }
}
