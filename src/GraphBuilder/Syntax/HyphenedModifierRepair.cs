namespace GraphBuilder.Syntax;

/// <summary>
/// "applied the designation to Syria-based Algerian national A" read by the greedy parser with "Syria" the phrase's
/// head and "based" a reduced relative clause on the noun before it, whose object is A: a participle hyphened to the
/// word before it ("Lisbon-based", "state-backed") modifies the nominal after it. That nominal takes the hyphened
/// word's place (its head, label and the words before it: "to", "the"), the participle becomes its amod and the
/// hyphened word the participle's obl, as UD has "Syria - based" (obl of "based").
/// </summary>
internal static class HyphenedModifierRepair
{
    private static readonly HashSet<string> Participles = new(StringComparer.OrdinalIgnoreCase)
    {
        "based", "born", "backed", "led", "linked", "funded", "owned", "run", "aligned", "affiliated",
    };

    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        if (l.Amod < 0 || l.Obl < 0 || l.Obj < 0)
            return;
        for (var participle = 3; participle < heads.Length; participle++)
        {
            if (!Participles.Contains(forms[participle - 1]) || forms[participle - 2] != "-")
                continue;
            var word = HeadArrays.NameHead(heads, labels, l.Flat, participle - 2);
            var noun = ModifiedObject(heads, labels, tags, l, participle);
            if (noun == 0 || heads[participle] != heads[word] || heads[word] == 0)
                continue;
            for (var j = 1; j < word; j++)
                if (heads[j] == word)
                    heads[j] = noun;
            (heads[noun], labels[noun]) = (heads[word], labels[word]);
            (heads[participle], labels[participle]) = (noun, l.Amod);
            (heads[word], labels[word]) = (participle, l.Obl);
        }
    }

    /// <summary>The participle's nominal object after it, the nominal the hyphened phrase modifies; 0 when none.</summary>
    private static int ModifiedObject(int[] heads, int[] labels, IReadOnlyList<int> tags, RepairLabels l, int participle)
    {
        for (var j = participle + 1; j < heads.Length; j++)
            if (heads[j] == participle && labels[j] == l.Obj)
                return HeadArrays.IsNominal(l.Upos, tags, j) ? j : 0;
        return 0;
    }
}
