namespace GraphBuilder.Syntax;

/// <summary>
/// UD hangs a coordinating conjunction ("and") on the head of the conjunct that follows it. The greedy
/// parser sometimes attaches it to the first word of that conjunct instead, when that word is a modifier
/// ("and Prime Minister Mara Quint": "and" under "Minister", the title of the conjunct "Mara"). This moves
/// such a cc up to the conjunct: the nearest ancestor labelled conj, reached without leaving the words
/// after the conjunction. The tree stays a tree (the new head is an ancestor of the old one).
/// </summary>
internal static class CoordinationRepair
{
    private const int MaxClimb = 3;

    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        var (cc, conj) = (l.Cc, l.Conj);
        if (cc < 0 || conj < 0)
            return;
        for (var w = 1; w < heads.Length; w++)
        {
            if (labels[w] != cc || heads[w] <= w || labels[heads[w]] == conj)
                continue;
            var a = heads[w];
            for (var climb = 0; climb < MaxClimb && a > w && labels[a] != conj; climb++)
                a = heads[a];
            if (a > w && labels[a] == conj)
                heads[w] = a;
        }
    }
}
