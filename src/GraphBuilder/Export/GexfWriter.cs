using System.Globalization;
using System.Xml;
using GraphBuilder.Graph;

namespace GraphBuilder.Export;

/// <summary>
/// graph.gexf (GEXF 1.3) for Gephi and graphology, written to the rules of Gephi's ImporterGEXF: a directed
/// graph whose symmetric edges say type="undirected", every edge's relation as its kind (so Gephi keeps
/// attended and co_chaired between one pair apart) and label, its evidence count as weight, its dates as
/// spells (mode="dynamic", timeformat="date") so Gephi's timeline can play them, node colour and size
/// (by PageRank) in viz, and every other field as a declared, typed attribute named as in GraphML.
/// </summary>
public sealed class GexfWriter : IGraphWriter
{
    private const string Ns = "http://gexf.net/1.3";
    private const string VizNs = "http://gexf.net/1.3/viz";
    private const string XsiNs = "http://www.w3.org/2001/XMLSchema-instance";

    public string Format => "gexf";

    public string FileName => "graph.gexf";

    public void Write(GraphSnapshot graph, Stream output)
    {
        using (var xml = XmlWriter.Create(output, XmlFormat.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("gexf", Ns);
            xml.WriteAttributeString("xmlns", "viz", null, VizNs);
            xml.WriteAttributeString("xmlns", "xsi", null, XsiNs);
            xml.WriteAttributeString("schemaLocation", XsiNs, Ns + " " + Ns + "/gexf.xsd");
            xml.WriteAttributeString("version", "1.3");
            xml.WriteStartElement("meta", Ns);
            xml.WriteElementString("creator", Ns, GraphSnapshot.Generator);
            xml.WriteElementString("description", Ns, XmlText.Clean(graph.Name));
            xml.WriteEndElement();
            WriteGraph(xml, graph);
            xml.WriteEndDocument();
        }
        output.WriteByte((byte)'\n');
    }

    private static void WriteGraph(XmlWriter xml, GraphSnapshot graph)
    {
        xml.WriteStartElement("graph", Ns);
        xml.WriteAttributeString("defaultedgetype", "directed");
        var dynamic = graph.Edges.Any(e => DatePeriods.Union(e.Dates).Count > 0);
        xml.WriteAttributeString("mode", dynamic ? "dynamic" : "static");
        if (dynamic)
            xml.WriteAttributeString("timeformat", "date");
        var keys = GraphMLKeys.For(graph).Where(k => !GexfFields.Native.Contains(k.Id)).ToList();
        WriteAttributes(xml, "node", keys);
        WriteAttributes(xml, "edge", keys);
        xml.WriteStartElement("nodes", Ns);
        foreach (var node in graph.Nodes)
            WriteNode(xml, node);
        xml.WriteEndElement();
        xml.WriteStartElement("edges", Ns);
        foreach (var edge in graph.Edges)
            WriteEdge(xml, edge);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteAttributes(XmlWriter xml, string domain, IEnumerable<GraphMLKey> keys)
    {
        xml.WriteStartElement("attributes", Ns);
        xml.WriteAttributeString("class", domain);
        xml.WriteAttributeString("mode", "static");
        foreach (var key in keys.Where(k => k.For == domain))
        {
            xml.WriteStartElement("attribute", Ns);
            xml.WriteAttributeString("id", key.Name);
            xml.WriteAttributeString("title", key.Name);
            xml.WriteAttributeString("type", GexfFields.Type(key.Type));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteNode(XmlWriter xml, Node node)
    {
        xml.WriteStartElement("node", Ns);
        xml.WriteAttributeString("id", XmlText.Clean(node.Id));
        xml.WriteAttributeString("label", XmlText.Clean(node.Label));
        WriteValues(xml, GraphMLKeys.Data(node));
        var style = NodeStyles.Of(node.Type);
        xml.WriteStartElement("color", VizNs);
        xml.WriteAttributeString("r", style.R.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("g", style.G.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("b", style.B.ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        xml.WriteStartElement("size", VizNs);
        xml.WriteAttributeString("value", GexfFields.Size(node.Metrics));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteEdge(XmlWriter xml, Edge edge)
    {
        xml.WriteStartElement("edge", Ns);
        xml.WriteAttributeString("id", XmlText.Clean(edge.Id));
        xml.WriteAttributeString("source", XmlText.Clean(edge.Source));
        xml.WriteAttributeString("target", XmlText.Clean(edge.Target));
        xml.WriteAttributeString("label", edge.Relation);
        xml.WriteAttributeString("kind", edge.Relation);
        if (edge.Undirected)
            xml.WriteAttributeString("type", "undirected");
        xml.WriteAttributeString("weight", edge.Weight.ToString(CultureInfo.InvariantCulture));
        WriteValues(xml, GraphMLKeys.Data(edge));
        var periods = DatePeriods.Union(edge.Dates);
        if (periods.Count > 0)
        {
            xml.WriteStartElement("spells", Ns);
            foreach (var period in periods)
            {
                xml.WriteStartElement("spell", Ns);
                xml.WriteAttributeString("start", period.StartText);
                xml.WriteAttributeString("end", period.EndText);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteValues(XmlWriter xml, IEnumerable<(string Key, string Value)> data)
    {
        xml.WriteStartElement("attvalues", Ns);
        foreach (var (key, value) in data.Where(d => !GexfFields.Native.Contains(d.Key)))
        {
            xml.WriteStartElement("attvalue", Ns);
            xml.WriteAttributeString("for", GexfFields.NameOf(key));
            xml.WriteAttributeString("value", XmlText.Clean(value));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}
