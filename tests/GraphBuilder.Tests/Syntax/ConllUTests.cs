using GraphBuilder.Syntax;

namespace GraphBuilder.Tests.Syntax;

public class ConllUTests
{
    [Test]
    public void ReadingAndWritingTheDevTreebankGivesItsBytesBack()
    {
        var path = UdData.File("en_ewt-ud-dev.conllu");
        var writer = new StringWriter();
        ConllU.Write(writer, ConllU.ReadFile(path));
        Assert.That(writer.ToString(), Is.EqualTo(File.ReadAllText(path)));
    }

    [Test]
    public void MultiwordTokensAndEmptyNodesAreNotWords()
    {
        const string text = "# text = I don't\n1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
                            + "2\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t0\troot\t_\t_\n3.1\tx\tx\tX\tX\t_\t_\t_\t_\t_\n\n";
        var sentence = ConllU.Read(new StringReader(text)).Single();
        Assert.That(sentence.Words.Select(w => w.Form), Is.EqualTo(new[] { "I", "do", "n't" }));
        Assert.That(sentence.Lines, Has.Count.EqualTo(5));
        Assert.That(sentence.Comments, Is.EqualTo(new[] { "# text = I don't" }));
    }
}
