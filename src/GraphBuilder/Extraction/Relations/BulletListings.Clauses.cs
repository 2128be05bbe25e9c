using GraphBuilder.Extraction.Relations.Frames;

namespace GraphBuilder.Extraction.Relations;

/// <summary>The names a bullet entry only describes its entry by.</summary>
internal sealed partial class BulletListings
{
    private static readonly HashSet<string> Clauses = new(StringComparer.Ordinal) { "acl", "acl:relcl", "advcl" };

    /// <summary>
    /// "- A, a national who has travelled to Syria to fight with B": a name inside a clause on the entry (a relative
    /// clause, a participle, an infinitive) is what the entry did or who owns it, not an entry; so the parse says.
    /// </summary>
    private static bool InEntryClause(MaskedSentence masked, Mention mention)
    {
        if (masked.Source.Parse is not { Words.Count: > 0 } parse)
            return false;
        var sentence = masked.FramesOf(parse);
        var word = sentence.Words.FirstOrDefault(w => sentence.MentionOf(w) == mention);
        return word is not null && sentence.Ancestors(word).Any(w => Clauses.Contains(w.Relation));
    }
}
