using GraphBuilder.Documents;
using GraphBuilder.Extraction;
using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Extraction.Entities;

/// <summary>
/// Our entity stage against GUM's named entities (person, organization, place, event) in the news documents.
/// A gold entity counts when it lies in a sentence the stage read (the cleaner keeps headlines out); it is
/// found when a mention of ours overlaps its head words, and typed right when that mention's type is its
/// type (country and place both count as place).
/// </summary>
public sealed class GumEntityScore
{
    public static readonly string[] Types = ["person", "organization", "place", "event"];

    private readonly Dictionary<string, (int Gold, int Found, int Typed)> _counts = Types.ToDictionary(t => t, _ => (0, 0, 0));

    private readonly List<string> _errors = [];

    /// <summary>The entities missed or mistyped, for reading the errors: "TYPE: gold text -> missed | our mentions (types)".</summary>
    public IReadOnlyList<string> Errors => _errors;

    public int Documents { get; private set; }

    public int Outside { get; private set; }

    public void Add(GumDocument document, IEntityExtractor extractor)
    {
        Documents++;
        var analysis = extractor.Analyse(DocumentLoader.Parse(document.Id, document.Id + ".txt", document.Text));
        var mentions = analysis.Sentences.SelectMany(s => s.Mentions).ToList();
        foreach (var gold in document.Entities.Where(e => _counts.ContainsKey(e.Type)))
        {
            if (!analysis.Sentences.Any(s => s.Sentence.Start <= gold.HeadStart && gold.HeadEnd <= s.Sentence.End))
            {
                Outside++;
                continue;
            }
            var hit = mentions.Where(m => m.Start < gold.HeadEnd && gold.HeadStart < m.End).ToList();
            if (hit.Count == 0 || !hit.Any(m => TypeOf(m.Type) == gold.Type))
                _errors.Add($"{gold.Type}: {document.Text[gold.Start..gold.End]} -> {(hit.Count == 0 ? "missed" : string.Join(", ", hit.Select(m => $"{m.Text} ({TypeOf(m.Type)})")))}");
            var (g, f, t) = _counts[gold.Type];
            _counts[gold.Type] = (g + 1, f + (hit.Count > 0 ? 1 : 0), t + (hit.Any(m => TypeOf(m.Type) == gold.Type) ? 1 : 0));
        }
    }

    public double Recall(string? type = null) => Ratio(Sum(type).Found, Sum(type).Gold);

    /// <summary>Of the entities found, the share typed right.</summary>
    public double TypeAccuracy(string? type = null) => Ratio(Sum(type).Typed, Sum(type).Found);

    public override string ToString() =>
        $"GUM news: {Documents} documents, {Sum(null).Gold} named entities ({Outside} in headlines, not counted); " +
        $"recall {Recall():F3}, type accuracy {TypeAccuracy():F3}; " +
        string.Join("; ", Types.Select(t => $"{t} {Sum(t).Gold}: recall {Recall(t):F3}, typed {TypeAccuracy(t):F3}"));

    private (int Gold, int Found, int Typed) Sum(string? type) =>
        type is null ? _counts.Values.Aggregate((0, 0, 0), (a, c) => (a.Item1 + c.Gold, a.Item2 + c.Found, a.Item3 + c.Typed)) : _counts[type];

    private static double Ratio(int a, int b) => b == 0 ? 1.0 : (double)a / b;

    private static string TypeOf(NodeType type) => type switch
    {
        NodeType.Person => "person",
        NodeType.Organisation => "organization",
        NodeType.Country or NodeType.Place => "place",
        NodeType.Event => "event",
        _ => "other",
    };
}
