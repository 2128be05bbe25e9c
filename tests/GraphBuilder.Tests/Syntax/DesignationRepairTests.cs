using GraphBuilder.Syntax;

namespace GraphBuilder.Tests.Syntax;

/// <summary>
/// The repairs of the blind designations round: a name's relative clause read as its own clause, an "as" phrase hung
/// on a coordinated or counted object, "have" before an adverb and a participle read as a main verb, an "including"
/// phrase read as the subject of a trailing "said".
/// </summary>
public class DesignationRepairTests
{
    private const int Root = 0, Nsubj = 1, NsubjPass = 2, Obj = 3, Punct = 4, Advcl = 5, Relcl = 6, Case = 7, Nmod = 8, Obl = 9,
        Conj = 10, Cc = 11, Nummod = 12, Xcomp = 13, Aux = 14, OblUnmarked = 15, Ccomp = 16, Parataxis = 17, Det = 18;

    private static readonly string[] LabelNames =
        ["root", "nsubj", "nsubj:pass", "obj", "punct", "advcl", "acl:relcl", "case", "nmod", "obl", "conj", "cc", "nummod", "xcomp", "aux", "obl:unmarked", "ccomp", "parataxis", "det"];

    // "Cartel , which Department designated , denied allegations": "Cartel" (1) a subject of "designated" (5), an
    // adverbial of "denied" (7), which has no subject
    [TestCase("which", 7, Nsubj, 1, Relcl)]
    // no relative pronoun ("..., he designated, ..."): left alone
    [TestCase("he", 5, Nsubj, 7, Advcl)]
    public void RelativeClauseBeforeTheVerbMakesTheNameItsSubject(string pronoun, int cartelHead, int cartelLabel, int designatedHead, int designatedLabel)
    {
        var upos = new[] { "PROPN", "PUNCT", "PRON", "PROPN", "VERB", "PUNCT", "VERB", "NOUN" };
        var heads = new[] { -1, 5, 5, 5, 5, 7, 5, 0, 7 };
        var labels = new[] { -1, Nsubj, Punct, Obj, Nsubj, Advcl, Punct, Root, Obj };
        var forms = new[] { "Cartel", ",", pronoun, "Department", "designated", ",", "denied", "allegations" };

        RelativeSubjectRepair.Apply(heads, labels, forms, RepairTables.Tags(upos.Length), RepairTables.For(upos, LabelNames));

        Assert.That(new[] { heads[1], labels[1], heads[5], labels[5] }, Is.EqualTo(new[] { cartelHead, cartelLabel, designatedHead, designatedLabel }));
    }

    // "classified individuals and entity as terrorists": "as terrorists" (6) hung on "individuals" (2) over its conjunct
    [TestCase(true, 1, Obl)]
    // "classified individuals as terrorists" with no conjunct or count: left alone
    [TestCase(false, 2, Nmod)]
    public void AsPhraseAfterACoordinatedObjectIsTheVerbs(bool coordinated, int head, int label)
    {
        var upos = new[] { "VERB", "NOUN", "CCONJ", "NOUN", "ADP", "NOUN" };
        var heads = coordinated ? new[] { -1, 0, 1, 4, 2, 6, 2 } : new[] { -1, 0, 1, 4, 1, 6, 2 };
        var labels = coordinated ? new[] { -1, Root, Obj, Cc, Conj, Case, Nmod } : new[] { -1, Root, Obj, Cc, Obj, Case, Nmod };
        var forms = new[] { "classified", "individuals", "and", "entity", "as", "terrorists" };

        CoordinatedAsRepair.Apply(heads, labels, forms, RepairTables.Tags(upos.Length), RepairTables.For(upos, LabelNames));

        Assert.That(new[] { heads[6], labels[6] }, Is.EqualTo(new[] { head, label }));
    }

    [Test]
    public void AsPhraseAfterACountedObjectIsTheVerbs()
    {
        // "declared four men as terrorists": "as terrorists" (5) hung on "men" (3), which "four" counts
        var upos = new[] { "VERB", "NUM", "NOUN", "ADP", "NOUN" };
        var heads = new[] { -1, 0, 3, 1, 5, 3 };
        var labels = new[] { -1, Root, Nummod, Obj, Case, Nmod };
        var forms = new[] { "declared", "four", "men", "as", "terrorists" };

        CoordinatedAsRepair.Apply(heads, labels, forms, RepairTables.Tags(upos.Length), RepairTables.For(upos, LabelNames));

        Assert.That(new[] { heads[5], labels[5] }, Is.EqualTo(new[] { 1, Obl }));
    }

    // "We have today listed Quint": "have" (2) the root, "listed" (4) its xcomp, "today" (3) its oblique
    [TestCase(false, 0, Root, 4, Aux, 4)]
    // "We have plans listed Quint" ("have" with an object): possession, left alone
    [TestCase(true, 2, Xcomp, 0, Root, 2)]
    public void HaveBeforeAnAdverbAndAParticipleIsTheAuxiliary(bool haveObject, int listedHead, int listedLabel, int haveHead, int haveLabel, int weHead)
    {
        var upos = new[] { "PRON", "VERB", "NOUN", "VERB", "PROPN" };
        var xpos = new[] { "PRP", "VBP", "NN", "VBN", "NNP" };
        var heads = new[] { -1, 2, 0, 2, 2, 4 };
        var labels = new[] { -1, Nsubj, Root, haveObject ? Obj : OblUnmarked, Xcomp, Obj };
        var forms = new[] { "We", "have", haveObject ? "plans" : "today", "listed", "Quint" };

        HaveParticipleRepair.Apply(heads, labels, forms, RepairTables.Tags(upos.Length), new RepairLabels(upos, xpos, LabelNames));

        Assert.That(new[] { heads[4], labels[4], heads[2], labels[2], heads[1] }, Is.EqualTo(new[] { listedHead, listedLabel, haveHead, haveLabel, weHead }));
    }

    // "sanctioned six people , including Brekk , Treasury said": "Brekk" (6) the subject of "said" (9) with "Treasury"
    // (8) its conjunct, "sanctioned" (1) the complement of "said"
    [TestCase("six", 3, Nmod, 9, Nsubj)]
    // "sanctioned the people , including Brekk , Treasury said": no number, no counted set, left alone
    [TestCase("the", 9, Nsubj, 6, Conj)]
    public void IncludingPhraseBeforeSaidGoesToTheCountedSet(string count, int brekkHead, int brekkLabel, int treasuryHead, int treasuryLabel)
    {
        var counted = count != "the";
        var upos = new[] { "VERB", counted ? "NUM" : "DET", "NOUN", "PUNCT", "ADP", "PROPN", "PUNCT", "PROPN", "VERB" };
        var xpos = new[] { "VBD", counted ? "CD" : "DT", "NNS", ",", "VBG", "NNP", ",", "NNP", "VBD" };
        var heads = new[] { -1, 9, 3, 1, 6, 6, 9, 8, 6, 0 };
        var labels = new[] { -1, Ccomp, counted ? Nummod : Det, Obj, Punct, Case, Nsubj, Punct, Conj, Root };
        var forms = new[] { "sanctioned", count, "people", ",", "including", "Brekk", ",", "Treasury", "said" };

        IncludingSubjectRepair.Apply(heads, labels, forms, RepairTables.Tags(upos.Length), new RepairLabels(upos, xpos, LabelNames));

        Assert.That(new[] { heads[6], labels[6], heads[8], labels[8] }, Is.EqualTo(new[] { brekkHead, brekkLabel, treasuryHead, treasuryLabel }));
    }
}
