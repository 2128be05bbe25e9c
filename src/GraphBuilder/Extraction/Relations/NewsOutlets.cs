namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// News agencies and outlets (Lexicons/news-outlets.txt): "X were also designated as FTOs, reports Xinhua" names the
/// agency as the subject of the reporting verb, and a misparse can make it the last conjunct of the designees. An
/// outlet reports designations and makes none; a wire agency is not designated either, though state media may be.
/// </summary>
internal static class NewsOutlets
{
    private const string State = "state:", Ending = "ending:";

    private static readonly IReadOnlyList<string> Lines = Lexicon.Lines("news-outlets");

    private static readonly HashSet<string> Wires = new(Lines.Where(l => !l.Contains(':')), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> StateMedia = new(Lines.Where(l => l.StartsWith(State, StringComparison.Ordinal)).Select(l => l[State.Length..]),
        StringComparer.OrdinalIgnoreCase);

    private static readonly IReadOnlyList<string> Endings = [.. Lines.Where(l => l.StartsWith(Ending, StringComparison.Ordinal)).Select(l => " " + l[Ending.Length..])];

    /// <summary>Any news outlet: it designates no one.</summary>
    public static bool IsOutlet(string name) =>
        Wires.Contains(name) || StateMedia.Contains(name) || Endings.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>A wire agency: no one designates it either.</summary>
    public static bool IsWire(string name) => Wires.Contains(name);
}
