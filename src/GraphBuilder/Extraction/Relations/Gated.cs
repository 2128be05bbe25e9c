using System.Buffers;
using System.Text.RegularExpressions;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// A relation pattern with the words one of which any match must contain: a sentence without any of them
/// is skipped with one vectorised search instead of a regex scan, which keeps the stage fast on the many
/// sentences that state no relation at all. Patterns are compiled (5-10 times faster than interpreted)
/// unless built with Interpreted: on .NET 10 the compiled code of one pattern throws IndexOutOfRange on
/// real sentences (see MeetingPatterns). No match timeout: every gap is bounded ({0,80}) and lists are atomic,
/// so the work per sentence is polynomial in its length, which the relation stage caps at 2000 characters; and
/// a timeout costs a clock check in every backtracking loop (about 13% of the stage).
/// </summary>
internal sealed class Gated
{
    private readonly Regex _regex;
    private readonly SearchValues<string> _triggers;

    public Gated(string pattern, params string[] triggers)
        : this(pattern, RegexOptions.Compiled, triggers)
    {
    }

    private Gated(string pattern, RegexOptions options, string[] triggers)
    {
        _regex = new Regex(pattern, RegexOptions.CultureInvariant | options, Regex.InfiniteMatchTimeout);
        _triggers = SearchValues.Create(triggers, StringComparison.OrdinalIgnoreCase);
    }

    public static Gated Interpreted(string pattern, params string[] triggers) => new(pattern, RegexOptions.None, triggers);

    public IReadOnlyList<Match> Matches(string text)
    {
        if (!text.AsSpan().ContainsAny(_triggers))
            return [];
        return _regex.Matches(text).ToList();
    }
}
