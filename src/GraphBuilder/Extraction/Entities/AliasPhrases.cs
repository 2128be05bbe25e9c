using GraphBuilder.Graph;
using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// Names given as other names of the one before: "the Red Hand (also known as 'the Hand')", "Juan Roca,
/// alias 'El Flaco'", "Juan Roca, born Pedro Lasa", "the Red Hand, which Ruritania calls the Crimson Front", "(or the Hand)". The second
/// mention takes the first one's type and points at it, so coreference makes both one entity.
/// </summary>
internal static class AliasPhrases
{
    private static readonly string[][] Markers =
        [["also", "known", "as"], ["also", "called"], ["known", "as"], ["aka"], ["a.k.a."], ["alias"], ["formerly"], ["or"], ["calls"], ["call"], ["dubbed"], ["born"]];

    private static readonly HashSet<string> Quotes = new(StringComparer.Ordinal) { "\"", "“", "”", "‘", "’", "'", "«", "»" };

    /// <summary>
    /// "or" gives another name inside parentheses ("(or the Hand)"); outside them only between organisations where
    /// the second is no body the gazetteer knows ("the Hand or the Crimson Fist"), since "the EU or NATO" are two.
    /// </summary>
    private static bool OtherName(List<Token> tokens, int marker, RawMention target, RawMention alias, Func<string, bool> known) =>
        tokens[marker - 1].Text == "(" || target.Type == NodeType.Organisation && alias.Type == NodeType.Organisation
        && alias.Kind == MentionKind.Named && !known(alias.Name);

    public static void Attach(List<Token> tokens, List<RawMention> mentions, Func<string, bool> known)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            var alias = mentions[i];
            if (BracketedName(tokens, mentions, i) is { } named)
            {
                mentions[i] = alias with { Kind = MentionKind.Named, AliasOf = named.Start, Role = null };
                continue;
            }
            if (alias.Kind is not (MentionKind.Named or MentionKind.Single) || MarkerStart(tokens, alias.First) is not { } marker)
                continue;
            var target = Antecedent(tokens, mentions, i, marker);
            // "A, born B in Syria, is ...": a person's birth name
            if (target is not null && (tokens[marker].Text != "or" || OtherName(tokens, marker, target, alias, known))
                && (tokens[marker].Text != "born" || target.Type == NodeType.Person))
                mentions[i] = alias with { Type = target.Type, Kind = MentionKind.Named, AliasOf = target.Start, Role = null };
        }
    }

    /// <summary>
    /// "the Kessel Party (the Vosh Movement)", "Harakat Vosh (Vosh Liberation Front)": a group's name in brackets right after a
    /// group's name, with no marker, is its other name (a translation, a former name); not a country ("Open X (UK)")
    /// nor an abbreviation, which Acronyms reads.
    /// </summary>
    private static RawMention? BracketedName(List<Token> tokens, List<RawMention> mentions, int index)
    {
        var alias = mentions[index];
        var open = alias.First >= 1 && tokens[alias.First - 1].Text == "the" ? alias.First - 2 : alias.First - 1;
        if (alias.Kind != MentionKind.Named || alias.Type != NodeType.Organisation || alias.Last - alias.First < 2 || open < 1
            || tokens[open].Text != "(" || alias.Last >= tokens.Count || tokens[alias.Last].Text != ")")
            return null;
        return mentions.Take(index).LastOrDefault(m => m.Last == open && m.Kind == MentionKind.Named && m.Type == NodeType.Organisation);
    }

    /// <summary>The first token of a marker ending right before the alias (opening quotes skipped), or null.</summary>
    private static int? MarkerStart(List<Token> tokens, int first)
    {
        var end = first;
        while (end > 0 && (Quotes.Contains(tokens[end - 1].Text) || tokens[end - 1].Text == "the"))
            end--;
        foreach (var marker in Markers)
        {
            var start = end - marker.Length;
            if (start >= 1 && IsAt(tokens, start, marker))
                return start;
        }
        return null;
    }

    /// <summary>Whether the marker's words stand at start (a loop: this runs for every named mention).</summary>
    private static bool IsAt(List<Token> tokens, int start, string[] marker)
    {
        for (var k = 0; k < marker.Length; k++)
            if (!string.Equals(tokens[start + k].Text, marker[k], StringComparison.OrdinalIgnoreCase))
                return false;
        return true;
    }

    /// <summary>The named mention the marker follows, across "(" or ","; for "which X calls Y", the one before "which".</summary>
    private static RawMention? Antecedent(List<Token> tokens, List<RawMention> mentions, int index, int marker)
    {
        var calls = tokens[marker].Text is "calls" or "call" or "dubbed";
        var k = marker;
        if (calls)
        {
            var caller = mentions.Take(index).LastOrDefault(m => m.Last == marker);
            k = caller is null ? marker : caller.First;
            if (tokens[k].Text != "which" && (k == 0 || tokens[k - 1].Text is not ("which" or "whom")))
                return null;
            k = tokens[k].Text == "which" ? k : k - 1;
        }
        while (k > 0 && tokens[k - 1].Text is "(" or "," or "which" or "whom")
            k--;
        return mentions.Take(index).LastOrDefault(m => m.Last == k && m.Kind is MentionKind.Named && m.Type != NodeType.Country);
    }
}
