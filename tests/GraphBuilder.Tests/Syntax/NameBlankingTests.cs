using GraphBuilder.Extraction;
using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Tests.Syntax;

/// <summary>The text of the second parse: each person one word, the capitalised title run before it blanked, offsets kept.</summary>
public class NameBlankingTests
{
    [TestCase("Japanese Foreign Minister Mara Quint hosted Olan Brekk.", "Quint hosted Brekk.")]
    [TestCase("Mara Quint and Defence Minister Olan Brekk met.", "Quint and Brekk met.")]
    [TestCase("The Minister of the Interior Mara Quint met Olan Brekk.", "The Quint met Brekk.")]
    [TestCase("Chile's President Olan Brekk received Mara Quint.", "Chile's Brekk received Quint.")]
    [TestCase("In Lima, Mara Quint met Olan Brekk.", "In Lima, Quint met Brekk.")]
    [TestCase("Both Mara Quint and Olan Brekk spoke.", "Both Quint and Brekk spoke.")]
    public void ShowsEachPersonAsTheLastWordOfTheName(string text, string expected)
    {
        var blanked = NameBlanking.Blank(Sentence(text));

        Assert.That(blanked, Has.Length.EqualTo(text.Length));
        Assert.That(string.Join(' ', blanked!.Split(' ', StringSplitOptions.RemoveEmptyEntries)), Is.EqualTo(expected));
    }

    [Test]
    public void LeavesASentenceOfOneWordNamesAlone() =>
        Assert.That(NameBlanking.Blank(Sentence("Quint met Brekk in Lima.")), Is.Null);

    /// <summary>The sentence with its invented people, and "Chile" and "Lima" where they occur, as mentions.</summary>
    private static AnnotatedSentence Sentence(string text)
    {
        var mentions = new List<Mention>();
        foreach (var (name, type) in new[] { ("Mara Quint", NodeType.Person), ("Olan Brekk", NodeType.Person), ("Quint", NodeType.Person),
                     ("Brekk", NodeType.Person), ("Chile", NodeType.Country), ("Lima", NodeType.Place) })
        {
            var at = text.IndexOf(name, StringComparison.Ordinal);
            if (at >= 0 && !mentions.Any(m => m.Start <= at && at < m.End))
                mentions.Add(new Mention(at, at + name.Length, name, name.ToLowerInvariant(), type));
        }
        return new AnnotatedSentence(new Sentence(0, 0, text.Length, text), mentions);
    }
}
