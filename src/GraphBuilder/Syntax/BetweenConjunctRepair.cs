namespace GraphBuilder.Syntax;

/// <summary>
/// The second member of a "between" pair read as a subject of the clause's verb: "The meeting between A and his Serbian
/// counterpart B took place" parsed with "and" the verb's cc and "counterpart" (or only B) the verb's subject beside
/// "meeting". For a "between" phrase under a subject of the verb: a subject of the verb that opens right after a cc
/// of the verb that follows the phrase is the phrase's conjunct; a named subject of the verb right after the phrase's
/// last conjunct is that conjunct's apposition (the name of "his counterpart").
/// </summary>
internal static class BetweenConjunctRepair
{
    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels t)
    {
        for (var noun = 2; noun < heads.Length; noun++)
        {
            if (labels[noun] != t.Nmod || !HasBetween(heads, labels, forms, t, noun) || heads[noun] is not (> 0 and var owner)
                || !t.Subjects.Contains(labels[owner]) || heads[owner] is not (> 0 and var verb) || t.Upos[tags[verb - 1]] != "VERB")
                continue;
            var cc = HeadArrays.Span(heads, noun).Right + 1;
            if (cc < heads.Length && heads[cc] == verb && labels[cc] == t.Cc && SubjectFrom(heads, labels, t, verb, cc + 1) is > 0 and var second)
                (heads[second], labels[second], heads[cc]) = (noun, t.Conj, second);
            var last = LastConjunct(heads, labels, t, noun);
            if (last > 0 && SubjectFrom(heads, labels, t, verb, HeadArrays.Span(heads, last).Right + 1) is > 0 and var named
                && t.Upos[tags[named - 1]] == "PROPN")
                (heads[named], labels[named]) = (last, t.Appos);
        }
    }

    private static bool HasBetween(int[] heads, int[] labels, IReadOnlyList<string> forms, RepairLabels t, int noun)
    {
        for (var c = 1; c < noun; c++)
            if (heads[c] == noun && labels[c] == t.Case && forms[c - 1].Equals("between", StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    private static int LastConjunct(int[] heads, int[] labels, RepairLabels t, int noun)
    {
        var last = 0;
        for (var w = noun + 1; w < heads.Length; w++)
            if (heads[w] == noun && labels[w] == t.Conj)
                last = w;
        return last;
    }

    /// <summary>The verb's subject whose phrase opens at word start; else 0.</summary>
    private static int SubjectFrom(int[] heads, int[] labels, RepairLabels t, int verb, int start)
    {
        for (var w = start; w < heads.Length; w++)
            if (heads[w] == verb && t.Subjects.Contains(labels[w]) && HeadArrays.Span(heads, w).Left == start)
                return w;
        return 0;
    }
}
