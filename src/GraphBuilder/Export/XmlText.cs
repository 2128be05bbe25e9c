using System.Text;
using System.Xml;

namespace GraphBuilder.Export;

/// <summary>
/// Makes text safe for XML 1.0: characters XML cannot carry at all (most C0 controls, U+FFFE/U+FFFF,
/// unpaired surrogates) are dropped, because no escape exists for them and parsers reject the file.
/// </summary>
public static class XmlText
{
    public static string Clean(string text)
    {
        var firstBad = FirstIllegal(text);
        if (firstBad < 0)
            return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            if (IsPairAt(text, i))
                sb.Append(text[i]).Append(text[++i]);
            else if (IsLegal(text[i]))
                sb.Append(text[i]);
        }
        return sb.ToString();
    }

    /// <summary>A name usable as a GraphML attr.name or id (an XML NMTOKEN): other characters become _xHHHH_, reversibly.</summary>
    public static string Name(string text) => XmlConvert.EncodeNmToken(text) ?? "";

    private static int FirstIllegal(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsPairAt(text, i))
                i++;
            else if (!IsLegal(text[i]))
                return i;
        }
        return -1;
    }

    private static bool IsPairAt(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);

    private static bool IsLegal(char c) =>
        c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
}
