using System.IO.Compression;

namespace GraphBuilder.Syntax;

/// <summary>
/// Reads and writes the model file: a GZip stream holding the tag set, tag dictionary, lemma lexicon and
/// rules, relation labels and the three perceptrons. Everything is written in sorted order, so the same
/// model always gives the same bytes.
/// </summary>
public static class SyntaxModelFile
{
    private const string Magic = "GraphBuilder.Syntax/2";

    /// <summary>Weights smaller than this are left out of the file (they hardly change a decision).</summary>
    public const float Prune = 0.02f;

    public static void Write(Stream stream, SyntaxModel model)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        WriteList(writer, model.Tagger.Tags);
        WriteMap(writer, model.Tagger.Dictionary.ToDictionary(p => p.Key, p => p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        WriteMap(writer, model.Tagger.Ambiguity);
        WriteMap(writer, model.Lemmatizer.Lexicon);
        WriteMap(writer, model.Lemmatizer.Rules);
        WriteList(writer, model.Parser.Labels);
        PerceptronFile.Write(writer, model.Tagger.Model, Prune);
        PerceptronFile.Write(writer, model.Parser.Actions, Prune);
        PerceptronFile.Write(writer, model.Parser.Labeller, Prune);
    }

    public static SyntaxModel Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        if (reader.ReadString() != Magic)
            throw new InvalidDataException("not a GraphBuilder syntax model");
        var tags = ReadList(reader);
        var dictionary = ReadMap(reader).ToDictionary(p => p.Key, p => int.Parse(p.Value, System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var ambiguity = ReadMap(reader);
        var lemmatizer = new Lemmatizer(ReadMap(reader), ReadMap(reader));
        var labels = ReadList(reader);
        var tagger = new Tagger(tags, dictionary, ambiguity, PerceptronFile.Read(reader));
        var parser = new DependencyParser(labels, PerceptronFile.Read(reader), PerceptronFile.Read(reader));
        return new SyntaxModel(tagger, lemmatizer, parser);
    }

    public static void Write(string path, SyntaxModel model)
    {
        using var file = File.Create(path);
        Write(file, model);
    }

    private static void WriteList(BinaryWriter writer, IReadOnlyList<string> items)
    {
        writer.Write(items.Count);
        foreach (var item in items)
            writer.Write(item);
    }

    private static List<string> ReadList(BinaryReader reader)
    {
        var items = new List<string>();
        for (var n = reader.ReadInt32(); n > 0; n--)
            items.Add(reader.ReadString());
        return items;
    }

    private static void WriteMap(BinaryWriter writer, IReadOnlyDictionary<string, string> map)
    {
        writer.Write(map.Count);
        foreach (var (key, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    private static Dictionary<string, string> ReadMap(BinaryReader reader)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var n = reader.ReadInt32(); n > 0; n--)
            map[reader.ReadString()] = reader.ReadString();
        return map;
    }
}
