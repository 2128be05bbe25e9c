using System.Text;
using GraphBuilder.Documents;

namespace GraphBuilder.Tests.Documents;

public class DocumentLoaderTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("gb-loader-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [TestCase("utf8", "Café talks.\n")]
    [TestCase("utf8bom", "Café talks.\n")]
    [TestCase("utf16le", "Café talks.\r\n")]
    [TestCase("utf16be", "Café talks.\r\n")]
    public void DecodesEveryAcceptedEncodingToTheSameText(string encoding, string text)
    {
        var bytes = encoding switch
        {
            "utf8" => Encoding.UTF8.GetBytes(text),
            "utf8bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            "utf16le" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            _ => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        };

        var doc = DocumentLoader.Load(WriteBytes("a.txt", bytes));

        Assert.That(doc.Text, Is.EqualTo(text));
        Assert.That(doc.Id, Is.EqualTo("a"));
    }

    [TestCase(" date 2025-03-27 Interior minister met.", "2025-03-27", "Interior minister met.")]
    [TestCase("date 2024-07-14\nISLAMABAD: text", "2024-07-14", "ISLAMABAD: text")]
    [TestCase(" date 2023-03-04 \u00A0\r\npakistan", "2023-03-04", "pakistan")]
    [TestCase(" date 2025-13-40 text", null, "text")]
    [TestCase("Update 2024-01-01 text", null, "Update 2024-01-01 text")]
    public void DateHeaderBecomesTheDateAndIsNotBodyText(string text, string? date, string body)
    {
        var doc = DocumentLoader.Parse("d", "d.txt", text);

        Assert.That(doc.Date is null ? null : doc.IsoDate, Is.EqualTo(date));
        Assert.That(doc.Text[doc.BodyStart..], Is.EqualTo(body));
        Assert.That(doc.Text, Is.EqualTo(text), "offsets index the whole file text");
    }

    [TestCase(" date 2024-13-45\nMara Quint met.", "date header '2024-13-45' is not a valid date (YYYY-MM-DD); it is dropped and the article has no date")]
    [TestCase(" date 2024-5-9\nMara Quint met.", "date header '2024-5-9' is not a valid date (YYYY-MM-DD); it is dropped and the article has no date")]
    [TestCase(" date 2024-05-09\nMara Quint met.", null)]
    [TestCase("date palms grow in 2024.", null)]
    public void AMalformedDateHeaderIsDroppedWithAWarning(string text, string? warning) =>
        Assert.That(DocumentLoader.Parse("d", "d.txt", text).HeaderWarning, Is.EqualTo(warning));

    [Test]
    public void NulBytesAreReportedAsBinary()
    {
        var path = WriteBytes("b.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);

        var e = Assert.Throws<DocumentLoadException>(() => DocumentLoader.Load(path))!;

        Assert.That(e.Path, Is.EqualTo(path));
        Assert.That(e.Reason, Does.Contain("binary"));
    }

    [Test]
    public void InvalidUtf8IsReportedWithItsOffset()
    {
        var path = WriteBytes("c.txt", [0x41, 0x42, 0xC3, 0x28]);

        var e = Assert.Throws<DocumentLoadException>(() => DocumentLoader.Load(path))!;

        Assert.That(e.Reason, Does.Contain("not valid UTF-8").And.Contain("offset 2"));
    }

    [Test]
    public void UnreadableFileIsReported()
    {
        var e = Assert.Throws<DocumentLoadException>(() => DocumentLoader.Load(Path.Combine(_dir, "missing.txt")))!;

        Assert.That(e.Reason, Does.Contain("cannot be read"));
    }
}
