using GraphBuilder.Graph;
using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>Person readings of a run: a title with or without a name, a personal name or lone word, names glued to the next word.</summary>
internal sealed partial class ChunkSegmenter
{
    private int Person(List<Token> tokens, int p, int last, RoleMatch role, List<RawMention> found)
    {
        found.AddRange(role.Inner);
        var owner = role.Country is null ? PossessiveCountry(tokens, p) : null;
        var end = names.Read(tokens, role.End, last, titled: true);
        if (end == role.End)
        {
            if (!role.HonorificOnly)
                found.Add(RoleOnly(tokens, p, role, owner));
            return role.End;
        }
        return Name(tokens, role.End, last, role, found, owner);
    }

    /// <summary>A title standing for its unnamed holder ("the Minister", "Director General ... Division").</summary>
    private static RawMention RoleOnly(List<Token> tokens, int p, RoleMatch role, string? owner) =>
        new(p, role.End, tokens[p].Start, tokens[role.End - 1].End, NodeType.Person, role.Text, MentionKind.RoleOnly)
            { Role = role.Text, Country = role.Country, Owner = owner };

    /// <summary>A personal name, or a lone word left for coreference; a run of capitalised words holding a
    /// title word ("Strategic Partnership") is no name unless a title stood before it.</summary>
    private int Name(List<Token> tokens, int p, int last, RoleMatch? role, List<RawMention> found, string? owner = null)
    {
        var end = BeforeCountryTitle(tokens, p, names.Read(tokens, p, last, titled: role is not null), last);
        if (end == p)
        {
            if (tokens[p].IsAcronym)
                found.Add(new RawMention(p, p + 1, tokens[p].Start, tokens[p].End, NodeType.Organisation, tokens[p].Text,
                    AffiliationAcronym(tokens, p, found) ? MentionKind.Named : MentionKind.Single));
            else if (role is null && LoneLegislature(tokens, p, last))
                found.Add(new RawMention(p, p + 1, tokens[p].Start, tokens[p].End, NodeType.Organisation, tokens[p].Text, MentionKind.Named));
            else if (role is null && DefiniteHeadWord(tokens, p, last))
                found.Add(new RawMention(p, p + 1, tokens[p].Start, tokens[p].End, NodeType.Organisation, tokens[p].Text, MentionKind.Single));
            return p + 1;
        }
        // a portfolio word makes a run no one's name ("Agriculture, Women and Youth"), unless a group noun follows ("the X Youth organization")
        if (role is null && end - p > 1 && Enumerable.Range(p, end - p).Any(k => lexicons.Modifiers.Longest(tokens, k, k + 1).Length > 0)
            && !(end < tokens.Count && PhraseReaders.IsGroupNoun(tokens[end].Text)))
            return end;
        if (Enumerable.Range(p, end - p).FirstOrDefault(k => GluedWords.Join(tokens[k].Text) is not null, -1) is var glued and >= 0)
            return Glued(tokens, p, glued, last, role, found);
        // "groups to the list: Iron & Ashes and X", "the group Iron & Ashes": no one's name holds an ampersand, so a listed
        // or grouped run through one names a body (elsewhere "A & B" may be two: "Trinidad & Tobago", "Mack & Tull")
        if (role is null && end + 1 < last && tokens[end].Text == "&" && tokens[end + 1].IsWord && tokens[end + 1].IsCapitalised
            && (p >= 1 && tokens[p - 1].Text == ":" || PhraseReaders.GroupNounBefore(tokens, p)))
            return Add(found, new RawMention(p, end + 2, tokens[p].Start, tokens[end + 1].End, NodeType.Organisation, "", MentionKind.Named));
        if (role is null && NamingNoun(tokens, end))
            return Add(found, new RawMention(p, end + 1, tokens[p].Start, tokens[end].End, NodeType.Organisation, "", MentionKind.Named));
        // "the far-right group Sturmvolk", "the group "Sturmvolk 44"": one word after a group noun is that group's whole name
        var afterGroupNoun = role is null && PhraseReaders.GroupNounBefore(tokens, p);
        if (afterGroupNoun && PhraseReaders.QuotedNumberAt(tokens, p, end))
            end++;
        var text = NameSurface.Of(tokens, p, end);
        var kind = end - p == 1 && role is null && !afterGroupNoun && !BrandNames.Any(tokens, p, end) && !IsBranchName(tokens[p].Text) && !IsGluedBank(tokens, p, end) ? MentionKind.Single : MentionKind.Named;
        var placeWord = role is null && phrases.PlaceBefore(tokens, p);
        var type = placeWord ? NodeType.Place
            : role is null && (kind == MentionKind.Named && (PhraseReaders.GroupNounBefore(tokens, p) || PhraseReaders.GroupNounAfter(tokens, end)
                || PeopleWords.Contains(tokens[end - 1].Text) || DefiniteBeforePause(tokens, p, end))
                || BrandNames.Any(tokens, p, end) || IsBranchName(tokens[p].Text) || IsGluedBank(tokens, p, end)) ? NodeType.Organisation : NodeType.Person;
        found.Add(new RawMention(p, end, tokens[p].Start, tokens[end - 1].End, type, text, kind)
            { Role = role?.Text is { Length: > 0 } r ? r : null, Country = role?.Country, Owner = owner, AfterPlaceWord = placeWord, AfterDeterminer = Determiners.Contains(p > 0 ? tokens[p - 1].Text : ""),
              Nickname = QuotedNicknames.Within(tokens, p, end) });
        return end;
    }

