using GraphBuilder.Syntax;

namespace GraphBuilder.Tests.Syntax;

/// <summary>What a repair reads besides the arcs, for hand-made parses: tag i is the i-th word's tag, label i the i-th name.</summary>
internal static class RepairTables
{
    /// <summary>The table of the given tags (universal and treebank alike) and label names, in index order.</summary>
    public static RepairLabels For(string[] tags, params string[] labelNames) => new(tags, tags, labelNames);

    /// <summary>Word i has tag i: the tag table is the words' own tags.</summary>
    public static int[] Tags(int count) => Enumerable.Range(0, count).ToArray();

    /// <summary>Forms for a repair that reads none.</summary>
    public static string[] NoForms(int count) => new string[count];
}
