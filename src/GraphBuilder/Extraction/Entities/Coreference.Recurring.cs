using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Entities;

/// <summary>Coreference: a lone name word the article keeps using, though it never gives the whole name.</summary>
internal sealed partial class Coreference
{
    /// <summary>How often a lone word must stand inside sentences (not first, where any word is capitalised) to be a name.</summary>
    private const int RecurringUses = 3;

    private HashSet<string> _recurring = new(StringComparer.Ordinal);

    private HashSet<string> _placed = new(StringComparer.Ordinal);

    /// <summary>
    /// Excerpts, interviews and follow-ups name a person once in full elsewhere (a headline, an earlier story) and then
    /// only by the family name ("Brekk returned to Lima ... Brekk wrote ..."). A lone capitalised word read as a person's
    /// that stands inside a sentence three times or more, never after a determiner ("the Senate") nor after a place word, is
    /// that person; a lone word the article puts after a place word ("in Kupang") at least once is a place throughout.
    /// </summary>
    private void FindRecurring(IReadOnlyList<PlacedMention> mentions)
    {
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Raw is not { Kind: MentionKind.Single, Type: NodeType.Person } raw || raw.Name.Contains('-'))
                continue;
            var folded = NameKeys.Fold(raw.Name);
            if (raw.AfterPlaceWord)
                placed.Add(folded);
            else if (raw.First > 0 && !raw.AfterDeterminer && !IsDoctrineWord(raw.Name))
                uses[folded] = uses.GetValueOrDefault(folded) + 1;
        }
        _placed = placed;
        _recurring = uses.Where(p => p.Value >= RecurringUses && !placed.Contains(p.Key)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A lone word left unresolved: the recurring person or the place the article names it as, else nothing.</summary>
    private EntityDraft? Recurring(RawMention raw, string folded)
    {
        if (raw.Type != NodeType.Person || MonthNames.Contains(raw.Name.Split('-')[0]))
            return null;
        if (_placed.Contains(folded))
            return _index.WithForm(folded, NodeType.Place) ?? Add(new EntityDraft(NodeType.Place, raw.Name));
        return _recurring.Contains(folded) ? Add(new EntityDraft(NodeType.Person, raw.Name)) : null;
    }

    private static readonly string[] CommonEndings = ["ology", "ism", "ity", "ern", "ia", "land", "stan"];

    /// <summary>
    /// "Scientology", "Buddhism", "Christianity", "Western": doctrines, qualities and compass adjectives, not family names;
    /// nor "Freedonia", "Ostland", "Kurdistan": an unknown word shaped as a country's name is left unread rather than made a person.
    /// </summary>
    private static bool IsDoctrineWord(string name) => CommonEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal));
}
