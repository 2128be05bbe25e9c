namespace GraphBuilder.Syntax;

/// <summary>
/// "imposed sanctions on two Mexican cartels, the A Cartel and the B Cartel": the names that a comma sets after a
/// counted plural noun tell what it counts, an apposition of that noun; the greedy parser hangs them on the verb
/// instead (a parataxis, an oblique, an object) once an adjective stands between number and noun. A name phrase
/// that starts right after the comma and hangs to the left of the noun, under any label but a subject's (in "In
/// two years, Ruritania has ..." the name is the clause's subject), becomes the noun's apposition.
/// </summary>
internal static class CountedAppositionRepair
{
    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        if (l.Appos < 0 || l.Nummod < 0)
            return;
        for (var noun = 2; noun + 2 < heads.Length; noun++)
        {
            if (forms[noun] != "," || l.Xpos[tags[noun - 1]] != "NNS" || !HeadArrays.HasChild(heads, labels, noun, l.Nummod))
                continue;
            var name = NameAfter(heads, labels, tags, l, noun + 1);
            if (name > 0)
                (heads[name], labels[name]) = (noun, l.Appos);
        }
    }

    /// <summary>The head of the name phrase that opens at word first (1-based), when it hangs left of first and is no subject; else 0.</summary>
    private static int NameAfter(int[] heads, int[] labels, IReadOnlyList<int> tags, RepairLabels l, int first)
    {
        var word = first + 1;
        while (word < heads.Length && heads[word] > word && l.Upos[tags[word - 1]] is "DET" or "PROPN")
            word = heads[word];
        if (word >= heads.Length || l.Upos[tags[word - 1]] != "PROPN" || heads[word] <= 0 || heads[word] >= first - 1 || labels[word] == l.Nsubj
            || labels[word] == l.NsubjPass || labels[word] == l.Appos)
            return 0;
        // the comma itself is often the name's punct dependent
        return HeadArrays.Span(heads, word).Left is var left && (left == first || left == first + 1) ? word : 0;
    }
}
