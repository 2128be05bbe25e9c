namespace GraphBuilder.Syntax;

/// <summary>
/// "added the following to its terrorist list: A, B and C": "the following" is a pronoun-like object (UD tags it a
/// verb, VBG) that the greedy parser gives the verb's own case phrases ("to its list" under "following"). A case
/// phrase under the object "the following" belongs to the verb, as it would under any other object.
/// </summary>
internal static class FollowingRepair
{
    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        if (l.Obj < 0 || l.Obl < 0)
            return;
        for (var w = 2; w < heads.Length; w++)
        {
            var verb = heads[w];
            if (labels[w] != l.Obj || forms[w - 1] != "following" || !forms[w - 2].Equals("the", StringComparison.OrdinalIgnoreCase)
                || verb <= 0 || l.Upos[tags[verb - 1]] != "VERB")
                continue;
            for (var c = w + 1; c < heads.Length; c++)
                if (heads[c] == w && labels[c] == l.Obl)
                    heads[c] = verb;
        }
    }
}
