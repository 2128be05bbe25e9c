using GraphBuilder.Graph;
using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

internal sealed partial class PhraseReaders
{
    /// <summary>
    /// "Velmora General Trading FZE", "Altavista S.A. de C.V.": a run ending in a company form is one company, with
    /// whatever words inside it (here "General" is no rank), up to the first company form of the run.
    /// </summary>
    public RawMention? Company(List<Token> tokens, int p, int last)
    {
        for (var q = p + 1; q < last; q++)
        {
            if (tokens[q].Text == "and")
                return null;
            if (tokens[q - 1].IsCapitalised && lexicons.CompanyForms.Longest(tokens, q, last).Length is var n and > 0)
                return Make(tokens, p, MoreForms(tokens, q + n, last), NodeType.Organisation);
        }
        return null;
    }

    /// <summary>"Co., Ltd.", "Co. Ltd": further company forms after the first, with or without a comma.</summary>
    private int MoreForms(List<Token> tokens, int end, int last)
    {
        while (end < last)
        {
            var at = tokens[end].IsPunctuation(',') ? end + 1 : end;
            var n = lexicons.CompanyForms.Longest(tokens, at, last).Length;
            if (n == 0)
                break;
            end = at + n;
        }
        return end;
    }
}
