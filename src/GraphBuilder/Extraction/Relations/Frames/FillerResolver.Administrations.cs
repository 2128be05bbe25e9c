using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// Bodies named by a common noun: "the Vantor administration", "the department" after "the Treasury Department", "the
/// government" under a capital's dateline.
/// </summary>
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

    /// <summary>
    /// "The department also imposed sanctions on A" after "the Treasury Department said": a definite "department"
    /// ("ministry", "office") with no owner of its own is the last body of that name, not the last designator; so is "the
    /// same court" after "Cairo Criminal Court ordered ...", which no description of a person fits.
    /// </summary>
    private string? NamedStateNoun(SyntaxWord word, string lemma, IReadOnlySet<Graph.NodeType> types) =>
        lemma is "department" or "ministry" or "office" or "court" or "tribunal" && types.Contains(Graph.NodeType.Organisation) && IsDefinite(word)
        && discourse.LastBodyCalled(lemma) is { } named ? named.EntityKey : null;

    /// <summary>
    /// "New Delhi, Nov 13 (PTI) The government (the Centre, the home ministry) has banned X": a definite state noun that
    /// names no country and no body named before, under a capital's dateline, is that capital's government.
    /// </summary>
    private string? DatelineGovernment(SyntaxWord word, string lemma, IReadOnlySet<Graph.NodeType> types) =>
        (lemma is "government" or "ministry" || word.Form == "Centre") && types.Contains(Graph.NodeType.Country) && IsDefinite(word)
        && discourse.Dateline is { } dateline && discourse.Entity(dateline.Place) is { } city ? Capitals.Government(city.Name, discourse) : null;

    /// <summary>
    /// "the Vashkar government banned X", "the government of Prime Minister A banned X": a government called after its
    /// leader acts for its country (the country the article names most), neither the leader nor the last body that acted.
    /// </summary>
    private string? LeadersGovernment(SyntaxWord word, FrameMatch match, IReadOnlySet<Graph.NodeType> types) =>
        match.Frame.Relation == Graph.Relations.Designated && sentence.Lemma(word) is "government" or "regime" && sentence.MentionOf(word) is null
        && types.Contains(Graph.NodeType.Country) && sentence.Children(word).Any(IsLeaderOf) ? discourse.MainCountry : null;

    /// <summary>A leader's name before the noun ("the Vashkar government", capitalised, no country or body) or in its "of" phrase.</summary>
    private bool IsLeaderOf(SyntaxWord c) =>
        c.Relation is "compound" or "nmod:poss" && c.Upos == "PROPN" && sentence.MentionOf(c) is null or { Type: Graph.NodeType.Person }
        || c.Relation == "nmod" && sentence.CaseOf(c) == "of" && sentence.Subtree(c).Any(w => sentence.MentionOf(w) is { Type: Graph.NodeType.Person });
}
