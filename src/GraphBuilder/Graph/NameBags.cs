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
            var text = n > 0 && known!.Type != NodeType.Place ? known.Canonical : string.Join(' ', tokens.Skip(i).Take(Math.Max(n, 1)).Select(t => t.Text));
            words.AddRange(NameKeys.Words(text).Select(NameKeys.Compact).Where(w => w.Length > 0 && !Dropped.Contains(w)));
            i += Math.Max(n, 1);
        }
        words.Sort(StringComparer.Ordinal);
        return words.Count == 0 ? null : string.Join(' ', words.Distinct(StringComparer.Ordinal));
    }

    /// <summary>The last word of a person's name without an "al-"/"el-" article: "Quint", "El-Quint", "al Quint" → "quint".</summary>
    public static string Surname(string name)
    {
        var words = NameKeys.Words(name);
        var last = words[^1];
        foreach (var article in Articles)
            if (last.StartsWith(article, StringComparison.Ordinal) && last.Length > article.Length + 2)
                last = last[article.Length..];
        return NameKeys.Compact(last);
    }
}
