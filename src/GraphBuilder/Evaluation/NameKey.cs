using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GraphBuilder.Text;

namespace GraphBuilder.Evaluation;

/// <summary>
/// The gold annotation's name matching, as ../shared/eval/score.py defines it: accents, case, a
/// possessive 's, a leading "the" and every non-alphanumeric character are ignored.
/// </summary>
public static partial class NameKey
{
    private static readonly Regex Possessive = Patterns.Create(@"'s\b");

    private static readonly Regex LeadingThe = Patterns.Create(@"^the\s+");

    private static readonly Regex NonAlphanumeric = Patterns.Create(@"[^0-9a-z]+");

    private static readonly Regex FileExtension = Patterns.Create(@"\.(txt|html?|md|json)$");

    public static string Of(string? name)
    {
        var decomposed = (name ?? "").Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                sb.Append(c);
        var s = sb.ToString().ToLowerInvariant().Replace('\u2019', '\'');
        s = Possessive.Replace(s, "");
        s = LeadingThe.Replace(s.Trim(), "");
        return NonAlphanumeric.Replace(s, "");
    }

    /// <summary>A document reference reduced to its file stem, as the scorer compares them.</summary>
    public static string Stem(string document)
    {
        var name = document.Replace('\\', '/').Split('/')[^1];
        return FileExtension.Replace(name, "");
    }
}
