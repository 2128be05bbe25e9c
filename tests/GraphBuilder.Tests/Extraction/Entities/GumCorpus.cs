namespace GraphBuilder.Tests.Extraction.Entities;

/// <summary>A gold named entity of GUM: its span and its head (minspan) as offsets into the document text, and its type.</summary>
public sealed record GumEntity(int Start, int End, int HeadStart, int HeadEnd, string Type);

/// <summary>
/// A GUM document: Split is "tune" (train and dev files) or "held-out" (the test file: only scored, its errors
/// never read); Genre is the id's second part (news, interview, bio, ...); Entities the named gold entities;
/// Spans every gold entity span, named or not (pronouns, descriptions, times), for the precision proxy.
/// </summary>
public sealed record GumDocument(string Id, string Split, string Text, IReadOnlyList<GumEntity> Entities, IReadOnlyList<(int Start, int End)> Spans)
{
    public string Genre => Id.Split('_')[1];
}

/// <summary>
/// Reads the documents of GUM's CC-BY genres (../shared/data/ud/en_gum-ccby-*.conllu) as text with their entities.
/// The text is the sentences' "# text" lines, a space between sentences and a line break between paragraphs.
/// An entity (MISC "Entity=(id-type-infstat-salience-centering-minspan-...") is named when the first word of
/// its minspan (the head words) is a proper noun.
/// </summary>
public static class GumCorpus
{
    public const string Tune = "tune";

    public const string HeldOut = "held-out";

    public static string Folder => Path.Combine(RepoPaths.Root, "..", "shared", "data", "ud");

    public static IEnumerable<GumDocument> All()
    {
        foreach (var file in Directory.GetFiles(Folder, "en_gum-ccby-*.conllu").Order(StringComparer.Ordinal))
        {
            var split = Path.GetFileNameWithoutExtension(file).EndsWith("-test", StringComparison.Ordinal) ? HeldOut : Tune;
            foreach (var document in Read(File.ReadLines(file), split))
                yield return document;
        }
    }

    public static IEnumerable<GumDocument> News() => All().Where(d => d.Genre == "news");

    private static IEnumerable<GumDocument> Read(IEnumerable<string> lines, string split)
    {
        GumDocumentReader? reader = null;
        foreach (var line in lines)
        {
            if (line.StartsWith("# newdoc id = ", StringComparison.Ordinal))
            {
                if (reader is not null)
                    yield return reader.Finish();
                reader = new GumDocumentReader(line["# newdoc id = ".Length..].Trim(), split);
            }
            else
                reader?.Add(line);
        }
        if (reader is not null)
            yield return reader.Finish();
    }
}
