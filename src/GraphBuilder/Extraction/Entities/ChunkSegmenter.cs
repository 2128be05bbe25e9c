using GraphBuilder.Graph;
using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// Cuts one capitalised run into mentions, left to right; at each position the first reading that fits
/// wins: a designation or law (skipped), a title with or without a name, an event name, an organisation,
/// a gazetteer name, a place pattern, and last a personal name or a lone word for coreference.
/// </summary>
internal sealed partial class ChunkSegmenter(EntityLexicons lexicons, RoleParser roles, NameReader names, PhraseReaders phrases)
{
    public void Segment(List<Token> tokens, int first, int last, List<RawMention> found)
    {
        var p = first;
        while (p < last)
        {
            if (tokens[p].Text is "and" or "of" or "for" or "the" or "&" || lexicons.Particles.Contains(tokens[p].Text)
                || tokens[p].Kind == TokenKind.Number || Chunker.IsOrdinal(tokens[p].Text) && phrases.Event(tokens, p, last) is null && !NumberedBody(tokens, p, last))
            {
                p++;
                continue;
            }
            p = Next(tokens, p, last, found);
        }
    }

    private int Next(List<Token> tokens, int p, int last, List<RawMention> found)
    {
        if (phrases.NonEntity(tokens, p, last) is { } skip)
            return skip;
        var gazetteer = lexicons.Gazetteer.Longest(tokens, p, last);
        var role = roles.Parse(tokens, p, last);
        // "the Dutch justice ministry": a lower-case "justice" reads as a title too, but the organisation is longer.
        if (role is not null && !tokens[role.End - 1].IsCapitalised && phrases.Organisation(tokens, p, last) is { } longer && longer.Last > role.End)
            return Add(found, longer);
        if (role is not null && role.End == p + 1 && lexicons.Modifiers.Longest(tokens, p, p + 1).Length > 0
            && phrases.Organisation(tokens, p, last) is { } body && body.First == p && body.Last > names.Read(tokens, role.End, last))
            return Add(found, body);
        if (role is not null && role.End - p > gazetteer.Length)
            return Person(tokens, p, last, role, found);
        if (role is null && phrases.Company(tokens, p, last) is { } company)
            return Add(found, company);
        if (phrases.Event(tokens, p, last) is { } ev && !BodyAfterEvent(tokens, p, last, ev))
            return Add(found, ev);
        if (phrases.Branch(tokens, p, last) is { } branch && branch.Last > p + gazetteer.Length)
            return Add(found, branch);
        if (phrases.Organisation(tokens, p, last) is { } org && org.Last > p + gazetteer.Length)
        {
            found.AddRange(phrases.CountryAtEnd(tokens, org));
            return Add(found, org);
        }
        if (gazetteer.Length == 1 && GivenNameAfterTitle(tokens, p, last))
            return Name(tokens, p, last, null, found);
        if (gazetteer.Length > 0)
            return Add(found, new RawMention(p, p + gazetteer.Length, tokens[p].Start, tokens[p + gazetteer.Length - 1].End,
                gazetteer.Value!.Type, gazetteer.Value.Canonical, MentionKind.Named));
        if (QualifiedBody(tokens, p, last) is { } qualified)
            return Add(found, qualified);
        if (phrases.Place(tokens, p, last) is { } place)
            return Add(found, place);
        if (phrases.CountryPair(tokens, p) is { Count: > 0 } pair)
        {
            found.AddRange(pair);
            return p + 1;
        }
        return Name(tokens, p, last, null, found);
    }

    /// <summary>
    /// "OAS General Assembly", "AU Security Council": an unknown acronym before a known organ's short name
    /// ("General Assembly", which alone means the UN's) names another body's organ, not the known one.
    /// </summary>
    private RawMention? QualifiedBody(List<Token> tokens, int p, int last)
    {
        var t = tokens[p].Text;
        if (t.Length is < 2 or > 6 || !t.All(char.IsAsciiLetterUpper) || p + 1 >= last)
            return null;
        var organ = lexicons.Gazetteer.Longest(tokens, p + 1, last);
        if (organ.Length < 2 || organ.Value!.Type != NodeType.Organisation)
            return null;
        // no name: the scanner names it from its surface, as the phrase readers' mentions
        var end = p + 1 + organ.Length;
        return new RawMention(p, end, tokens[p].Start, tokens[end - 1].End, NodeType.Organisation, "", MentionKind.Named);
    }

    private int Person(List<Token> tokens, int p, int last, RoleMatch role, List<RawMention> found)
    {
        found.AddRange(role.Inner);
        var owner = role.Country is null ? PossessiveCountry(tokens, p) : null;
        var end = names.Read(tokens, role.End, last, titled: true);
        if (end == role.End)
        {
            if (!role.HonorificOnly)
                found.Add(new RawMention(p, role.End, tokens[p].Start, tokens[role.End - 1].End, NodeType.Person, role.Text, MentionKind.RoleOnly)
                    { Role = role.Text, Country = role.Country, Owner = owner });
            return role.End;
        }
        return Name(tokens, role.End, last, role, found, owner);
    }

