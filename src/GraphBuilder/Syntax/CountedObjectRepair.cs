namespace GraphBuilder.Syntax;

/// <summary>
/// "sanctioned two South Africans accused of funding X" read by the greedy parser with "two" the object and
/// "Africans" the subject of "accused", a clause of the verb: a number as a verb's object, right before a nominal
/// phrase that is the subject of a past participle with no auxiliary, counts that nominal. The nominal becomes
/// the object, the number its nummod, and the participle a reduced relative clause on it (acl), as UD has it.
/// </summary>
internal static class CountedObjectRepair
{
    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        if (l.Obj < 0 || l.Nsubj < 0 || l.Nummod < 0 || l.Acl < 0)
            return;
        for (var n = 2; n < heads.Length; n++)
        {
            var verb = heads[n];
            if (labels[n] != l.Obj || l.Upos[tags[n - 1]] != "NUM" || verb <= 0 || verb > n || HeadArrays.HasChild(heads, labels, n, l.Nummod))
                continue;
            var (noun, participle) = CountedNoun(heads, labels, tags, l, n, verb);
            if (noun == 0)
                continue;
            (heads[noun], labels[noun]) = (verb, l.Obj);
            (heads[n], labels[n]) = (noun, l.Nummod);
            (heads[participle], labels[participle]) = (noun, l.Acl);
        }
    }

    /// <summary>The nominal right after the number (its phrase's head) that a bare past participle of the verb has as subject.</summary>
    private static (int Noun, int Participle) CountedNoun(int[] heads, int[] labels, IReadOnlyList<int> tags, RepairLabels l, int number, int verb)
    {
        var noun = number + 1;
        for (var depth = 0; depth < heads.Length && noun < heads.Length && heads[noun] > noun && labels[noun] != l.Nsubj; depth++)
            noun = heads[noun];
        if (noun >= heads.Length || labels[noun] != l.Nsubj || !HeadArrays.IsNominal(l.Upos, tags, noun))
            return (0, 0);
        var participle = heads[noun];
        return participle > noun && heads[participle] == verb && l.Xpos[tags[participle - 1]] == "VBN"
            && !HeadArrays.HasChild(heads, labels, participle, l.Aux)
            ? (noun, participle) : (0, 0);
    }
}
