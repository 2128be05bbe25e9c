using GraphBuilder.Graph;
using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// A title read at a token position: End is the token after it, Text the role without country or
/// honorific ("Acting Coordinator for Counterterrorism"), Country the country named inside it, Inner
/// the gazetteer mentions its portfolio named ("for Pakistan", "of the US Agency for ...").
/// </summary>
internal sealed record RoleMatch(int End, string Text, string? Country, IReadOnlyList<RawMention> Inner, bool HonorificOnly);

/// <summary>
/// Reads titles: [country] modifier* head [and head] [of|for portfolio], ranks ("Rear Admiral") and
/// honorifics ("Mr", "Amb"). Case is ignored for titles so that "the interior minister" reads too; the
/// portfolio takes title words and gazetteer names and stops before an organisation name, which is
/// then left to be read as one ("Director-General of the National Counter Terrorism Centre").
/// </summary>
internal sealed partial class RoleParser(EntityLexicons lexicons)
{
    public RoleMatch? Parse(List<Token> tokens, int at, int limit)
    {
        var i = at;
        string? country = null;
        var words = new List<string>();
        var end = -1;
        var honorific = true;
        var inner = new List<RawMention>();
        while (i < limit)
        {
            if (lexicons.Honorifics.Longest(tokens, i, limit) is { Length: > 0 } h && (end < 0 && words.Count == 0 || i == end))
            {
                i += h.Length;
                end = i;
                continue;
            }
            var head = Longest(lexicons.Titles, tokens, i, limit, lexicons.Ranks);
            if (head > 0 && !NameSurface.BeforePatronymic(tokens, i + head, limit))
            {
                words.AddRange(Texts(tokens, i, head));
                i += head;
                end = i;
                honorific = false;
                continue;
            }
            var modifier = Longest(lexicons.Modifiers, tokens, i, limit);
            if (modifier > 0)
            {
                words.AddRange(Texts(tokens, i, modifier));
                i += modifier;
                continue;
            }
            if (country is null && end < 0 && lexicons.Gazetteer.Longest(tokens, i, limit) is { Length: > 0, Value.Type: NodeType.Country } c)
            {
                country = c.Value!.Canonical;
                i += c.Length;
                continue;
            }
            if (end >= 0 && !honorific && tokens[i].Text == "and" && i + 1 < limit && Longest(lexicons.Titles, tokens, i + 1, limit, lexicons.Ranks) > 0
                && !AreTwoPeople(words, tokens, i + 1))
            {
                words.Add("and");
                i++;
                continue;
            }
            if (end >= 0 && !honorific && i == end && tokens[i].Text is "of" or "for" && Portfolio(tokens, i + 1, limit, inner) is var p && p > i + 1)
            {
                words.AddRange(Texts(tokens, i, p - i));
                i = end = p;
                continue;
            }
            break;
        }
        if (end < 0 || IsPlural(tokens[end - 1]) && SessionAfter(tokens, end, limit))
            return null;
        var kept = words.Count - Math.Max(0, Trailing(tokens, end, i));
        return new RoleMatch(end, string.Join(' ', words.Take(kept)), country, inner, honorific);
    }

    public bool StartsRole(List<Token> tokens, int at, int limit) =>
        Longest(lexicons.Titles, tokens, at, limit, lexicons.Ranks) is var n && n > 0 && !(IsPlural(tokens[at + n - 1]) && !NameAt(tokens, at + n, limit))
        || lexicons.Honorifics.Longest(tokens, at, limit).Length > 0;

    /// <summary>Modifiers read after the last head are not part of the role ("Minister Acting ..." never ends a role).</summary>
    private static int Trailing(List<Token> tokens, int end, int i) => i > end ? i - end : 0;

    private int Portfolio(List<Token> tokens, int at, int limit, List<RawMention> inner)
    {
        var i = at;
        var end = at;
        var found = new List<RawMention>();
        while (i < limit)
        {
            if (tokens[i].Text is "the" or "and" && i + 1 < limit)
            {
                i++;
                continue;
            }
            if (lexicons.OrganisationWords.Longest(tokens, i, limit).Length > 0 && !Titled(tokens, i, limit) && !BarePortfolio(tokens, i, limit))
                return at;
            if (lexicons.Gazetteer.Longest(tokens, i, limit) is { Length: > 0 } g)
            {
                var last = tokens[i + g.Length - 1];
                found.Add(new RawMention(i, i + g.Length, tokens[i].Start, last.End, g.Value!.Type, g.Value.Canonical, MentionKind.Named));
                end = i += g.Length;
                continue;
            }
            var m = Longest(lexicons.Modifiers, tokens, i, limit);
            if (m == 0 || !tokens[i].IsCapitalised && !IsLowerTopic(tokens[i]))
                break;
            end = i += m;
        }
        if (OrganisationAhead(tokens, end, limit))
            return at;
        inner.AddRange(found);
        return end;
    }

    /// <summary>"Secretary of the Treasury for ...": an organisation word that is also a portfolio, standing alone, names the portfolio.</summary>
    private bool BarePortfolio(List<Token> tokens, int i, int limit) =>
        Longest(lexicons.Modifiers, tokens, i, limit) == 1 && (i + 1 >= limit || !tokens[i + 1].IsCapitalised);

    private bool Titled(List<Token> tokens, int i, int limit) => Longest(lexicons.Titles, tokens, i, limit, lexicons.Ranks) > 0;

    private static bool IsLowerTopic(Token t) => t.Text.Contains('-') || t.Text.StartsWith("counter", StringComparison.Ordinal);

    private bool OrganisationAhead(List<Token> tokens, int at, int limit) =>
        at < limit && lexicons.OrganisationWords.Longest(tokens, at, limit).Length > 0;

    private static int Longest(PhraseTable<bool> table, List<Token> tokens, int at, int limit, PhraseTable<bool>? also = null)
    {
        var n = table.Longest(tokens, at, limit).Length;
        return also is null ? n : Math.Max(n, also.Longest(tokens, at, limit).Length);
    }

    private static IEnumerable<string> Texts(List<Token> tokens, int at, int n) =>
        Enumerable.Range(at, n).Select(k => tokens[k].Text);
}
