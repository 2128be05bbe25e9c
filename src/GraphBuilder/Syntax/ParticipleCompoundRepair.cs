namespace GraphBuilder.Syntax;

/// <summary>
/// "A held bilateral meetings, holding talks with B, C and D" read by the greedy parser with the participle a
/// compound of its noun ("holding" under "talks", "talks" a conjunct of "meetings"): a verb is no compound of a noun.
/// After a comma, the participle heads its clause: it takes the noun's place under the nearest verb above as an
/// adverbial clause, and the noun becomes its object, so "hold talks with" reads as the support verb and its noun.
/// </summary>
internal static class ParticipleCompoundRepair
{
    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        if (l.Compound < 0 || l.Obj < 0 || l.Advcl < 0)
            return;
        for (var verb = 2; verb + 1 < heads.Length; verb++)
        {
            var noun = verb + 1;
            if (labels[verb] != l.Compound || heads[verb] != noun || l.Xpos[tags[verb - 1]] != "VBG" || forms[verb - 2] != ","
                || !HeadArrays.IsNominal(l.Upos, tags, noun) || VerbAbove(heads, tags, l, noun) is not (> 0 and var above))
                continue;
            (heads[verb], labels[verb]) = (above, l.Advcl);
            (heads[noun], labels[noun]) = (verb, l.Obj);
            if (heads[verb - 1] == noun)
                heads[verb - 1] = verb;
        }
    }

    /// <summary>The nearest verb among the noun's heads; 0 when none.</summary>
    private static int VerbAbove(int[] heads, IReadOnlyList<int> tags, RepairLabels l, int word)
    {
        for (var w = heads[word]; w > 0; w = heads[w])
            if (l.Upos[tags[w - 1]] == "VERB")
                return w;
        return 0;
    }
}
