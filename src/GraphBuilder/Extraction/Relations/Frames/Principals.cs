using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// The principal of a meeting named without a host ("a meeting between A and B"), whom later "was also present"
/// sentences attend: the one whose counterpart the other is ("between A and his Indian counterpart B"), else the
/// one who is no ambassador or envoy (the visitor calls on the host), else the one the article mentions more, else
/// the first named. The order of the two names says nothing about who hosted.
/// </summary>
internal static class Principals
{
    public static string Of(FrameSentence sentence, IReadOnlyList<string> pair, Discourse discourse)
    {
        var counterparts = sentence.Words.Where(w => sentence.Lemma(w) == "counterpart").Select(w => Named(sentence, w))
            .OfType<string>().ToHashSet();
        var others = pair.Where(p => !counterparts.Contains(p)).ToList();
        if (counterparts.Overlaps(pair) && others.Count == 1)
            return others[0];
        var hosts = pair.Where(p => !IsEnvoy(discourse, p)).ToList();
        if (hosts.Count == 1)
            return hosts[0];
        return pair.Aggregate((best, p) => discourse.MentionCount(p) > discourse.MentionCount(best) ? p : best);
    }

    /// <summary>An ambassador or envoy calls on the host: of a pair with one, the other is the principal.</summary>
    private static bool IsEnvoy(Discourse discourse, string key) =>
        discourse.Entity(key) is { } e && e.Roles.Any(r => r.Contains("ambassador", StringComparison.OrdinalIgnoreCase)
            || r.Contains("envoy", StringComparison.OrdinalIgnoreCase) || r.Contains("high commissioner", StringComparison.OrdinalIgnoreCase));

    /// <summary>The person a "counterpart" names: the name below it, or the name it is a title of.</summary>
    private static string? Named(FrameSentence sentence, SyntaxWord counterpart) =>
        (sentence.PersonNamedBy(counterpart) is { } below ? sentence.MentionOf(below)
            : sentence.Head(counterpart) is { } head ? sentence.MentionOf(head) : null) is { Type: NodeType.Person } m ? m.EntityKey : null;
}
