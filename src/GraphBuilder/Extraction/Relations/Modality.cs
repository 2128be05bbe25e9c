using System.Text.RegularExpressions;
using GraphBuilder.Text;
using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// Whether a trigger reports something that happened, something planned, or something that did not happen,
/// judged from the words just before the trigger (and a few time words anywhere in the clause).
/// </summary>
internal static partial class Modality
{
    /// <summary>Planned: future auxiliaries and intentions right before the trigger ("will meet", "is set to hold").</summary>
    private static readonly Regex PlannedBefore = Patterns.Create(@"\b(?:will|shall|would|'ll|to|plans?|planned|planning|scheduled|set|due|expected|going|agreed|intends?|hopes?|looks? forward to)\b(?:\s+(?:also|again|then|soon|later|now|jointly|be|have|hold|to))*\s*$", RegexOptions.IgnoreCase);

    private static readonly Regex FutureTime = Patterns.Create(@"\b(?:next|upcoming|coming|later this|forthcoming|tomorrow)\b", RegexOptions.IgnoreCase);

    private static readonly Regex NegatedBefore = Patterns.Create(@"\b(?:not|never|n't|no longer|neither|nor|cancell?ed|called off|postponed|scrapped|refused|declined|failed)\b(?:\s+\S+){0,3}\s*$", RegexOptions.IgnoreCase);

    /// <summary>The status of a trigger at [index] of text, or null when it is negated or cancelled.</summary>
    public static string? Of(string text, int index)
    {
        // Spans, not substrings: a span is the whole input to the regex, as the substring was, without the copies.
        var before = text.AsSpan(Math.Max(0, index - 60), Math.Min(60, index));
        if (NegatedBefore.IsMatch(before))
            return null;
        if (PlannedBefore.IsMatch(before) || FutureTime.IsMatch(text.AsSpan(index)))
            return EdgeStatus.Planned;
        return EdgeStatus.Happened;
    }
}
