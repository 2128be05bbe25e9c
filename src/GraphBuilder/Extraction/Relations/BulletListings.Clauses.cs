using GraphBuilder.Extraction.Relations.Frames;

namespace GraphBuilder.Extraction.Relations;

/// <summary>The names a bullet entry only describes its entry by, and the sentences that go on describing an entry.</summary>
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

    /// <summary>
    /// "- A, a national who fights with X. His brother, B, was designated last week. ¶ - C, ...": a sentence of no bullet
    /// that the next bullet follows goes on describing its entry; the listing goes on after it.
    /// </summary>
    private static bool BulletNext(MaskedSentence sentence) =>
        sentence.NextText.TrimStart() is { Length: > 0 } next && (Bullets.Contains(next[0]) || Documents.FurnitureRules.StartsWithBullet(next));
}
