using System.Globalization;
using GraphBuilder.Documents;
using GraphBuilder.Graph;
using GraphBuilder.Syntax;
using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// The entity stage: removes page furniture, splits the article into sentences, finds the mentions of
/// each sentence, resolves them within the article and returns the entities with the annotated
/// sentences. Lexicons are loaded once; the instance keeps no per-document state, so it is thread-safe.
/// </summary>
public sealed class EntityExtractor : IEntityExtractor
{
    private readonly EntityLexicons _lexicons = EntityLexicons.Instance;
    private readonly SentenceScanner _scanner;
    private readonly ISentenceParser? _parser;

    public EntityExtractor() : this(UdSentenceParser.Shared)
    {
    }

    /// <summary>With a null parser the sentences are left unparsed (AnnotatedSentence.Parse stays null).</summary>
    public EntityExtractor(ISentenceParser? parser)
    {
        _scanner = new SentenceScanner(_lexicons);
        _parser = parser;
    }

    public EntityAnalysis Analyse(SourceDocument document)
    {
        var article = ArticleCleaner.Clean(document);
        var sentences = new List<Sentence>();
        var placed = new List<PlacedMention>();
        foreach (var paragraph in article.Paragraphs)
        {
            var paragraphTokens = Tokenizer.Tokenize(document.Text, paragraph.Start, paragraph.End);
            foreach (var (first, last) in SentenceSplitter.Split(paragraphTokens))
            {
                DocumentBudget.Check();
                var tokens = Slice(paragraphTokens, first, last);
                var (start, end) = (tokens[0].Start, tokens[^1].End);
                var sentence = new Sentence(sentences.Count, start, end, document.Text[start..end]);
                var dateline = article.Dateline is { } d && d.Start >= start && d.End <= end ? Dateline(document.Text, tokens, d) : null;
                var credit = article.Tail?.Credit;
                foreach (var raw in ScanWindows.Scan(_scanner, document.Text, tokens, dateline))
                    if (credit is null || raw.End <= credit.Start || raw.Start >= credit.End)
                        placed.Add(new PlacedMention(sentence.Index, placed.Count, raw));
                sentences.Add(sentence);
            }
        }
        var coreference = new Coreference(_lexicons);
        var resolved = coreference.Resolve(placed);
        var keys = coreference.Entities.ToDictionary(d => d, d => Slug.NodeId(d.Type, d.Label));
        var info = new DocumentInfo(document.Id, document.Path, article.Title, document.Date is null ? null : document.IsoDate);
        // an over-long sentence is cut into windows here, before the parses, so each window is parsed on its own
        var annotated = Annotate(document.Text, sentences, placed, resolved, keys).SelectMany(SentenceWindows.Of).ToList();
        var storyStart = article.Tail?.StoryStart ?? -1;
        var parsed = SyntaxStage.AddParses(_parser, document.Text, annotated, storyStart);
        parsed = AsideParses.Add(_parser, ContinuationParses.Add(_parser, document.Text, parsed, storyStart), storyStart);
        parsed = NameParses.Add(_parser, parsed);
        return new EntityAnalysis(info, Entities(keys), parsed);
    }

    private static List<Token> Slice(List<Token> tokens, int first, int last)
    {
        var slice = new List<Token>(last - first);
        for (var i = first; i < last; i++)
            slice.Add(tokens[i]);
        return slice;
    }

    private RawMention? Dateline(string text, List<Token> tokens, TextSpan span)
    {
        var first = -1;
        var last = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (first < 0 && tokens[i].Start >= span.Start)
                first = i;
            if (tokens[i].End <= span.End)
                last = i + 1;
        }
        if (first < 0 || last <= first)
            return null;
        var name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text[span.Start..span.End].ToLowerInvariant());
        var (type, canonical) = _lexicons.Gazetteer.TryGet(name, out var known) ? (known!.Type, known.Canonical) : (NodeType.Place, name);
        return new RawMention(first, last, span.Start, span.End, type, canonical, MentionKind.Named);
    }

    /// <summary>One entity per node key, sorted by key; keys are unique, so an unstable sort gives the same order.</summary>
    private static List<ExtractedEntity> Entities(IReadOnlyDictionary<EntityDraft, string> keys)
    {
        var entities = ByKey(keys);
        entities.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return entities;
    }

    private static List<ExtractedEntity> ByKey(IReadOnlyDictionary<EntityDraft, string> keys) =>
        keys.GroupBy(p => p.Value, StringComparer.Ordinal)
            .Select(g =>
            {
                var drafts = g.Select(p => p.Key).ToList();
                var label = drafts[0].Label;
                var aliases = drafts.SelectMany(d => d.Forms).Where(f => f != label).Distinct(StringComparer.Ordinal).ToList();
                var roles = drafts.SelectMany(d => d.Roles).Distinct(StringComparer.Ordinal).ToList();
                return new ExtractedEntity(g.Key, drafts[0].Type, label, aliases, roles, drafts.Sum(d => d.Mentions))
                    { Countries = drafts.SelectMany(d => d.Countries).ToHashSet(StringComparer.OrdinalIgnoreCase),
                      Initials = drafts.SelectMany(d => d.Initials).Where(i => !aliases.Contains(i) && i != label).Distinct(StringComparer.Ordinal).ToList() };
            })
            .ToList();

    private static IReadOnlyList<AnnotatedSentence> Annotate(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<PlacedMention> placed,
        IReadOnlyDictionary<PlacedMention, EntityDraft> resolved, IReadOnlyDictionary<EntityDraft, string> keys)
    {
        var bySentence = placed.Where(resolved.ContainsKey).ToLookup(m => m.Sentence);
        return sentences.Select(s => new AnnotatedSentence(s, StableSort.InPlace(bySentence[s.Index]
                .Select(m => new Mention(m.Raw.Start, m.Raw.End, text[m.Raw.Start..m.Raw.End], keys[resolved[m]], resolved[m].Type, m.Raw.Role))
                .ToList(), static (a, b) => a.Start.CompareTo(b.Start))))
            .ToList();
    }
}
