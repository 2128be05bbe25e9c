namespace GraphBuilder.Syntax;

/// <summary>
/// A case word opens its nominal phrase: nothing of that phrase comes before it. The greedy parser still hangs a
/// noun before a case word as a compound of the phrase after it ("co-chaired the Joint Commission with Foreign
/// Minister B" read as one name headed by "B", "Commission" its compound; "added A to its X sanctions list" with
/// "A" a compound of "list"). Such a compound heads a phrase of its own. Under a verb that has no other object it
/// is the object and the phrase its case word opens is the verb's oblique ("added A | to its list"); elsewhere it
/// takes the place of the word it hung on, which becomes its nmod. The tree stays a tree: the compound's new head
/// was above the old one.
/// </summary>
internal static class CaseOrderRepair
{
    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        if (l.Case < 0 || l.Compound < 0 || l.Nmod < 0 || l.Obj < 0 || l.Obl < 0)
            return;
        for (var c = 1; c < heads.Length; c++)
        {
            if (labels[c] != l.Case || heads[c] <= c || l.Upos[tags[c - 1]] != "ADP")
                continue;
            // the top of the compound chain the case word's nominal belongs to ("to its ISIL ... list": "ISIL" under "list")
            var top = heads[c];
            for (var climb = 0; climb < heads.Length && labels[top] == l.Compound && heads[top] > top; climb++)
                top = heads[top];
            if (!HeadArrays.IsNominal(l.Upos, tags, top))
                continue;
            var stray = FirstCompoundBefore(heads, labels, tags, l, top, c);
            if (stray > 0)
                Promote(heads, labels, tags, l, stray, top, c);
        }
    }

    /// <summary>The first nominal compound of top whose whole phrase lies before the case word; 0 when none.</summary>
    private static int FirstCompoundBefore(int[] heads, int[] labels, IReadOnlyList<int> tags, RepairLabels l, int top, int caseWord)
    {
        for (var k = 1; k < caseWord; k++)
            if (heads[k] == top && labels[k] == l.Compound && HeadArrays.IsNominal(l.Upos, tags, k) && HeadArrays.Span(heads, k).Right < caseWord)
                return k;
        return 0;
    }

    /// <summary>The stray compound takes the words of top before the case word, and the object's or top's place.</summary>
    private static void Promote(int[] heads, int[] labels, IReadOnlyList<int> tags, RepairLabels l, int stray, int top, int caseWord)
    {
        for (var w = 1; w < caseWord; w++)
            if (heads[w] == top && w != stray)
                heads[w] = stray;
        var verb = heads[top];
        // "received by the Chief of Defence Staff": a stray with a case word of its own opens an oblique, no object
        if (verb > 0 && verb < stray && l.Upos[tags[verb - 1]] == "VERB" && !HeadArrays.HasChild(heads, labels, verb, l.Obj, except: top)
            && !HeadArrays.HasChild(heads, labels, stray, l.Case))
        {
            (heads[stray], labels[stray]) = (verb, l.Obj);
            labels[top] = l.Obl;
            return;
        }
        (heads[stray], labels[stray]) = (heads[top], labels[top]);
        (heads[top], labels[top]) = (stray, l.Nmod);
    }
}
