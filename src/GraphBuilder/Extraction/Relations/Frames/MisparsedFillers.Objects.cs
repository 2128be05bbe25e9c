using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>Objects of a designation the parser hung elsewhere: a subject under the verb's complement or adverb, a named oblique.</summary>
internal static partial class MisparsedFillers
{
    /// <summary>
    /// "OFAC is designating A pursuant to E.O. 13224" parsed with A the subject of "pursuant", an adjective read as
    /// the verb's complement: the subject after the verb of its adjectival complement is its object; so is one of an
    /// xcomp (which has no subject of its own in UD), and one right after the verb under its adverb or adverbial
    /// ("designated A, a Kandahar-based money exchanger, on Tuesday" with A the subject of "exchanger").
    /// </summary>
    public static IEnumerable<SyntaxWord> ComplementSubject(FrameSentence sentence, FrameMatch match) =>
        match.Anchors.SelectMany(a => sentence.Children(a).Where(c => c.Relation is "ccomp" && c.Upos == "ADJ" || c.Relation == "xcomp"
                || c.Relation.StartsWith("obl", StringComparison.Ordinal) || c.Relation == "advmod")
            .SelectMany(c => sentence.Children(c, "nsubj")).Where(s => s.Id > a.Id && (s.Id == a.Id + 1 || sentence.Head(s) is { Relation: "ccomp" or "xcomp" })));

    /// <summary>
    /// "designated Qasrani Holdings LLC and Tessmark Shipping Ltd. for ..." parsed with the names an oblique of the verb:
    /// a named oblique with no case word right after a verb that has no object is its object.
    /// </summary>
    public static IEnumerable<SyntaxWord> CaselessObject(FrameSentence sentence, FrameMatch match) =>
        match.Anchors.SelectMany(a => sentence.Children(a).Where(c => c.Relation == "obl" && c.Id > a.Id && sentence.CaseOf(c) is null
            && sentence.MentionOf(c) is { Type: Graph.NodeType.Organisation or Graph.NodeType.Person }
            && sentence.Subtree(c).First().Id == a.Id + 1));

    /// <summary>
    /// "designated aviation companies (A and B) and procurement figures (C, D)", "ship captains (E; F) were designated",
    /// "declared two more outfits -- G and H -- proscribed organisations":
    /// the names in parentheses right after a nameless object or passive subject noun (or a conjunct, or a caseless
    /// oblique the parser made of the next one) are what it counts.
    /// </summary>
    public static IEnumerable<SyntaxWord> Parenthesised(FrameSentence sentence, FrameMatch match)
    {
        var nouns = match.Anchors.SelectMany(a => sentence.Children(a).Where(c => c.Relation is "obj" or "nsubj:pass"
                || c.Relation == "obl" && sentence.CaseOf(c) is null && c.Id > a.Id))
            .SelectMany(o => sentence.Children(o, "conj").Prepend(o)).Where(n => n.Upos == "NOUN" && sentence.MentionOf(n) is null);
        foreach (var noun in nouns)
        {
            if (noun.Id >= sentence.Words.Count || Closer(sentence.Words[noun.Id].Form) is not { } closer)
                continue;
            foreach (var w in sentence.Words.Skip(noun.Id + 1).TakeWhile(w => w.Form != closer))
                if (sentence.MentionOf(w) is not null)
                    yield return w;
        }
    }

    /// <summary>What closes an aside that opens with the word: a parenthesis, or a dash ("two more outfits -- A and B -- proscribed").</summary>
    private static string? Closer(string form) => form switch
    {
        "(" => ")",
        "\u2014" or "\u2013" or "--" => form,
        _ => null,
    };

    /// <summary>
    /// "impose sanctions on the head of the general staff, A; a leader of the forces, B; and the assistant minister, C":
    /// a nameless title filling the slot, then a list of titled people set off by semicolons, which the parser scatters
    /// over the clause: every person named after the title, when a semicolon follows it.
    /// </summary>
    public static IEnumerable<SyntaxWord> TitledList(FrameSentence sentence, IReadOnlyList<SyntaxWord> filled)
    {
        if (filled.FirstOrDefault(f => sentence.MentionOf(f) is null && DescriptionResolver.IsPersonHead(sentence, f)) is not { } title
            || !sentence.Words.Skip(title.Id).Any(w => w.Form == ";"))
            return [];
        return sentence.Words.Skip(title.Id).Where(w => sentence.MentionOf(w) is { Type: Graph.NodeType.Person });
    }

    /// <summary>
    /// "The designation applies to A, B and C" parsed with B a second oblique of the verb with no case word: a named
    /// caseless oblique after a filled "to" phrase, on the same verb, continues its list.
    /// </summary>
    public static IEnumerable<SyntaxWord> StrayCaseConjuncts(FrameSentence sentence, IReadOnlyList<SyntaxWord> filled) =>
        filled.Take(1).SelectMany(f => sentence.Head(f) is { } head
            ? sentence.Children(head).Where(c => c.Id > f.Id && c.Relation.StartsWith("obl", StringComparison.Ordinal)
                && sentence.CaseOf(c) is null && sentence.MentionOf(c) is { Type: Graph.NodeType.Organisation or Graph.NodeType.Person })
            : []);
}
