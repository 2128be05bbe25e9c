namespace GraphBuilder.Syntax;

/// <summary>
/// One line of a CoNLL-U sentence: a word (Id "7"), a multiword token ("3-4") or an empty node ("8.1").
/// Fields are kept as written ("_" included) so a file read and written again is unchanged.
/// </summary>
public sealed record ConllLine(
    string Id, string Form, string Lemma, string Upos, string Xpos, string Feats, string Head, string Deprel, string Deps, string Misc)
{
    public bool IsWord => Id.All(char.IsAsciiDigit);

    public int HeadIndex => int.TryParse(Head, out var head) ? head : -1;

    public static ConllLine Parse(string line)
    {
        var f = line.Split('\t');
        if (f.Length != 10)
            throw new FormatException($"CoNLL-U line has {f.Length} fields, not 10: {line}");
        return new ConllLine(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]);
    }

    public override string ToString() => string.Join('\t', Id, Form, Lemma, Upos, Xpos, Feats, Head, Deprel, Deps, Misc);
}

/// <summary>A CoNLL-U sentence: its comment lines ("# text = ...") and its lines; Words are the word lines only.</summary>
public sealed record ConllSentence(IReadOnlyList<string> Comments, IReadOnlyList<ConllLine> Lines)
{
    public IReadOnlyList<ConllLine> Words { get; } = Lines.Where(l => l.IsWord).ToList();
}

/// <summary>Reads and writes CoNLL-U (https://universaldependencies.org/format.html).</summary>
public static class ConllU
{
    public static IReadOnlyList<ConllSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader).ToList();
    }

    public static IEnumerable<ConllSentence> Read(TextReader reader)
    {
        var comments = new List<string>();
        var lines = new List<ConllLine>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                if (lines.Count > 0)
                    yield return new ConllSentence(comments, lines);
                (comments, lines) = (new List<string>(), new List<ConllLine>());
            }
            else if (line[0] == '#')
                comments.Add(line);
            else
                lines.Add(ConllLine.Parse(line));
        }
        if (lines.Count > 0)
            yield return new ConllSentence(comments, lines);
    }

    public static void Write(TextWriter writer, IEnumerable<ConllSentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            foreach (var comment in sentence.Comments)
                writer.Write(comment + "\n");
            foreach (var line in sentence.Lines)
                writer.Write(line + "\n");
            writer.Write("\n");
        }
    }
}
