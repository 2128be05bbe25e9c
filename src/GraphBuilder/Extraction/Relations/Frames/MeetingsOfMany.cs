namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// Sessions of many parties, where a delegation's head is one of many, not one of two sides: "led the Australian
/// delegation to the G20 Summit" names no co-chair (the @bilateral slot of relation-frames.txt), while "the Mexican
/// delegation was led by A" at a bilateral dialogue or commission does.
/// </summary>
internal static class MeetingsOfMany
{
    private static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "summit", "conference", "forum", "assembly", "congress", "convention", "games", "expo", "festival", "olympics",
    };

    /// <summary>
    /// Councils of a bloc's members ("the Ministerial Council of the GCC", "the ASEAN Ministerial"); a council named for two
    /// countries ("the Saudi-Indian Strategic Partnership Council") is two-sided.
    /// </summary>
    private static readonly HashSet<string> Councils = new(StringComparer.OrdinalIgnoreCase) { "council", "ministerial" };

    /// <summary>Whether the event's name ends in a word for a gathering of many ("G20 Summit", "UN General Assembly", "Ministerial Council").</summary>
    public static bool IsGathering(string? name) =>
        name is not null && name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words
        && (Heads.Contains(words[^1]) || Councils.Contains(words[^1]) && !name.Contains('-') && !name.Contains('\u2013'));
}
