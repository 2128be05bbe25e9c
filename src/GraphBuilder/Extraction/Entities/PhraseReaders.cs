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
    public int? NonEntity(List<Token> tokens, int p, int last)
    {
        var n = lexicons.NonEntities.Longest(tokens, p, last).Length;
        if (n > 1 || n == 1 && p + 1 == last)
            return p + n;
        return lexicons.NonEntities.Contains(tokens[last - 1].Key) && last - p > 1 && !roles.StartsRole(tokens, p, last) ? last : null;
    }

    public RawMention? Event(List<Token> tokens, int p, int last)
    {
        if ((Body(tokens, p, last) ?? Sitting(tokens, p, last) ?? Flight(tokens, p, last)) is { } body)
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
        if (lexicons.OrganisationPrefixes.Longest(tokens, p, last).Length > 0 || StartsWithPrefix(tokens[p]))
            return UntilAnd(tokens, p, last) is var e && e - p > 1 ? Make(tokens, p, e, NodeType.Organisation) : null;
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
        if (end < last && tokens[end].Text is "of" or "for")
            end = Tail(tokens, end, last);
        var start = HeadAfterOf(tokens, p, first);
        return end - start == 1 ? null : Make(tokens, start, end, NodeType.Organisation);
    }

    public RawMention? Place(List<Token> tokens, int p, int last)
    {
        for (var a = p + 1; a < last; a++)
            if (tokens[a].Text == "and")
                last = a;
        var prefix = lexicons.PlacePrefixes.Longest(tokens, p, last).Length;
        if (prefix > 0 && p + prefix < last)
            return Make(tokens, p, Math.Min(last, p + prefix + 2), NodeType.Place);
        for (var q = p + 1; q < last; q++)
            if (lexicons.PlaceSuffixes.Longest(tokens, q, last).Length is var n and > 0)
                return Make(tokens, p, OfPlace(tokens, q + n, last), NodeType.Place);
        if (last - p <= 2 && last < tokens.Count && lexicons.PlaceNouns.Longest(tokens, last).Length > 0)
            return Make(tokens, p, last, NodeType.Place);
        return null;
    }

    /// <summary>"Indo-Pak", "Peru-Chile": a hyphenated word whose parts are all countries gives one mention each.</summary>
    public IReadOnlyList<RawMention> CountryPair(List<Token> tokens, int p)
    {
        var t = tokens[p];
        var parts = t.Text.Split('-');
        if (parts.Length < 2)
            return [];
        var found = new List<RawMention>();
        var offset = t.Start;
        foreach (var part in parts)
        {
            if (!lexicons.Gazetteer.TryGet(part, out var known) || known!.Type != NodeType.Country)
                return [];
            found.Add(new RawMention(p, p + 1, offset, offset + part.Length, NodeType.Country, known.Canonical, MentionKind.Named));
            offset += part.Length + 1;
        }
        return found;
    }

    public bool PlaceBefore(List<Token> tokens, int p) =>
        p >= 1 && lexicons.PlaceBefore.Longest(tokens, p - 1, p).Length == 1
        || p >= 2 && lexicons.PlaceBefore.Longest(tokens, p - 2, p).Length == 2;

    /// <summary>
    /// "the ISIS-linked network Ahl al-Raya", "the militant group ...": a name right after a lower-case noun for a
    /// group names that group, whatever its words look like.
    /// </summary>
    public static bool GroupNounBefore(List<Token> tokens, int p) =>
        p >= 1 && GroupNouns.Contains(tokens[p - 1].Text);

    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal)
        { "group", "network", "organisation", "organization", "outfit", "militia", "faction", "movement", "cell", "offshoot", "splinter",
          "company", "firm", "charity", "business", "exchange", "foundation", "association", "affiliate", "branch", "wing" };

    /// <summary>
    /// "Islamabad police", "Colombian police", "the Austrian interior ministry": a place or country followed by
    /// a lower-case force, or by a ministry with its lower-case portfolio words (a bare "the interior ministry"
    /// names no country and stays no entity).
    /// </summary>
    private RawMention? LowerOrganisation(List<Token> tokens, int p, int last)
    {
        var g = lexicons.Gazetteer.Longest(tokens, p, last);
        if (g.Length == 0 || p + g.Length != last || last >= tokens.Count || g.Value!.Type == NodeType.Organisation)
            return null;
        if (tokens[last].Text is "police" or "army" or "navy")
            return Make(tokens, p, last + 1, NodeType.Organisation);
        var k = last;
        while (k < tokens.Count && !tokens[k].IsCapitalised && lexicons.Modifiers.Longest(tokens, k, k + 1).Length > 0)
            k++;
        return k > last && k < tokens.Count && tokens[k].Text == "ministry" ? Make(tokens, p, k + 1, NodeType.Organisation) : null;
    }

    private int LowerHeadAfter(List<Token> tokens, int p, int last)
    {
        var countriesOnly = CountriesOnly(tokens, p, last);
        // "Delegation-level talks were held": a sentence's first word is capitalised as any, no name before the head
        if (p == 0 && last == 1 && !countriesOnly && !tokens[0].IsAcronym && lexicons.Gazetteer.Longest(tokens, 0, 1).Length == 0
            && lexicons.EventTopics.Longest(tokens, 0).Length == 0)
            return -1;
        var target = lexicons.EventTargets.Longest(tokens, last).Length;
        var incident = lexicons.EventIncidents.Longest(tokens, last + target).Length;
        if (incident > 0 && !countriesOnly)
            return last + target + incident;
        var lower = LowerHeadLength(tokens, last, needsTopic: countriesOnly);
        return lower > 0 ? last + lower : -1;
    }

    private int LowerHeadLength(List<Token> tokens, int at, bool needsTopic)
    {
        var k = at;
        while (k < tokens.Count && lexicons.EventTopics.Longest(tokens, k).Length is var t and > 0 && !tokens[k].IsCapitalised)
            k += t;
        if (needsTopic && k == at || k >= tokens.Count)
            return 0;
        var head = lexicons.EventLowerHeads.Longest(tokens, k).Length;
        return head > 0 ? k + head - at : 0;
    }

    private bool CountriesOnly(List<Token> tokens, int p, int last)
    {
        for (var i = p; i < last;)
        {
            var g = lexicons.Gazetteer.Longest(tokens, i, last);
            if (g.Length > 0 && g.Value!.Type == NodeType.Country)
                i += g.Length;
            else if (CountryPair(tokens, i).Count > 0 || tokens[i].Text is "and")
                i++;
            else
                return false;
        }
        return true;
    }

    private int Tail(List<Token> tokens, int end, int last)
    {
        var i = end;
        var kept = end;
        while (i < last && !roles.StartsRole(tokens, i, last))
        {
            if (chunker.IsCapitalisedWord(tokens[i]))
                kept = i + 1;
            i++;
        }
        return kept;
    }

    private int UntilAnd(List<Token> tokens, int p, int last)
    {
        var i = p + 1;
        while (i < last && tokens[i].Text != "and" && !roles.StartsRole(tokens, i, last))
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
