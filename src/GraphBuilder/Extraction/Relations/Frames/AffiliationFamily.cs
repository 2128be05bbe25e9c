using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// member_of and led read from the title a person is named with: "A, leader of X" and "X chief A" (led),
/// "A, Commander of the military wing of X" and "Minister of Foreign Affairs of Y A" (member_of). The
/// title is a person's apposition, a descriptive modifier, or the noun the name is apposed to.
/// </summary>
internal sealed class AffiliationFamily : IPatternFamily
{
    private static readonly HashSet<string> Leading = new(StringComparer.Ordinal)
    {
        "leader", "chief", "head", "commander", "founder", "chairman", "chairwoman", "chair", "emir", "boss",
    };

    public IEnumerable<Found> Find(MaskedSentence masked, Discourse discourse)
    {
        if (masked.Source.Parse is not { Words.Count: > 0 } parse)
            return [];
        var sentence = masked.FramesOf(parse);
        var found = new List<Found>();
        foreach (var word in sentence.Words)
        {
            if (sentence.MentionOf(word) is not { Type: NodeType.Person } person || IsInside(sentence, word, person))
                continue;
            foreach (var title in Titles(sentence, word, person))
                foreach (var (body, direct) in Bodies(sentence, title))
                    found.Add(new Found(person.EntityKey, direct && Leading.Contains(sentence.Lemma(title)) && body.Type == NodeType.Organisation
                        ? Graph.Relations.Led : Graph.Relations.MemberOf, body.EntityKey, masked.IndexOf(title.Start)));
        }
        return found;
    }

    /// <summary>Whether the word's head lies in the same mention: only a mention's top word is read.</summary>
    private static bool IsInside(FrameSentence sentence, SyntaxWord word, Mention mention) =>
        sentence.Head(word) is { } head && sentence.MentionOf(head) == mention;

    private static IEnumerable<SyntaxWord> Titles(FrameSentence sentence, SyntaxWord word, Mention person)
    {
        foreach (var c in sentence.Children(word).Where(c => c.Relation is "appos" or "nmod:desc" or "compound" or "flat"))
            if (sentence.MentionOf(c) != person && DescriptionResolver.IsPersonHead(sentence, c))
                yield return c;
        if (word.Relation is "appos" or "flat" or "compound" or "nmod" && sentence.Head(word) is { } head
            && sentence.MentionOf(head) is null && (DescriptionResolver.IsPersonHead(sentence, head) || IsHyphenedTitle(sentence, head)))
            yield return head;
    }

    /// <summary>"Secretary-General" split at its hyphen: the title word is the part before it.</summary>
    private static bool IsHyphenedTitle(FrameSentence sentence, SyntaxWord word) =>
        word.Id > 2 && sentence.Words[word.Id - 2].Form == "-" && sentence.Words[word.Id - 3] is { } first
        && first.Head == word.Id && DescriptionResolver.IsPersonHead(sentence, first);

    /// <summary>
    /// The organisations and countries in a title's phrase, one "of" phrase deep ("of the wing of X"); Direct
    /// when the body is the title's own complement (the leader of X leads X, a commander of its wing does not).
    /// </summary>
    private static IEnumerable<(Mention Body, bool Direct)> Bodies(FrameSentence sentence, SyntaxWord title)
    {
        // a level word's apposition renames it ("the Council for the Gulf States (GCC)"); a possessor one level
        // down owns the unit the title heads ("chief of X's finance unit")
        var level = sentence.Children(title).Where(c => c.Relation is "nmod" or "nmod:poss" or "compound" or "amod").ToList();
        level.AddRange(level.SelectMany(c => sentence.Children(c, "appos")).ToList());
        var all = level.Select(w => (Word: w, Direct: true))
            .Concat(level.SelectMany(c => sentence.Children(c).Where(d => d.Relation is "nmod" or "nmod:poss" or "compound" or "flat")).Select(w => (Word: w, Direct: false)));
        return all.Select(x => (Body: sentence.MentionOf(x.Word), x.Direct)).Where(x => x.Body is { Type: NodeType.Organisation or NodeType.Country })
            .Select(x => (x.Body!, x.Direct)).DistinctBy(x => x.Item1.EntityKey);
    }
}
