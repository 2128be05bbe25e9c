using GraphBuilder.Extraction;

namespace GraphBuilder.Tests.Extraction.Entities;

/// <summary>Every lexicon the entity stage uses is embedded, loads, and is substantial.</summary>
public class LexiconTests
{
    [TestCase("countries", 190)]
    [TestCase("cities", 250)]
    [TestCase("regions", 80)]
    [TestCase("organisations", 70)]
    [TestCase("organisation-words", 80)]
    [TestCase("organisation-prefixes", 30)]
    [TestCase("titles", 100)]
    [TestCase("title-modifiers", 120)]
    [TestCase("ranks", 60)]
    [TestCase("honorifics", 40)]
    [TestCase("event-nouns", 60)]
    [TestCase("event-topics", 20)]
    [TestCase("furniture-markers", 70)]
    [TestCase("function-words", 140)]
    [TestCase("non-entities", 25)]
    [TestCase("name-particles", 20)]
    [TestCase("place-words", 50)]
    [TestCase("abbreviations", 40)]
    public void Lexicon_loads_and_is_substantial(string name, int atLeast) =>
        Assert.That(Lexicon.Lines(name), Has.Count.GreaterThanOrEqualTo(atLeast));

    [TestCase("countries", "U.S.", "United States")]
    [TestCase("countries", "Pakistani", "Pakistan")]
    [TestCase("countries", "Pak", "Pakistan")]
    [TestCase("cities", "Bogota", "Bogotá")]
    [TestCase("organisations", "Daesh", "Islamic State")]
    public void Forms_map_to_their_canonical_name(string lexicon, string form, string canonical) =>
        Assert.That(Lexicon.Forms(lexicon)[form], Is.EqualTo(canonical));

    [Test]
    public void Missing_lexicon_is_an_error() =>
        Assert.That(() => Lexicon.Lines("no-such-lexicon"), Throws.InvalidOperationException);
}
