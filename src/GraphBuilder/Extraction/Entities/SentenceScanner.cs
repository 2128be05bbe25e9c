using System.Text.RegularExpressions;
using GraphBuilder.Graph;
using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// Finds the raw mentions of one sentence: role anaphora first ("the interior minister"), sanctions-list entries, then every
/// capitalised run through the segmenter, then lower-case events and event anaphora, abbreviations in
/// parentheses, "Yemen-based" adjectives and appositions that give a title to the next name.
/// </summary>
internal sealed partial class SentenceScanner
{
    private readonly EntityLexicons _lexicons;
    private readonly Chunker _chunker;
    private readonly RoleParser _roles;
    private readonly ChunkSegmenter _segmenter;
    private readonly LowerCasePatterns _lower;
    private readonly Appositions _appositions;
    private readonly ListEntries _entries;
    private readonly LowerTitles _lowerTitles;

    public SentenceScanner(EntityLexicons lexicons)
    {
        _lexicons = lexicons;
        _chunker = new Chunker(lexicons);
        _roles = new RoleParser(lexicons);
        var phrases = new PhraseReaders(lexicons, _roles, _chunker);
        _segmenter = new ChunkSegmenter(lexicons, _roles, new NameReader(lexicons, _chunker), phrases);
        _lower = new LowerCasePatterns(lexicons, _roles);
        _appositions = new Appositions(_roles);
        _entries = new ListEntries(lexicons);
        _lowerTitles = new LowerTitles(_roles);
    }

    private static readonly Regex Spaces = Patterns.Create(@"\s+");

    public IReadOnlyList<RawMention> Scan(string text, List<Token> tokens, RawMention? dateline)
    {
        var found = new List<RawMention>();
        var claimed = new bool[tokens.Count];
        if (dateline is not null)
            Claim(found, claimed, dateline);
        foreach (var anaphor in _lower.RoleAnaphora(tokens, claimed))
            Claim(found, claimed, anaphor);
        foreach (var entry in _entries.Find(tokens, claimed).ToList())
            Claim(found, claimed, entry);
        foreach (var quoted in QuotedNames.Find(tokens, claimed).ToList())
            Claim(found, claimed, quoted);
        foreach (var body in LowerAcronymBodies.Find(tokens, claimed).ToList())
            Claim(found, claimed, body);
        foreach (var (first, last) in _chunker.Chunks(tokens, claimed))
        {
            DocumentBudget.Check();
            var inChunk = new List<RawMention>();
            _segmenter.Segment(tokens, first, last, inChunk);
            foreach (var m in inChunk)
                Claim(found, claimed, m);
        }
        _lowerTitles.Attach(tokens, found);
        foreach (var m in _lower.Events(tokens, claimed))
            Claim(found, claimed, m);
        Adjectives(tokens, claimed, found);
        var named = StableSort.InPlace(found.Select(m => m.Name.Length == 0 ? m with { Name = SurfaceName(text, m.Start, m.End) } : m).ToList(),
            static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        Acronyms.Attach(tokens, named, text);
        _appositions.Attach(tokens, named);
        AliasPhrases.Attach(tokens, named, name => _lexicons.Gazetteer.Contains(name));
        return named;
    }

    /// <summary>
    /// The mention's text with each whitespace run made one space. Most names hold only single spaces,
    /// so the regex (whose \s is char.IsWhiteSpace) runs only when there is something to replace.
    /// </summary>
    private static string SurfaceName(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        for (var i = 0; i < span.Length; i++)
            if (char.IsWhiteSpace(span[i]) && (span[i] != ' ' || i + 1 < span.Length && char.IsWhiteSpace(span[i + 1])))
                return Spaces.Replace(span.ToString(), " ");
        return span.ToString();
    }

    private static void Claim(List<RawMention> found, bool[] claimed, RawMention m)
    {
        found.Add(m);
        for (var i = m.First; i < m.Last && i < claimed.Length; i++)
            claimed[i] = true;
    }

    /// <summary>"Yemen-based", "US-supplied": the country or place before the hyphen is a mention.</summary>
    private void Adjectives(List<Token> tokens, bool[] claimed, List<RawMention> found)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (claimed[i] || !Chunker.IsAdjective(tokens[i]))
                continue;
            var t = tokens[i];
            var head = t.Text[..t.Text.LastIndexOf('-')];
            if (_lexicons.Gazetteer.TryGet(head, out var known))
                Claim(found, claimed, new RawMention(i, i + 1, t.Start, t.Start + head.Length, known!.Type, known.Canonical, MentionKind.Named));
        }
    }
}
