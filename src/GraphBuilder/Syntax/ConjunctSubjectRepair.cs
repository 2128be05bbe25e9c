namespace GraphBuilder.Syntax;

/// <summary>
/// A finite verb conjoined to an earlier one with no subject of its own, right after a name that the parser made a
/// conjunct of a noun before it ("A met B in Lima and C met D": "C" a conjunct of "Lima", the second "met" with no
/// subject, so read as A's): the name is the second verb's subject, the "and" the verb's cc, the verb a conjunct.
/// </summary>
internal static class ConjunctSubjectRepair
{
    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels t)
    {
        for (var verb = 3; verb < heads.Length; verb++)
        {
            // an adverbial clause with no subordinator is the same misreading ("A met B and C met D": "met" an advcl)
            var joined = labels[verb] == t.Conj || labels[verb] == t.Advcl && !HeadArrays.HasChild(heads, labels, verb, t.Mark);
            if (!joined || t.Upos[tags[verb - 1]] != "VERB" || !RepairLabels.FiniteXpos.Contains(t.Xpos[tags[verb - 1]])
                || HeadArrays.HasChild(heads, labels, verb, t.Subjects))
                continue;
            var name = HeadArrays.NameHead(heads, labels, t.Flat, verb - 1);
            if (labels[name] != t.Conj || t.Upos[tags[name - 1]] != "PROPN" || heads[name] >= name)
                continue;
            var (left, right) = HeadArrays.Span(heads, name);
            if (right != verb - 1 || labels[left] != t.Cc || heads[left] != name || HeadArrays.IsBelow(heads, verb, name))
                continue;
            (heads[name], labels[name], labels[verb]) = (verb, t.Nsubj, t.Conj);
            heads[left] = verb;
        }
    }
}
