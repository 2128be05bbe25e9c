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
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019')
                continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingDash && sb.Length > 0)
                    sb.Append('-');
                sb.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }
        return sb.Length > 0 ? sb.ToString().Normalize(NormalizationForm.FormC) : "x";
    }
}
