namespace GraphBuilder.Syntax;

/// <summary>
/// A name, an aside set off by commas, then the verb: "A, who is on a visit to R, called on B" and "A, Minister of
/// State for X, called on B" parsed with the name the root and "called" a participle under the aside's last noun.
/// A sentence whose root is a noun and whose first verb after the aside's closing comma has no subject of its own
/// is that verb's clause: the verb becomes the root and the name its subject. A participle right after the first
/// comma ("A, accused of fraud, ...") opens the aside itself and is left alone.
/// </summary>
internal static class AsideVerbRepair
{
    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels t)
    {
        var root = Array.IndexOf(heads, 0, 1);
        if (root < 1 || t.Upos[tags[root - 1]] is not ("NOUN" or "PROPN"))
            return;
        var commas = 0;
        for (var w = root + 1; w < heads.Length; w++)
        {
            var upos = t.Upos[tags[w - 1]];
            if (forms[w - 1] == ",")
                commas++;
            else if (upos is "VERB" or "AUX")
            {
                if (upos == "VERB" && commas >= 2 && forms[HeadArrays.FirstOfAdverbsBefore(t.Upos, tags, w) - 2] == "," && t.Xpos[tags[w - 1]] is "VBD" or "VBN"
                    && HeadArrays.IsBelow(heads, w, root) && !HeadArrays.HasChild(heads, labels, w, t.Subjects))
                {
                    (heads[w], labels[w], heads[root], labels[root]) = (0, labels[root], w, t.Nsubj);
                    return;
                }
                if (commas == 0 || forms[w - 2] == ",")
                    return;
            }
        }
    }
}
