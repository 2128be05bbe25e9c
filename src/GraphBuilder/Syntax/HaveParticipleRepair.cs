namespace GraphBuilder.Syntax;

/// <summary>
/// "have" with a past participle after it is the perfect's auxiliary, also with an adverb between: "We have today
/// listed A and B" read by the greedy parser with "have" the main verb (possession, "today" its object-like
/// oblique) and "listed" its open complement, so the listing had no subject. A form of "have" with no object whose
/// complement (xcomp) is a past participle after it, with only adverbs or a bare day word between, becomes the
/// participle's aux; the participle takes its place in the tree and its other dependents.
/// </summary>
internal static class HaveParticipleRepair
{
    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        if (l.Xcomp < 0 || l.Aux < 0 || l.Obj < 0)
            return;
        for (var p = 3; p < heads.Length; p++)
        {
            var have = heads[p];
            if (labels[p] != l.Xcomp || have <= 0 || have >= p - 1 || l.Xpos[tags[p - 1]] != "VBN"
                || forms[have - 1].ToLowerInvariant() is not ("have" or "has" or "had")
                || HeadArrays.HasChild(heads, labels, have, l.Obj) || !OnlyAdverbsBetween(heads, tags, l, have, p))
                continue;
            for (var c = 1; c < heads.Length; c++)
                if (heads[c] == have && c != p)
                    heads[c] = p;
            (heads[p], labels[p]) = (heads[have], labels[have]);
            (heads[have], labels[have]) = (p, l.Aux);
        }
    }

    /// <summary>Whether every word between is a one-word adverb or day word ("today", "now") of the two verbs.</summary>
    private static bool OnlyAdverbsBetween(int[] heads, IReadOnlyList<int> tags, RepairLabels l, int have, int participle)
    {
        for (var w = have + 1; w < participle; w++)
            if (heads[w] != have && heads[w] != participle || l.Upos[tags[w - 1]] is not ("ADV" or "NOUN") || HasDependents(heads, w))
                return false;
        return true;
    }

    private static bool HasDependents(int[] heads, int word)
    {
        for (var j = 1; j < heads.Length; j++)
            if (heads[j] == word)
                return true;
        return false;
    }
}
