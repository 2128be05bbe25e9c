using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>Two titles joined by "and" that cannot be one person's.</summary>
internal sealed partial class RoleParser
{
    private static readonly HashSet<string> Envoys = new(StringComparer.OrdinalIgnoreCase) { "Ambassador", "Envoy", "Consul" };

    private static readonly HashSet<string> Leaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "President", "Prime", "Premier", "King", "Queen", "Chancellor", "Emir", "Sultan",
    };

    /// <summary>
    /// An envoy's title and a head of state's or government's are never one person's: "the US Ambassador and Prime
    /// Minister A" are two people, the first a description of someone named before ("the Foreign Minister and Deputy
    /// Prime Minister A" stays one).
    /// </summary>
    private static bool AreTwoPeople(List<string> before, List<Token> tokens, int next) =>
        before.Any(Envoys.Contains) && Leaders.Contains(tokens[next].Text)
        || before.Any(Leaders.Contains) && Envoys.Contains(tokens[next].Text);
}
