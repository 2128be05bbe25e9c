using GraphBuilder.Graph;
using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// Mentions without capitals: title anaphora ("the interior minister", "the Chinese vice minister"),
/// topic events ("counterterrorism dialogue") and event anaphora ("the dialogue", "the two-day plenary").
/// </summary>
internal sealed class LowerCasePatterns(EntityLexicons lexicons, RoleParser roles)
{
    private static readonly HashSet<string> AnaphorHeads = new(StringComparer.OrdinalIgnoreCase)
        { "dialogue", "plenary", "summit", "talks", "consultations", "conference", "forum" };

    public IEnumerable<RawMention> RoleAnaphora(List<Token> tokens, bool[] claimed)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (claimed[i + 1] || !tokens[i].Text.Equals("the", StringComparison.OrdinalIgnoreCase))
                continue;
            var role = roles.Parse(tokens, i + 1, Math.Min(tokens.Count, i + 9));
            if (role is null || role.HonorificOnly || role.Text.Length == 0 || NameFollows(tokens, role.End) || BodyFollows(tokens, role.End))
                continue;
            yield return new RawMention(i + 1, role.End, tokens[i + 1].Start, tokens[role.End - 1].End, NodeType.Person, role.Text, MentionKind.RoleOnly)
                { Role = role.Text, Country = role.Country };
            // "the chief of Hezbollah": the body the portfolio names is a mention too, as before a name
            foreach (var inner in role.Inner)
                yield return inner;
            i = role.End - 1;
        }
    }

    public IEnumerable<RawMention> Events(List<Token> tokens, bool[] claimed)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (claimed[i])
                continue;
            if (TopicEventEnd(tokens, i) is var end and > 0 && !claimed[end - 1])
            {
                yield return new RawMention(i, end, tokens[i].Start, tokens[end - 1].End, NodeType.Event, "", MentionKind.TopicEvent);
                i = end - 1;
            }
            else if (AnaphorHead(tokens, i) is var head and >= 0)
            {
                yield return new RawMention(head, head + 1, tokens[head].Start, tokens[head].End, NodeType.Event,
                    tokens[head].Text.ToLowerInvariant(), MentionKind.EventAnaphor);
                i = head;
            }
        }
    }

    private int TopicEventEnd(List<Token> tokens, int i)
    {
        var k = i;
        while (k < tokens.Count && lexicons.EventTopics.Longest(tokens, k).Length is var n and > 0)
            k += n;
        if (k == i || k >= tokens.Count)
            return 0;
        var head = lexicons.EventLowerHeads.Longest(tokens, k).Length;
        return head > 0 && tokens[k].Text != "meeting" ? k + head : 0;
    }

    /// <summary>"the dialogue", "the two-day plenary": the index of the head, or -1.</summary>
    private static int AnaphorHead(List<Token> tokens, int i)
    {
        if (!tokens[i].Text.Equals("the", StringComparison.OrdinalIgnoreCase) || i + 1 >= tokens.Count)
            return -1;
        var k = i + 1;
        if (tokens[k].Text.Contains('-') && !tokens[k].IsCapitalised && k + 1 < tokens.Count)
            k++;
        var next = k + 1 < tokens.Count ? tokens[k + 1] : null;
        var followedByName = next is not null && next.IsCapitalised && next.IsWord;
        return AnaphorHeads.Contains(tokens[k].Text) && !followedByName ? k : -1;
    }

    /// <summary>"the Dutch justice ministry": the title word qualifies a body named next, it is no person.</summary>
    private static bool BodyFollows(List<Token> tokens, int at) =>
        at < tokens.Count && tokens[at].Text is "ministry" or "department" or "police" or "army" or "navy" || Chunker.IsOfficeAfter(tokens, at);

    private static bool NameFollows(List<Token> tokens, int at) =>
        at < tokens.Count && tokens[at].IsWord && tokens[at].IsCapitalised;
}
