namespace GraphBuilder.Syntax;

/// <summary>
/// A conjunction opens its conjunct; it heads nothing. The greedy parser still reads "by A, India's foreign
/// secretary, and B, Japan's vice minister" with "and" a conjunct of the comma before it and B a flat part of
/// "and". Such a conjunction's first nominal dependent is the conjunct: it is joined to the top of the nominal
/// phrase the comma closes (A, reached up through A's apposition), and the conjunction becomes its cc. The
/// tree stays a tree: the new head lies outside the conjunct's subtree.
/// </summary>
internal static class StrayConjunctionRepair
{
    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        if (l.Conj < 0 || l.Cc < 0)
            return;
        for (var c = 1; c < heads.Length; c++)
        {
            if (labels[c] != l.Conj || l.Upos[tags[c - 1]] != "CCONJ" || heads[c] <= 0 || l.Upos[tags[heads[c] - 1]] != "PUNCT")
                continue;
            var conjunct = FirstNominalChild(heads, tags, l.Upos, c);
            var top = Top(heads, labels, tags, l.Upos, heads[heads[c]], l.Appos);
            if (conjunct == 0 || top == 0 || HeadArrays.IsBelow(heads, top, conjunct))
                continue;
            for (var w = 1; w < heads.Length; w++)
                if (heads[w] == c && w != conjunct)
                    heads[w] = conjunct;
            (heads[conjunct], labels[conjunct]) = (top, l.Conj);
            (heads[c], labels[c]) = (conjunct, l.Cc);
        }
    }

    private static int FirstNominalChild(int[] heads, IReadOnlyList<int> tags, IReadOnlyList<string> upos, int head)
    {
        for (var w = head + 1; w < heads.Length; w++)
            if (heads[w] == head && HeadArrays.IsNominal(upos, tags, w))
                return w;
        return 0;
    }

    /// <summary>
    /// The nominal an apposition chain above word renames (the first conjunct of the list); 0 when word is none. Only
    /// appositions are climbed: "a meeting between A, the envoy, and B" joins B to A, not to "meeting".
    /// </summary>
    private static int Top(int[] heads, int[] labels, IReadOnlyList<int> tags, IReadOnlyList<string> upos, int word, int appos)
    {
        if (!HeadArrays.IsNominal(upos, tags, word))
            return 0;
        for (var depth = 0; depth < heads.Length && labels[word] == appos && HeadArrays.IsNominal(upos, tags, heads[word]); depth++)
            word = heads[word];
        return word;
    }
}
