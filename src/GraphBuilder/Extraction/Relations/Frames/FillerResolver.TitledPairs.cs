using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>Whether "the two Prime Ministers" are the last two named (only when they hold that title); the session a torn "which" means.</summary>
internal sealed partial class FillerResolver
{
    /// <summary>
    /// "A and B co-chaired the council. Ministers C and D attended. ... a cabinet meeting co-chaired by the two Prime
    /// Ministers": the last pair named (C and D) is whom a bare "the two" means, but a title with its modifier
    /// ("Prime", "foreign") must be theirs; when it is not, the sentence is not about them, and an earlier holder of the
    /// title ("the then Prime Minister E", in a history of the council) is no sure guess either: none. A pair whose
    /// roles the article never read is left as it is.
    /// </summary>
    private IReadOnlyList<string> TitledPair(SyntaxWord word)
    {
        var pair = discourse.LastPair;
        if (ModifiedTitle(word) is null && HeldTitle(word) is { } held && pair.Any(k => discourse.Entity(k)?.Roles is { Count: > 0 })
            && !pair.Any(k => discourse.Entity(k)?.Roles.Any(r => r.Contains(held, StringComparison.OrdinalIgnoreCase)) == true))
            return [];
        if (ModifiedTitle(word) is not { } title || pair.Count < 2 || pair.Any(k => discourse.Entity(k)?.Roles is not { Count: > 0 }))
            return pair;
        return pair.All(k => discourse.Entity(k)!.Roles.Any(r => r.Contains(title, StringComparison.OrdinalIgnoreCase))) ? pair : [];
    }

    /// <summary>"Prime Ministers" -> "Prime Minister": a plural title noun with the modifier before it, else null.</summary>
    private string? ModifiedTitle(SyntaxWord word)
    {
        if (word.Xpos is not ("NNS" or "NNPS") || !DescriptionResolver.IsPersonHead(sentence, word))
            return null;
        var modifiers = sentence.Children(word).Where(c => c.Relation is "amod" or "compound" && c.Id == word.Id - 1 && sentence.Lemma(c) is not ("two" or "both"))
            .ToList();
        return modifiers is [var modifier] ? modifier.Form + " " + sentence.Lemma(word) : null;
    }

    /// <summary>
    /// "both presidents are having breakfast" after the host introduced his guest to two ministers: a bare plural title
    /// some person of the article holds is a title one of the pair must hold when their roles are known (a counterpart
    /// may be read with a rank only, "Prince B"; "both leaders", a title no one holds, is anyone).
    /// </summary>
    private string? HeldTitle(SyntaxWord word) =>
        word.Xpos is "NNS" or "NNPS" && DescriptionResolver.IsPersonHead(sentence, word) && sentence.Lemma(word) is { Length: > 3 } title
        && discourse.People.Any(p => p.Roles.Any(r => r.Contains(title, StringComparison.OrdinalIgnoreCase))) ? title : null;

    /// <summary>The last event named in the sentence before a word.</summary>
    private string? EventBefore(SyntaxWord word) =>
        sentence.Source.Mentions.LastOrDefault(m => m.End <= word.Start && m.Type == NodeType.Event)?.EntityKey;
}
