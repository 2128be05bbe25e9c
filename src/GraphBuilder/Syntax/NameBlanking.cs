using GraphBuilder.Extraction;
using GraphBuilder.Graph;

namespace GraphBuilder.Syntax;

/// <summary>
/// A sentence as the parser reads it a second time: each named person one word, the last of the name, with
/// the capitalised title run before it blanked ("Japanese Foreign Minister Mara Quint and Defence Minister
/// Olan Brekk hosted ..." is read as "Quint and Brekk hosted ..."). The treebanks hold few chains of five
/// capitalised words and the parser hangs them wrongly; a single name it parses as any noun. Blanks keep
/// every offset, so each word still maps to its characters and the mention it lies in.
/// </summary>
public static class NameBlanking
{
    /// <summary>Lower-case words a title run may hold between capitalised ones ("Minister of the Interior").</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "the" };

    /// <summary>Capitalised words that open a sentence or phrase and are no part of a title.</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "The", "A", "An", "In", "On", "At", "By", "With", "And", "But", "Both" };

    /// <summary>The sentence's text with its people blanked to their last word; null when no person has more than one word.</summary>
    public static string? Blank(AnnotatedSentence sentence)
    {
        var text = sentence.Sentence.Text;
        var offset = sentence.Sentence.Start;
        char[]? chars = null;
        foreach (var mention in sentence.Mentions)
        {
            if (mention.Type != NodeType.Person)
                continue;
            var keep = LastWordStart(text, mention.Start - offset, mention.End - offset);
            var from = TitleRunStart(text, sentence, mention.Start - offset);
            if (from >= keep)
                continue;
            chars ??= text.ToCharArray();
            Array.Fill(chars, ' ', from, keep - from);
        }
        return chars is null ? null : new string(chars);
    }

    private static int LastWordStart(string text, int start, int end)
    {
        var i = end;
        while (i > start && !char.IsWhiteSpace(text[i - 1]))
            i--;
        return i;
    }

    /// <summary>Where the capitalised words right before a name start; never inside another mention.</summary>
    private static int TitleRunStart(string text, AnnotatedSentence sentence, int nameStart)
    {
        var from = nameStart;
        var i = nameStart;
        while (i > 0 && text[i - 1] == ' ')
        {
            var end = i - 1;
            // "Chief of Army Staff (COAS) General A": an acronym in brackets inside the title run is part of it
            if (end > 0 && text[end - 1] == ')' && text.LastIndexOf('(', end - 1) is var open and > 0 && end - open <= 12 && text[open - 1] == ' ')
            {
                i = open;
                continue;
            }
            var start = end;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '-' or '.'))
                start--;
            var word = text[start..end];
            if (word.Length == 0 || InMention(sentence, start + sentence.Sentence.Start) || !IsTitleWord(word))
                return from;
            if (char.IsUpper(word[0]))
                from = start;
            i = start;
        }
        return from;
    }

    private static bool IsTitleWord(string word) =>
        char.IsUpper(word[0]) ? !Openers.Contains(word) : Connectors.Contains(word);

    private static bool InMention(AnnotatedSentence sentence, int offset)
    {
        foreach (var m in sentence.Mentions)
            if (m.Start <= offset && offset < m.End)
                return true;
        return false;
    }
}
