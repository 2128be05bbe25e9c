using GraphBuilder.Export;

namespace GraphBuilder.Tests.Export;

/// <summary>The DOT escaper and the XML cleaning, case by case.</summary>
public class EscapingTests
{
    [TestCase("plain", "\"plain\"")]
    [TestCase("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [TestCase("C:\\Temp\\", "\"C:\\\\Temp\\\\\"", TestName = "Quote(trailing backslash)")]
    [TestCase("\\", "\"\\\\\"", TestName = "Quote(lone backslash)")]
    [TestCase("\\\"", "\"\\\\\\\"\"", TestName = "Quote(backslash then quote)")]
    [TestCase("\\l \\N", "\"\\\\l \\\\N\"", TestName = "Quote(label escapes stay literal)")]
    [TestCase("one\ntwo", "\"one\\ntwo\"")]
    [TestCase("one\r\ntwo\r", "\"one\\ntwo\"", TestName = "Quote(CRLF and CR)")]
    [TestCase("node", "\"node\"")]
    [TestCase("Graph", "\"Graph\"")]
    [TestCase("STRICT", "\"STRICT\"")]
    [TestCase("a -> b; }", "\"a -> b; }\"")]
    [TestCase("<b>&amp;</b>", "\"<b>&amp;</b>\"")]
    [TestCase("bell\u0001vt\u000Bend", "\"bellvtend\"", TestName = "Quote(XML-illegal controls dropped)")]
    [TestCase("مصر · ישראל 🌊", "\"مصر · ישראל 🌊\"")]
    [TestCase("", "\"\"")]
    public void DotQuote(string text, string expected) => Assert.That(DotText.Quote(text), Is.EqualTo(expected));

    [TestCase("plain <>&\"'", "plain <>&\"'", TestName = "Clean(markup is the writer's job)")]
    [TestCase("tab\tnl\ncr\r", "tab\tnl\ncr\r", TestName = "Clean(tab, LF, CR kept)")]
    [TestCase("a\u0001b\u000Bc\u001Fd\u0000e", "abcde", TestName = "Clean(C0 controls dropped)")]
    [TestCase("x\uFFFEy\uFFFFz", "xyz", TestName = "Clean(non-characters dropped)")]
    [TestCase("wave 🌊 ok", "wave 🌊 ok", TestName = "Clean(surrogate pair kept)")]
    [TestCase("\u0085\u2028\uE000\uFFFD", "\u0085\u2028\uE000\uFFFD", TestName = "Clean(legal oddities kept)")]
    public void XmlClean(string text, string expected) => Assert.That(XmlText.Clean(text), Is.EqualTo(expected));

    // Attribute arguments cannot hold a lone surrogate (the compiler stores them as UTF-8), so these are built here.
    [TestCase("high ", 0xD800, " alone")]
    [TestCase("low ", 0xDC00, " alone")]
    [TestCase("ends high ", 0xD83C, "")]
    [TestCase("", 0xDFFF, "starts low")]
    public void XmlCleanDropsLoneSurrogates(string before, int surrogate, string after) =>
        Assert.That(XmlText.Clean(before + (char)surrogate + after), Is.EqualTo(before + after));

    [TestCase("label", "label")]
    [TestCase("first_date", "first_date")]
    [TestCase("person:amina-diallo", "person:amina-diallo")]
    [TestCase("first date", "first_x0020_date")]
    [TestCase("a|b|c", "a_x007C_b_x007C_c")]
    [TestCase("x\u0001", "x_x0001_", TestName = "XmlName(control character encoded)")]
    public void XmlName(string text, string expected) => Assert.That(XmlText.Name(text), Is.EqualTo(expected));
}
