namespace GraphBuilder.Syntax;

/// <summary>
/// A finite root verb with no subject, right after a comma-bounded name that hangs on an earlier phrase as its
/// conjunct or apposition: the name is the verb's subject, read into the opening phrase by the greedy parser
/// ("On March 4, commencing at 10:30 a.m., Mr. A, Minister for Foreign Affairs, held a meeting": "A" an
/// apposition of "commencing"). A clause in UD has a subject unless it is imperative, and an imperative does
/// not follow a name set off by commas. The name's own conjunct without a conjunction is its apposed title.
/// </summary>
internal static class FrontedSubjectRepair
{
    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels t)
    {
        var root = Array.IndexOf(heads, 0, 1);
        if (root < 3 || t.Upos[tags[root - 1]] != "VERB" || !RepairLabels.FiniteXpos.Contains(t.Xpos[tags[root - 1]]) || HeadArrays.HasChild(heads, labels, root, t.Subjects))
            return;
        // "..., Prime Minister A also met B": adverbs between the name and its verb
        var end = HeadArrays.FirstOfAdverbsBefore(t.Upos, tags, root) - 1;
        if (forms[end - 1] == ",")
            end--;
        for (var w = 2; w <= end; w++)
        {
            if (labels[w] != t.Conj && labels[w] != t.Appos || t.Upos[tags[w - 1]] != "PROPN" || heads[w] >= w || heads[w] == root)
                continue;
            var (left, right) = HeadArrays.Span(heads, w);
            // "In a meeting with B, A said": the name's last part may hang on the name before the comma
            var tail = right;
            while (tail < end && labels[tail + 1] == t.Flat && t.Upos[tags[tail]] == "PROPN" && !HeadArrays.IsBelow(heads, w, tail + 1))
                tail++;
            if (tail != end || left < 2 || forms[left - 1] != "," && forms[left - 2] != ",")
                continue;
            for (var k = right + 1; k <= tail; k++)
                heads[k] = w;
            (heads[w], labels[w]) = (root, t.Nsubj);
            for (var c = w + 1; c <= end; c++)
                if (heads[c] == w && labels[c] == t.Conj && !HeadArrays.HasChild(heads, labels, c, t.Cc))
                    labels[c] = t.Appos;
            return;
        }
    }
}
