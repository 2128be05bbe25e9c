namespace GraphBuilder.Syntax;

/// <summary>
/// A conjunction read as a part of the name before it: "met Foreign Minister A and later Prime Minister B" parsed
/// with "and" a flat part of A's name, "later" a goeswith under it and B flat under "later", so the verb meets A
/// alone. A coordinating conjunction is never a part of a name: the first name below it is the next conjunct of the
/// name's phrase (the top of its flat chain), the conjunction its cc, and the words between them (an adverb) its
/// modifiers.
/// </summary>
internal static class GluedConjunctionRepair
{
    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        if (l.Conj < 0 || l.Cc < 0 || l.Flat < 0 || l.Advmod < 0)
            return;
        for (var c = 2; c < heads.Length; c++)
        {
            if (labels[c] != l.Flat || l.Upos[tags[c - 1]] != "CCONJ" || heads[c] is not (> 0 and var name) || name > c
                || l.Upos[tags[name - 1]] != "PROPN")
                continue;
            var top = HeadArrays.NameHead(heads, labels, l.Flat, name);
            var conjunct = NameBelow(heads, tags, l.Upos, c);
            if (conjunct == 0 || HeadArrays.IsBelow(heads, top, conjunct))
                continue;
            (heads[conjunct], labels[conjunct]) = (top, l.Conj);
            for (var w = c + 1; w < conjunct; w++)
                if (heads[w] == c)
                    (heads[w], labels[w]) = (conjunct, l.Upos[tags[w - 1]] == "ADV" ? l.Advmod : labels[w]);
            for (var w = 1; w < heads.Length; w++)
                if (heads[w] == c)
                    heads[w] = conjunct;
            (heads[c], labels[c]) = (conjunct, l.Cc);
        }
    }

    /// <summary>The first name after the conjunction that hangs on it or on a word that does ("and later B"); else 0.</summary>
    private static int NameBelow(int[] heads, IReadOnlyList<int> tags, IReadOnlyList<string> upos, int c)
    {
        for (var w = c + 1; w < heads.Length; w++)
            if (upos[tags[w - 1]] == "PROPN" && (heads[w] == c || heads[w] > c && heads[w] < w && heads[heads[w]] == c && upos[tags[heads[w] - 1]] == "ADV"))
                return w;
        return 0;
    }
}
