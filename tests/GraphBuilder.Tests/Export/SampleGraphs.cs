using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Export;

/// <summary>
/// A small hand-built graph carrying every text the writers must survive: quotes, backslashes (one
/// trailing), newlines, &lt; &gt; &amp;, right-to-left scripts, emoji, DOT keywords as labels and
/// characters XML cannot hold, plus a symmetric edge, a dated edge with an "as" attribute and a planned edge.
/// </summary>
public static class SampleGraphs
{
    public static GraphSnapshot Nasty()
    {
        var g = new MultiGraph("Nasty \"sample\" \\ graph");
        g.AddDocument(new DocumentInfo("d1", "articles/d1.txt", "Talks in \"Rabat\" & <beyond>", "2024-05-02"));
        g.AddDocument(new DocumentInfo("d2", "articles/d2.txt", null, null));

        var quoted = g.AddNode("person:amina-diallo", "Amina \"Quote\" Diallo", NodeType.Person)
            .AddDocument("d1", 3).AddAlias("Diallo").AddRole("Foreign Minister");
        var backslash = g.AddNode("person:path", "C:\\Temp\\", NodeType.Person).AddDocument("d2", 1)
            .AddAlias("two\nlines\r\nhere");
        var control = g.AddNode("person:bell", "Bell\u0001Ringer\u000BTab\tEnd", NodeType.Person).AddDocument("d2", 1);
        var markup = g.AddNode("organisation:smith-sons", "Smith & Sons\r\n<Holdings>", NodeType.Organisation)
            .AddDocument("d1", 2).SetAttribute("acronym", "S&S");
        var arabic = g.AddNode(Slug.NodeId(NodeType.Country, "المغرب"), "المغرب", NodeType.Country)
            .AddDocument("d1", 1).AddAlias("מרוקו").AddAlias("Maroc");
        var emoji = g.AddNode("place:harbour", "Harbour 🌊 Café", NodeType.Place).AddDocument("d1", 1);
        var keywordNode = g.AddNode("event:node", "node", NodeType.Event).AddDocument("d1", 1)
            .SetAttribute("first_date", "2024-05").SetAttribute("last_date", "2024-06");
        g.AddNode("place:graph", "Graph", NodeType.Place).AddDocument("d2", 1);
        var strict = g.AddNode("organisation:strict", "STRICT", NodeType.Organisation).AddDocument("d2", 1);

        var talks = new Evidence("d1", "Amina \"Quote\" Diallo met C:\\Temp\\ in Rabat.", 17, 60);
        var again = new Evidence("d2", "They met again\nlater.", 0, 21);
        g.AddEdge(backslash.Id, Relations.MetWith, quoted.Id, talks, "2024-05-02");
        g.AddEdge(quoted.Id, Relations.MetWith, backslash.Id, again, "2024-05");
        g.AddEdge(arabic.Id, Relations.Designated, strict.Id, new Evidence("d1", "المغرب designated STRICT.", 61, 85), "2024-05-02")
            .SetAttribute("as", "terrorist <group> & \"cell\"");
        g.AddEdge(control.Id, Relations.Attended, keywordNode.Id,
            new Evidence("d2", "Bell\u0001Ringer will attend node.", 22, 50), status: EdgeStatus.Planned);
        g.AddEdge(markup.Id, Relations.Praised, emoji.Id, new Evidence("d1", "Smith & Sons praised Harbour 🌊 Café.", 86, 123));
        return g.ToSnapshot();
    }

    /// <summary>Free-form attributes whose names collide with the formats' own fields or need encoding.</summary>
    public static GraphSnapshot Clashes()
    {
        var g = new MultiGraph();
        var a = g.AddNode("person:a", "A", NodeType.Person).AddDocument("d1", 1)
            .SetAttribute("label", "not the label").SetAttribute("r", "not a colour").SetAttribute("first seen", "2024");
        var b = g.AddNode("place:b", "B", NodeType.Place).AddDocument("d1", 1);
        g.AddEdge(a.Id, Relations.Visited, b.Id, new Evidence("d1", "A visited B.", 0, 12))
            .SetAttribute("weight", "heavy").SetAttribute("key", "k").SetAttribute("as", "guest");
        return g.ToSnapshot();
    }

    /// <summary>Only directed relations, one of them on two dates: the kind of graph NetworkX's read_gexf accepts (it refuses mixed graphs).</summary>
    public static GraphSnapshot Directed()
    {
        var g = new MultiGraph("directed");
        var a = g.AddNode("person:mara-quint", "Mara Quint", NodeType.Person).AddDocument("d1", 2);
        var b = g.AddNode("person:tomas-vell", "Tomas Vell", NodeType.Person).AddDocument("d2", 1);
        g.AddNode("place:strelsau", "Strelsau", NodeType.Place).AddDocument("d1", 1);
        g.AddEdge(a.Id, Relations.Visited, "place:strelsau", new Evidence("d1", "Quint visited Strelsau.", 0, 23), "2025-03-27");
        g.AddEdge(a.Id, Relations.Visited, "place:strelsau", new Evidence("d2", "Quint was in Strelsau again.", 0, 28), "2025-06");
        g.AddEdge(b.Id, Relations.Praised, a.Id, new Evidence("d2", "Vell praised Quint.", 30, 49));
        g.AddNode("country:ruritania", "Ruritania", NodeType.Country).AddDocument("d2", 1);
        return g.ToSnapshot();
    }

    /// <summary>Text no format can carry as is: NUL, lone surrogates (which UTF-16 input can in principle decode to).</summary>
    public static GraphSnapshot Unwritable()
    {
        var g = new MultiGraph("bad\0");
        var label = "nul\u0000 lone" + (char)0xD800 + " end" + (char)0xDC00;
        var a = g.AddNode("person:a", label, NodeType.Person).AddDocument("d1", 1).AddAlias(label);
        g.AddNode("person:b", "B", NodeType.Person);
        g.AddEdge(a.Id, Relations.MetWith, "person:b", new Evidence("d1", label, 0, 5));
        return g.ToSnapshot();
    }
}
