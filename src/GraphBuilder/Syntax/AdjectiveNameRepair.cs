namespace GraphBuilder.Syntax;

/// <summary>
/// "has received Russian President A on his first visit" read by the greedy parser with "Russian" an xcomp of the
/// verb and the name its flat part: an adjective never heads a name (flat), so the name is the verb's object and the
/// adjective its amod. The name takes the adjective's place; the adjective's obliques after the name ("on his visit")
/// go to the verb, its other dependents to the name.
/// </summary>
internal static class AdjectiveNameRepair
{
    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        if (l.Xcomp < 0 || l.Flat < 0 || l.Obj < 0 || l.Amod < 0)
            return;
        for (var adjective = 2; adjective < heads.Length; adjective++)
        {
            var verb = heads[adjective];
            if (labels[adjective] != l.Xcomp || l.Upos[tags[adjective - 1]] != "ADJ" || verb <= 0 || verb > adjective
                || HeadArrays.HasChild(heads, labels, verb, l.Obj))
                continue;
            var name = FlatName(heads, labels, tags, l, adjective);
            if (name == 0)
                continue;
            for (var j = 1; j < heads.Length; j++)
                if (heads[j] == adjective && j != name)
                    heads[j] = j > name && (labels[j] == l.Obl || labels[j] == l.OblUnmarked) ? verb : name;
            (heads[name], labels[name]) = (verb, l.Obj);
            (heads[adjective], labels[adjective]) = (name, l.Amod);
        }
    }

    /// <summary>The adjective's first flat dependent after it that is a proper noun; 0 when none.</summary>
    private static int FlatName(int[] heads, int[] labels, IReadOnlyList<int> tags, RepairLabels l, int adjective)
    {
        for (var j = adjective + 1; j < heads.Length; j++)
            if (heads[j] == adjective && labels[j] == l.Flat)
                return l.Upos[tags[j - 1]] == "PROPN" ? j : 0;
        return 0;
    }
}
