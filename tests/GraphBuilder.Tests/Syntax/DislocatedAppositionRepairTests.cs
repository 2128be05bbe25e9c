using GraphBuilder.Syntax;

namespace GraphBuilder.Tests.Syntax;

/// <summary>A description after "Name," that the parser hung as dislocated on a later "said" becomes the name's apposition.</summary>
public class DislocatedAppositionRepairTests
{
    private const int Root = 0, Obj = 1, Flat = 2, Punct = 3, Det = 4, Dislocated = 5, Nsubj = 6, Advcl = 7, Appos = 8;

    private static readonly string[] LabelNames = ["root", "obj", "flat", "punct", "det", "dislocated", "nsubj", "advcl", "appos"];

    // "killed Tomas Hale , a commander , group said": "commander" (6) becomes the apposition of "Tomas" (2)
    [TestCase("PROPN", ",", 2, Appos)]
    // no name before the comma ("killed the leader, a commander, ..."): left alone
    [TestCase("NOUN", ",", 9, Dislocated)]
    // no comma between the name and the description: left alone
    [TestCase("PROPN", "-", 9, Dislocated)]
    public void DescriptionAfterANameIsItsApposition(string beforeComma, string comma, int commanderHead, int commanderLabel)
    {
        var upos = new[] { "VERB", "PROPN", beforeComma, "PUNCT", "DET", "NOUN", "PUNCT", "NOUN", "VERB" };
        var heads = new[] { -1, 0, 1, 2, 6, 6, 9, 6, 9, 1 };
        var labels = new[] { -1, Root, Obj, Flat, Punct, Det, Dislocated, Punct, Nsubj, Advcl };
        var forms = RepairTables.NoForms(upos.Length);
        (forms[3], forms[6]) = (comma, ",");

        DislocatedAppositionRepair.Apply(heads, labels, forms, RepairTables.Tags(upos.Length), RepairTables.For(upos, LabelNames));

        Assert.That(new[] { heads[6], labels[6] }, Is.EqualTo(new[] { commanderHead, commanderLabel }));
    }
}
