using GraphBuilder.Extraction.Entities;
using GraphBuilder.Text;

namespace GraphBuilder.Graph;

/// <summary>
/// Order-free keys for organisation names, for matching one body written two ways across articles: country
/// and body short forms read as their canonical names, small words and "Department" left out, the rest
/// sorted ("Ruritanian Treasury" / "Ruritania Department of the Treasury", "Council of the EU" / "Council of
/// the European Union"). Also the surname key of a person ("El-Quint" and "Quint" both give "quint").
/// </summary>
internal static class NameBags
{
    private static readonly string[] Articles = ["al-", "el-", "ul-"];

    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal) { "the", "of", "for", "and", "department", "dept", "s", "" };

    /// <summary>The bag of a name of two words or more; null for one word.</summary>
    public static string? Of(string name)
    {
        var tokens = Tokenizer.Tokenize(name);
        if (tokens.Count(t => t.IsWord) < 2)
            return null;
        var words = new List<string>();
        var gazetteer = EntityLexicons.Instance.Gazetteer;
        for (var i = 0; i < tokens.Count;)
        {
            var (n, known) = gazetteer.Longest(tokens, i);
            if (n > 0 && known!.Type == NodeType.Organisation)
                words.AddRange(CountriesSpelledOut(known.Canonical));
            else
            {
                var text = n > 0 && known!.Type != NodeType.Place ? known.Canonical : string.Join(' ', tokens.Skip(i).Take(Math.Max(n, 1)).Select(t => t.Text));
                words.AddRange(BagWords(text));
            }
            i += Math.Max(n, 1);
        }
        words.Sort(StringComparer.Ordinal);
        return words.Count == 0 ? null : string.Join(' ', words.Distinct(StringComparer.Ordinal));
    }

    /// <summary>
    /// A known body's canonical name with its country short forms read as the country ("US Treasury" →
    /// united states treasury), so that it bags like the body's long name written out in an article.
    /// </summary>
    private static IEnumerable<string> CountriesSpelledOut(string canonical)
    {
        var tokens = Tokenizer.Tokenize(canonical);
        var words = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var country = EntityLexicons.Instance.CountryOf(tokens[i].Text);
            words.AddRange(BagWords(country ?? tokens[i].Text));
        }
        return words;
    }

    private static IEnumerable<string> BagWords(string text) =>
        NameKeys.Words(text).Select(NameKeys.Compact).Where(w => w.Length > 0 && !Dropped.Contains(w));

    /// <summary>
    /// Keys for a body's name written head first or head last ("Brigades Omar al-Zaydan" / "al-Zaydan
    /// Brigades", "Front National" / "National Front"): the head word and the name word at the other end.
    /// A name is registered under its own order's key and looks up the other order's key, so two names
    /// in the same order ("New Democratic Party" / "Democratic Party") never meet this way.
    /// </summary>
    public static (string Own, string Other)? HeadOrder(string name)
    {
        var raw = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Dropped.Contains(NameKeys.Compact(w))).ToList();
        var words = raw.Select(NameKeys.Compact).ToList();
        if (words.Count < 2)
            return null;
        var (first, last) = (IsHead(raw[0]), IsHead(raw[^1]));
        if (first == last)
            return null;
        var key = first ? $"{words[0]}|{words[^1]}" : $"{words[^1]}|{words[^2]}";
        return first ? ("head-first:" + key, "head-last:" + key) : ("head-last:" + key, "head-first:" + key);
    }

    private static bool IsHead(string word)
    {
        var heads = EntityLexicons.Instance.OrganisationWords;
        return heads.Contains(word) || (word.Length > 3 && word.EndsWith('s') && heads.Contains(word[..^1]));
    }

    /// <summary>The last word of a person's name without an "al-"/"el-" article: "Quint", "El-Quint", "al Quint" → "quint".</summary>
    public static string Surname(string name)
    {
        var words = NameKeys.Words(name);
        var last = FamilyName(words);
        foreach (var article in Articles)
            if (last.StartsWith(article, StringComparison.Ordinal) && last.Length > article.Length + 2)
                last = last[article.Length..];
        return NameKeys.Compact(last);
    }

    /// <summary>
    /// The last word, or with a generation after a family name the two together ("castellan jr."): "A Brekk Jr." and
    /// "B Brekk Jr." share only the generation, and "A Brekk" and "A Brekk Jr." may be father and son.
    /// </summary>
    public static string FamilyName(IReadOnlyList<string> words) =>
        words.Count > 2 && NameSurface.IsGeneration(words[^1]) ? words[^2] + words[^1] : words[^1];
}
