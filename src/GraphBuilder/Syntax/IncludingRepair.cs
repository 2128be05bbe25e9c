namespace GraphBuilder.Syntax;

/// <summary>
/// "imposed sanctions on six people over abuses in Ruritania, including the police chief, A": an "including" phrase
/// names members of a set, and the set is the counted plural before it, but the greedy parser hangs the phrase on the
/// nearest name (an apposition of "Ruritania"). An "including" phrase on a proper noun that is a verb's oblique,
/// where a counted plural noun (with a number) is an earlier object or oblique of the same verb, goes to that noun.
/// A place can have parts too ("in Ruritania, including the capital"), so the counted plural must be there: a set
/// the sentence counts is what such a list names.
/// </summary>
internal static class IncludingRepair
{
    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        if (l.Case < 0 || l.Nmod < 0 || l.Nummod < 0 || l.Obl < 0 || l.Obj < 0)
            return;
        for (var w = 1; w < forms.Count; w++)
        {
            if (!forms[w - 1].Equals("including", StringComparison.OrdinalIgnoreCase) || labels[w] != l.Case)
                continue;
            var phrase = heads[w];
            var name = phrase > 0 ? heads[phrase] : 0;
            if (name <= 0 || labels[phrase] != l.Appos && labels[phrase] != l.Nmod || l.Upos[tags[name - 1]] != "PROPN" || labels[name] != l.Obl)
                continue;
            var set = CountedSet(heads, labels, tags, l, heads[name], name);
            if (set > 0)
                (heads[phrase], labels[phrase]) = (set, l.Nmod);
        }
    }

    /// <summary>The verb's last object or oblique before word that is a plural noun with a number; 0 when none.</summary>
    private static int CountedSet(int[] heads, int[] labels, IReadOnlyList<int> tags, RepairLabels l, int verb, int before)
    {
        if (verb <= 0 || l.Upos[tags[verb - 1]] != "VERB")
            return 0;
        for (var j = before - 1; j > verb; j--)
            if (heads[j] == verb && (labels[j] == l.Obj || labels[j] == l.Obl) && l.Xpos[tags[j - 1]] == "NNS"
                && HeadArrays.HasChild(heads, labels, j, l.Nummod))
                return j;
        return 0;
    }
}
