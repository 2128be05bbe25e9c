using GraphBuilder.Extraction;
using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Tests.Extraction;

/// <summary>The parses made after the syntax stage: of the sentence after a designation, and of a sentence with its asides read out.</summary>
public class SecondParsesTests
{
    [TestCase("sanction", 1, true)]
    [TestCase("proscribe", 1, true)]
    [TestCase("impose", 1, true)]
    [TestCase("publish", 1, true)]
    [TestCase("praise", 1, false)]
    [TestCase("be", 1, false)]
    [TestCase("sanction", 0, false)]
    public void ParsesTheSentenceAfterADesignationVerb(string verb, int mentions, bool parsed)
    {
        const string text = "The Treasury acted on Tuesday. They are Olan Brekk and Mara Quint.";
        var first = new AnnotatedSentence(new Sentence(0, 0, 30, text[..30]), [], Words(text, 0, 30, verb));
        var second = new AnnotatedSentence(new Sentence(1, 31, text.Length, text[31..]),
            Enumerable.Range(0, mentions).Select(i => new Mention(40, 50, "Olan Brekk", "person:olan-brekk", NodeType.Person)).ToList());
        var parser = new RecordingParser();

        var result = ContinuationParses.Add(parser, text, [first, second]);

        Assert.That(result[1].Parse is not null, Is.EqualTo(parsed));
        Assert.That(parser.Texts, Is.EqualTo(parsed ? new[] { text[31..] } : Array.Empty<string>()));
    }

    [TestCase("The EU sanctioned two men.", 2)]
    [TestCase("The EU imposed sanctions.", 2)]
    [TestCase("The EU welcomed two men.", 0)]
    public void ParsesAnActLeftUnparsedForNamingOneBodyAndItsContinuation(string lead, int parses)
    {
        var text = lead + " They are Olan Brekk and Mara Quint.";
        var first = new AnnotatedSentence(new Sentence(0, 0, lead.Length, lead), [new Mention(4, 6, "EU", "organisation:eu", NodeType.Organisation)]);
        var at = text.IndexOf("Olan", StringComparison.Ordinal);
        var second = new AnnotatedSentence(new Sentence(1, lead.Length + 1, text.Length, text[(lead.Length + 1)..]),
            [new Mention(at, at + 10, "Olan Brekk", "person:olan-brekk", NodeType.Person)]);
        var parser = new RecordingParser { ThirdLemma = "sanction" };

        var result = ContinuationParses.Add(parser, text, [first, second]);

        Assert.That(parser.Texts, Has.Count.EqualTo(parses));
        Assert.That(result.Count(r => r.Parse is not null), Is.EqualTo(parses));
    }

    [Test]
    public void RereadsASentenceWithAnAsideKeepingItsOffsets()
    {
        const string text = "Lead. Canada listed the Azure Brigade \u2013 an armed wing \u2013 as a terrorist group.";
        var start = text.IndexOf("Canada", StringComparison.Ordinal);
        var sentence = new AnnotatedSentence(new Sentence(1, start, text.Length, text[start..]),
            [new Mention(start, start + 6, "Canada", "country:canada", NodeType.Country)], Words(text, start, text.Length, "list"));
        var parser = new RecordingParser();

        var reread = AsideParses.Add(parser, [sentence]).Single().Reread;

        Assert.That(parser.Texts.Single().Trim(), Does.Not.Contain("armed"));
        Assert.That(reread!.Words.Select(w => text[w.Start..w.End]), Is.EqualTo(reread.Words.Select(w => w.Form)));
        Assert.That(reread.Words.Select(w => w.Form), Does.Contain("terrorist").And.Not.Contain("wing"));
    }

    [Test]
    public void LeavesASentenceWithoutAsidesWithoutASecondParse()
    {
        const string text = "Canada listed the Azure Brigade as a terrorist group.";
        var sentence = new AnnotatedSentence(new Sentence(0, 0, text.Length, text), [], Words(text, 0, text.Length, "list"));
        var parser = new RecordingParser();

        Assert.That(AsideParses.Add(parser, [sentence]).Single().Reread, Is.Null);
        Assert.That(parser.Texts, Is.Empty);
    }

    /// <summary>One word a space-separated token, the third a verb with the given lemma.</summary>
    private static SentenceParse Words(string text, int start, int end, string verb) =>
        new RecordingParser { ThirdLemma = verb }.Parse(text, start, end);

    /// <summary>Splits at spaces; records the text of each sentence it parses.</summary>
    private sealed class RecordingParser : ISentenceParser
    {
        public List<string> Texts { get; } = [];

        public string ThirdLemma { get; init; } = "x";

        public SentenceParse Parse(string text, int start, int end)
        {
            Texts.Add(text[start..end]);
            var words = new List<SyntaxWord>();
            for (var i = start; i < end; i++)
            {
                if (text[i] == ' ')
                    continue;
                var to = text.IndexOf(' ', i, end - i) is var s && s < 0 ? end : s;
                var id = words.Count + 1;
                words.Add(new SyntaxWord(id, text[i..to], id == 3 ? ThirdLemma : text[i..to], id == 3 ? "VERB" : "X", "X", 0, "dep", i, to));
                i = to;
            }
            return new SentenceParse(words);
        }
    }
}