    /// <summary>
    /// "The Raj Bhavan, in a release, said": a name of two words or more between "the" and a pause names an office or
    /// a body; people take no article ("the Kim Jong Un regime" goes on to a noun and is left alone).
    /// </summary>
    private static bool DefiniteBeforePause(List<Token> tokens, int p, int end) =>
        p > 0 && tokens[p - 1].Text is "the" or "The" && end - p >= 2 && (end == tokens.Count || tokens[end].Text is "," or ";" or ":");

    /// <summary>"the Indigenous People", "the Proud Boys": a name ending in a plural of people names a group, never a person.</summary>
    private static readonly HashSet<string> PeopleWords = new(StringComparer.Ordinal) { "People", "Peoples", "Boys", "Girls", "Brothers", "Sons", "Killers", "Warriors", "Soldiers", "Knights", "Riders" };

    /// <summary>
    /// "Sovcombank", "Promsvyazbank": one long word glued to a lower-case "bank" names a bank, no one's surname (the few
    /// such surnames are short: "Fairbank", "Eubank").
    /// </summary>
    private static bool IsGluedBank(List<Token> tokens, int p, int end) =>
        end - p == 1 && tokens[p].Text is { Length: >= 10 } w && w.EndsWith("bank", StringComparison.Ordinal) && char.IsLower(w[^5]);

    /// <summary>"IS-West Africa", "ISIS-Somalia": a group with regional branches joined by a hyphen to a place names its branch there.</summary>
    private bool IsBranchName(string word) =>
        word.IndexOf('-') is var hyphen and > 0 && hyphen < word.Length - 1 && char.IsUpper(word[hyphen + 1])
        && lexicons.BranchingGroups.Contains(word[..hyphen]);

    /// <summary>
    /// "Mara Quint of (the) RPP", "RPP's Mara Quint": an abbreviation a person is said to belong to, or that owns a
    /// person or title, is a party or body even when the article never spells it out.
    /// </summary>
    private static bool AffiliationAcronym(List<Token> tokens, int p, List<RawMention> found)
    {
        var of = p >= 1 && tokens[p - 1].Text == "the" ? p - 2 : p - 1;
        if (of >= 1 && tokens[of].Text == "of" && found.Any(m => m.Type == NodeType.Person && m.Kind == MentionKind.Named && m.Last == of))
            return true;
        return p + 3 < tokens.Count && tokens[p + 1].Kind == TokenKind.Possessive && tokens[p + 2].IsCapitalised && tokens[p + 3].IsCapitalised
            && !tokens[p + 2].IsAcronym;
    }

    /// <summary>"the Church", "The Foundation": a lone organisation head word after "the", left for coreference to name.</summary>
    private bool DefiniteHeadWord(List<Token> tokens, int p, int last) =>
        p + 1 == last && p > 0 && tokens[p - 1].Text is "the" or "The" && lexicons.OrganisationWords.Longest(tokens, p, p + 1).Length == 1;

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
}
