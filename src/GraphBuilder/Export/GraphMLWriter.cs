using System.Xml;
using GraphBuilder.Graph;

namespace GraphBuilder.Export;

/// <summary>
/// graph.graphml, shaped for Gephi, NetworkX and igraph alike: XML declaration, namespace and
/// schemaLocation, every key before the graph with an explicit for="node"/"edge" and a standard type,
/// ids that are valid NMTOKENs, and text cleaned of characters XML cannot carry.
/// </summary>
public sealed class GraphMLWriter : IGraphWriter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";
    private const string XsiNs = "http://www.w3.org/2001/XMLSchema-instance";
    private const string SchemaLocation = Ns + " " + Ns + "/1.0/graphml.xsd";

    public string Format => "graphml";

    public string FileName => "graph.graphml";

    public void Write(GraphSnapshot graph, Stream output)
    {
        using (var xml = XmlWriter.Create(output, XmlFormat.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("graphml", Ns);
            xml.WriteAttributeString("xmlns", Ns);
            xml.WriteAttributeString("xmlns", "xsi", null, XsiNs);
            xml.WriteAttributeString("schemaLocation", XsiNs, SchemaLocation);
            foreach (var key in GraphMLKeys.For(graph))
                WriteKey(xml, key);
            xml.WriteStartElement("graph", Ns);
            xml.WriteAttributeString("id", "G");
            xml.WriteAttributeString("edgedefault", "directed");
            foreach (var node in graph.Nodes)
                WriteNode(xml, node);
            foreach (var edge in graph.Edges)
                WriteEdge(xml, edge);
            xml.WriteEndDocument();
        }
        output.WriteByte((byte)'\n');
    }

    private static void WriteKey(XmlWriter xml, GraphMLKey key)
    {
        xml.WriteStartElement("key", Ns);
        xml.WriteAttributeString("id", key.Id);
        xml.WriteAttributeString("for", key.For);
        xml.WriteAttributeString("attr.name", key.Name);
        xml.WriteAttributeString("attr.type", key.Type);
        xml.WriteEndElement();
    }

    private static void WriteNode(XmlWriter xml, Node node)
    {
        xml.WriteStartElement("node", Ns);
        xml.WriteAttributeString("id", XmlText.Name(node.Id));
        WriteData(xml, GraphMLKeys.Data(node));
        xml.WriteEndElement();
    }

    private static void WriteEdge(XmlWriter xml, Edge edge)
    {
        xml.WriteStartElement("edge", Ns);
        xml.WriteAttributeString("id", XmlText.Name(edge.Id));
        xml.WriteAttributeString("source", XmlText.Name(edge.Source));
        xml.WriteAttributeString("target", XmlText.Name(edge.Target));
        WriteData(xml, GraphMLKeys.Data(edge));
        xml.WriteEndElement();
    }

    private static void WriteData(XmlWriter xml, IEnumerable<(string Key, string Value)> data)
    {
        foreach (var (key, value) in data)
        {
            xml.WriteStartElement("data", Ns);
            xml.WriteAttributeString("key", key);
            xml.WriteString(XmlText.Clean(value));
            xml.WriteEndElement();
        }
    }
}
