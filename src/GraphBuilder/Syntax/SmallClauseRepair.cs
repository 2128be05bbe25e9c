namespace GraphBuilder.Syntax;

/// <summary>
/// Small clauses after a verb ("designated X a terror group", "declared X a terrorist organisation"): UD gives
/// them as the verb's object and an xcomp ("consider him a fool"), the parser often as X the subject of the
/// noun, or as two objects, or the noun as an unmarked oblique. The frames read the predicate as an xcomp, so
/// these become one. Only the plain order is read: X a name right after the verb, then the noun with an
/// article of its own right after X ("listed all of X - a political party" is left as parsed). The tree stays a
/// tree: only labels change, and a head moves only up to the verb above it.
/// </summary>
internal static class SmallClauseRepair
{
    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        if (l.Nsubj < 0 || l.Obj < 0 || l.Xcomp < 0)
            return;
        for (var w = 1; w < heads.Length; w++)
        {
            // the cheap tests first: a subtree's span is a walk over the sentence
            if (l.Upos[tags[w - 1]] != "PROPN" || labels[w] != l.Nsubj && labels[w] != l.Obj || heads[w] <= 0)
                continue;
            var (left, right) = HeadArrays.Span(heads, w);
            // "designated X a terror group" read with X the subject of "group"
            if (labels[w] == l.Nsubj && heads[w] is var noun && noun > w && labels[noun] == l.Obj && IsPredicate(heads, labels, tags, noun, right, l)
                && heads[noun] is var verb && verb > 0 && verb + 1 == left && l.Upos[tags[verb - 1]] == "VERB")
                (heads[w], labels[w], labels[noun]) = (verb, l.Obj, l.Xcomp);
            // "declared X a terrorist", "declared X a terrorist organisation": two objects, or an unmarked oblique
            else if (labels[w] == l.Obj && heads[w] is var head && head + 1 == left && l.Upos[tags[head - 1]] == "VERB")
                for (var n = right + 1; n < heads.Length; n++)
                    if (heads[n] == head && (labels[n] == l.Obj || labels[n] == l.OblUnmarked) && IsPredicate(heads, labels, tags, n, right, l))
                        labels[n] = l.Xcomp;
        }
    }

    /// <summary>A common noun with no copula whose phrase opens, with its article, right after the word ending at <paramref name="after"/>.</summary>
    private static bool IsPredicate(int[] heads, int[] labels, IReadOnlyList<int> tags, int noun, int after, RepairLabels l) =>
        l.Upos[tags[noun - 1]] == "NOUN" && !HeadArrays.HasChild(heads, labels, noun, l.Cop)
        && after + 1 < heads.Length && heads[after + 1] == noun && l.Upos[tags[after]] == "DET";
}
