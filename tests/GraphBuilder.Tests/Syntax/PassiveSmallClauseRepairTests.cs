using GraphBuilder.Syntax;

namespace GraphBuilder.Tests.Syntax;

/// <summary>A passive participle of a verb of naming with an object noun: the noun is its xcomp.</summary>
public class PassiveSmallClauseRepairTests
{
    private const int Root = 0, NsubjPass = 1, AuxPass = 2, Obj = 3, Det = 4, Xcomp = 5;

    private static readonly string[] LabelNames = ["root", "nsubj:pass", "aux:pass", "obj", "det", "xcomp"];

    // "Brigade was declared a organisation": "organisation" (5) the xcomp of "declared" (3)
    [TestCase("declared", AuxPass, Xcomp)]
    // "was given a book": "give" classes nothing, the object stays
    [TestCase("given", AuxPass, Obj)]
    // no passive auxiliary ("Brigade declared a ..."): left alone
    [TestCase("declared", Root, Obj)]
    public void NounAfterAPassiveOfNamingIsItsXcomp(string participle, int auxLabel, int nounLabel)
    {
        var upos = new[] { "PROPN", "AUX", "VERB", "DET", "NOUN" };
        var heads = new[] { -1, 3, 3, 0, 5, 3 };
        var labels = new[] { -1, NsubjPass, auxLabel, Root, Det, Obj };
        var forms = RepairTables.NoForms(upos.Length);
        forms[2] = participle;

        PassiveSmallClauseRepair.Apply(heads, labels, forms, RepairTables.Tags(upos.Length), RepairTables.For(upos, LabelNames));

        Assert.That(labels[5], Is.EqualTo(nounLabel));
    }
}
