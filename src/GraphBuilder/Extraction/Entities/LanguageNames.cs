using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// "a statement in Arabic", "written in English, ...": a language after "in" names no place and no country ("in French"
/// is no France). Only when nothing but punctuation or a small word follows: "in French Guiana" and "in French waters"
/// are read as before.
/// </summary>
internal static class LanguageNames
{
    private static readonly HashSet<string> Languages = new(StringComparer.Ordinal)
    {
        "English", "French", "Arabic", "Spanish", "Portuguese", "Russian", "Chinese", "Mandarin", "Cantonese", "German",
        "Italian", "Japanese", "Korean", "Hindi", "Urdu", "Bengali", "Persian", "Farsi", "Dari", "Pashto", "Turkish",
        "Hebrew", "Swahili", "Amharic", "Somali", "Hausa", "Dutch", "Greek", "Polish", "Ukrainian", "Vietnamese", "Thai",
        "Indonesian", "Malay", "Tagalog", "Filipino", "Kurdish", "Tamil", "Latin",
    };

    public static bool AfterIn(List<Token> tokens, int p, int last, IReadOnlySet<string> functionWords)
    {
        if (p + 1 != last || p < 1 || tokens[p - 1].Text != "in" || !Languages.Contains(tokens[p].Text))
            return false;
        if (last == tokens.Count || tokens[last].Kind == TokenKind.Punctuation)
            return true;
        var next = tokens[last].Text;
        return next.Length > 0 && char.IsLower(next[0]) && functionWords.Contains(char.ToUpperInvariant(next[0]) + next[1..]);
    }
}
