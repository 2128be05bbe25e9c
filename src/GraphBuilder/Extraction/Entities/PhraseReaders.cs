using GraphBuilder.Graph;
using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// The phrase shapes of a capitalised run other than people: event names ("... Dialogue", "Lyon Express
/// attack"), organisations (head words, opening words, "of"-tails), place patterns ("Lake Chad",
/// "Kebbi State", "the Tillabéri region"), country pairs ("Indo-Pak") and designations to skip.
/// </summary>
internal sealed partial class PhraseReaders(EntityLexicons lexicons, RoleParser roles, Chunker chunker)
{
    public RawMention? Event(List<Token> tokens, int p, int last)
    {
        if ((Body(tokens, p, last) ?? Sitting(tokens, p, last) ?? SittingOfRank(tokens, p, last) ?? Flight(tokens, p, last)) is { } body)
            return body;
        if (lexicons.EventPrefixes.Longest(tokens, p, last).Length is var prefix and > 0 && p + prefix < last)
            return Make(tokens, p, UntilAnd(tokens, p, last), NodeType.Event);
        var end = -1;
        for (var q = p; q < last; q++)
        {
            if (q > p && roles.StartsRole(tokens, q, last) && end < 0)
                return null;
            var n = lexicons.EventNames.Longest(tokens, q, last).Length;
            if (n > 0 && (q > p || n > 1))
                end = q + n;
        }
        if (end < 0)
            end = HeadFirst(tokens, p, last) is var first and > 0 ? first : LowerHeadAfter(tokens, p, last);
        else if (end < last)
            end = tokens[end].Text == "I" || NameReader.IsRegnalNumber(tokens[end].Text) ? end + 1 : TopicTail(tokens, end, last);
        else if (end == last)
            end += LowerHeadLength(tokens, end, needsTopic: false);
        return end < 0 ? null : Make(tokens, p, end, NodeType.Event);
    }

    public RawMention? Organisation(List<Token> tokens, int p, int last)
    {
        // one hyphened word is enough ("Lashkar-e-X"); a bare opening word needs a second ("Ansar" alone is no name)
        if (lexicons.OrganisationPrefixes.Longest(tokens, p, last).Length > 0 || StartsWithPrefix(tokens[p]))
            return UntilAnd(tokens, p, last) is var e && (e - p > 1 || StartsWithPrefix(tokens[p])) ? Make(tokens, p, e, NodeType.Organisation) : null;
        var end = -1;
        var first = -1;
        for (var q = p; q < last; q++)
        {
            if (q > p && (roles.StartsRole(tokens, q, last) || tokens[q].Text == "and" && (end >= 0 || !InnerAnd(tokens, p, q, last))))
                break;
            var n = lexicons.OrganisationWords.Longest(tokens, q, last).Length;
            if (n > 0)
                (end, first) = (q + n, first < 0 ? q : first);
        }
        if (end < 0)
            return LowerOrganisation(tokens, p, last);
        if (end < last && tokens[end].Text is "of" or "for" or "Of")
            end = NameAfterPortfolio(tokens, end, Tail(tokens, end, last));
        var start = HeadAfterOf(tokens, p, first);
        return end - start == 1 ? null : Make(tokens, start, end, NodeType.Organisation);
    }

    /// <summary>
    /// "the ISIS-linked network Ahl al-Raya", "the militant group ...": a name right after a lower-case noun for a
    /// group names that group, whatever its words look like; so does one after the noun and "the" ("the far-right group
    /// the Iron Wolves").
    /// </summary>
    public static bool GroupNounBefore(List<Token> tokens, int p)
    {
        // the name in quotes: the extreme-right group "Sturmvolk"
        if (p >= 1 && QuotedNicknames.IsQuote(tokens[p - 1]))
            p--;
        return p >= 1 && GroupNouns.Contains(tokens[p - 1].Text) || p >= 2 && tokens[p - 1].Text == "the" && GroupNouns.Contains(tokens[p - 2].Text);
    }

