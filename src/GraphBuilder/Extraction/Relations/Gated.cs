using System.Buffers;
using System.Text.RegularExpressions;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// A relation pattern with the words one of which any match must contain: a sentence without any of them
/// is skipped with one vectorised search instead of a regex scan, which keeps the stage fast on the many
/// sentences that state no relation at all.
/// </summary>
internal sealed class Gated(string pattern, params string[] triggers)
{
    private readonly Regex _regex = new(pattern, RegexOptions.CultureInvariant);
    private readonly SearchValues<string> _triggers = SearchValues.Create(triggers, StringComparison.OrdinalIgnoreCase);

    public IEnumerable<Match> Matches(string text) =>
        text.AsSpan().ContainsAny(_triggers) ? _regex.Matches(text) : [];
}
