using GraphBuilder.Syntax;

namespace GraphBuilder.Tests.Syntax;

/// <summary>A second subject of one verb, enclosed in commas after the first, becomes the first's apposition; others stay.</summary>
public class SubjectRepairTests
{
    private const int Nsubj = 0, Appos = 1, Dep = 2, Root = 3;

    // "Quint , the co-chairs , met": "co-chairs" (4) a second nsubj of "met" (6).
    [TestCase("Quint , the co-chairs , met", new[] { -1, 6, 1, 4, 6, 4, 0 }, new[] { -1, Nsubj, Dep, Dep, Nsubj, Dep, Root }, 1, Appos)]
    // no comma after it: left alone
    [TestCase("Quint , the co-chairs met", new[] { -1, 5, 1, 4, 5, 0 }, new[] { -1, Nsubj, Dep, Dep, Nsubj, Root }, 5, Nsubj)]
    // the second subject under another word: left alone
    [TestCase("Quint , the co-chair , met", new[] { -1, 6, 1, 4, 1, 4, 0 }, new[] { -1, Nsubj, Dep, Dep, Nsubj, Dep, Root }, 1, Nsubj)]
    public void LaterSubjectInCommasIsTheApposition(string sentence, int[] heads, int[] labels, int expectedHead, int expectedLabel)
    {
        SubjectRepair.Apply(heads, labels, sentence.Split(' '), Nsubj, Appos);

        Assert.That((heads[4], labels[4]), Is.EqualTo((expectedHead, expectedLabel)));
    }
}
