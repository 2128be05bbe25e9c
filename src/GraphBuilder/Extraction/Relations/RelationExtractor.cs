using System.Text.RegularExpressions;
using GraphBuilder.Text;
using GraphBuilder.Documents;
using GraphBuilder.Extraction.Dates;
using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// The relation stage: masks each sentence's mentions, runs every pattern family over it in article order
/// and turns what they find into relations with the sentence as evidence and the nearest date expression
/// (or, for an event, the date the article gave that event) as date. Stateless, so thread-safe.
/// Planned meetings, co-chairs and designations are left out: the graph's core relations record what
/// happened; planned secondary relations (a delegation someone "will lead") are kept with status planned.
/// </summary>
public sealed class RelationExtractor : IRelationExtractor
{
    /// <summary>The families that read a sentence without its parse: listings and the secondary relations' patterns.</summary>
    private static readonly IPatternFamily[] Families =
    [
        new BulletListings(),
        new PresencePatterns(),
        new TravelPatterns(),
        new StancePatterns(),
        new MembershipPatterns(),
    ];

    /// <summary>
    /// The core relations of a parsed sentence come from the frames alone (no surface pattern for met_with, co_chaired or
    /// designated remains: MeetingPatterns, DesignationPatterns and CoChairPatterns were retired on 2026-11-30 with the
    /// seeds, dev, the 20 tuned on and every probe unchanged); the secondary ones also from their patterns. A sentence
    /// without a parse (over SyntaxStage.MaxParsedLength, or no syntax stage) gives no core relation but a listing's.
    /// Declared after Families: static fields initialise in textual order.
    /// </summary>
    private static readonly IPatternFamily[] Parsed = [new Frames.FrameFamily(), new Frames.AffiliationFamily(), .. Families];

    /// <summary>The families that read a sentence's parse with its asides read out, after the first parse's (see AsideParses).</summary>
    private static readonly IPatternFamily[] Reread = [new Frames.FrameFamily(), new Frames.AffiliationFamily()];

    private static readonly HashSet<string> Core = new(StringComparer.Ordinal)
    {
        Graph.Relations.MetWith, Graph.Relations.CoChaired, Graph.Relations.Designated,
    };

    private static readonly Regex SameDay = Patterns.Create(@"\b(?:(?:earlier|later)\s+(?:in\s+)?(?:the|that)\s+day|the\s+same\s+day)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public IReadOnlyList<ExtractedRelation> Extract(EntityAnalysis analysis, SourceDocument document)
    {
        var discourse = new Discourse(analysis);
        var relations = new List<ExtractedRelation>();
        var sentences = analysis.Sentences.SelectMany(SentenceWindows.Of).Select(s => new MaskedSentence(s)).ToList();
        for (var i = 0; i < sentences.Count; i++)
        {
            DocumentBudget.Check();
            var sentence = sentences[i];
            sentence.NextText = i + 1 < sentences.Count ? sentences[i + 1].Text : "";
            foreach (var (key, date) in EventDates.Of(sentence.Source, document.Date))
                discourse.NoteEventDate(key, date);
            relations.AddRange(Relate(sentence, discourse, document, analysis.Document.Id));
            discourse.After(sentence);
        }
        relations.AddRange(SessionVenues.Visits(analysis, discourse, relations).ToList());
        relations.AddRange(DatelineVisits.Of(discourse, relations));
        relations.AddRange(DesignationStatements.Of(analysis, discourse, relations));
        return relations;
    }

    /// <summary>
    /// The nearest date expression; else the date the article gave the target event; else, for "earlier in
    /// the day", the last date read; else, for a designation, the date of the same body's previous one
    /// ("The Department also designated ...").
    /// </summary>
    private static string? DateOf(MaskedSentence sentence, Found found, Discourse discourse, DateOnly? documentDate)
    {
        var date = sentence.NearestDate(found.At, documentDate, found.Status == EdgeStatus.Planned)
            ?? discourse.EventDate(found.TargetKey);
        // every SameDay match ends in "day": the literal test spares the regex scan on most sentences
        if (date is null && sentence.Text.Contains("day", StringComparison.OrdinalIgnoreCase) && SameDay.IsMatch(sentence.Text))
            date = discourse.LastDate;
        if (date is null && found.Relation == Graph.Relations.Designated)
            date = discourse.DesignationDate(found.SourceKey);
        return date;
    }

    /// <summary>What the frames read in another parse of the sentence (asides read out, names as one word).</summary>
    private static List<Found> ReadAgain(MaskedSentence sentence, SentenceParse parse, Discourse discourse)
    {
        var again = new MaskedSentence(sentence.Source with { Parse = parse, Reread = null, NameReread = null }) { NextText = sentence.NextText };
        return Reread.SelectMany(f => f.Find(again, discourse)).ToList();
    }

    private static IEnumerable<ExtractedRelation> Relate(MaskedSentence sentence, Discourse discourse, SourceDocument document, string docId)
    {
        var s = sentence.Source.Sentence;
        var evidence = new Evidence(docId, s.Text, s.Start, s.End);
        var seen = new HashSet<(string, string, string)>();
        var families = sentence.Source.Parse is { Words.Count: > 0 } ? Parsed : Families;
        var read = Designators.WithoutGroups(families.SelectMany(f => f.Find(sentence, discourse)).ToList(), discourse);
        // the rereadings pass the same test: "X were designated, reports Xinhua" reread makes no agency a designator
        if (sentence.Source.Reread is { Words.Count: > 0 } reread)
            read.AddRange(Designators.WithoutGroups(ReadAgain(sentence, reread, discourse), discourse));
        // the names-as-one-word parse gives no memberships: its titles lose their "for X" portfolios ("Deputy Assistant
        // Secretary for Pakistan B" became B's membership of Pakistan)
        if (sentence.Source.NameReread is { Words.Count: > 0 } names && !read.Any(f => Core.Contains(f.Relation)))
            read.AddRange(Designators.WithoutGroups(ReadAgain(sentence, names, discourse).Where(f => f.Relation != Graph.Relations.MemberOf).ToList(), discourse));
        foreach (var found in read.Concat(Frames.MeetingSettings.Of(sentence, read)))
        {
            var (a, b) = Graph.Relations.IsSymmetric(found.Relation) && string.CompareOrdinal(found.SourceKey, found.TargetKey) > 0
                ? (found.TargetKey, found.SourceKey) : (found.SourceKey, found.TargetKey);
            if (a == b || !seen.Add((a, found.Relation, b)))
                continue;
            if (found.Status == EdgeStatus.Planned && Core.Contains(found.Relation))
                continue;
            var date = found.Relation == Graph.Relations.MemberOf ? null : DateOf(sentence, found, discourse, document.Date);
            discourse.NoteDate(found, date);
            yield return new ExtractedRelation(found.SourceKey, found.Relation, found.TargetKey, evidence, date,
                found.Status, found.Attributes);
        }
    }
}
