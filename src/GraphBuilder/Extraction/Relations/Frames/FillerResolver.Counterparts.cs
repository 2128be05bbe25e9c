using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>Counterparts named country by country: "met her counterparts from Chile, A, and Bolivia, B".</summary>
internal sealed partial class FillerResolver
{
    /// <summary>
    /// "met her counterparts from Chile, A, and Bolivia, B" with "from Chile ..." hung on the verb: a country phrase
    /// ("from", "of") of the verb that follows the nameless title right away belongs to the title.
    /// </summary>
    private IEnumerable<SyntaxWord> CountriesAfter(SyntaxWord title)
    {
        if (title.Relation is not ("obj" or "obl") || sentence.Head(title) is not { Upos: "VERB" } verb)
            return [];
        var end = sentence.Subtree(title).Max(w => w.Id);
        return sentence.Children(verb).Where(c => c.Relation.StartsWith("obl", StringComparison.Ordinal) && sentence.CaseOf(c) is "from" or "of"
            && sentence.MentionOf(c) is { Type: NodeType.Country } && sentence.Subtree(c).Min(w => w.Id) == end + 1);
    }

    /// <summary>"..., and Bolivia, B" parsed with B one more conjunct of the list: a person right after the country and its comma is its holder.</summary>
    private SyntaxWord? ApposedConjunct(SyntaxWord country) =>
        sentence.Children(country, "conj").FirstOrDefault(c => sentence.MentionOf(c) is { Type: NodeType.Person }
            && sentence.Subtree(c).Min(w => w.Id) == country.Id + 2 && sentence.Words[country.Id].Form == ",");
}
