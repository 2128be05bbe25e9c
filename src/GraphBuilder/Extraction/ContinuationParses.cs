using GraphBuilder.Extraction.Relations.Frames;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction;

/// <summary>
/// A designation is often continued by a sentence with no relation word ("The Treasury sanctioned two men on
/// Tuesday. They are A and B."; "The others on the list are ..."), which the syntax stage leaves unparsed. The
/// sentence right after one whose parse holds a designation verb (a verb that opens a designated frame of
/// Lexicons/relation-frames.txt) is parsed too when it names someone, so the continuation frames can read it; and
/// so is such a sentence itself when it was left unparsed for naming one body only ("The EU added two persons to
/// its list."), so that its frame notes who designated.
/// </summary>
public static class ContinuationParses
{
    public static IReadOnlyList<AnnotatedSentence> Add(ISentenceParser? parser, string text, IReadOnlyList<AnnotatedSentence> sentences, int storyStart = -1)
    {
        if (parser is null)
            return sentences;
        AnnotatedSentence[]? result = null;
        for (var i = 1; i < sentences.Count; i++)
        {
            var s = sentences[i];
            if (s.Parse is not null || s.Mentions.Count == 0 || s.Sentence.Text.Length > SyntaxStage.MaxParsedLength)
                continue;
            var before = (result ?? sentences)[i - 1];
            // the act itself, when it names one body only: its frame notes the designator the continuation needs
            if (before.Parse is null && before.Sentence.Text.Length <= SyntaxStage.MaxParsedLength && NamesDesignation(before))
                (result ??= [.. sentences])[i - 1] = before = Parsed(parser, text, before, storyStart);
            if (!Designates(before.Parse))
                continue;
            (result ??= [.. sentences])[i] = Parsed(parser, text, s, storyStart);
        }
        return result ?? sentences;
    }

    private static AnnotatedSentence Parsed(ISentenceParser parser, string text, AnnotatedSentence s, int storyStart)
    {
        DocumentBudget.Check();
        return s with { Parse = parser.Parse(text, SyntaxStage.ParseStart(s.Sentence, storyStart), s.Sentence.End, SyntaxStage.PeopleOf(s)) };
    }

    /// <summary>
    /// "The United States imposed sanctions on three men." names one body only, so it was never parsed: an
    /// unparsed sentence with a mention and a designation verb's form ("imposed", "sanctioned") counts too.
    /// </summary>
    private static bool NamesDesignation(AnnotatedSentence sentence) =>
        sentence.Mentions.Count > 0 && sentence.Sentence.Text.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries)
            .Any(w => IsDesignationForm(w.ToLowerInvariant()));

    private static readonly char[] WordBreaks = [' ', ',', '.', ';', ':', '"', '(', ')', '\u2019', '\u201C', '\u201D'];

    private static bool Designates(SentenceParse? parse) =>
        parse is not null && parse.Words.Any(w => w.Upos == "VERB" && FrameBook.Instance.IsVerbOf(Graph.Relations.Designated, w.Lemma)
            || w.Upos == "ADJ" && w.Relation == "amod" && IsDesignationForm(w.Form.ToLowerInvariant()));

    /// <summary>A form of a designation verb: "imposed" (the tagger may read "X imposed sanctions" as an adjective).</summary>
    private static bool IsDesignationForm(string word) =>
        RegularVerbs.TriggerOf(word, FrameBook.Instance) is { } verb && FrameBook.Instance.IsVerbOf(Graph.Relations.Designated, verb);
}
