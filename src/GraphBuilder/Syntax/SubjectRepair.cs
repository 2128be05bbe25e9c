namespace GraphBuilder.Syntax;

/// <summary>
/// A clause has one subject in UD, but the greedy parser gives a verb two when a title follows a name between
/// commas ("A and B, the co-chairs of X, met": both "A" and "co-chairs" under "met" as nsubj). A later subject
/// enclosed in commas after an earlier one is that one's apposition. The tree stays a tree: the new head is a
/// sibling, never inside the moved word's subtree.
/// </summary>
internal static class SubjectRepair
{
    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, int nsubj, int appos)
    {
        if (nsubj < 0 || appos < 0)
            return;
        for (var first = 1; first < heads.Length; first++)
        {
            if (labels[first] != nsubj)
                continue;
            for (var later = first + 1; later < heads.Length; later++)
                if (labels[later] == nsubj && heads[later] == heads[first] && Enclosed(heads, forms, later))
                    (heads[later], labels[later]) = (first, appos);
        }
    }

    /// <summary>Whether commas enclose the word's subtree, as they do an apposition (forms are 0-based, words 1-based).</summary>
    private static bool Enclosed(int[] heads, IReadOnlyList<string> forms, int word)
    {
        int left = word, right = word;
        for (var j = 1; j < heads.Length; j++)
            if (j != word && IsBelow(heads, j, word))
                (left, right) = (Math.Min(left, j), Math.Max(right, j));
        while (right > word && forms[right - 1] == ",")
            right--;
        return left >= 2 && forms[left - 2] == "," && right < forms.Count && forms[right] == ",";
    }

    private static bool IsBelow(int[] heads, int j, int word)
    {
        for (var depth = 0; depth < heads.Length && j > 0; depth++)
            if ((j = heads[j]) == word)
                return true;
        return false;
    }
}