    /// <summary>"the group "Sturmvolk 44"": a number closing a quoted name after a group noun is part of it.</summary>
    public static bool QuotedNumberAt(List<Token> tokens, int p, int end) =>
        p >= 1 && QuotedNicknames.IsQuote(tokens[p - 1]) && end + 1 < tokens.Count && tokens[end].Kind == TokenKind.Number
        && (QuotedNicknames.IsQuote(tokens[end + 1]) || tokens[end + 1].Text == "," && end + 2 < tokens.Count && QuotedNicknames.IsQuote(tokens[end + 2]));

    public static bool IsGroupNoun(string word) => GroupNouns.Contains(word);

    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal)
        { "group", "network", "organisation", "organization", "outfit", "militia", "faction", "movement", "cell", "offshoot", "splinter",
          "company", "firm", "charity", "business", "exchange", "foundation", "association", "affiliate", "branch", "wing" };

    private int Tail(List<Token> tokens, int end, int last)
    {
        var i = end;
        var kept = end;
        while (i < last && !roles.StartsRole(tokens, i, last) && !PersonOfBodyAfter(tokens, i, last) && !BodyAfterAnd(tokens, i, last))
        {
            if (chunker.IsCapitalisedWord(tokens[i]))
                kept = i + 1;
            i++;
        }
        return kept;
    }

    /// <summary>
    /// "the Ministry of Foreign Affairs and Tomas Hale of the National Police": after "and", two to four capitalised
    /// words with no organisation word among them and then "of" open the next person and the body they serve, not
    /// more of this body's name ("Ministry of Trade and Industry", "Health and Human Services" go on).
    /// </summary>
    private bool PersonOfBodyAfter(List<Token> tokens, int i, int last)
    {
        if (tokens[i].Text != "and")
            return false;
        var k = i + 1;
        while (k < last && k - i <= 4 && chunker.IsCapitalisedWord(tokens[k]) && lexicons.OrganisationWords.Longest(tokens, k, k + 1).Length == 0)
            k++;
        return k - i >= 3 && k < last && tokens[k].Text == "of";
    }

    /// <summary>
    /// "the Church of X and the Municipality of Y", "the Institute of X and Y State University of Z", "the Council of X and
    /// Y Relief Trust": after "and", a body with its own head word (after "the", before its own "of", or ending the run
    /// after two words or more) is the next name ("Health and Human Services", "Trade and Industry" go on).
    /// </summary>
    private bool BodyAfterAnd(List<Token> tokens, int i, int last)
    {
        if (tokens[i].Text != "and" || i + 2 >= last)
            return false;
        var definite = tokens[i + 1].Text == "the";
        // headEnd: where the last head word found ends, -1 while none is
        var (k, headEnd) = (definite ? i + 2 : i + 1, -1);
        for (; k < last && k - i <= 6 && chunker.IsCapitalisedWord(tokens[k]); k++)
            if (lexicons.OrganisationWords.Longest(tokens, k, last).Length is var n and > 0)
                headEnd = k + n;
        return headEnd >= 0 && (definite || k < last && tokens[k].Text == "of" || headEnd == k && k - i >= 3 && (k == last || !chunker.IsCapitalisedWord(tokens[k])));
    }

    /// <summary>
    /// After an opening group word the name runs to "and" or a title; an honorific is part of it ("Kataib Sayyid
    /// al-X" is no "Sayyid al-X").
    /// </summary>
    private int UntilAnd(List<Token> tokens, int p, int last)
    {
        var i = p + 1;
        while (i < last && tokens[i].Text != "and" && !(roles.StartsRole(tokens, i, last) && lexicons.Honorifics.Longest(tokens, i, last).Length == 0))
            i++;
        return i;
    }

    private bool StartsWithPrefix(Token t)
    {
        var dash = t.Text.IndexOf('-');
        return dash > 0 && lexicons.OrganisationPrefixes.Contains(t.Text[..dash]);
    }

    private static RawMention Make(List<Token> tokens, int first, int last, NodeType type)
    {
        var start = tokens[first].Start;
        var end = tokens[last - 1].End;
        return new RawMention(first, last, start, end, type, "", MentionKind.Named);
    }
}
