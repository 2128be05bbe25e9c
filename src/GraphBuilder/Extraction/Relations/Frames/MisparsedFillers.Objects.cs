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
}
