using GraphBuilder.Extraction;
using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Extraction.Entities;

/// <summary>
/// Our entity stage against GUM's named entities (person, organization, place, event) in a set of documents.
/// A gold entity counts when it lies in a sentence the stage read (the cleaner keeps headlines out); it is
/// found when a mention of ours overlaps its head words, and typed right when that mention's type is its
/// type (country and place both count as place). Precision proxy: GUM marks every mention of an entity,
/// named or not, so a name of ours (a mention with a capital letter) whose span overlaps no GUM entity span
/// at all is very likely no name (a page word, a capitalised common word).
/// </summary>
public sealed class GumEntityScore(string label)
{
    public static readonly string[] Types = ["person", "organization", "place", "event"];

    private readonly Dictionary<string, (int Gold, int Found, int Typed)> _counts = Types.ToDictionary(t => t, _ => (0, 0, 0));

    private readonly List<string> _errors = [];

    private readonly List<string> _falseNames = [];

    /// <summary>The entities missed or mistyped, for reading the errors: "TYPE: gold text -> missed | our mentions (types)".</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>Our names that overlap no GUM entity: "TYPE: name | sentence context".</summary>
    public IReadOnlyList<string> FalseNames => _falseNames;

    public int Documents { get; private set; }

    public int Outside { get; private set; }

    public int Names { get; private set; }

    public void Add(GumDocument document, EntityAnalysis analysis)
    {
        Documents++;
        var mentions = analysis.Sentences.SelectMany(s => s.Mentions).ToList();
        foreach (var gold in document.Entities.Where(e => _counts.ContainsKey(e.Type)))
            Score(document, analysis, mentions, gold);
        foreach (var name in mentions.Where(m => m.Text.Any(char.IsUpper)))
        {
            Names++;
            if (!document.Spans.Any(s => s.Start < name.End && name.Start < s.End))
                _falseNames.Add($"{TypeOf(name.Type)}: {name.Text} | {Context(document.Text, name.Start, name.End)}");
        }
    }

    private void Score(GumDocument document, EntityAnalysis analysis, List<Mention> mentions, GumEntity gold)
    {
        if (!analysis.Sentences.Any(s => s.Sentence.Start <= gold.HeadStart && gold.HeadEnd <= s.Sentence.End))
        {
            Outside++;
            return;
        }
        var hit = mentions.Where(m => m.Start < gold.HeadEnd && gold.HeadStart < m.End).ToList();
        var typed = hit.Any(m => TypeOf(m.Type) == gold.Type);
        if (!typed)
            _errors.Add($"{gold.Type}: {document.Text[gold.Start..gold.End]} -> {(hit.Count == 0 ? "missed" : string.Join(", ", hit.Select(m => $"{m.Text} ({TypeOf(m.Type)})")))} | {Context(document.Text, gold.Start, gold.End)}");
        var (g, f, t) = _counts[gold.Type];
        _counts[gold.Type] = (g + 1, f + (hit.Count > 0 ? 1 : 0), t + (typed ? 1 : 0));
    }

    public double Recall(string? type = null) => Ratio(Sum(type).Found, Sum(type).Gold);

    /// <summary>Of the entities found, the share typed right.</summary>
    public double TypeAccuracy(string? type = null) => Ratio(Sum(type).Typed, Sum(type).Found);

    /// <summary>Of our names, the share that overlaps no GUM entity span (lower is better).</summary>
    public double FalseNameShare => Names == 0 ? 0.0 : (double)_falseNames.Count / Names;

    public override string ToString() =>
        $"GUM {label}: {Documents} documents, {Sum(null).Gold} named entities ({Outside} in headlines, not counted); " +
        $"recall {Recall():F3}, type accuracy {TypeAccuracy():F3}, names overlapping no GUM entity {FalseNameShare:F3} ({_falseNames.Count} of {Names}); " +
        string.Join("; ", Types.Select(t => $"{t} {Sum(t).Gold}: recall {Recall(t):F3}, typed {TypeAccuracy(t):F3}"));

    private (int Gold, int Found, int Typed) Sum(string? type) =>
        type is null ? _counts.Values.Aggregate((0, 0, 0), (a, c) => (a.Item1 + c.Gold, a.Item2 + c.Found, a.Item3 + c.Typed)) : _counts[type];

    private static double Ratio(int a, int b) => b == 0 ? 1.0 : (double)a / b;

    private static string Context(string text, int start, int end) =>
        text[Math.Max(0, start - 40)..Math.Min(text.Length, end + 40)].Replace('\n', ' ');

    private static string TypeOf(NodeType type) => type switch
    {
        NodeType.Person => "person",
        NodeType.Organisation => "organization",
        NodeType.Country or NodeType.Place => "place",
        NodeType.Event => "event",
        _ => "other",
    };
}
