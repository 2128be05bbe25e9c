using System.Text.RegularExpressions;

namespace GraphBuilder.Text;

/// <summary>
/// The one way GraphBuilder builds a Regex: interpreted (never RegexOptions.Compiled nor [GeneratedRegex]:
/// on .NET 10 the compiled code of several relation patterns looped with growing memory, threw
/// IndexOutOfRange or returned wrong spans where the interpreted engine answers in milliseconds), and always
/// with a match timeout, so no single match can run away. The timeout is per match call; the document as a
/// whole is bounded by DocumentBudget, whose checks run between calls.
/// </summary>
public static class Patterns
{
    /// <summary>
    /// Per match call. Interpreted matches over one sentence window (at most SentenceWindows.Size characters)
    /// take well under 20 ms on this code's patterns; one second is a safety net, not a tuning knob.
    /// </summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    public static Regex Create(string pattern, RegexOptions options = RegexOptions.None)
    {
        if ((options & RegexOptions.Compiled) != 0)
            throw new ArgumentException("RegexOptions.Compiled is not allowed (see Patterns)", nameof(options));
        return new Regex(pattern, options | RegexOptions.CultureInvariant, MatchTimeout);
    }
}
