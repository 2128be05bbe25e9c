namespace GraphBuilder.Tests.Extraction.Entities;

/// <summary>A gold named entity of GUM: its span and its head (minspan) as offsets into the document text, and its type.</summary>
public sealed record GumEntity(int Start, int End, int HeadStart, int HeadEnd, string Type);

public sealed record GumDocument(string Id, string Text, IReadOnlyList<GumEntity> Entities);

/// <summary>
/// Reads the news documents of GUM (../shared/data/ud/en_gum-ccby-*.conllu) as text with their named entities.
/// The text is the sentences' "# text" lines, a space between sentences and a line break between paragraphs.
/// An entity (MISC "Entity=(id-type-infstat-salience-centering-minspan-...") is named when the first word of
/// its minspan (the head words) is a proper noun.
/// </summary>
public static class GumCorpus
{
    public static string Folder => Path.Combine(RepoPaths.Root, "..", "shared", "data", "ud");

    public static IEnumerable<GumDocument> News()
    {
        foreach (var file in Directory.GetFiles(Folder, "en_gum-ccby-*.conllu").Order(StringComparer.Ordinal))
            foreach (var document in Read(File.ReadLines(file)))
                if (document.Id.StartsWith("GUM_news_", StringComparison.Ordinal))
                    yield return document;
    }

    private static IEnumerable<GumDocument> Read(IEnumerable<string> lines)
    {
        GumDocumentReader? reader = null;
        foreach (var line in lines)
        {
            if (line.StartsWith("# newdoc id = ", StringComparison.Ordinal))
            {
                if (reader is not null)
                    yield return reader.Finish();
                reader = new GumDocumentReader(line["# newdoc id = ".Length..].Trim());
            }
            else
                reader?.Add(line);
        }
        if (reader is not null)
            yield return reader.Finish();
    }
}
