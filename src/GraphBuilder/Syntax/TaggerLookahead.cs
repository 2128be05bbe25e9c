namespace GraphBuilder.Syntax;

/// <summary>
/// The tagger runs twice over a sentence with one model: the first pass cannot see the tags of the words to
/// the right, so it gives them as "unknown"; the second pass reads the first pass's tags of the next two words
/// ("that" before a verb is a pronoun, before a noun a determiner). Both passes train the same weights, so the
/// model file keeps its one table.
/// </summary>
internal static class TaggerLookahead
{
    /// <summary>The value of a right tag in the first pass.</summary>
    private const ulong Unknown = 0x5eed;

    public static ulong Right(int[]? first, int i) =>
        first is null ? Unknown : i < first.Length ? (ulong)(first[i] + 11) : (ulong)(i - first.Length + 3);

    /// <summary>Appends the lookahead templates (numbered from 60) for word i given the right tags r1 and r2.</summary>
    public static int Features(WordInfo[] words, int i, ulong t1, ulong r1, ulong r2, Span<ulong> f, int n)
    {
        var w0 = words[i];
        f[n++] = FeatureHash.F(60, r1);
        f[n++] = FeatureHash.F(61, r1, r2);
        f[n++] = FeatureHash.F(62, r1, w0.Lower);
        f[n++] = FeatureHash.F(63, t1, r1);
        f[n++] = FeatureHash.F(64, r1, w0.Ambiguity);
        f[n++] = FeatureHash.F(65, r1, w0.Suffix3);
        return n;
    }
}
