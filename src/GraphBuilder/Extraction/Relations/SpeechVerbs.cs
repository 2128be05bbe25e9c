namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// The verbs of saying (Lexicons/speech-verbs.txt), one list for every reading that asks whether a word reports a
/// statement: the condemnations in designation news and the source after an apposition.
/// </summary>
internal static class SpeechVerbs
{
    private static readonly HashSet<string> Forms = new(Lexicon.Lines("speech-verbs"), StringComparer.OrdinalIgnoreCase);

    public static bool Contains(string word) => Forms.Contains(word);
}
