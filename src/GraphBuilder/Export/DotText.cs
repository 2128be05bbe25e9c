using System.Text;

namespace GraphBuilder.Export;

/// <summary>
/// The one escaper for DOT: every ID and value goes out as a quoted string, so keywords (node, graph,
/// strict...) are plain text. Backslashes are doubled first, which keeps a trailing backslash from eating
/// the closing quote and stops label escapes (\l, \N...) from firing; newlines become the \n line break.
/// </summary>
public static class DotText
{
    public static string Quote(string text)
    {
        // dot copies labels into SVG, so characters XML cannot carry would make its output unreadable.
        var clean = XmlText.Clean(text);
        var sb = new StringBuilder(clean.Length + 2).Append('"');
        foreach (var c in clean)
        {
            switch (c)
            {
                case '\\':
                    sb.Append(@"\\");
                    break;
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\n':
                    sb.Append(@"\n");
                    break;
                case '\r':
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
