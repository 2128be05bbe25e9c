namespace GraphBuilder.Documents;

internal static partial class FurnitureRules
{
    /// <summary>
    /// A short line opening with a furniture marker ("By Ana Lima, Lima Bureau", "Share this", "Published 3 May").
    /// A marker that is one plain word also opens ordinary sentences ("By Monday, A had met B twice.", "Share
    /// prices rose after ..."), so such a line is furniture only when it does not read as a sentence.
    /// </summary>
    private static bool StartsWithLineMarker(string line)
    {
        foreach (var marker in LineMarkers)
            if (StartsWith(line, marker) && (!IsPlainWord(marker) || !ReadsAsSentence(line)))
                return true;
        return false;
    }

    private static bool IsPlainWord(string marker) => marker.All(char.IsLetter);

    /// <summary>
    /// Ends as a sentence does and carries three lower-case words or more: "By Monday, A had met B twice." reads
    /// as one; "By Ana Lima, Lima Bureau" and "Published 3 May 2024 10:30 a.m." do not.
    /// </summary>
    private static bool ReadsAsSentence(string line)
    {
        var end = line.TrimEnd().TrimEnd(Closers);
        if (end.Length == 0 || end[^1] is not ('.' or '!' or '?'))
            return false;
        var lower = 0;
        foreach (var word in end.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (word.TrimEnd(',', ';', ':', '.', '!', '?') is { Length: > 1 } w && w.All(char.IsAsciiLetterLower))
                lower++;
        return lower >= 3;
    }
}
