namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// A relation a pattern read in one sentence, between document-level entity keys; At is where its trigger
/// stands in the masked sentence (the date nearest to it is the relation's date). Background marks an act told as
/// the time of another ("a month after R designated X"): it happened, but the article's story is not about it.
/// </summary>
internal sealed record Found(
    string SourceKey,
    string Relation,
    string TargetKey,
    int At,
    string Status = Graph.EdgeStatus.Happened,
    IReadOnlyDictionary<string, string>? Attributes = null,
    bool Background = false);

/// <summary>One family of relation patterns (meetings, co-chairs, designations, ...). Stateless and thread-safe.</summary>
internal interface IPatternFamily
{
    IEnumerable<Found> Find(MaskedSentence sentence, Discourse discourse);
}
