using GraphBuilder.Syntax;

namespace GraphBuilder.Tests.Syntax;

/// <summary>A name right after a verb, then a noun phrase with its own article: the noun is the name's predicate (xcomp), however the parser hung it.</summary>
public class SmallClauseRepairTests
{
    private const int Nsubj = 0, Dep = 2, Root = 3, Obj = 4, OblUnmarked = 5, Cop = 6, Xcomp = 8;
    private static readonly string[] LabelNames = ["nsubj", "-", "dep", "root", "obj", "obl:unmarked", "cop", "-", "xcomp"];

    // "designated Brigade a group": "Brigade" (2) the subject of the object "group" (4) of "designated" (1).
    [TestCase(new[] { -1, 0, 4, 4, 1 }, new[] { -1, Root, Nsubj, Dep, Obj }, "NOUN", 1, Obj, Xcomp)]
    // a copula makes the noun a clause of its own: left alone
    [TestCase(new[] { -1, 0, 4, 4, 1 }, new[] { -1, Root, Nsubj, Cop, Obj }, "NOUN", 4, Nsubj, Obj)]
    // the object is a name, not a noun: left alone
    [TestCase(new[] { -1, 0, 4, 4, 1 }, new[] { -1, Root, Nsubj, Dep, Obj }, "PROPN", 4, Nsubj, Obj)]
    // "declared Brigade a group" with two objects, and with the noun an unmarked oblique
    [TestCase(new[] { -1, 0, 1, 4, 1 }, new[] { -1, Root, Obj, Dep, Obj }, "NOUN", 1, Obj, Xcomp)]
    [TestCase(new[] { -1, 0, 1, 4, 1 }, new[] { -1, Root, Obj, Dep, OblUnmarked }, "NOUN", 1, Obj, Xcomp)]
    public void TheNounIsTheNamesPredicate(int[] heads, int[] labels, string nounTag, int expectedHead, int expectedLabel, int expectedNounLabel)
    {
        var upos = new[] { "VERB", "PROPN", "DET", nounTag };

        SmallClauseRepair.Apply(heads, labels, RepairTables.NoForms(upos.Length), RepairTables.Tags(upos.Length), RepairTables.For(upos, LabelNames));

        Assert.That((heads[2], labels[2], labels[4]), Is.EqualTo((expectedHead, expectedLabel, expectedNounLabel)));
    }

    // "listed Brigade reports": no article of the noun's own, so no small clause
    [TestCase(new[] { -1, 0, 4, 1, 1 }, new[] { -1, Root, Nsubj, Dep, Obj })]
    // "listed all of Brigade a party": the first word is no name
    [TestCase(new[] { -1, 0, 4, 4, 1 }, new[] { -1, Root, Nsubj, Dep, Obj })]
    public void OtherOrdersAreLeftAlone(int[] heads, int[] labels)
    {
        var upos = new[] { "VERB", labels[3] == Dep && heads[3] == 1 ? "PROPN" : "DET", "DET", "NOUN" };
        var before = ((int[])heads.Clone(), (int[])labels.Clone());

        SmallClauseRepair.Apply(heads, labels, RepairTables.NoForms(upos.Length), RepairTables.Tags(upos.Length), RepairTables.For(upos, LabelNames));

        Assert.That((heads, labels), Is.EqualTo(before));
    }
}
