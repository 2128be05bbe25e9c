using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>"The Vantor administration levelled sanctions": a presidency named by its president's surname.</summary>
internal sealed partial class FillerResolver
{
    /// <summary>
    /// "the X administration" with a capitalised name before the noun: in news copy the idiom names a presidency of
    /// the United States, so the article's United States acted (not the country its targets come from).
    /// </summary>
    private bool IsNamedAdministration(SyntaxWord word) =>
        sentence.Lemma(word) == "administration" && IsDefinite(word)
        && sentence.Children(word).Any(c => c.Relation is "compound" or "amod" or "nmod:poss" && c.Id < word.Id && char.IsUpper(c.Form[0])
            && sentence.MentionOf(c) is not { Type: Graph.NodeType.Country or Graph.NodeType.Organisation });
}
