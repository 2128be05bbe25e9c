using System.Text;
using System.Xml.Linq;
using GraphBuilder.Export;
using Newtonsoft.Json.Linq;

namespace GraphBuilder.Tests.Export;

/// <summary>
/// The two meetings (one met_with edge, two articles, 2025-03-27 and 2025-06-12) keep both dates, and the edge
/// its one id, in every file the CLI writes; each format's structured field is read, not just its text searched.
/// </summary>
public class EveryFormatTests
{
    private const string Id = TwoMeetingsGraph.EdgeId;

    private static string Text(IGraphWriter writer) => Encoding.UTF8.GetString(WriterOutput.Bytes(writer, TwoMeetingsGraph.Shared));

    [TestCaseSource(typeof(GraphWriters), nameof(GraphWriters.All))]
    public void BothDatesAndTheEdgeIdAreInTheFile(IGraphWriter writer)
    {
        var text = Text(writer);

        Assert.That(text, Does.Contain("2025-03-27").And.Contain("2025-06-12").And.Contain(Id));
    }

    [Test]
    public void JsonListsBothDatesAndEachEvidenceItsOwn()
    {
        var link = JObject.Parse(Text(new JsonGraphWriter()))["links"]!.Single(l => (string?)l["id"] == Id);

        Assert.That(link["dates"]!.Values<string>(), Is.EqualTo(TwoMeetingsGraph.Dates));
        Assert.That(link["evidence"]!.Select(e => (string?)e["date"]), Is.EqualTo(TwoMeetingsGraph.Dates));
        Assert.That(((string?)link["first_date"], (string?)link["last_date"], (string?)link["date"]), Is.EqualTo(("2025-03-27", "2025-06-12", "2025-06-12")));
        Assert.That((bool)link["undirected"]!, Is.True);
    }

    [Test]
    public void CytoscapeDataListsBothDates() =>
        Assert.That(JObject.Parse(Text(new CytoscapeWriter()))["elements"]!["edges"]!.Single(e => (string?)e["data"]!["id"] == Id)["data"]!["dates"]!
            .Values<string>(), Is.EqualTo(TwoMeetingsGraph.Dates));

    [Test]
    public void GraphMLCarriesBothDatesAsJsonText()
    {
        var edge = XDocument.Parse(Text(new GraphMLWriter())).Descendants().Single(e => e.Name.LocalName == "edge" && (string?)e.Attribute("id") == Id);

        Assert.That(JArray.Parse(edge.Elements().Single(d => (string?)d.Attribute("key") == "e_dates").Value).Values<string>(),
            Is.EqualTo(TwoMeetingsGraph.Dates));
    }

    [Test]
    public void GexfHasOneSpellPerMeeting()
    {
        var edge = XDocument.Parse(Text(new GexfWriter())).Descendants().Single(e => e.Name.LocalName == "edge" && (string?)e.Attribute("id") == Id);

        Assert.That(edge.Descendants().Where(e => e.Name.LocalName == "spell").Select(s => (string?)s.Attribute("start")),
            Is.EqualTo(TwoMeetingsGraph.Dates));
    }

    [Test]
    public void DotLabelsTheEdgeWithBothDates() =>
        Assert.That(Text(new DotWriter()), Does.Contain("label=\"met_with\\n2025-03-27, 2025-06-12\""));
}
