using GraphBuilder.Extraction.Entities;
using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// Resolves a description ("his Freedonian counterpart", "the visiting minister", "a senior Ruritanian
/// official") to the one person of the article whose roles fit its title and whose country fits its
/// nationality; when none or several fit, the description stays unresolved and gives no edge.
/// </summary>
internal static class DescriptionResolver
{
    /// <summary>Heads that describe a person without being an office of the title lexicon.</summary>
    private static readonly HashSet<string> PersonHeads = new(StringComparer.Ordinal)
    {
        "counterpart", "official", "officials", "diplomat", "envoy", "delegate", "leader", "chief", "head", "host", "guest",
    };

    public static string? Resolve(FrameSentence sentence, SyntaxWord word, Discourse discourse, IReadOnlyCollection<string> others)
    {
        var lemma = sentence.Lemma(word);
        var titled = EntityLexicons.Instance.Titles.Contains(word.Form) || EntityLexicons.Instance.Titles.Contains(lemma);
        if (word.Upos is not ("NOUN" or "PROPN") || !titled && !PersonHeads.Contains(lemma))
            return null;
        var country = CountryOf(sentence, word, discourse);
        var best = discourse.People.Where(p => !others.Contains(p.Key))
            .Select(p => (p.Key, Score: Score(p, lemma, titled, country)))
            .Where(c => c.Score > 0).OrderByDescending(c => c.Score).Take(2).ToList();
        return best.Count == 1 || best.Count == 2 && best[0].Score > best[1].Score ? best[0].Key : null;
    }

    /// <summary>Title fit 1, country fit 2; a known other country excludes. "counterpart" needs the country.</summary>
    private static int Score(ExtractedEntity person, string head, bool titled, string? country)
    {
        var countries = person.Roles.SelectMany(r => r.Split(' ', '-')).Select(EntityLexicons.Instance.CountryOf)
            .OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (country is not null && countries.Count > 0 && !countries.Contains(country))
            return 0;
        var score = country is not null && countries.Contains(country) ? 2 : 0;
        if (titled && person.Roles.Any(r => r.Contains(head, StringComparison.OrdinalIgnoreCase)))
            score += 1;
        return titled || country is not null ? score : 0;
    }

    /// <summary>The nationality of a description: a country word or mention among its modifiers ("Freedonian", "of Freedonia").</summary>
    private static string? CountryOf(FrameSentence sentence, SyntaxWord word, Discourse discourse)
    {
        foreach (var c in sentence.Children(word).Where(c => c.Relation is "amod" or "compound" or "nmod" or "nmod:poss"))
        {
            if (sentence.MentionOf(c) is { Type: NodeType.Country } m)
                return discourse.Entity(m.EntityKey)?.Name ?? EntityLexicons.Instance.CountryOf(m.Text);
            if (EntityLexicons.Instance.CountryOf(c.Form) is { } known)
                return known;
        }
        return null;
    }
}
