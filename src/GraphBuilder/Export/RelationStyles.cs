using GraphBuilder.Graph;

namespace GraphBuilder.Export;

/// <summary>
/// One colour per relation name, the same in graph.dot and graph.html whatever else the graph holds (a colour
/// picked by position in the graph's relation list made met_with brown in one graph and slate in another).
/// A relation without a fixed colour gets one from a stable hash of its name.
/// </summary>
public static class RelationStyles
{
    private static readonly Dictionary<string, string> Fixed = new(StringComparer.Ordinal)
    {
        [Relations.MetWith] = "#1b6ca8",
        [Relations.CoChaired] = "#7d3c98",
        [Relations.Designated] = "#b03a2e",
        [Relations.Attended] = "#117a65",
        [Relations.Visited] = "#b9770e",
        [Relations.Led] = "#2e4053",
        [Relations.Condemned] = "#c71585",
        [Relations.Praised] = "#1e8449",
        [Relations.MemberOf] = "#a04000",
        [Relations.Funded] = "#7e5109",
        [Relations.SignedWith] = "#2874a6",
        [Relations.ResponsibleFor] = "#641e16",
        [Relations.MentionedWith] = "#8c959f",
    };

    private static readonly string[] Fallback = ["#5d6d7e", "#6c3483", "#0e6655", "#9c640c", "#1a5276", "#943126"];

    public static string Colour(string relation)
    {
        if (Fixed.TryGetValue(relation, out var colour))
            return colour;
        var hash = 0;
        foreach (var c in relation)
            hash = unchecked(hash * 31 + c);
        return Fallback[(int)((uint)hash % Fallback.Length)];
    }
}
