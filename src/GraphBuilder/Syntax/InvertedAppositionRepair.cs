namespace GraphBuilder.Syntax;

/// <summary>
/// A name with its case word, then a comma and the title apposed to it: "co-chaired the Dialogue with B, Brazil's
/// deputy foreign minister" read by the greedy parser with "minister" the verb's oblique and "with B" under it. A
/// nominal with a case word of its own whose head is a caseless nominal after it, opened by a comma right after
/// the nominal's phrase, is the head's head: it takes the head's place (an oblique of a verb, else a nominal
/// modifier) and the head becomes its apposition, as UD has it. The tree stays a tree: the nominal leaves the
/// subtree it was in, and its former head goes below it.
/// </summary>
internal static class InvertedAppositionRepair
{
    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        if (l.Case < 0 || l.Appos < 0 || l.Obl < 0 || l.Nmod < 0)
            return;
        for (var n = 1; n < heads.Length; n++)
        {
            var title = heads[n];
            // the cheap tests first: a subtree's span is a walk over the sentence
            if (title <= n || !HeadArrays.IsNominal(l.Upos, tags, n) || !HeadArrays.IsNominal(l.Upos, tags, title)
                || !HeadArrays.HasChild(heads, labels, n, l.Case) || HeadArrays.HasChild(heads, labels, title, l.Case)
                || labels[title] != l.Obl && labels[title] != l.OblUnmarked && labels[title] != l.Obj)
                continue;
            var (left, right) = HeadArrays.Span(heads, n);
            if (right >= forms.Count || forms[right] != "," || HeadArrays.Span(heads, title).Left != left)
                continue;
            var verb = heads[title];
            (heads[n], labels[n]) = (verb, verb > 0 && l.Upos[tags[verb - 1]] == "VERB" ? l.Obl : l.Nmod);
            (heads[title], labels[title]) = (n, l.Appos);
        }
    }
}
