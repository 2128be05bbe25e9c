namespace GraphBuilder.Syntax;

/// <summary>
/// An "as" phrase after a coordinated or counted object is the verb's: "classified three individuals and one entity
/// as terrorists" read by the greedy parser with "as terrorists" a modifier (nmod) of "individuals", over its conjunct
/// "entity", and "declared four men as terrorists" with it a modifier of "men", so the listing verb had no "as" and
/// named no designation. An "as" phrase hung on a verb's object after the object's last conjunct, or on an object a
/// number counts, says what the verb makes of them (obl of the verb, as UD has it).
/// </summary>
internal static class CoordinatedAsRepair
{
    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        if (l.Obl < 0 || l.Nmod < 0 || l.Obj < 0 || l.Case < 0 || l.Conj < 0 || l.Nummod < 0)
            return;
        for (var a = 1; a < heads.Length; a++)
        {
            if (labels[a] != l.Case || !forms[a - 1].Equals("as", StringComparison.OrdinalIgnoreCase))
                continue;
            var phrase = heads[a];
            var obj = phrase > 0 && labels[phrase] == l.Nmod ? heads[phrase] : 0;
            if (obj <= 0 || obj > a || labels[obj] != l.Obj || heads[obj] <= 0 || l.Upos[tags[heads[obj] - 1]] != "VERB"
                || !HasConjunctBefore(heads, labels, l, obj, a) && !HeadArrays.HasChild(heads, labels, obj, l.Nummod))
                continue;
            (heads[phrase], labels[phrase]) = (heads[obj], l.Obl);
        }
    }

    /// <summary>Whether the object has a conjunct whose phrase ends before the word.</summary>
    private static bool HasConjunctBefore(int[] heads, int[] labels, RepairLabels l, int obj, int word)
    {
        for (var c = obj + 1; c < word; c++)
            if (heads[c] == obj && labels[c] == l.Conj && HeadArrays.Span(heads, c).Right < word)
                return true;
        return false;
    }
}
