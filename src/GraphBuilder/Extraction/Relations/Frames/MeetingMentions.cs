namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// Whether a sentence, or the one after it, speaks of a meeting already held ("the meeting", "this week's talks"):
/// what makes "A and B discussed trade" a meeting of the two rather than two statements (the frames' @meeting).
/// The next sentence is read as words, not parsed: the relation stage sees one sentence's parse at a time.
/// </summary>
internal static class MeetingMentions
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "this", "that" };
    private static readonly HashSet<string> Nouns = new(StringComparer.OrdinalIgnoreCase) { "meeting", "talks", "discussions" };

    /// <summary>
    /// "the meeting", or a meeting the sentence places its act at or in ("discussed trade at a meeting in L", "In bilateral
    /// discussions before the signing, the two leaders exchanged ideas"). Not "during":
    /// "During the meeting, the two secretaries discussed ..." is often said of another pair than the one named last.
    /// </summary>
    public static bool Of(FrameSentence sentence, MaskedSentence masked) =>
        sentence.Words.Any(w => Nouns.Contains(w.Form)
            && (sentence.Children(w, "det").Any(d => Determiners.Contains(d.Form)) || sentence.CaseOf(w) is "at" or "in"))
        || InWords(masked.NextText);

    /// <summary>A determiner, at most one word, then the meeting noun ("the meeting", "the bilateral talks").</summary>
    private static bool InWords(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', ';', ':', '"', '\'')).ToArray();
        for (var i = 0; i < words.Length - 1; i++)
            if (Determiners.Contains(words[i]) && (Nouns.Contains(words[i + 1]) || i + 2 < words.Length && Nouns.Contains(words[i + 2])))
                return true;
        return false;
    }
}
