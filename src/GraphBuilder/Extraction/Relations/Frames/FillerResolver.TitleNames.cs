using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>The people a title's own phrase names, however the parser hangs its "of" phrases, conjuncts and appositions.</summary>
internal sealed partial class FillerResolver
{
    /// <summary>
    /// The people named inside a title's own phrase, which the parser often hangs below its "of" phrases:
    /// "Minister of Foreign Affairs of Lithuania H E A" with A flat under "Lithuania".
    /// </summary>
    private IReadOnlyList<string> NamesInside(SyntaxWord title)
    {
        var names = new List<string>();
        var stack = new Stack<SyntaxWord>(sentence.Children(title).Where(c => c.Relation is "nmod" or "flat" or "compound" or "list"));
        while (stack.Count > 0 && names.Count < 4)
        {
            var w = stack.Pop();
            // "the Special Envoy of President A": a person in the title's own case phrase is whom it serves
            if (sentence.CaseOf(w) is not null && sentence.MentionOf(w) is { Type: NodeType.Person } served && !AfterCaseCountry(w, served))
                continue;
            if (sentence.MentionOf(w) is { Type: NodeType.Person } m)
            {
                if (!names.Contains(m.EntityKey))
                    names.Add(m.EntityKey);
                continue;
            }
            foreach (var c in sentence.Children(w).Where(c => c.Relation is "nmod" or "flat" or "compound" or "list" || IsTitleConjunct(c) || IsNameApposed(c)))
                stack.Push(c);
        }
        return names;
    }

    /// <summary>
    /// "President of the Republic of X A and President of the Republic of Y B" with the second title a conjunct of
    /// the first one's "Republic": a nameless title joined inside the phrase is the next person's.
    /// </summary>
    private bool IsTitleConjunct(SyntaxWord word) =>
        word.Relation == "conj" && sentence.MentionOf(word) is null && DescriptionResolver.IsPersonHead(sentence, word);

    /// <summary>"... President of the Republic of Y B" with B apposed to "Republic": the title's holder.</summary>
    private bool IsNameApposed(SyntaxWord word) => word.Relation == "appos" && sentence.MentionOf(word) is { Type: NodeType.Person };

    /// <summary>
    /// "Ambassador of Nepal to Pakistan B" parsed with B under "to": a name right after the country its case word
    /// governs is no one the title serves (that needs a title of its own, "to President B") but its holder.
    /// </summary>
    private bool AfterCaseCountry(SyntaxWord word, Mention person)
    {
        var casing = sentence.Children(word, "case").FirstOrDefault();
        var between = sentence.Words.Where(w => casing is not null && w.Id > casing.Id && w.End <= person.Start).ToList();
        return between.Count > 0 && between.TrueForAll(w => sentence.MentionOf(w) is { Type: NodeType.Country });
    }
}
