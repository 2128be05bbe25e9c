using GraphBuilder.Syntax;

namespace GraphBuilder.Tests.Syntax;

/// <summary>
/// The repairs written for the frames' co-chairs and designations: a compound before a case word heads its own
/// phrase; a participle with a subject is the clause's verb; a conjunction read as a conjunct gives its name.
/// </summary>
public class ClauseRepairTests
{
    private const int Case = 0, Compound = 1, Nmod = 2, Obj = 3, Obl = 4, Root = 5, Nsubj = 6, Amod = 7, Xcomp = 8, Det = 9, Conj = 10, Cc = 11, Punct = 12, Flat = 13, Appos = 14,
        Parataxis = 15, Relcl = 16;

    private static readonly string[] LabelNames =
        ["case", "compound", "nmod", "obj", "obl", "root", "nsubj", "amod", "xcomp", "det", "conj", "cc", "punct", "flat", "appos", "parataxis", "acl:relcl"];

    private static void Repair(ParseRepair repair, int[] heads, int[] labels, string[] upos) =>
        repair(heads, labels, RepairTables.NoForms(upos.Length), RepairTables.Tags(upos.Length), RepairTables.For(upos, LabelNames));

    /// <summary>With a form at one word (1-based), the others blank: the repairs that read commas.</summary>
    private static void Repair(ParseRepair repair, int[] heads, int[] labels, string[] upos, (string Form, int Word) form)
    {
        var forms = RepairTables.NoForms(upos.Length);
        forms[form.Word - 1] = form.Form;
        repair(heads, labels, forms, RepairTables.Tags(upos.Length), RepairTables.For(upos, LabelNames));
    }

    // "co-chaired Commission with Brekk", "Commission" a compound of "Brekk": under a verb, the object and an oblique
    [TestCase(new[] { "VERB", "PROPN", "ADP", "PROPN" }, new[] { -1, 0, 4, 4, 1 }, new[] { -1, Root, Compound, Case, Obj }, new[] { 1, Obj, 1, Obl })]
    // ... and under no verb, the head of the phrase with the case phrase its nmod
    [TestCase(new[] { "NOUN", "PROPN", "ADP", "PROPN" }, new[] { -1, 0, 4, 4, 1 }, new[] { -1, Root, Compound, Case, Nmod }, new[] { 1, Nmod, 2, Nmod })]
    // "met with Olan Brekk": the compound after the case word stays
    [TestCase(new[] { "VERB", "ADP", "PROPN", "PROPN" }, new[] { -1, 0, 4, 4, 1 }, new[] { -1, Root, Case, Compound, Obl }, new[] { 4, Case, 1, Obl })]
    public void CompoundBeforeACaseWordHeadsItsOwnPhrase(string[] upos, int[] heads, int[] labels, int[] expected)
    {
        Repair(CaseOrderRepair.Apply, heads, labels, upos);

        Assert.That(new[] { heads[2], labels[2], heads[4], labels[4] }, Is.EqualTo(expected));
    }

    // "received by Chief of Staff", "by" and "Chief" under "Staff": the compound gets its case word and the oblique's place
    [Test]
    public void CompoundWithItsOwnCaseWordIsTheOblique()
    {
        var upos = new[] { "VERB", "ADP", "PROPN", "ADP", "PROPN" };
        var heads = new[] { -1, 0, 5, 5, 5, 1 };
        var labels = new[] { -1, Root, Case, Compound, Case, Obl };

        Repair(CaseOrderRepair.Apply, heads, labels, upos);

        Assert.That(new[] { heads[2], heads[3], labels[3], heads[5], labels[5] }, Is.EqualTo(new[] { 3, 1, Obl, 3, Nmod }));
    }

    // "OFAC designated Brekk pursuant", "designated" an amod of "pursuant" with "OFAC" its subject
    [TestCase(new[] { "PROPN", "VERB", "PROPN", "ADJ" }, new[] { -1, 2, 4, 4, 0 }, new[] { -1, Nsubj, Amod, Nsubj, Root }, new[] { 0, Root, 2, Xcomp })]
    // "the designated group": a participle with no subject stays a modifier
    [TestCase(new[] { "DET", "VERB", "NOUN", "PUNCT" }, new[] { -1, 3, 3, 0, 3 }, new[] { -1, Det, Amod, Root, Punct }, new[] { 3, Amod, 3, Punct })]
    public void ParticipleWithASubjectIsTheVerb(string[] upos, int[] heads, int[] labels, int[] expected)
    {
        Repair(ParticipleClauseRepair.Apply, heads, labels, upos);

        Assert.That(new[] { heads[2], labels[2], heads[4], labels[4] }, Is.EqualTo(expected));
    }

