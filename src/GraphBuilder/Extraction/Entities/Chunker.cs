using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// Finds the runs of capitalised words in a sentence ("UK Acting Coordinator for Counterterrorism Helen
/// MacAdair"), with the connectors that stand inside names ("of", "for", "and", "bin", "al-") and any
/// gazetteer phrase taken whole ("Al-Qaida in the Arabian Peninsula"). A run never starts with a
/// function word or a month, and a leading ordinal or year is kept for event names ("3rd", "2021").
/// </summary>
internal sealed partial class Chunker(EntityLexicons lexicons)
{
    /// <summary>English connectors, and the foreign ones that only stand inside names in English text ("Mouvement pour la Justice").</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "and", "the", "&", "pour", "para", "por", "des", "los", "las", "für" };

    /// <summary>Lower-case second parts that make "Yemen-based", "EU-blacklisted" an adjective rather than a name.</summary>
    private static readonly HashSet<string> AdjectiveSuffixes = new(StringComparer.OrdinalIgnoreCase)
        {"based", "registered", "led", "backed", "born", "supplied", "owned", "funded", "linked", "affiliated",
         "aligned", "controlled", "held", "made", "bound", "sponsored", "run", "allied", "style", "era", "wide",
         "designated", "sanctioned", "listed", "blacklisted", "proscribed", "banned",
         // "the United Nations-brokered transition"
         "brokered", "mediated", "hosted", "organised", "organized", "drafted", "dominated", "appointed", "imposed" };

