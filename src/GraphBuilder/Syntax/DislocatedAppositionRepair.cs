namespace GraphBuilder.Syntax;

/// <summary>
/// A name, a comma and the description apposed to it, with the speaker's clause after: "A strike killed Tomas Hale, a
/// commander who was sanctioned by the United States, the group said" read by the greedy parser with "commander" a
/// dislocated dependent of "said", cut off from the name it describes. A common noun labelled dislocated whose head
/// verb comes after it, opened by a comma right after a name, is that name's apposition, as UD has it. The name is
/// outside the noun's subtree, so the tree stays a tree.
/// </summary>
internal static class DislocatedAppositionRepair
{
    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        if (l.Dislocated < 0 || l.Appos < 0 || l.Flat < 0)
            return;
        for (var n = 1; n < heads.Length; n++)
        {
            if (labels[n] != l.Dislocated || heads[n] <= n || l.Upos[tags[n - 1]] != "NOUN" || l.Upos[tags[heads[n] - 1]] != "VERB")
                continue;
            // the comma opens the noun's span, or stands right before it
            var left = HeadArrays.Span(heads, n).Left;
            var comma = forms[left - 1] == "," ? left : left - 1;
            if (comma < 2 || forms[comma - 1] != "," || l.Upos[tags[comma - 2]] != "PROPN")
                continue;
            var name = HeadArrays.NameHead(heads, labels, l.Flat, comma - 1);
            if (!HeadArrays.IsBelow(heads, name, n))
                (heads[n], labels[n]) = (name, l.Appos);
        }
    }
}
