namespace GraphBuilder.Syntax;

/// <summary>
/// A participle that modifies a noun has no subject. The greedy parser still reads "OFAC designated A pursuant to
/// E.O. 13224" (with "designated" tagged a participle) as "designated" modifying "pursuant", with "OFAC" its
/// subject and "A" the subject of "pursuant". A verb labelled amod with a subject before it is the clause's verb:
/// it takes the place of the word it modified, which becomes its xcomp (the frames read a subject under an xcomp
/// as the object it is). The tree stays a tree: the verb's new head was above the old one.
/// </summary>
internal static class ParticipleClauseRepair
{
    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        if (l.Amod < 0 || l.Nsubj < 0 || l.Xcomp < 0)
            return;
        for (var v = 1; v < heads.Length; v++)
        {
            var modified = heads[v];
            if (labels[v] != l.Amod || modified <= v || l.Upos[tags[v - 1]] != "VERB" || !HeadArrays.HasChild(heads, labels, v, l.Nsubj, before: v))
                continue;
            (heads[v], labels[v]) = (heads[modified], labels[modified]);
            (heads[modified], labels[modified]) = (v, l.Xcomp);
        }
    }
}
