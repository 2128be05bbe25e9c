using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// "Ministry of Foreign Affairs Tomas Hale Brekk": press releases write an official's name right after the body's
/// portfolio, with no title between. The portfolio (title-modifier words after "of") ends the body; two to four
/// capitalised words after it that are no organisation, portfolio or gazetteer words are the official's name.
/// </summary>
internal sealed partial class PhraseReaders
{
    private int NameAfterPortfolio(List<Token> tokens, int of, int end)
    {
        var k = of + 1 < end && tokens[of + 1].Text == "the" ? of + 2 : of + 1;
        var portfolio = k;
        while (portfolio < end && (PortfolioWord(tokens, portfolio) || tokens[portfolio].Text == "and" && portfolio + 1 < end && PortfolioWord(tokens, portfolio + 1)))
            portfolio++;
        if (portfolio == k || end - portfolio is < 2 or > 4)
            return NameAfterCountry(tokens, of, end);
        return NameWords(tokens, portfolio, end) ? portfolio : end;
    }

    /// <summary>
    /// "the President of the Council of Ministers of the Republic of Bolivia Tomas Hale Brekk": the body's "of" tail
    /// ends at the country it is of; two to four name words after the country are the official's name.
    /// </summary>
    private int NameAfterCountry(List<Token> tokens, int of, int end)
    {
        for (var start = end - 2; start >= Math.Max(of + 2, end - 4); start--)
            if (NameWords(tokens, start, end) && Enumerable.Range(Math.Max(of + 1, start - 4), start - Math.Max(of + 1, start - 4))
                    .Any(q => lexicons.Gazetteer.Longest(tokens, q, start).Length == start - q))
                return start;
        return end;
    }

    /// <summary>Capitalised words that are no acronym, portfolio, organisation or gazetteer word: a person's name.</summary>
    private bool NameWords(List<Token> tokens, int from, int end)
    {
        for (var q = from; q < end; q++)
            if (!chunker.IsCapitalisedWord(tokens[q]) || tokens[q].IsAcronym || PortfolioWord(tokens, q)
                || lexicons.OrganisationWords.Longest(tokens, q, end).Length > 0 || lexicons.Gazetteer.Longest(tokens, q, end).Length > 0)
                return false;
        return true;
    }

    private bool PortfolioWord(List<Token> tokens, int k) =>
        tokens[k].IsCapitalised && lexicons.Modifiers.Longest(tokens, k, k + 1).Length > 0;
}
