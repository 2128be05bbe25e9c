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
            // "Former X Front chief negotiator A": a sentence's capitalised "Former" before no title belongs to a later one
            if (tokens[p].Text is "and" or "of" or "for" or "the" or "&" || lexicons.Particles.Contains(tokens[p].Text)
                || tokens[p].Text == "Former" && (p == 0 || !tokens[p - 1].IsWord) && roles.Parse(tokens, p, last) is null
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
        if (LanguageNames.AfterIn(tokens, p, last, lexicons.FunctionWords))
            return p + 1;
        if (ArticledGroupName(tokens, p, last) is { } group)
            return Add(found, group);
        var gazetteer = lexicons.Gazetteer.Longest(tokens, p, last);
        var role = roles.Parse(tokens, p, last);
        // "the Dutch justice ministry": a lower-case "justice" reads as a title too, but the organisation is longer.
        if (role is not null && !tokens[role.End - 1].IsCapitalised && phrases.Organisation(tokens, p, last) is { } longer && longer.Last > role.End)
            return Add(found, longer);
        // "Regional Director ... Council", "Imam X Brigades": a modifier or honorific opening a body's name
        if (role is not null && (role.End == p + 1 && lexicons.Modifiers.Longest(tokens, p, p + 1).Length > 0 || role.HonorificOnly)
            && phrases.Organisation(tokens, p, last) is { } body && body.First == p && body.Last > names.Read(tokens, role.End, last))
            return Add(found, body);
        // "the Prime Minister's Office": a title's possessive before an office's word names the office, a body
        if (role is not null && Chunker.IsOfficeAfter(tokens, role.End))
            return Add(found, TitlesOffice(tokens, p, last, role.End));
        if (role is not null && role.End - p > gazetteer.Length)
            return TitledHead(tokens, p, last, role, found) is var head and >= 0 ? head : Person(tokens, p, last, role, found);
        if (role is null && phrases.Company(tokens, p, last) is { } company)
            return Add(found, company);
        if (phrases.Event(tokens, p, last) is { } ev && !BodyAfterEvent(tokens, p, last, ev))
            return Add(found, ev);
        if (phrases.Branch(tokens, p, last) is { } branch && branch.Last > p + gazetteer.Length)
            return Add(found, branch);
        if (phrases.Organisation(tokens, p, last) is { } org && org.Last > p + gazetteer.Length)
        {
            NameBeforeBody(tokens, p, org, found);
            found.AddRange(phrases.CountryAtEnd(tokens, org));
            return Add(found, org);
        }
        if (gazetteer.Length == 1 && GivenNameAfterTitle(tokens, p, last))
            return Name(tokens, p, last, null, found);
        if (gazetteer.Length > 0)
            return Add(found, new RawMention(p, p + gazetteer.Length, tokens[p].Start, tokens[p + gazetteer.Length - 1].End,
                gazetteer.Value!.Type, gazetteer.Value.Canonical, MentionKind.Named) { Initials = WrittenInitials(tokens, p, gazetteer.Length, gazetteer.Value) });
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
    /// "Olan Brekk of the Department of Homeland Security": the body starts after the "of", and the words before it
    /// name the person who serves it when they read as a personal name up to the "of" ("Members of the European
    /// Parliament" is no name: a lone plural word).
    /// </summary>
    private void NameBeforeBody(List<Token> tokens, int p, RawMention body, List<RawMention> found)
    {
        if (body.First < p + 3)
            return;
        var of = body.First - (tokens[body.First - 1].Text == "the" ? 2 : 1);
        if (of <= p + 1 || tokens[of].Text != "of")
            return;
        // "the Ayeyarwady Hall of the Ministry of Foreign Affairs": a place of the body, not a person serving it
        if (phrases.Place(tokens, p, of) is { } place && place.Last == of)
            found.Add(place);
        else if (names.Read(tokens, p, of) == of)
            Name(tokens, p, of, null, found);
    }

    /// <summary>"the paramilitary organisation The Lantern": a capital "The" after a group's noun opens the group's name.</summary>
    private RawMention? ArticledGroupName(List<Token> tokens, int p, int last)
    {
        if (p < 2 || tokens[p - 1].Text != "The" || !PhraseReaders.IsGroupNoun(tokens[p - 2].Text))
            return null;
        var end = phrases.Organisation(tokens, p, last) is { } body && body.First == p ? body.Last : names.Read(tokens, p, last);
        return end > p ? new RawMention(p - 1, end, tokens[p - 1].Start, tokens[end - 1].End, NodeType.Organisation, "", MentionKind.Named) : null;
    }

    /// <summary>The office after a title's possessive, with its "of" tail where the organisation reader finds one.</summary>
    private RawMention TitlesOffice(List<Token> tokens, int p, int last, int possessive) =>
        phrases.Organisation(tokens, p, last) is { } office && office.First == p ? office
            : new RawMention(p, possessive + 2, tokens[p].Start, tokens[possessive + 1].End, NodeType.Organisation, "", MentionKind.Named);

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

    private static int Add(List<RawMention> found, RawMention mention)
    {
        found.Add(mention);
        return mention.Last;
    }
}
