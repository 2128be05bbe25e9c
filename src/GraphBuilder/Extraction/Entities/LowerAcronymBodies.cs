using System.Globalization;
using GraphBuilder.Graph;
using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// "The ministry of home affairs (MHA) declared ...", "the national investigation agency (NIA)": a body written in
/// lower case is still named when its initials in parentheses follow and spell it, and its words hold a body's
/// head. The name is written capitalised, so the later "MHA" and "the Ministry of Home Affairs" find the same body.
/// </summary>
internal static class LowerAcronymBodies
{
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "ministry", "department", "agency", "authority", "commission", "council", "committee", "bureau", "directorate",
        "office", "force", "service", "court", "tribunal", "police", "board", "organisation", "organization", "division",
    };

    private static readonly HashSet<string> Minor = new(StringComparer.Ordinal) { "of", "and", "for", "the", "in", "on" };

    public static IEnumerable<RawMention> Find(List<Token> tokens, bool[] claimed)
    {
        for (var open = 2; open + 2 < tokens.Count; open++)
            if (tokens[open].IsPunctuation('(') && tokens[open + 2].IsPunctuation(')') && tokens[open + 1].IsAcronym
                && tokens[open + 1].Text.Length >= 3
                && AcronymMatcher.LongFormStart(tokens, open, tokens[open + 1].Text) is { } first
                && Lower(tokens, first, open) && !claimed.AsSpan(first, open - first).Contains(true))
                yield return new RawMention(first, open, tokens[first].Start, tokens[open - 1].End, NodeType.Organisation,
                    Capitalised(tokens, first, open), MentionKind.Named);
    }

    private static bool Lower(List<Token> tokens, int first, int open)
    {
        for (var k = first; k < open; k++)
            if (!tokens[k].IsWord || tokens[k].IsCapitalised)
                return false;
        return !Minor.Contains(tokens[first].Text) && Enumerable.Range(first, open - first).Any(k => Heads.Contains(tokens[k].Text));
    }

    private static string Capitalised(List<Token> tokens, int first, int open) =>
        string.Join(' ', Enumerable.Range(first, open - first).Select(k => tokens[k].Text)
            .Select(w => Minor.Contains(w) ? w : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w)));
}
