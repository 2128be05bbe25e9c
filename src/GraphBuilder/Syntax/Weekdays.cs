namespace GraphBuilder.Syntax;

/// <summary>
/// The names of the days. Wire copy puts them between subject and verb or verb and object ("on Tuesday imposed", "met
/// Wednesday with B"), where the tagger and parser misread them; the repairs and the readings of such parses share them.
/// </summary>
public static class Weekdays
{
    public static readonly IReadOnlyList<string> Names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly HashSet<string> Set = new(Names, StringComparer.Ordinal);

    public static bool Contains(string word) => Set.Contains(word);
}
