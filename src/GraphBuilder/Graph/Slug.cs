using System.Globalization;
using System.Text;

namespace GraphBuilder.Graph;

/// <summary>Stable node ids: "&lt;type&gt;:&lt;slug&gt;", the slug lower-case letters and digits joined by '-'.</summary>
public static class Slug
{
    public static string NodeId(NodeType type, string label) => $"{type.Name()}:{Of(label)}";

    public static string Of(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        var run = 0;
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019')
                continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingDash && sb.Length > 0)
                    sb.Append('-');
                sb.Append(char.ToLowerInvariant(c));
                (pendingDash, run) = (false, run + 1);
            }
            else if (!(c == '.' && run == 1 && IsInitialNext(decomposed, i)))
            {
                (pendingDash, run) = (true, 0);
            }
            else
            {
                run = 0;
            }
        }
        return sb.Length > 0 ? sb.ToString().Normalize(NormalizationForm.FormC) : "x";
    }

    /// <summary>"U.S.", "U.N.": a dot between single letters joins them ("us-vietnam", not "u-s-vietnam").</summary>
    private static bool IsInitialNext(string text, int dot) =>
        dot + 2 < text.Length && char.IsLetter(text[dot + 1]) && text[dot + 2] == '.';
}
