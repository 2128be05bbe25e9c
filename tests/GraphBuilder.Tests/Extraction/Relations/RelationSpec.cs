namespace GraphBuilder.Tests.Extraction.Relations;

/// <summary>
/// One case of a relation spec file:
/// <code>
/// ### title
/// date: 2024-07-14            (optional: the article date)
/// text: [P Ana Lima] met [P Rui Costa].   (one sentence per line)
/// expect: ana-lima met_with rui-costa     (none means: no relation at all)
/// </code>
/// A "text:" line may be followed by its parse, one word a line, "ID FORM LEMMA UPOS HEAD DEPREL" (the frame
/// specs: the frames are tested on hand-written parses, apart from the parser's mistakes); a sentence
/// without such lines gets no parse. A line "reread:" after them starts the parse of the sentence with its
/// asides read out (Asides.Rewrite; its words are found in the rewritten text), which the frames read too.
/// A line "relations: met_with co_chaired" before the first case limits the file to those relations (other
/// families may fire on its sentences too; they have files of their own).
/// An expectation may add "status=planned", "date=2024-05" and attributes "as=...": every field the
/// extracted relation carries must be listed, so a wrong date or status fails the case.
/// </summary>
public sealed record RelationSpec(string Title, string? Date, IReadOnlyList<string> Sentences, IReadOnlyList<string> Expected,
    IReadOnlyList<string> Relations)
{
    /// <summary>The hand-written parse lines of each sentence (empty: no parse).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Parses { get; init; } = [];

    /// <summary>The hand-written parse of each sentence with its asides read out (empty: none).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rereads { get; init; } = [];

    public override string ToString() => Title;

    public static IEnumerable<RelationSpec> Load(string path)
    {
        RelationSpec? current = null;
        IReadOnlyList<string> relations = [];
        var rereading = false;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                if (current is not null)
                    yield return current;
                current = new RelationSpec(line[4..].Trim(), null, [], [], relations);
            }
            else if (current is null && Field(line, "relations:") is { } names)
                relations = names.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            else if (current is not null && Field(line, "date:") is { } date)
                current = current with { Date = date };
            else if (current is not null && Field(line, "text:") is { } text)
            {
                current = current with { Sentences = [.. current.Sentences, text], Parses = [.. current.Parses, []], Rereads = [.. current.Rereads, []] };
                rereading = false;
            }
            else if (current is not null && line == "reread:")
                rereading = true;
            else if (current is not null && rereading && line.Length > 0 && char.IsAsciiDigit(line[0]))
                current = current with { Rereads = [.. current.Rereads.SkipLast(1), [.. current.Rereads[^1], line]] };
            else if (current is not null && current.Parses.Count > 0 && line.Length > 0 && char.IsAsciiDigit(line[0]))
                current = current with { Parses = [.. current.Parses.SkipLast(1), [.. current.Parses[^1], line]] };
            else if (current is not null && Field(line, "expect:") is { } expect)
                current = current with { Expected = [.. current.Expected, expect] };
        }
        if (current is not null)
            yield return current;
    }

    private static string? Field(string line, string name) =>
        line.StartsWith(name, StringComparison.Ordinal) ? line[name.Length..].Trim() : null;
}
