namespace GraphBuilder.Syntax;

/// <summary>
/// A clause has one subject in UD, but the greedy parser gives a verb two when a title follows a name between
/// commas ("A and B, the co-chairs of X, met": both "A" and "co-chairs" under "met" as nsubj). A later subject
/// enclosed in commas after an earlier one is that one's apposition; one right after a title conjoined to the
/// earlier ("A and her counterpart B agreed") is the title's. The tree stays a tree: the new head is a
/// sibling, never inside the moved word's subtree.
/// </summary>
internal static class SubjectRepair
{
    /// <summary>
    /// A subject under a noun that is a verb's oblique and has no copula: the noun heads a prepositional phrase,
    /// which holds no clause ("approved the addition of A to its list" read with "addition" the subject of
    /// "list"); the word is the verb's object when the verb has none.
    /// </summary>
    public static void ApplyOblique(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        if (l.Nsubj < 0 || l.Obj < 0 || l.Obl < 0)
            return;
        for (var w = 1; w < heads.Length; w++)
        {
            var noun = heads[w];
            if (labels[w] != l.Nsubj || noun <= 0 || l.Upos[tags[noun - 1]] != "NOUN" || labels[noun] != l.Obl || HeadArrays.HasChild(heads, labels, noun, l.Cop))
                continue;
            var verb = heads[noun];
            if (verb > 0 && l.Upos[tags[verb - 1]] == "VERB" && !HeadArrays.HasChild(heads, labels, verb, l.Obj))
                (heads[w], labels[w]) = (verb, l.Obj);
        }
    }

    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        if (l.Nsubj < 0 || l.Appos < 0)
            return;
        for (var first = 1; first < heads.Length; first++)
        {
            if (labels[first] != l.Nsubj)
                continue;
            for (var later = first + 1; later < heads.Length; later++)
            {
                if (labels[later] != l.Nsubj || heads[later] != heads[first])
                    continue;
                if (Enclosed(heads, forms, later))
                    (heads[later], labels[later]) = (first, l.Appos);
                // "A and her counterpart B agreed": B, second subject, names the conjunct title just before it
                else if (labels[later - 1] == l.Conj && heads[later - 1] == first)
                    (heads[later], labels[later]) = (later - 1, l.Appos);
            }
        }
    }

    /// <summary>Whether commas enclose the word's subtree, as they do an apposition (forms are 0-based, words 1-based).</summary>
    private static bool Enclosed(int[] heads, IReadOnlyList<string> forms, int word)
    {
        var (left, right) = HeadArrays.Span(heads, word);
        while (right > word && forms[right - 1] == ",")
            right--;
        return left >= 2 && forms[left - 2] == "," && right < forms.Count && forms[right] == ",";
    }
}
