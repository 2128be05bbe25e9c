using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Graph;

public class SlugTests
{
    [TestCase(NodeType.Person, "Mara Quint", "person:mara-quint")]
    [TestCase(NodeType.Person, "Ciarán O’Halloran", "person:ciaran-ohalloran")]
    [TestCase(NodeType.Event, "US-Pakistan Counterterrorism Dialogue", "event:us-pakistan-counterterrorism-dialogue")]
    [TestCase(NodeType.Place, "Bogotá", "place:bogota")]
    [TestCase(NodeType.Event, "U.S.-Vietnam Strategic Dialogue", "event:us-vietnam-strategic-dialogue")]
    [TestCase(NodeType.Organisation, "Grupo Minero S.A. de C.V.", "organisation:grupo-minero-sa-de-cv")]
    [TestCase(NodeType.Person, "Tomas W. Hale", "person:tomas-w-hale")]
    [TestCase(NodeType.Organisation, "!!!", "organisation:x")]
    public void NodeIdIsTypeAndSlug(NodeType type, string label, string expected) =>
        Assert.That(Slug.NodeId(type, label), Is.EqualTo(expected));
}
