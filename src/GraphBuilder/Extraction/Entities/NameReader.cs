using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// Reads a personal name at a token position: capitalised words of any culture ("Ní Cheallaigh", "Min-jun",
/// "El-Masry") with the particles that stand inside names ("bin", "al-", "van", "de"), up to six
/// words; it stops before connectors such as "and", "of", titles and organisation words.
/// </summary>
internal sealed class NameReader(EntityLexicons lexicons, Chunker chunker)
{
    private const int MaxWords = 6;

    /// <summary>
    /// The token after the name, or at when there is none. After a title (titled), a family name in capitals
    /// beside a name word is a name word too, as releases write them ("Minister HONG Seok-min", "Ambassador Lars ODEGAARD").
    /// </summary>
    public int Read(List<Token> tokens, int at, int limit, bool titled = false)
    {
        var end = at;
        var i = at;
        var words = 0;
        while (i < limit && words < MaxWords)
        {
            if (IsNameWord(tokens, i, limit) || end > at && IsRegnalNumber(tokens[i].Text)
                || end == at && IsInitials(tokens, i, limit)
                || titled && IsCapitalsName(tokens, i, limit) && (end > at || i + 1 < limit && IsNameWord(tokens, i + 1, limit))
                || titled && SpacedInitial(tokens, i, at, limit)
                || i == at + 1 && end == i && chunker.IsMonthFamilyName(tokens, i, limit))
            {
                end = ++i;
                words += lexicons.Particles.Contains(tokens[end - 1].Text.ToLowerInvariant()) ? 0 : 1;
            }
            else if ((end > at || titled) && ParticlesThenName(tokens, i, limit) is var next and > 0)
                i = next;
            else if (i == end && end > at && QuotedNicknames.End(tokens, i) is var after and > 0 && after < limit && IsNameWord(tokens, after, limit))
                i = after;
            else if (i == end && end > at && i + 1 < limit && NameSurface.IsGenerationAfterComma(tokens, i))
                end = i += 2;
            else
                break;
        }
        return end;
    }

    private static readonly HashSet<string> RegnalNumbers = new(StringComparer.Ordinal)
        { "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI" };

    /// <summary>"Carlos III": a roman numeral after a name belongs to it ("I" is left out: the pronoun follows names too).</summary>
    public static bool IsRegnalNumber(string text) => RegnalNumbers.Contains(text);

    /// <summary>
    /// "KC Mehta", "A.K. Rao": initials in capitals open a name when a name word follows and they name nothing known;
    /// not after "the", where they are a body's acronym ("Director ... of the CPC A", "the NBA Cavaliers": no person).
    /// </summary>
    private bool IsInitials(List<Token> tokens, int i, int limit)
    {
        var t = tokens[i];
        return t.IsAcronym && t.Text.Count(char.IsLetter) is 2 or 3 && i + 1 < limit && IsNameWord(tokens, i + 1, limit)
            && !(i > 0 && tokens[i - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase))
            && lexicons.Gazetteer.Longest(tokens, i, limit).Length == 0 && lexicons.Gazetteer.Longest(tokens, i + 1, limit).Length == 0;
    }

    /// <summary>"ODEGAARD", "AL-QARNAWI": a word in capitals with a vowel, no dots, three letters or more, naming nothing known.</summary>
    private bool IsCapitalsName(List<Token> tokens, int i, int limit)
    {
        var t = tokens[i];
        return t.IsWord && t.IsAcronym && NameSurface.IsCapitalsWord(t.Text)
            && lexicons.Gazetteer.Longest(tokens, i, limit).Length == 0 && lexicons.OrganisationWords.Longest(tokens, i, limit).Length == 0
            && (lexicons.Titles.Longest(tokens, i, limit).Length == 0 || NameSurface.BeforePatronymic(tokens, i + 1, limit)) && !lexicons.FunctionWords.Contains(t.Text);
    }

    /// <summary>"Minister A K Rahman": initials without dots after a title, each one letter, before more initials or a name word.</summary>
    private bool SpacedInitial(List<Token> tokens, int i, int at, int limit) =>
        Chunker.IsSpacedInitial(tokens[i]) && (i == at || Chunker.IsSpacedInitial(tokens[i - 1])) && i + 1 < limit
        && (Chunker.IsSpacedInitial(tokens[i + 1]) || IsNameWord(tokens, i + 1, limit));

    /// <summary>"van der" before "Berg": the index of the name word after the particles, or 0.</summary>
    private int ParticlesThenName(List<Token> tokens, int i, int limit)
    {
        var k = i;
        while (k < limit && k < i + 3 && lexicons.Particles.Contains(tokens[k].Text))
            k++;
        return k > i && k < limit && IsNameWord(tokens, k, limit) ? k : 0;
    }

    /// <summary>"Bill Quint": a short given name that is also a common word opens a name when a name word follows.</summary>
    private bool GivenNameBeforeName(List<Token> tokens, int i, int limit) =>
        lexicons.Nicknames.ContainsKey(NameKeys.Fold(tokens[i].Text)) && i + 1 < limit && tokens[i + 1].IsCapitalised
        && lexicons.NonEntities.Longest(tokens, i + 1, limit).Length == 0;

    private bool IsNameWord(List<Token> tokens, int i, int limit)
    {
        var t = tokens[i];
        return chunker.IsCapitalisedWord(t) && !t.IsAcronym
            && lexicons.OrganisationWords.Longest(tokens, i, limit).Length == 0
            && (lexicons.Titles.Longest(tokens, i, limit).Length == 0 || NameSurface.BeforePatronymic(tokens, i + 1, limit))
            && lexicons.EventNames.Longest(tokens, i, limit).Length == 0
            && !ModifierBeforeTitle(tokens, i, limit)
            && (lexicons.NonEntities.Longest(tokens, i, limit).Length == 0 || GivenNameBeforeName(tokens, i, limit));
    }

    /// <summary>"Mr. A B Senior Deputy Minister for ...": a title's modifier right before its head opens the title, no name word.</summary>
    private bool ModifierBeforeTitle(List<Token> tokens, int i, int limit) =>
        i + 1 < limit && lexicons.Modifiers.Longest(tokens, i, i + 1).Length > 0 && lexicons.Titles.Longest(tokens, i + 1, limit).Length > 0;
}