    // "chaired by Venn , minister , and Hale": "and" a conjunct of the comma, "Hale" its flat part
    [TestCase("VERB", Obl, Conj, 3, Conj, 8, Cc)]
    // "meeting between Venn , minister , and Hale": Hale joins Venn, not the noun Venn modifies
    [TestCase("NOUN", Nmod, Conj, 3, Conj, 8, Cc)]
    // "and" a plain cc: left alone
    [TestCase("VERB", Obl, Cc, 7, Flat, 6, Cc)]
    public void ConjunctionReadAsAConjunctGivesItsName(string first, int vennLabel, int andLabel, int hale, int haleLabel, int and, int andLabelAfter)
    {
        var upos = new[] { first, "ADP", "PROPN", "PUNCT", "NOUN", "PUNCT", "CCONJ", "PROPN" };
        var heads = new[] { -1, 0, 3, 1, 5, 3, 5, 6, 7 };
        var labels = new[] { -1, Root, Case, vennLabel, Punct, Appos, Punct, andLabel, Flat };

        Repair(StrayConjunctionRepair.Apply, heads, labels, upos);

        Assert.That(new[] { heads[8], labels[8], heads[7], labels[7] }, Is.EqualTo(new[] { hale, haleLabel, and, andLabelAfter }));
    }

    // "co-chaired Dialogue with Brekk , deputy minister": "minister" (7) the verb's oblique, "Brekk" (4) under it
    [TestCase(Obl, 1, Obl, 4, Appos)]
    // the title has a case word of its own ("..., in the capital"): left alone
    [TestCase(Case, 7, Nmod, 1, Obl)]
    public void NameWithItsCaseWordHeadsItsTitle(int titleChildLabel, int brekkHead, int brekkLabel, int titleHead, int titleLabel)
    {
        var upos = new[] { "VERB", "PROPN", "ADP", "PROPN", "PUNCT", "ADJ", "NOUN" };
        var heads = new[] { -1, 0, 1, 4, 7, 7, 7, 1 };
        var labels = new[] { -1, Root, Obj, Case, Nmod, Punct, titleChildLabel, Obl };

        Repair(InvertedAppositionRepair.Apply, heads, labels, upos, (",", 5));

        Assert.That(new[] { heads[4], labels[4], heads[7], labels[7] }, Is.EqualTo(new[] { brekkHead, brekkLabel, titleHead, titleLabel }));
    }

    // "received on Saturday Zambian Quint": "Saturday" (3) a compound of "Quint" (5), "Zambian" (4) flat under it
    [TestCase("Saturday", 1, Obl, 1, Obj, 5)]
    // a word that names no day: left alone
    [TestCase("Brazil", 5, Compound, 1, Obl, 3)]
    public void DayBetweenTheVerbAndItsObjectHeadsTheCasePhrase(string day, int dayHead, int dayLabel, int nameHead, int nameLabel, int zambianHead)
    {
        var upos = new[] { "VERB", "ADP", "PROPN", "PROPN", "PROPN" };
        var heads = new[] { -1, 0, 5, 5, 3, 1 };
        var labels = new[] { -1, Root, Case, Compound, Flat, Obl };

        Repair(DayPhraseRepair.Apply, heads, labels, upos, (day, 3));

        Assert.That(new[] { heads[3], labels[3], heads[5], labels[5], heads[4] }, Is.EqualTo(new[] { dayHead, dayLabel, nameHead, nameLabel, zambianHead }));
    }

    // "sanctioned Brekk , who runs finances , and Venn": "runs" (5) a parataxis of "sanctioned" (1), "Venn" (9) its conjunct
    [TestCase("who", 2, Relcl, 2)]
    // no relative pronoun ("..., he runs finances, and Venn"): left alone
    [TestCase("he", 1, Parataxis, 5)]
    public void RelativeClauseAfterANameIsTheNames(string pronoun, int runsHead, int runsLabel, int vennHead)
    {
        var upos = new[] { "VERB", "PROPN", "PUNCT", "PRON", "VERB", "NOUN", "PUNCT", "CCONJ", "PROPN" };
        var heads = new[] { -1, 0, 1, 5, 5, 1, 5, 9, 9, 5 };
        var labels = new[] { -1, Root, Obj, Punct, Nsubj, Parataxis, Obj, Punct, Cc, Conj };
        var forms = new[] { "sanctioned", "Brekk", ",", pronoun, "runs", "finances", ",", "and", "Venn" };

        RelativeClauseRepair.Apply(heads, labels, forms, RepairTables.Tags(upos.Length), RepairTables.For(upos, LabelNames));

        Assert.That(new[] { heads[5], labels[5], heads[9] }, Is.EqualTo(new[] { runsHead, runsLabel, vennHead }));
    }
}
