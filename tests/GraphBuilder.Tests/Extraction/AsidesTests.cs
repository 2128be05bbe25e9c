using GraphBuilder.Extraction;

namespace GraphBuilder.Tests.Extraction;

/// <summary>
/// Asides read out of a sentence for its second parse. Names in brackets are the sentence's mentions (the
/// brackets are not part of the text); the expected text has the same length, "_" standing for a blank.
/// </summary>
public class AsidesTests
{
    [TestCase("[Canada] listed [the Azure Brigade] \u2013 a party and an armed wing \u2013 as a terrorist organisation.",
        "Canada listed the Azure Brigade _____________________________ as a terrorist organisation.")]
    [TestCase("[Japan] designated [the Crimson Hand]\u2014a splinter faction\u2014as a terrorist group.",
        "Japan designated the Crimson Hand____________________as a terrorist group.")]
    [TestCase("[Canada] listed [the Azure Brigade] - an armed movement - as a terrorist entity.",
        "Canada listed the Azure Brigade _____________________ as a terrorist entity.")]
    [TestCase("[Canada] listed [the Azure Brigade] \u2013 as well as its leader, [Olan Brekk] \u2013 for sanctions.",
        "Canada listed the Azure Brigade , and        its leader, Olan Brekk , for sanctions.")]
    [TestCase("The sanctions target [the Azure Brigade] (also known as \"[the Blue Army]\") and [the Crimson Hand].",
        "The sanctions target the Azure Brigade _______________________________ and the Crimson Hand.")]
    [TestCase("[Canberra] labelled the far-right group, \u201C[Iron Dawn]\u201D, as a terrorist organisation.",
        "Canberra labelled the far-right group_ \u201CIron Dawn\u201D_ as a terrorist organisation.")]
    [TestCase("The sanctions, announced by [the Treasury] on Tuesday, target [Olan Brekk].",
        "The sanctions_______________________________________ target Olan Brekk.")]
    public void ReadsTheAsideOut(string marked, string expected)
    {
        var (text, mentions) = Unmark(marked);

        Assert.That(Asides.Rewrite(text, mentions), Is.EqualTo(expected.Replace('_', ' ')));
    }

    [TestCase("[Olan Brekk] met [Mara Quint] in Lima.")]
    [TestCase("The [Office of Foreign Assets Control (OFAC)] designated [Olan Brekk].")]
    [TestCase("[Olan Brekk] (pictured) was designated on Monday.")]
    [TestCase("[Olan Brekk], designated by [the Treasury] in 2021, was arrested.")]
    [TestCase("The sanctions, he said, target [Olan Brekk].")]
    [TestCase("\"We will act,\" said [Mara Quint], \"[Freedonia]\", and left.")]
    [TestCase("[Canada] listed [the Azure Brigade \u2013 Lima Wing] on Monday \u2013 a move its critics welcomed.")]
    public void LeavesASentenceWithoutAsidesAlone(string marked)
    {
        var (text, mentions) = Unmark(marked);

        Assert.That(Asides.Rewrite(text, mentions), Is.Null);
    }

    [Test]
    public void ReadsANameWithALowerCaseWordAsOneWordInASentenceReadAgain()
    {
        var (text, mentions) = Unmark("[Canada] listed [Islamic State in Libya] \u2013 a branch of the group \u2013 on Monday.");

        Assert.That(Asides.Rewrite(text, mentions), Is.EqualTo("Canada listed IslamicStateinLibya                              on Monday."));
    }

    /// <summary>The text without brackets, and the span of each bracketed name in it.</summary>
    internal static (string Text, List<(int Start, int End)> Mentions) Unmark(string marked)
    {
        var text = new System.Text.StringBuilder();
        var mentions = new List<(int, int)>();
        var open = -1;
        foreach (var c in marked)
        {
            if (c == '[')
                open = text.Length;
            else if (c == ']')
                mentions.Add((open, text.Length));
            else
                text.Append(c);
        }
        return (text.ToString(), mentions);
    }
}