    /// <summary>Span lookup: the suffix is checked for every hyphenated token, several times, without a substring.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AdjectiveSuffix =
        AdjectiveSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    public IReadOnlyList<(int First, int Last)> Chunks(List<Token> tokens, bool[] claimed)
    {
        var chunks = new List<(int, int)>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (claimed[i] || !CanStart(tokens, i))
            {
                i++;
                continue;
            }
            var end = Extend(tokens, claimed, i);
            chunks.Add((i, end));
            i = end;
        }
        return chunks;
    }

    public bool IsCapitalisedWord(Token t) =>
        t.IsWord && !IsAdjective(t) && (t.IsCapitalised && !lexicons.FunctionWords.Contains(t.Text) || HasInnerCapital(t));

    /// <summary>"Yemen-based", "US-supplied": a capitalised first part and a participle after the hyphen.</summary>
    public static bool IsAdjective(Token t)
    {
        var dash = t.Text.LastIndexOf('-');
        return dash > 0 && t.IsCapitalised && AdjectiveSuffix.Contains(t.Text.AsSpan(dash + 1));
    }

    private bool CanStart(List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (IsCapitalisedWord(t))
            return true;
        var leading = t.Kind == TokenKind.Number && t.Text.Length == 4 || IsOrdinal(t.Text);
        return leading && i + 1 < tokens.Count && IsCapitalisedWord(tokens[i + 1]);
    }

    private int Extend(List<Token> tokens, bool[] claimed, int i)
    {
        var end = i;
        var j = i;
        while (j < tokens.Count && !claimed[j])
        {
            var (known, _) = lexicons.Gazetteer.Longest(tokens, j);
            if (known > 1 && (j == i || IsCapitalisedWord(tokens[j])))
                end = j += known;
            else if (j == i || IsCapitalisedWord(tokens[j]) || tokens[j].Kind == TokenKind.Number && tokens[j].Text.Contains('+'))
                end = j += 1;
            else if (IsConnector(tokens, j) && CapitalisedAhead(tokens, claimed, j))
                j++;
            else if (j == end && j > i && IsSpacedInitial(tokens[j]) && InitialsAfterTitle(tokens, claimed, j) is var name and > 0)
                end = j = name;
            else if (j == end && j > i && FunctionWordBeforeSession(tokens, claimed, j))
                j++;
            else if (j == end && j > i && AcronymBeforeEventHead(tokens, claimed, j) is var head and > 0)
                j = head;
            else if (j == end && j > i && !claimed[j] && IsMonthFamilyName(tokens, j, tokens.Count))
                end = j += 1;
            else if (j == end && QuotedNicknames.End(tokens, j) is var after and > 0 && !claimed[after])
                j = after;
            else if (j == end && j > i && NameSurface.IsGenerationAfterComma(tokens, j) && !claimed[j + 1])
                end = j += 2;
            else if (j == end && j > i && CompanyFormAfterComma(tokens, j) is var form and > 0 && !claimed[j + 1])
                end = j += 1 + form;
            else
                break;
        }
        return end;
    }

    private bool IsConnector(List<Token> tokens, int j)
    {
        var text = tokens[j].Text;
        if (Connectors.Contains(text) || lexicons.Particles.Contains(text))
            return true;
        // "the Ruritanian People's Army", "People's Liberation Army", "Union of X Women's Committees", "the Islamic
        // Defender's Front" (a word for the group's members), and a title's office ("the Prosecutor General's
        // Office", "the Attorney-General's Department"): these possessives stand inside names.
        if (tokens[j].Kind == TokenKind.Possessive)
            return j > 0 && (MemberWords.Contains(tokens[j - 1].Text) || TitlesOffice(tokens, j));
        // "the New Peoples' Army", "the Students' Federation": a plural's apostrophe inside a body's name;
        // "Air Chief Marshal Dato' Sri A": an honorific's
        if (text is "'" or "\u2019" && j > 0 && tokens[j - 1].End == tokens[j].Start && tokens[j - 1].IsCapitalised
            && j + 1 < tokens.Count && tokens[j].End + 1 == tokens[j + 1].Start)
            return tokens[j - 1].Text.EndsWith('s') || lexicons.Honorifics.Longest(tokens, j - 1, Math.Min(tokens.Count, j + 3)).Length > 2;
        return text switch
        {
            "in" => j > 0 && (lexicons.OrganisationWords.Longest(tokens, j - 1).Length == 1 || EndsHere(lexicons.BranchingGroups, tokens, j)),
            // "Popular Front Of India": title case in wire copy, after a body's word only (a headline's "Of" joins no name)
            "Of" => j > 0 && lexicons.OrganisationWords.Longest(tokens, j - 1).Length == 1,
            "on" => EndsHere(lexicons.BodyHeads, tokens, j) || EndsHere(lexicons.EventNames, tokens, j),
            "\u2013" => CountryDash(tokens, j) || SpacedCountryDash(tokens, j),
            "-" => SpacedCountryDash(tokens, j),
            _ => false,
        };
    }

    /// <summary>Whether a phrase of the table, of at most reach words, ends right before tokens[j] ("Working Group" before "on").</summary>
    private static bool EndsHere(PhraseTable<bool> table, List<Token> tokens, int j, int reach = 3)
    {
        for (var k = Math.Max(0, j - reach); k < j; k++)
            if (table.Longest(tokens, k, j).Length == j - k)
                return true;
        return false;
    }

    private bool CapitalisedAhead(List<Token> tokens, bool[] claimed, int j)
    {
        for (var k = j + 1; k < tokens.Count && k <= j + 3 && !claimed[k]; k++)
        {
            if (IsCapitalisedWord(tokens[k]))
                return true;
            if (!IsConnector(tokens, k))
                return false;
        }
        return false;
    }

    private static bool HasInnerCapital(Token t)
    {
        // The span overload: string.IndexOfAny(char[]) would allocate the array on every call of this hot check.
        var cut = t.Text.AsSpan().IndexOfAny('-', '\'', '\u2019');
        return cut > 0 && cut + 1 < t.Text.Length && char.IsUpper(t.Text[cut + 1]) && char.IsLower(t.Text[0]);
    }

    public static bool IsOrdinal(string text) =>
        text.Length >= 3 && char.IsDigit(text[0]) && text[^2..] is "st" or "nd" or "rd" or "th";
}
