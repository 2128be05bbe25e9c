namespace GraphBuilder.Syntax;

/// <summary>
/// Makes a gold tree projective for training by lifting each crossing arc to the head's head until no
/// arc crosses (Nivre and Nilsson 2005, without encoding the lift in the label): the oracle is exact on
/// the result, and the 4% of treebank words in non-projective sentences still train the parser.
/// </summary>
internal static class Projectivizer
{
    public static int[] Lift(int[] gold)
    {
        var heads = (int[])gold.Clone();
        while (ShortestNonProjective(heads) is var d and > 0)
            heads[d] = heads[heads[d]];
        return heads;
    }

    /// <summary>The dependent of the shortest arc whose head does not dominate every word under it; 0 if none.</summary>
    private static int ShortestNonProjective(int[] heads)
    {
        var best = 0;
        var bestLength = int.MaxValue;
        for (var d = 1; d < heads.Length; d++)
        {
            var h = heads[d];
            var length = Math.Abs(h - d);
            if (length >= bestLength || length < 2)
                continue;
            for (var j = Math.Min(h, d) + 1; j < Math.Max(h, d); j++)
                if (!Dominates(heads, h, j))
                {
                    (best, bestLength) = (d, length);
                    break;
                }
        }
        return best;
    }

    private static bool Dominates(int[] heads, int ancestor, int word)
    {
        for (var steps = 0; word > 0 && steps < heads.Length; steps++)
        {
            word = heads[word];
            if (word == ancestor)
                return true;
        }
        return ancestor == 0;
    }
}
