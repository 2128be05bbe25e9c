using GraphBuilder.Syntax;

namespace GraphBuilder.Tests.Syntax;

/// <summary>The entity stage's people as the tagger's evidence (NameTags): only tags no name can have change.</summary>
public class NameTagsTests
{
    [TestCase("Quint later met Ines Falk.", "Quint", "Quint", "PROPN", "nsubj")]
    [TestCase("Foreign Minister Mara Quint met Ines Falk.", "Foreign Minister Mara Quint", "Foreign", "ADJ", null)]
    public void A_word_of_a_name_the_tagger_reads_as_no_noun_is_a_proper_noun(string text, string name, string word, string upos, string? relation)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);
        var parse = UdSentenceParser.Shared.Parse(text, 0, text.Length, [(start, start + name.Length)]);
        var w = parse.Words.First(x => x.Form == word);
        Assert.That(w.Upos, Is.EqualTo(upos));
        if (relation is not null)
            Assert.That(w.Relation, Is.EqualTo(relation));
    }

    [Test]
    public void Without_names_the_tagger_reads_as_before()
    {
        const string text = "Quint later met Ines Falk.";
        Assert.That(UdSentenceParser.Shared.Parse(text, 0, text.Length).Words[0].Upos, Is.Not.EqualTo("PROPN"),
            "the case this class exists for: the tagger alone reads the surname as no name");
    }
}
