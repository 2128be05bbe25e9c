using GraphBuilder.Syntax;

namespace GraphBuilder.Tests.Syntax;

/// <summary>A second subject of one verb, enclosed in commas after the first, becomes the first's apposition; one right after a conjunct title, the title's; others stay.</summary>
public class SubjectRepairTests
{
    private const int Nsubj = 0, Appos = 1, Dep = 2, Root = 3, Conj = 7;
    private static readonly string[] LabelNames = ["nsubj", "appos", "dep", "root", "obj", "obl", "cop", "conj"];

    // "Quint , the co-chairs , met": "co-chairs" (4) a second nsubj of "met" (6).
    [TestCase("Quint , the co-chairs , met", new[] { -1, 6, 1, 4, 6, 4, 0 }, new[] { -1, Nsubj, Dep, Dep, Nsubj, Dep, Root }, 1, Appos)]
    // no comma after it: left alone
    [TestCase("Quint , the co-chairs met", new[] { -1, 5, 1, 4, 5, 0 }, new[] { -1, Nsubj, Dep, Dep, Nsubj, Root }, 5, Nsubj)]
    // the second subject under another word: left alone
    [TestCase("Quint , the co-chair , met", new[] { -1, 6, 1, 4, 1, 4, 0 }, new[] { -1, Nsubj, Dep, Dep, Nsubj, Dep, Root }, 1, Nsubj)]
    public void LaterSubjectInCommasIsTheApposition(string sentence, int[] heads, int[] labels, int expectedHead, int expectedLabel)
    {
        SubjectRepair.Apply(heads, labels, sentence.Split(' '), RepairTables.Tags(6), RepairTables.For([], LabelNames));

        Assert.That((heads[4], labels[4]), Is.EqualTo((expectedHead, expectedLabel)));
    }

    // "Quint and her counterpart Brekk agreed": "Brekk" (5) a second nsubj of "agreed" (6), after the conjunct title "counterpart" (4).
    [TestCase(new[] { -1, 6, 4, 4, 1, 6, 0 }, new[] { -1, Nsubj, Dep, Dep, Conj, Nsubj, Root }, 4, Appos)]
    // the word before it is no conjunct of the first subject: left alone
    [TestCase(new[] { -1, 6, 4, 4, 6, 6, 0 }, new[] { -1, Nsubj, Dep, Dep, Dep, Nsubj, Root }, 6, Nsubj)]
    public void LaterSubjectAfterAConjunctTitleNamesIt(int[] heads, int[] labels, int expectedHead, int expectedLabel)
    {
        SubjectRepair.Apply(heads, labels, "Quint and her counterpart Brekk agreed".Split(' '), RepairTables.Tags(6), RepairTables.For([], LabelNames));

        Assert.That((heads[5], labels[5]), Is.EqualTo((expectedHead, expectedLabel)));
    }

    // "approved addition of A to list": "addition" (2) the subject of the oblique "list" (6) of "approved" (1).
    [TestCase(new[] { -1, 0, 6, 4, 2, 6, 1 }, new[] { -1, Root, Nsubj, Dep, Dep, Dep, 5 }, "NOUN", 1, 4)]
    // the verb has an object already: left alone
    [TestCase(new[] { -1, 0, 6, 4, 2, 1, 1 }, new[] { -1, Root, Nsubj, Dep, Dep, 4, 5 }, "NOUN", 6, Nsubj)]
    // the oblique is a name, not a noun: left alone
    [TestCase(new[] { -1, 0, 6, 4, 2, 6, 1 }, new[] { -1, Root, Nsubj, Dep, Dep, Dep, 5 }, "PROPN", 6, Nsubj)]
    public void SubjectOfAnObliqueNounIsTheVerbsObject(int[] heads, int[] labels, string obliqueTag, int expectedHead, int expectedLabel)
    {
        var upos = new[] { "VERB", "NOUN", "ADP", "PROPN", "ADP", obliqueTag };

        SubjectRepair.ApplyOblique(heads, labels, RepairTables.NoForms(upos.Length), RepairTables.Tags(upos.Length), RepairTables.For(upos, LabelNames));

        Assert.That((heads[2], labels[2]), Is.EqualTo((expectedHead, expectedLabel)));
    }
}
