using GraphBuilder.Cli;

namespace GraphBuilder.Tests.Cli;

/// <summary>
/// The bad inputs of issue #9 that are about the text or the command line, each with the exact stderr and
/// exit code `build` gives; the file-system cases are in InputEnumerationCliTests.
/// </summary>
public class BadInputCatalogueTests : CliFolderTests
{
    [Test]
    public void MissingPath() =>
        Assert.That(Build("nope"), Is.EqualTo((1, "", "graphbuilder: input not found: nope; nothing was written\n")));

    [Test]
    public void EmptyFolder()
    {
        Directory.CreateDirectory("in");
        Assert.That(Build("in"), Is.EqualTo((1, "", "graphbuilder: no documents (*.txt) found in in; nothing was written\n")));
    }

    [TestCase("", TestName = "EmptyFile")]
    [TestCase("  \n\t\n", TestName = "WhitespaceFile")]
    [TestCase("\uFEFFMara Quint met Ravi Sethi.\r\nLena Voss visited Lima.\r\n", TestName = "BomAndCrlf")]
    [TestCase("Mara Quint met Ravi Sethi.\rLena Voss visited Lima.\r", TestName = "CarriageReturnsOnly")]
    [TestCase("Mara\u0001 Quint met \u0007Ravi Sethi.\u001b", TestName = "ControlCharacters")]
    [TestCase("\"Mara \\\"graph\\\" Quint\" met node [Ravi Sethi] -> digraph {edge}.", TestName = "QuotesBackslashesDotKeywords")]
    [TestCase("Mara Quint 🙂 met سارا قاسم in Lima ‏(Ruritania).", TestName = "EmojiAndRightToLeft")]
    public void OddButValidTextIsRead(string text)
    {
        Write("in/a.txt", text);
        var (code, stdout, err) = Build("in");
        Assert.That((code, err), Is.EqualTo((0, "")));
        Assert.That(stdout, Does.StartWith("Documents read: 1\n"));
    }

    [TestCase(new byte[] { 0x89, 0x50, 0x00, 0x01 }, "looks binary (contains NUL bytes); expected a UTF-8 or UTF-16 text file")]
    [TestCase(new byte[] { 0x41, 0x42, 0xC3, 0x28 }, "is not valid UTF-8 text (undecodable bytes at offset 2)")]
    public void UnreadableTextIsSkippedAndNamed(byte[] bytes, string reason)
    {
        Write("in/a.txt");
        File.WriteAllBytes("in/b.txt", bytes);
        var (code, _, err) = Build("in");
        Assert.That((code, err), Is.EqualTo((3, $"graphbuilder: skipped in/b.txt: {reason}\n")));
    }

    [TestCase("--format", "xml", "graphbuilder: unknown format 'xml'. Formats: dot, graphml, json, html, gexf, cyjs\n")]
    [TestCase("--document-timeout", "0", "graphbuilder: --document-timeout must be between 0 and 86400 seconds\nTry 'graphbuilder build --help'.\n")]
    [TestCase("--max-file-size", "-1", "graphbuilder: --max-file-size must be a positive number of MB\nTry 'graphbuilder build --help'.\n")]
    public void BadUsageExitsTwo(string option, string value, string message)
    {
        Write("in/a.txt");
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = Program.Run(["build", "in", "--out", "out", option, value], stdout, stderr);
        Assert.That((code, stderr.ToString()), Is.EqualTo((2, message)));
        Assert.That(Directory.Exists("out"), Is.False);
    }
}