    /// <summary>A personal name, or a lone word left for coreference; a run of capitalised words holding a
    /// title word ("Strategic Partnership") is no name unless a title stood before it.</summary>
    private int Name(List<Token> tokens, int p, int last, RoleMatch? role, List<RawMention> found, string? owner = null)
    {
        var end = names.Read(tokens, p, last, titled: role is not null);
        if (end == p)
        {
            if (tokens[p].IsAcronym)
                found.Add(new RawMention(p, p + 1, tokens[p].Start, tokens[p].End, NodeType.Organisation, tokens[p].Text, MentionKind.Single));
            else if (role is null && LoneLegislature(tokens, p, last))
                found.Add(new RawMention(p, p + 1, tokens[p].Start, tokens[p].End, NodeType.Organisation, tokens[p].Text, MentionKind.Named));
            return p + 1;
        }
        if (role is null && end - p > 1 && Enumerable.Range(p, end - p).Any(k => lexicons.Modifiers.Longest(tokens, k, k + 1).Length > 0))
            return end;
        if (Enumerable.Range(p, end - p).FirstOrDefault(k => GluedWords.Join(tokens[k].Text) is not null, -1) is var glued and >= 0)
            return Glued(tokens, p, glued, last, role, found);
        if (role is null && NamingNoun(tokens, end))
            return Add(found, new RawMention(p, end + 1, tokens[p].Start, tokens[end].End, NodeType.Organisation, "", MentionKind.Named));
        var text = NameSurface.Of(tokens, p, end);
        var kind = end - p == 1 && role is null && !BrandNames.Any(tokens, p, end) ? MentionKind.Single : MentionKind.Named;
        var placeWord = role is null && phrases.PlaceBefore(tokens, p);
        var type = placeWord ? NodeType.Place
            : role is null && (kind == MentionKind.Named && (PhraseReaders.GroupNounBefore(tokens, p) || PhraseReaders.GroupNounAfter(tokens, end))
                || BrandNames.Any(tokens, p, end)) ? NodeType.Organisation : NodeType.Person;
        found.Add(new RawMention(p, end, tokens[p].Start, tokens[end - 1].End, type, text, kind)
            { Role = role?.Text is { Length: > 0 } r ? r : null, Country = role?.Country, Owner = owner, AfterPlaceWord = placeWord, AfterDeterminer = Determiners.Contains(p > 0 ? tokens[p - 1].Text : ""),
              Nickname = QuotedNicknames.Within(tokens, p, end) });
        return end;
    }

    /// <summary>
    /// A name running into a glued token: the name ends at the join ("Quintsaid" gives "Quint"); after a join of two
    /// names ("QuintYusuf Amin") the second name starts inside the token and reads on.
    /// </summary>
    private int Glued(List<Token> tokens, int p, int glued, int last, RoleMatch? role, List<RawMention> found)
    {
        var token = tokens[glued];
        var cut = GluedWords.Join(token.Text)!.Value;
        var head = string.Join(' ', Enumerable.Range(p, glued - p).Select(k => tokens[k].Text).Append(token.Text[..cut]));
        found.Add(PersonName(p, glued + 1, tokens[p].Start, token.Start + cut, head, role));
        if (!char.IsUpper(token.Text[cut]))
            return glued + 1;
        var end = names.Read(tokens, glued + 1, last);
        var tail = string.Join(' ', Enumerable.Range(glued + 1, end - glued - 1).Select(k => tokens[k].Text).Prepend(token.Text[cut..]));
        found.Add(PersonName(glued, Math.Max(end, glued + 1), token.Start + cut, end > glued + 1 ? tokens[end - 1].End : token.End, tail, null));
        return Math.Max(end, glued + 1);
    }

    private static RawMention PersonName(int first, int last, int start, int end, string text, RoleMatch? role) =>
        new(first, last, start, end, NodeType.Person, text, text.Contains(' ') || role is not null ? MentionKind.Named : MentionKind.Single)
            { Role = role?.Text is { Length: > 0 } r ? r : null, Country = role?.Country };

    /// <summary>"Senegal's Minister of Foreign Affairs X": the country whose title it is, so that "the Senegalese minister" finds X.</summary>
    private string? PossessiveCountry(List<Token> tokens, int p)
    {
        return p >= 2 && tokens[p - 1].Kind == TokenKind.Possessive ? lexicons.CountryOf(tokens[p - 2].Text) : null;
    }

    private static int Add(List<RawMention> found, RawMention mention)
    {
        found.Add(mention);
        return mention.Last;
    }
}
