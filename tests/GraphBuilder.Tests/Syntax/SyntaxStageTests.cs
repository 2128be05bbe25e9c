using GraphBuilder.Extraction;
using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Tests.Syntax;

public class SyntaxStageTests
{
    [TestCase("Mara Quint met Olan Brekk.", 2, true)]
    [TestCase("He met Olan Brekk.", 1, true)]
    [TestCase("The minister met Olan Brekk.", 1, true)]
    [TestCase("The two ministers met Olan Brekk.", 1, true)]
    [TestCase("The delegation met Olan Brekk.", 1, false)]
    [TestCase("Talks resumed in Lima.", 1, false)]
    [TestCase("The weather was fine.", 0, false)]
    [TestCase("Mara Quint and Olan Brekk smiled.", 2, false)]
    public void ParsesTheSentencesThatCanHoldARelation(string text, int mentions, bool parsed)
    {
        var sentence = new AnnotatedSentence(new Sentence(0, 0, text.Length, text),
            Enumerable.Range(0, mentions).Select(i => new Mention(i, i + 1, "x", "person:x" + i, NodeType.Person)).ToList());
        var result = SyntaxStage.AddParses(UdSentenceParser.Shared, text, [sentence]).Single();
        Assert.That(result.Parse is not null, Is.EqualTo(parsed));
        if (parsed)
            Assert.That(result.Parse!.Words.Select(w => w.Form).First(), Is.EqualTo(text.Split(' ')[0]));
    }
}
