using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// The runs that go on past a word no capitalised run would take: spaced initials after a title, a family name that is
/// a month, a company form after a comma.
/// </summary>
internal sealed partial class Chunker
{
    /// <summary>"A", "K": one capital letter without a dot, as South Asian names write initials.</summary>
    public static bool IsSpacedInitial(Token t) => t.Text.Length == 1 && char.IsAsciiLetterUpper(t.Text[0]);

    /// <summary>
    /// "Foreign Minister A K Rahman": after a title, one-letter initials ("A" is a function word elsewhere) run on into the
    /// name word after them; the token after the initials, or 0.
    /// </summary>
    private int InitialsAfterTitle(List<Token> tokens, bool[] claimed, int j)
    {
        if (lexicons.Titles.Longest(tokens, j - 1, j).Length == 0 && lexicons.Ranks.Longest(tokens, j - 1, j).Length == 0)
            return 0;
        var k = j;
        while (k < tokens.Count && k - j < 3 && !claimed[k] && IsSpacedInitial(tokens[k]))
            k++;
        return k < tokens.Count && !claimed[k] && IsCapitalisedWord(tokens[k]) && !IsSpacedInitial(tokens[k]) ? k : 0;
    }

    private static readonly HashSet<string> MonthNames = new(StringComparer.Ordinal) { "May", "June", "April", "August" };

    /// <summary>
    /// "Prime Minister Ilse May amongst other leaders": a month that is also a family name, after a title and one given
    /// name, ends the name unless a day number or another capitalised word follows ("in May 2024", "Talks May Resume").
    /// </summary>
    public bool IsMonthFamilyName(List<Token> tokens, int j, int limit)
    {
        if (j < 2 || !MonthNames.Contains(tokens[j].Text) || !IsCapitalisedWord(tokens[j - 1]))
            return false;
        if (j + 1 < limit && (tokens[j + 1].Kind == TokenKind.Number || tokens[j + 1].IsWord && tokens[j + 1].IsCapitalised))
            return false;
        return EndsHere(lexicons.Titles, tokens, j - 1, reach: 4);
    }

    /// <summary>
    /// "the Andean Cooperation Organization (ACO) Summit": a body's acronym in parentheses between the body and an
    /// event head; the token of the head, or 0.
    /// </summary>
    private int AcronymBeforeEventHead(List<Token> tokens, bool[] claimed, int j)
    {
        if (j + 3 >= tokens.Count || !tokens[j].IsPunctuation('(') || !tokens[j + 1].IsAcronym || !tokens[j + 2].IsPunctuation(')'))
            return 0;
        var head = j + 3;
        return !claimed[head] && tokens[head].IsCapitalised && lexicons.EventNames.Longest(tokens, head, head + 1).Length == 1 ? head : 0;
    }

    /// <summary>"Orion Maritime Co., Ltd.", "Velor Trading, LLC": the length of a company form set off by a comma, or 0.</summary>
    private int CompanyFormAfterComma(List<Token> tokens, int j)
    {
        if (!tokens[j].IsPunctuation(',') || j + 1 >= tokens.Count)
            return 0;
        var n = lexicons.CompanyForms.Longest(tokens, j + 1).Length;
        if (n == 0 || j + 1 + n < tokens.Count && tokens[j + 1 + n].IsWord && tokens[j + 1 + n].IsCapitalised)
            return 0;
        // "Co., Ltd." after a form; else only a form no sentence word could be ("LLC", "Inc.", not "Limited" or "Co.")
        var form = tokens[j + 1];
        var afterForm = lexicons.CompanyForms.Longest(tokens, j - 1, j).Length == 1;
        return afterForm || form.Text != "Co." && (form.IsAcronym || form.Text.EndsWith('.')) ? n : 0;
    }

    /// <summary>
    /// "Senior Officials' Meeting", "Senior Officials Meeting": a capitalised word kept out of names ("Officials said")
    /// stands inside one before a session's head, with a plural's apostrophe or without.
    /// </summary>
    private bool FunctionWordBeforeSession(List<Token> tokens, bool[] claimed, int j)
    {
        if (!tokens[j].IsCapitalised || !lexicons.FunctionWords.Contains(tokens[j].Text))
            return false;
        var k = j + 1 < tokens.Count && tokens[j + 1].Text is "'" or "\u2019" ? j + 2 : j + 1;
        return k < tokens.Count && !claimed[k] && tokens[k].IsCapitalised && lexicons.EventNames.Longest(tokens, k, k + 1).Length == 1;
    }
}
