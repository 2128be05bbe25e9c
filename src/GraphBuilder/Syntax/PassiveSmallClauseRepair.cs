namespace GraphBuilder.Syntax;

/// <summary>
/// The passive of a small clause ("X was declared a terrorist organisation", "was named a special envoy"): UD gives
/// the noun as the participle's xcomp, the parser often as its object, which a passive participle of a verb of naming
/// cannot have. Only a participle with a passive auxiliary and a passive subject, of a verb that names or classes
/// ("declared", "designated", "named", "branded", ...), and only a common noun whose phrase opens with its article
/// right after the participle ("was given a book" keeps its object: "give" classes nothing). Only a label changes.
/// </summary>
internal static class PassiveSmallClauseRepair
{
    private static readonly HashSet<string> Naming = new(StringComparer.OrdinalIgnoreCase)
    {
        "declared", "designated", "named", "branded", "labelled", "labeled", "proclaimed", "deemed", "considered", "listed",
    };

    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        if (l.Obj < 0 || l.Xcomp < 0 || l.AuxPass < 0 || l.NsubjPass < 0)
            return;
        for (var n = 2; n < heads.Length; n++)
        {
            var verb = heads[n];
            if (labels[n] != l.Obj || verb <= 0 || verb + 1 >= n || !Naming.Contains(forms[verb - 1]) || l.Upos[tags[n - 1]] != "NOUN"
                || l.Upos[tags[verb]] != "DET" || heads[verb + 1] != n
                || !HeadArrays.HasChild(heads, labels, verb, l.AuxPass) || !HeadArrays.HasChild(heads, labels, verb, l.NsubjPass))
                continue;
            labels[n] = l.Xcomp;
        }
    }
}
