using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Graph;

public class SlugTests
{
    [TestCase(NodeType.Person, "Mohsin Naqvi", "person:mohsin-naqvi")]
    [TestCase(NodeType.Person, "Ciarán O’Halloran", "person:ciaran-ohalloran")]
    [TestCase(NodeType.Event, "US-Pakistan Counterterrorism Dialogue", "event:us-pakistan-counterterrorism-dialogue")]
    [TestCase(NodeType.Place, "Bogotá", "place:bogota")]
    [TestCase(NodeType.Organisation, "!!!", "organisation:x")]
    public void NodeIdIsTypeAndSlug(NodeType type, string label, string expected) =>
        Assert.That(Slug.NodeId(type, label), Is.EqualTo(expected));
}
