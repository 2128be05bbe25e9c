using GraphBuilder.Graph;
using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// A title before capitalised words that end in the head of a body, a meeting or a building names no person: "Foreign
/// Secretary Level Consultations" (an event), "Director General Strategic Plans Division" (the unnamed director of a
/// body), "Major Defence Partnership" (a document), "Prime Minister House" (the office's residence).
/// </summary>
internal sealed partial class ChunkSegmenter
{
    /// <summary>The end of what was read, or -1 when the words after the title read as a name as usual.</summary>
    private int TitledHead(List<Token> tokens, int p, int last, RoleMatch role, List<RawMention> found)
    {
        // "Chair of the National Space Council": a title with its own portfolio has already read the body's words
        if (role.HonorificOnly || Enumerable.Range(p, role.End - p).Any(k => !tokens[k].IsCapitalised))
            return -1;
        var end = names.Read(tokens, role.End, last, titled: true);
        if (end == role.End + 1 && end == last && Residences.Contains(tokens[role.End].Text))
            return Add(found, new RawMention(p, end, tokens[p].Start, tokens[end - 1].End, NodeType.Place, "", MentionKind.Named));
        if (end == role.End || end >= last || !HeadWord(tokens, end, last))
            return -1;
        if (phrases.Event(tokens, p, last) is { } meeting && meeting.First == p && meeting.Last > end)
            return Add(found, meeting);
        found.AddRange(role.Inner);
        found.Add(RoleOnly(tokens, p, role, owner: null));
        return role.End;
    }

    /// <summary>"Division", "Consultations", "Partnership": a body's, a meeting's or a document's head word.</summary>
    private bool HeadWord(List<Token> tokens, int k, int last) =>
        lexicons.OrganisationWords.Longest(tokens, k, last).Length > 0 || lexicons.EventNames.Longest(tokens, k, last).Length > 0
        || lexicons.NonEntities.Longest(tokens, k, last).Length > 0;

    /// <summary>An office's seat named after its title; other place suffixes ("Park", "Hill") are family names too.</summary>
    private static readonly HashSet<string> Residences = new(StringComparer.Ordinal) { "House", "Palace", "Bhavan", "Residence" };

    /// <summary>
    /// "Greeted Ruritanian FM Tomas Hale" (a post opening with its verb): a demonym that opens a title ends the words
    /// before it, and the title goes with the name after it.
    /// </summary>
    private int BeforeCountryTitle(List<Token> tokens, int p, int end, int last)
    {
        for (var k = p + 1; k < end; k++)
            if (lexicons.CountryOf(tokens[k].Text) is not null && roles.Parse(tokens, k, last) is { Country: not null } title && title.End > k + 1)
                return k;
        return end;
    }
}
