using System.Globalization;
using GraphBuilder.Graph;
using Newtonsoft.Json;

namespace GraphBuilder.Export;

/// <summary>Small JSON pieces shared by the JSON writer and the GraphML writer (which carries lists as JSON strings).</summary>
internal static class JsonFields
{
    public static void Strings(JsonWriter json, IEnumerable<string> values)
    {
        json.WriteStartArray();
        foreach (var value in values)
            json.WriteValue(value);
        json.WriteEndArray();
    }

    public static void Evidence(JsonWriter json, IEnumerable<Evidence> evidence)
    {
        json.WriteStartArray();
        foreach (var e in evidence)
        {
            json.WriteStartObject();
            Property(json, "document", e.Document);
            Property(json, "sentence", e.Sentence);
            Property(json, "start", e.Start);
            Property(json, "end", e.End);
            Property(json, "date", e.Date);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>One JSON value on a single line, for formats that carry lists as strings (GraphML).</summary>
    public static string Compact(Action<JsonWriter> write)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var json = new JsonTextWriter(text) { Formatting = Formatting.None, Culture = CultureInfo.InvariantCulture })
            write(json);
        return text.ToString();
    }

    public static void Property(JsonWriter json, string name, string? value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    public static void Property(JsonWriter json, string name, long value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    /// <summary>Doubles go out with the decimals they were rounded to (NodeMetrics.PageRankDecimals), never in exponent form.</summary>
    public static void Property(JsonWriter json, string name, double value)
    {
        json.WritePropertyName(name);
        json.WriteRawValue(Number(value));
    }

    public static string Number(double value) => value.ToString("0.0#####", CultureInfo.InvariantCulture);

    /// <summary>The node metrics, under the names every format uses.</summary>
    public static void Metrics(JsonWriter json, NodeMetrics metrics)
    {
        Property(json, "degree", metrics.Degree);
        Property(json, "weighted_degree", metrics.WeightedDegree);
        Property(json, "component", metrics.Component);
        Property(json, "component_size", metrics.ComponentSize);
        Property(json, "pagerank", metrics.PageRank);
    }

    /// <summary>An edge's dates and direction, under the names every format uses (date is the last date, kept for older readers).</summary>
    public static void DatesAndDirection(JsonWriter json, Edge edge)
    {
        Property(json, "date", edge.Date);
        Property(json, "first_date", edge.FirstDate);
        Property(json, "last_date", edge.LastDate);
        json.WritePropertyName("dates");
        Strings(json, edge.Dates);
        Property(json, "undirected", edge.Undirected);
    }

    public static void Property(JsonWriter json, string name, bool value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }
}
