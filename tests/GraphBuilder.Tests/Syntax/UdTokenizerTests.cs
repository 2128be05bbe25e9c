using GraphBuilder.Syntax;

namespace GraphBuilder.Tests.Syntax;

public class UdTokenizerTests
{
    [TestCase("Mara Quint didn't go.", "Mara|Quint|did|n't|go|.")]
    [TestCase("They can't and won't.", "They|ca|n't|and|wo|n't|.")]
    [TestCase("Ruritania's envoy", "Ruritania|'s|envoy")]
    [TestCase("Ruritania\u2019s envoy", "Ruritania|\u2019s|envoy")]
    [TestCase("it's what we're told", "it|'s|what|we|'re|told")]
    [TestCase("Kenya-Uganda talks on post-war aid", "Kenya|-|Uganda|talks|on|post-war|aid")]
    [TestCase("Wow!!! Really?! e-mail me", "Wow|!!!|Really|?!|e-mail|me")]
    [TestCase("\"Yes,\" said Gen. Brekk of the U.S. Navy.", "\"|Yes|,|\"|said|Gen.|Brekk|of|the|U.S.|Navy|.")]
    [TestCase("It cost $1,250.50 (about 5%)...", "It|cost|$|1,250.50|(|about|5|%|)|...")]
    [TestCase("See https://example.org/a-b, then", "See|https://example.org/a-b|,|then")]
    [TestCase("on 11/29/2026 at 3:30", "on|11/29/2026|at|3:30")]
    [TestCase("O'Neill and Da\u2019esh", "O'Neill|and|Da\u2019esh")]
    public void SplitsAsUdEnglishDoes(string text, string expected) =>
        Assert.That(string.Join("|", UdTokenizer.Tokenize(text, 0, text.Length).Select(t => t.Form)), Is.EqualTo(expected));

    [Test]
    public void EveryWordIsItsOwnSliceOfTheText()
    {
        const string text = "xx Mara Quint didn't meet Ruritania's envoy. yy";
        var tokens = UdTokenizer.Tokenize(text, 3, text.Length - 3);
        Assert.That(tokens.Select(t => text[t.Start..t.End]), Is.EqualTo(tokens.Select(t => t.Form)));
        Assert.That(tokens[0].Start, Is.EqualTo(3));
        Assert.That(tokens[^1].End, Is.EqualTo(text.Length - 3));
    }
}
