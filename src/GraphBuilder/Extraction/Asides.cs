namespace GraphBuilder.Extraction;

/// <summary>
/// Asides of news copy that the parser loses the sentence's frame over: a dashed aside ("listed all of X – a
/// party and an armed wing – as a terrorist organisation"), a parenthesis of several words ("target X (also
/// known as "Y") and Z"), a quoted name set off by commas after its class noun ("labelled the group, "X", as
/// ..."), a participle with its agent between commas ("The sanctions, announced by B, target A"). Rewrite reads
/// them out of the sentence, keeping its length so every word keeps its offsets: the aside is blanked; an aside
/// that adds to a list ("– as well as its leader, A –") keeps its words and its marks become commas; the commas
/// around a quoted name become spaces, so the name stands apposed to its noun. An aside a mention straddles is
/// left alone.
/// </summary>
public static partial class Asides
{
    /// <summary>Openings of an aside that adds names to the list it follows rather than describing it.</summary>
    private static readonly string[] Additive = ["as well as ", "and ", "along with ", "together with ", "plus "];

    /// <summary>The sentence text with its asides read out, or null when it has none.</summary>
    public static string? Rewrite(string text, IReadOnlyList<(int Start, int End)> mentions)
    {
        var chars = text.ToCharArray();
        var changed = false;
        foreach (var (open, close) in Dashed(text).Concat(Parenthesised(text)).Concat(Enumerators(text)).Concat(Participial(text)).Concat(Relative(text)))
            if (!Straddled(mentions, open, close))
                changed |= ReadOut(text, chars, open, close);
        foreach (var (first, second) in QuotedNames(text, mentions))
        {
            chars[first] = chars[second] = ' ';
            changed = true;
        }
        // Read again for an aside, its names with a lower-case word inside are read as one word too. On their own
        // they found nothing more on the tuned articles and would have the syntax stage parse ten times as many sentences again.
        if (changed)
            foreach (var (start, end) in mentions.Where(m => m.Start >= 0 && m.End <= text.Length && HasInnerWord(text, m)))
                changed |= Join(chars, start, end);
        return changed ? new string(chars) : null;
    }

    /// <summary>"Islamic State in Libya": a name with a lower-case word inside, which the parser reads as a phrase of its own.</summary>
    private static bool HasInnerWord(string text, (int Start, int End) m)
    {
        for (var i = m.Start + 1; i + 1 < m.End; i++)
            if (text[i] == ' ' && char.IsLower(text[i + 1]))
                return true;
        return false;
    }

    /// <summary>The name as one capitalised word of its letters, padded with spaces to its length.</summary>
    private static bool Join(char[] chars, int start, int end)
    {
        var letters = new string(chars, start, end - start).Where(char.IsLetterOrDigit).ToArray();
        if (letters.Length == 0 || chars[start] == ' ')
            return false;
        letters[0] = char.ToUpperInvariant(letters[0]);
        for (var i = start; i < end; i++)
            chars[i] = i - start < letters.Length ? letters[i - start] : ' ';
        return true;
    }

    /// <summary>Blanks [open, close] or, for an additive aside, turns its two marks into commas.</summary>
    private static bool ReadOut(string text, char[] chars, int open, int close)
    {
        var from = open + 1;
        while (from < close && text[from] == ' ')
            from++;
        if (Additive.FirstOrDefault(a => text.AsSpan(from, close - from).StartsWith(a, StringComparison.OrdinalIgnoreCase)) is { } additive)
        {
            chars[open] = chars[close] = ',';
            // "as well as" becomes "and": the parser joins an "and" conjunct to the list, an "as well as" one to the verb
            for (var i = 0; i < additive.Length - 1; i++)
                chars[from + i] = i < 3 ? "and"[i] : ' ';
            return true;
        }
        for (var i = open; i <= close; i++)
            chars[i] = ' ';
        return true;
    }

    private static bool Straddled(IReadOnlyList<(int Start, int End)> mentions, int open, int close) =>
        mentions.Any(m => m.Start <= open && m.End > open || m.Start <= close && m.End > close);
}
