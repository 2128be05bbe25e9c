namespace GraphBuilder.Extraction;

/// <summary>Relative clauses that describe a named person between commas.</summary>
public static partial class Asides
{
    /// <summary>The words after "who" that open a description (a post held) rather than an act of the sentence.</summary>
    private static readonly string[] Describing = ["is ", "was ", "the ", "also ", "serves ", "heads ", "chairs ", "leads "];

    /// <summary>
    /// "A, who is the Qatari head of the committee, and B, who is ..., chaired the meeting": each clause after a
    /// capitalised word (a name's end) up to the next comma, which the parser makes the head of the whole subject,
    /// losing both chairs. Only descriptions are read out: "A, who said ..." or "B, who met ..." may carry a quote
    /// or a meeting of its own, and the first parse keeps what the clause says anyway.
    /// </summary>
    private static IEnumerable<(int, int)> Relative(string text)
    {
        for (var comma = text.IndexOf(", who ", StringComparison.Ordinal); comma > 0;
             comma = text.IndexOf(", who ", comma + 1, StringComparison.Ordinal))
        {
            var clause = comma + ", who ".Length;
            var close = text.IndexOf(',', clause);
            if (close > 0 && char.IsUpper(WordStart(text, comma)) && !HasQuote(text, clause, close)
                && Describing.Any(d => text.AsSpan(clause).StartsWith(d, StringComparison.Ordinal)))
                yield return (comma, close);
        }
    }

    /// <summary>The first letter of the word that ends just before the comma.</summary>
    private static char WordStart(string text, int comma)
    {
        var i = comma;
        while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
            i--;
        return text[i];
    }

    private static bool HasQuote(string text, int from, int to) =>
        text.AsSpan(from, to - from).IndexOfAny("\"\u201C\u201D") >= 0;
}
