using System.Text;
using System.Text.RegularExpressions;
using GraphBuilder.Documents;
using GraphBuilder.Extraction;
using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Extraction.Relations;

/// <summary>
/// Builds a hand-made entity analysis from sentences with bracketed mentions, so relation patterns can be
/// tested without the entity stage: "[P Ana Lima]" is a person keyed "ana-lima", "[P Lima=ana-lima]" a
/// coreferent mention, "[P Ana Lima|Foreign Minister]" a mention with its role. Letters: P O C L E.
/// </summary>
public static partial class MarkedText
{
    [GeneratedRegex(@"\[([POCLE]) ([^\]=|]+)(?:=([^\]|]+))?(?:\|([^\]]+))?\]")]
    private static partial Regex Marked();

    public static (EntityAnalysis Analysis, SourceDocument Document) Build(IEnumerable<string> sentences, string? date,
        IReadOnlyList<IReadOnlyList<string>>? parses = null, IReadOnlyList<IReadOnlyList<string>>? rereads = null)
    {
        var text = new StringBuilder(date is null ? "" : $" date {date}\n");
        var annotated = new List<AnnotatedSentence>();
        foreach (var line in sentences)
        {
            if (annotated.Count > 0)
                text.Append(' ');
            var sentence = AddSentence(text, line, annotated.Count);
            var parse = parses is not null && annotated.Count < parses.Count && parses[annotated.Count].Count > 0
                ? HandParse.Read(parses[annotated.Count], sentence.Sentence) : null;
            var reread = rereads is not null && annotated.Count < rereads.Count && rereads[annotated.Count].Count > 0
                ? HandParse.Read(rereads[annotated.Count], Rewritten(sentence)) : null;
            annotated.Add(sentence with { Parse = parse, Reread = reread });
        }
        var document = DocumentLoader.Parse("spec", "spec.txt", text.ToString());
        var info = new DocumentInfo("spec", "spec.txt", null, date);
        return (new EntityAnalysis(info, Entities(annotated), annotated), document);
    }

    /// <summary>The sentence with its asides read out, for the words of its second parse.</summary>
    private static Sentence Rewritten(AnnotatedSentence annotated)
    {
        var s = annotated.Sentence;
        var text = Asides.Rewrite(s.Text, annotated.Mentions.Select(m => (m.Start - s.Start, m.End - s.Start)).ToList())
            ?? throw new FormatException($"a reread parse for a sentence without asides: {s.Text}");
        return s with { Text = text };
    }

    private static AnnotatedSentence AddSentence(StringBuilder text, string line, int index)
    {
        var start = text.Length;
        var mentions = new List<Mention>();
        var at = 0;
        foreach (Match m in Marked().Matches(line))
        {
            text.Append(line, at, m.Index - at);
            var name = m.Groups[2].Value;
            var key = m.Groups[3].Success ? m.Groups[3].Value : Slug.Of(name);
            var role = m.Groups[4].Success ? m.Groups[4].Value : null;
            mentions.Add(new Mention(text.Length, text.Length + name.Length, name, key, TypeOf(m.Groups[1].Value[0]), role));
            text.Append(name);
            at = m.Index + m.Length;
        }
        text.Append(line, at, line.Length - at);
        var sentenceText = text.ToString(start, text.Length - start);
        return new AnnotatedSentence(new Sentence(index, start, text.Length, sentenceText), mentions);
    }

    private static List<ExtractedEntity> Entities(IEnumerable<AnnotatedSentence> sentences) =>
        sentences.SelectMany(s => s.Mentions).GroupBy(m => m.EntityKey)
            .Select(g => new ExtractedEntity(g.Key, g.First().Type, g.First().Text, [],
                g.Select(m => m.Role).OfType<string>().Distinct().ToList(), g.Count()))
            .ToList();

    private static NodeType TypeOf(char letter) => letter switch
    {
        'P' => NodeType.Person,
        'O' => NodeType.Organisation,
        'C' => NodeType.Country,
        'L' => NodeType.Place,
        _ => NodeType.Event,
    };
}
