namespace GraphBuilder.Syntax;

/// <summary>
/// A name followed by a relative clause set off by commas is the subject of the verb after the clause: "X, which
/// the State Department designated as a terrorist group in February, has denied the allegations" read by the
/// greedy parser with X the subject of "designated" (beside "the State Department") and "designated" an adverbial
/// of "denied", so the designation had no object. When the name is a subject of the relative pronoun's verb, that
/// verb hangs on a later word as adverbial, parataxis, conjunct or complement, and the later word has no subject,
/// the name becomes the later word's subject and the clause the name's (acl:relcl).
/// </summary>
internal static class RelativeSubjectRepair
{
    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        if (l.Relcl < 0 || l.Nsubj < 0 || l.NsubjPass < 0)
            return;
        for (var r = 3; r < heads.Length; r++)
        {
            var verb = heads[r];
            if (verb <= r || forms[r - 2] != "," || forms[r - 1].ToLowerInvariant() is not ("who" or "whom" or "which")
                || l.Upos[tags[verb - 1]] != "VERB" || !IsClauseLink(labels[verb], l))
                continue;
            var main = heads[verb];
            var name = RelativeClauseRepair.NameEndingAt(heads, labels, tags, l, r - 2);
            if (main <= verb || name == 0 || heads[name] != verb || labels[name] != l.Nsubj && labels[name] != l.NsubjPass
                || HeadArrays.HasChild(heads, labels, main, l.Subjects))
                continue;
            (heads[name], labels[name]) = (main, HeadArrays.HasChild(heads, labels, main, l.AuxPass) ? l.NsubjPass : l.Nsubj);
            (heads[verb], labels[verb]) = (name, l.Relcl);
        }
    }

    private static bool IsClauseLink(int label, RepairLabels l) =>
        label == l.Advcl || label == l.Parataxis || label == l.Conj || label == l.Ccomp;
}
