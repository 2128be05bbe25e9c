using System.Buffers;
using System.Text.RegularExpressions;
using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// A relation pattern with the words one of which any match must contain: a sentence without any of them
/// is skipped with one vectorised search instead of a regex scan, which keeps the stage fast on the many
/// sentences that state no relation at all. Patterns are interpreted and carry a match timeout (see
/// Text.Patterns): on .NET 10 the compiled code of several of them looped or threw on real sentences.
/// </summary>
internal sealed class Gated
{
    private readonly Regex _regex;
    private readonly SearchValues<string> _triggers;

    public Gated(string pattern, params string[] triggers)
    {
        _regex = Patterns.Create(pattern);
        _triggers = SearchValues.Create(triggers, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every pattern is interpreted now; kept so the families need not change.</summary>
    public static Gated Interpreted(string pattern, params string[] triggers) => new(pattern, triggers);

    /// <summary>Whether the text holds a trigger: without one the pattern cannot match (a cheap test before a costlier one).</summary>
    public bool MayMatch(string text) => text.AsSpan().ContainsAny(_triggers);

    public IReadOnlyList<Match> Matches(string text)
    {
        if (!MayMatch(text))
            return [];
        return _regex.Matches(text).ToList();
    }
}
