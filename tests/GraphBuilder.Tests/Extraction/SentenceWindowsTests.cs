using GraphBuilder.Cli;
using GraphBuilder.Documents;
using GraphBuilder.Extraction;
using GraphBuilder.Graph;
using GraphBuilder.Tests.Robustness;

namespace GraphBuilder.Tests.Extraction;

/// <summary>Over-long sentences are read in windows: exact slices that cover the sentence, no mention cut in two.</summary>
public class SentenceWindowsTests
{
    [TestCase(100)]
    [TestCase(2000)]
    [TestCase(2001)]
    [TestCase(9000)]
    public void WindowsAreExactSlicesThatCoverTheSentenceAndKeepMentionsWhole(int length)
    {
        // "Mara Quint0, Mara Quint1, ...": 13 characters a name, the name itself 11, starting 40 characters into the file.
        const int offset = 40;
        var text = string.Concat(Enumerable.Range(0, length / 13 + 1).Select(i => $"Mara Quint{i % 10}, "))[..length];
        var mentions = Enumerable.Range(0, length / 13).Where(i => i * 13 + 11 <= length)
            .Select(i => new Mention(offset + i * 13, offset + i * 13 + 11, text.Substring(i * 13, 11), $"person:q{i}", NodeType.Person)).ToList();
        var sentence = new AnnotatedSentence(new Sentence(3, offset, offset + length, text), mentions);

        var windows = SentenceWindows.Of(sentence).ToList();

        Assert.That(windows.Select(w => (w.Sentence.Index, w.Sentence.Text.Length <= SentenceWindows.Size)), Is.All.EqualTo((3, true)));
        Assert.That(string.Concat(windows.Select(w => w.Sentence.Text)), Is.EqualTo(text));
        Assert.That(windows.Select(w => w.Sentence.Text), Is.EqualTo(windows.Select(w => text[(w.Sentence.Start - offset)..(w.Sentence.End - offset)])));
        Assert.That(windows.SelectMany(w => w.Mentions), Is.EqualTo(mentions), "every mention lands whole in one window");
    }

    [Test]
    public void AListOfEightyTitledNamesStillGivesEdges()
    {
        var text = new OfficialText(80);
        var sentence = $"The {text.Event()} was co-chaired by {text.List(80, text.Titled)}.";
        Assume.That(sentence.Length, Is.GreaterThan(SentenceWindows.Size));

        var extraction = ExtractorFactory.Create().Extract(DocumentLoader.Parse("list", "list.txt", sentence));

        Assert.That(extraction.Relations.Count(r => r.Relation == GraphBuilder.Graph.Relations.CoChaired), Is.GreaterThan(0));
    }
}
