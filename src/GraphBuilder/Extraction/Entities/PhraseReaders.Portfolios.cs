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
            return end;
        for (var q = portfolio; q < end; q++)
            if (!chunker.IsCapitalisedWord(tokens[q]) || tokens[q].IsAcronym || PortfolioWord(tokens, q)
                || lexicons.OrganisationWords.Longest(tokens, q, end).Length > 0 || lexicons.Gazetteer.Longest(tokens, q, end).Length > 0)
                return end;
        return portfolio;
    }

    private bool PortfolioWord(List<Token> tokens, int k) =>
        tokens[k].IsCapitalised && lexicons.Modifiers.Longest(tokens, k, k + 1).Length > 0;
}
