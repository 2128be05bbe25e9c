using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// A designation that lists its targets as bullets: "The Government has listed three organisations:" and then
/// one bulleted line a name. The lead-in names no target and the bullet lines no verb, so the designator of
/// the lead-in (the body that designated last, else the government the article reports on) designates every
/// organisation or person of the bullet lines that follow it, until a line that is no bullet.
/// </summary>
internal sealed class BulletListings : IPatternFamily
{
    private static readonly string[] Triggers = ["list", "designat", "proscrib", "blacklist", "sanction", "ban"];
    private static readonly char[] Bullets = ['•', '·', '▪', '◦', '‣', '-', '–', '*'];

    public IEnumerable<Found> Find(MaskedSentence sentence, Discourse discourse)
    {
        var text = sentence.Source.Sentence.Text.Trim();
        if (discourse.ListingDesignator is { } designator && text.Length > 0 && Bullets.Contains(text[0]))
            return sentence.Mentions.Where(m => m.Type is NodeType.Organisation or NodeType.Person)
                .Select(m => new Found(designator, Graph.Relations.Designated, m.EntityKey, 0)).ToList();
        discourse.ListingDesignator = text.EndsWith(':') && Words(text).Any(IsTrigger)
            ? OwnBody(sentence) ?? discourse.LastDesignator ?? discourse.Government : null;
        return [];
    }

    /// <summary>The state body, else the country, the lead-in itself names ("The Ministry of Ruritania has listed:").</summary>
    private static string? OwnBody(MaskedSentence sentence) =>
        (sentence.Mentions.FirstOrDefault(m => m.Type == NodeType.Organisation && Bodies.IsStateBody(m.Text))
         ?? sentence.Mentions.FirstOrDefault(m => m.Type == NodeType.Country))?.EntityKey;

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', ',', ':', ';'], StringSplitOptions.RemoveEmptyEntries);

    private static bool IsTrigger(string word) =>
        Triggers.Any(t => word.StartsWith(t, StringComparison.OrdinalIgnoreCase));
}
