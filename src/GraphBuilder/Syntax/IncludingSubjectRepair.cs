namespace GraphBuilder.Syntax;

/// <summary>
/// "sanctioned six people, including A, the Treasury said": wire copy ends the lead with its source, and the greedy
/// parser makes the "including" phrase the subject of "said" (with the source a conjunct of it), so the list names
/// no one the verb counted. An "including" phrase that is the subject of a trailing "said", where the reported verb
/// (the complement or the head of "said") has a counted plural noun before it, goes to that noun (nmod); a
/// conjunct of the phrase that ends right before "said" (the source) becomes the subject of "said".
/// </summary>
internal static class IncludingSubjectRepair
{
    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        if (l.Case < 0 || l.Nmod < 0 || l.Nummod < 0 || l.Obj < 0 || l.Nsubj < 0 || l.Conj < 0 || l.Ccomp < 0 || l.Parataxis < 0)
            return;
        for (var w = 1; w < forms.Count; w++)
        {
            if (!forms[w - 1].Equals("including", StringComparison.OrdinalIgnoreCase) || labels[w] != l.Case)
                continue;
            var phrase = heads[w];
            var said = phrase > 0 ? heads[phrase] : 0;
            if (said <= phrase || labels[phrase] != l.Nsubj || forms[said - 1] is not ("said" or "says"))
                continue;
            var set = CountedObject(heads, labels, tags, l, ReportedVerb(heads, labels, l, said, phrase), phrase);
            var source = Source(heads, labels, l, phrase, said);
            if (set == 0 || source == 0 && !HeadArrays.HasChild(heads, labels, said, l.Subjects, except: phrase))
                continue;
            if (source > 0)
                (heads[source], labels[source]) = (said, l.Nsubj);
            (heads[phrase], labels[phrase]) = (set, l.Nmod);
        }
    }

    /// <summary>The verb "said" reports: its complement before the phrase, else the verb "said" hangs on (as parataxis or, misread, complement).</summary>
    private static int ReportedVerb(int[] heads, int[] labels, RepairLabels l, int said, int phrase)
    {
        for (var j = 1; j < phrase; j++)
            if (heads[j] == said && (labels[j] == l.Ccomp || labels[j] == l.Parataxis))
                return j;
        return labels[said] == l.Parataxis || labels[said] == l.Ccomp ? heads[said] : 0;
    }

    /// <summary>The last plural noun with a number in the verb's phrase before the phrase ("imposed freezes on three people"); 0 when none.</summary>
    private static int CountedObject(int[] heads, int[] labels, IReadOnlyList<int> tags, RepairLabels l, int verb, int before)
    {
        for (var j = before - 1; verb > 0 && j > 0; j--)
            if (HeadArrays.IsBelow(heads, j, verb) && (labels[j] == l.Obj || labels[j] == l.Obl || labels[j] == l.Nmod)
                && l.Xpos[tags[j - 1]] is "NNS" or "NNPS" && HeadArrays.HasChild(heads, labels, j, l.Nummod))
                return j;
        return 0;
    }

    /// <summary>The phrase's last conjunct when its words end right before "said" (", the Treasury said"); 0 when none.</summary>
    private static int Source(int[] heads, int[] labels, RepairLabels l, int phrase, int said)
    {
        for (var j = said - 1; j > phrase; j--)
            if (heads[j] == phrase && labels[j] == l.Conj)
                return HeadArrays.Span(heads, j).Right == said - 1 ? j : 0;
        return 0;
    }
}
