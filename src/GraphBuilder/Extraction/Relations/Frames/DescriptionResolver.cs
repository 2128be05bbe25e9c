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
    internal static readonly HashSet<string> PersonHeads = new(StringComparer.Ordinal)
    {
        "counterpart", "official", "officials", "diplomat", "envoy", "delegate", "leader", "chief", "head", "host", "guest",
        // the head word of "Chargé d'Affaires" (the title lexicon has the whole title, the parser its last word)
        "d'affaire", "d'affaires", "d’affaire", "d’affaires",
    };

    public static bool IsPersonHead(FrameSentence sentence, SyntaxWord word) =>
        word.Upos is "NOUN" or "PROPN" && (IsTitle(sentence, word) || PersonHeads.Contains(sentence.Lemma(word)));

    private static bool IsTitle(FrameSentence sentence, SyntaxWord word) =>
        EntityLexicons.Instance.Titles.Contains(word.Form) || EntityLexicons.Instance.Titles.Contains(sentence.Lemma(word));

    public static string? Resolve(FrameSentence sentence, SyntaxWord word, Discourse discourse, IReadOnlyCollection<string> others)
    {
        if (!IsPersonHead(sentence, word))
            return null;
        if (NameAfter(sentence, word) is { } named)
            return others.Contains(named) ? null : named;
        var lemma = sentence.Lemma(word);
        var titled = IsTitle(sentence, word);
        var country = CountryOf(sentence, word, discourse);
        var phrase = TitleWords(sentence, word);
        var best = discourse.People.Where(p => !others.Contains(p.Key))
            .Select(p => (p.Key, Score: Score(p, lemma, titled, country) + Overlap(p, phrase) + (p.Key == discourse.LastSubject ? 0.5 : 0)))
            .Where(c => c.Score >= 1).OrderByDescending(c => c.Score).Take(2).ToList();
        return best.Count == 1 || best.Count == 2 && best[0].Score > best[1].Score ? best[0].Key : null;
    }

    /// <summary>
    /// The person named right after the title phrase and a comma ("Colombia's Vice Minister of Defence for Policy,
    /// A"; "the Special Adviser to the Head of State of the Democratic Republic of Congo (DRC) on security matters,
    /// A"; "Minister-designate for Foreign Affairs, A"): the title is that name's, however the parse hung the name. A
    /// country set off by commas after the title's city is the city's ("the Embassy of R in Abuja, Nigeria, A").
    /// </summary>
    internal static string? NameAfter(FrameSentence sentence, SyntaxWord word)
    {
        for (var i = word.Id; i < Math.Min(sentence.Words.Count - 1, word.Id + 24); i++)
        {
            var next = sentence.Words[i];
            if (next.Form == "," && CountryAfterComma(sentence, i + 1) is { } end)
                i = end;
            else if (next.Form == ",")
                return PersonAt(sentence, i + 1);
            else if (next.Upos is not ("NOUN" or "PROPN" or "ADJ" or "ADP" or "DET" or "CCONJ") && next.Form is not ("(" or ")" or "-")
                || sentence.MentionOf(next) is { Type: NodeType.Person })
                return null;
        }
        return null;
    }

    /// <summary>
    /// The person whose name starts at the index, or after one or two capitalised words of address that name nothing
    /// ("her counterpart, Prince A", "the minister, Dr. B": the form of address is no part of the name).
    /// </summary>
    private static string? PersonAt(FrameSentence sentence, int index)
    {
        for (var j = index; j < Math.Min(sentence.Words.Count, index + 3); j++)
        {
            var w = sentence.Words[j];
            if (sentence.MentionOf(w) is { } m)
                return m.Type == NodeType.Person && m.Start == w.Start ? m.EntityKey : null;
            if (w.Upos is not ("PROPN" or "NOUN") || !char.IsUpper(w.Form[0]))
                return null;
        }
        return null;
    }

    /// <summary>The index of the last word of a country mention that starts at index and is followed by a comma, else null.</summary>
    private static int? CountryAfterComma(FrameSentence sentence, int index)
    {
        if (sentence.MentionOf(sentence.Words[index]) is not { Type: NodeType.Country } country)
            return null;
        var last = index;
        while (last + 1 < sentence.Words.Count && sentence.MentionOf(sentence.Words[last + 1]) == country)
            last++;
        return last + 1 < sentence.Words.Count - 1 && sentence.Words[last + 1].Form == "," ? last : null;
    }

    /// <summary>The content words of a title phrase ("Minister of State for Foreign Affairs" -> minister, state, foreign, affairs).</summary>
    private static HashSet<string> TitleWords(FrameSentence sentence, SyntaxWord word) =>
        sentence.Subtree(word).Where(w => w.Upos is "NOUN" or "PROPN" or "ADJ" && w.Id >= word.Id - 3 && w.Id <= word.Id + 8)
            .Select(w => w.Form.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    /// <summary>A quarter point for each word the title phrase shares with one of the person's roles beyond the head.</summary>
    private static double Overlap(ExtractedEntity person, HashSet<string> phrase) =>
        person.Roles.Select(r => r.ToLowerInvariant().Split(' ').Count(phrase.Contains)).DefaultIfEmpty(0).Max() is var n && n > 1 ? (n - 1) * 0.25 : 0;

    /// <summary>
    /// Title fit 1, country fit 2; a known other country excludes. "counterpart" needs the country. Every person of the
    /// article is scored for each description, so the person's countries are gathered only when the description names one.
    /// </summary>
    private static double Score(ExtractedEntity person, string head, bool titled, string? country)
    {
        if (!titled && country is null)
            return 0;
        var score = 0;
        if (country is not null && CountriesOf(person) is var countries)
        {
            if (countries.Count > 0 && !countries.Contains(country))
                return 0;
            score = countries.Contains(country) ? 2 : 0;
        }
        return titled && HasRole(person, head) ? score + 1 : score;
    }

    private static HashSet<string> CountriesOf(ExtractedEntity person) =>
        person.Roles.SelectMany(r => r.Split(' ', '-')).Concat(person.Countries).Select(EntityLexicons.Instance.CountryOf)
            .OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static bool HasRole(ExtractedEntity person, string head)
    {
        foreach (var r in person.Roles)
            if (r.Contains(head, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
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
