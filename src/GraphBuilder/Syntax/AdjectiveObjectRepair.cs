namespace GraphBuilder.Syntax;

/// <summary>
/// "has declared the Velmor Action Front unlawful" read by the greedy parser with the adjective the verb's object (or
/// its xcomp, the verb left with no object) and the name a compound of it: an adjective takes no proper noun as
/// compound, so the name is the object and the adjective its predicate (xcomp), as in "declared X illegal". The name
/// takes the adjective's place and its determiner; the adjective's other dependents ("and detrimental to peace") stay
/// with it.
/// </summary>
internal static class AdjectiveObjectRepair
{
    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        if (l.Obj < 0 || l.Xcomp < 0 || l.Compound < 0)
            return;
        for (var adjective = 2; adjective < heads.Length; adjective++)
        {
            var verb = heads[adjective];
            if (labels[adjective] != l.Obj && labels[adjective] != l.Xcomp || l.Upos[tags[adjective - 1]] != "ADJ" || verb <= 0
                || verb > adjective || l.Upos[tags[verb - 1]] != "VERB" || HeadArrays.HasChild(heads, labels, verb, l.Obj, adjective))
                continue;
            var name = adjective - 1;
            if (heads[name] != adjective || labels[name] != l.Compound || l.Upos[tags[name - 1]] != "PROPN")
                continue;
            (heads[name], labels[name]) = (verb, l.Obj);
            labels[adjective] = l.Xcomp;
            for (var j = verb + 1; j < name; j++)
                if (heads[j] == adjective)
                    heads[j] = name;
        }
    }
}
