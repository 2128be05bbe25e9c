namespace GraphBuilder.Syntax;

/// <summary>
/// A relative clause set off by commas after a name is the name's (acl:relcl), with the list going on after it:
/// "sanctioned A, who runs X's finances, and B, his deputy" read by the greedy parser with "runs" a parataxis of
/// the main verb and B a conjunct of "runs", so B was no target. A verb whose relative pronoun (who, whom, which)
/// opens it right after a comma that closes a name, and which hangs on another word as parataxis, conjunct,
/// adverbial or complement clause, becomes the name's relative clause; the nominal conjuncts it took after it
/// become the name's.
/// </summary>
internal static class RelativeClauseRepair
{
    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        if (l.Relcl < 0 || l.Conj < 0 || l.Flat < 0 || l.Compound < 0)
            return;
        for (var r = 3; r < heads.Length; r++)
        {
            var verb = heads[r];
            if (verb <= r || forms[r - 2] != "," || forms[r - 1].ToLowerInvariant() is not ("who" or "whom" or "which")
                || l.Upos[tags[verb - 1]] != "VERB"
                || labels[verb] != l.Parataxis && labels[verb] != l.Conj && labels[verb] != l.Advcl && labels[verb] != l.Ccomp)
                continue;
            var name = NameEndingAt(heads, labels, tags, l, r - 2);
            if (name == 0 || HeadArrays.IsBelow(heads, name, verb))
                continue;
            for (var c = verb + 1; c < heads.Length; c++)
                if (heads[c] == verb && labels[c] == l.Conj && HeadArrays.IsNominal(l.Upos, tags, c))
                    heads[c] = name;
            (heads[verb], labels[verb]) = (name, l.Relcl);
        }
    }

    /// <summary>The head of the name whose phrase ends at word (its flat and compound parts climbed), or 0 when it is no name.</summary>
    internal static int NameEndingAt(int[] heads, int[] labels, IReadOnlyList<int> tags, RepairLabels l, int last)
    {
        var word = last;
        for (var depth = 0; depth < heads.Length && (labels[word] == l.Flat || labels[word] == l.Compound && heads[word] > word); depth++)
            word = heads[word];
        return word > 0 && l.Upos[tags[word - 1]] == "PROPN" && l.Upos[tags[last - 1]] == "PROPN" && HeadArrays.Span(heads, word).Right == last
            ? word : 0;
    }
}
