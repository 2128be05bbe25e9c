using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GraphBuilder.Evaluation;

/// <summary>
/// The gold annotation's name matching, as ../shared/eval/score.py defines it: accents, case, a
/// possessive 's, a leading "the" and every non-alphanumeric character are ignored.
/// </summary>
public static partial class NameKey
{
    [GeneratedRegex(@"'s\b")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"^the\s+")]
    private static partial Regex LeadingThe();

    [GeneratedRegex(@"[^0-9a-z]+")]
    private static partial Regex NonAlphanumeric();

    public static string Of(string? name)
    {
        var decomposed = (name ?? "").Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                sb.Append(c);
        var s = sb.ToString().ToLowerInvariant().Replace('\u2019', '\'');
        s = Possessive().Replace(s, "");
        s = LeadingThe().Replace(s.Trim(), "");
        return NonAlphanumeric().Replace(s, "");
    }

    /// <summary>A document reference reduced to its file stem, as the scorer compares them.</summary>
    public static string Stem(string document)
    {
        var name = document.Replace('\\', '/').Split('/')[^1];
        return Regex.Replace(name, @"\.(txt|html?|md|json)$", "");
    }
}
