using GraphBuilder.Graph;
using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// Titles set off by commas: "Anna Lund, the Swedish Ambassador in Lima," gives Lund the role after
/// the name; "Ghana's National Security Adviser, Kofi Mensah," gives the role before it to the name.
/// </summary>
internal sealed class Appositions(RoleParser roles)
{
    private const int Window = 14;
    private static readonly HashSet<string> ClauseEnds = new(StringComparer.Ordinal) { ",", ".", ";", "who", "which", "that", "(", "—" };

    public void Attach(List<Token> tokens, List<RawMention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i] is { Type: NodeType.Person, Kind: MentionKind.Named or MentionKind.Single } person)
                RoleAfter(tokens, mentions, i, person);
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i].Kind == MentionKind.RoleOnly && RoleBefore(tokens, mentions, i))
                mentions.RemoveAt(i--);
    }

    private void RoleAfter(List<Token> tokens, List<RawMention> mentions, int index, RawMention person)
    {
        if (person.Last >= tokens.Count || tokens[person.Last].Text != ",")
            return;
        var stop = person.Last + 1;
        while (stop < tokens.Count && stop < person.Last + Window && !ClauseEnds.Contains(tokens[stop].Text))
            stop++;
        var listed = mentions.FindIndex(m => m.Kind == MentionKind.RoleOnly && m.First > person.Last && m.Last <= stop
            && !HasVerbBetween(tokens, person.Last + 1, m.First));
        if (listed >= 0)
        {
            var role = mentions[listed];
            mentions[index] = WithRoleOf(person, role);
            mentions.RemoveAt(listed);
            return;
        }
        if (mentions.Any(m => m.Type == NodeType.Person && m.First > person.Last && m.First < stop))
            return;
        for (var k = person.Last + 1; k < stop; k++)
            if (roles.Parse(tokens, k, stop) is { HonorificOnly: false, Text.Length: > 0 } parsed)
            {
                mentions[index] = person with { Role = person.Role ?? parsed.Text, Country = person.Country ?? parsed.Country };
                return;
            }
    }

    /// <summary>
    /// "State Secretary of the Ministry of Foreign Affairs of Latvia H E A": between the title and the name only
    /// the body or country it is of, "of"/"the" and the initials of "His Excellency" - the title runs on to the name.
    /// </summary>
    private static bool TitleRunsOn(List<Token> tokens, List<RawMention> mentions, int from, int to)
    {
        if (to <= from)
            return false;
        for (var k = from; k < to; k++)
            if (!TitleGlue.Contains(tokens[k].Text) && !mentions.Any(m => m.Type is NodeType.Organisation or NodeType.Country && m.First <= k && k < m.Last))
                return false;
        return true;
    }

    private static readonly HashSet<string> TitleGlue = new(StringComparer.Ordinal) { "of", "the", "for", "H", "E", "H.E.", "HE" };

    /// <summary>
    /// "A, met on Monday in Rabat with the Special Adviser": a lower-case word before the title other than its
    /// article, possessive or "former" is the sentence going on, and the title someone else's.
    /// </summary>
    private static bool HasVerbBetween(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (tokens[k].Text is { Length: > 0 } t && char.IsLower(t[0]) && !ArticleWords.Contains(t))
                return true;
        return false;
    }

    private static readonly HashSet<string> ArticleWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "his", "her", "its", "their", "our", "former", "then", "current", "new", "also", "now", "s", "'s", "’s",
    };

    /// <summary>The person with the title a role-only mention gave, where the person has none of its own.</summary>
    private static RawMention WithRoleOf(RawMention person, RawMention role) =>
        person with { Role = person.Role ?? role.Role, Country = person.Country ?? role.Country, Owner = person.Owner ?? role.Owner };

    private static bool RoleBefore(List<Token> tokens, List<RawMention> mentions, int index)
    {
        var role = mentions[index];
        var next = mentions.FindIndex(index + 1, m => m.Type == NodeType.Person || m.Kind == MentionKind.RoleOnly);
        if (next < 0 || mentions[next].Kind == MentionKind.RoleOnly || mentions[next].First - role.Last > 12)
            return false;
        var person = mentions[next];
        if (person.First == 0 || tokens[person.First - 1].Text is not ("," or ")") && !TitleRunsOn(tokens, mentions, role.Last, person.First))
            return false;
        mentions[next] = WithRoleOf(person, role);
        return true;
    }
}
