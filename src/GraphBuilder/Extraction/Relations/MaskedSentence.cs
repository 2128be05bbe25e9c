using System.Text;
using System.Text.RegularExpressions;
using GraphBuilder.Text;
using GraphBuilder.Extraction.Dates;
using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// A sentence whose mentions are replaced by typed tokens ("⟦P0⟧" for the first mention, a person), so
/// that relation patterns are plain regexes over words and tokens and never see the names themselves.
/// </summary>
internal sealed partial class MaskedSentence
{
    private readonly List<Mention> _mentions = new();
    private readonly List<(int At, int Length)> _tokens = new();
    private string? _dateText;
    private IReadOnlyList<DateMention>?[]? _dates;
    private bool? _mayHoldDate;

    public MaskedSentence(AnnotatedSentence annotated)
    {
        Source = annotated;
        var sentence = annotated.Sentence;
        var sb = new StringBuilder(sentence.Text.Length);
        var at = sentence.Start;
        foreach (var m in annotated.Mentions.OrderBy(m => m.Start))
        {
            if (m.Start < at || m.End > sentence.End)
                continue;
            sb.Append(sentence.Text, at - sentence.Start, m.Start - at);
            var tokenStart = sb.Length;
            sb.Append('⟦').Append(Letter(m.Type)).Append(_mentions.Count).Append('⟧');
            _tokens.Add((tokenStart, sb.Length - tokenStart));
            _mentions.Add(m);
            at = m.End;
        }
        sb.Append(sentence.Text, at - sentence.Start, sentence.End - at);
        Text = Normalise(sb).ToString();
    }

    public AnnotatedSentence Source { get; }

    public string Text { get; }

    public IReadOnlyList<Mention> Mentions => _mentions;

    /// <summary>
    /// Text with appositions and relative clauses (", a faction that split in 2021,") blanked out, same length:
    /// a date inside one belongs to the thing described, not to the sentence's relation - unless the relation's
    /// trigger at [at] stands inside it ("the group, which the Department designated last month,").
    /// </summary>
    public string DateTextFor(int at)
    {
        _dateText ??= Apposition.Replace(Text, m => new string(' ', m.Length));
        return _dateText[at] == ' ' && Text[at] != ' ' ? Text : _dateText;
    }

    /// <summary>
    /// The resolved date nearest to the trigger at [at] (see DateTextFor). The date mentions of each text
    /// variant and tense are found once per sentence: a sentence stating several relations asks for each.
    /// </summary>
    public string? NearestDate(int at, DateOnly? documentDate, bool future)
    {
        if (!MayHoldDate())
            return null;
        var text = DateTextFor(at);
        var key = (ReferenceEquals(text, Text) ? 0 : 2) + (future ? 1 : 0);
        _dates ??= new IReadOnlyList<DateMention>?[4];
        var found = _dates[key] ??= DateResolver.Find(text, documentDate, future);
        return DateResolver.Nearest(text, found, at);
    }

    /// <summary>
    /// Whether the words between the tokens hold a date cue: the digits of the tokens themselves ("⟦P0⟧")
    /// would pass every sentence naming anything on to the date regex, which cannot match inside a token.
    /// </summary>
    private bool MayHoldDate()
    {
        _mayHoldDate ??= WordsMayHoldDate();
        return _mayHoldDate.Value;
    }

    private bool WordsMayHoldDate()
    {
        var from = 0;
        foreach (var (at, length) in _tokens)
        {
            if (DateResolver.MayHoldDate(Text.AsSpan(from, at - from)))
                return true;
            from = at + length;
        }
        return DateResolver.MayHoldDate(Text.AsSpan(from));
    }

    private static readonly Regex Apposition = Patterns.Create(@",\s+(?:a|an|which|who|whose|where)\b[^,;]*,");

    /// <summary>The masked text of the following sentence ("" at the end), for patterns confirmed by what comes next.</summary>
    public string NextText { get; set; } = "";

    /// <summary>
    /// Whether Text holds a token of a type ('P' for a person, see Letter): a family whose every pattern
    /// needs one skips a sentence without it before any regex scan.
    /// </summary>
    public bool HasToken(char letter) => Text.AsSpan().IndexOf(['⟦', letter]) >= 0;

    /// <summary>Whether a position of Text lies inside double quotes (an odd number of quote marks before it).</summary>
    public bool IsQuoted(int index) => Text.AsSpan(0, index).Count('"') % 2 == 1;

    /// <summary>The person named first before a position, outside quotes: who "he" or "she" most likely is.</summary>
    public Mention? FirstPersonBefore(int index) =>
        Tokens(0, index).FirstOrDefault(t => t.Mention.Type == NodeType.Person && !IsQuoted(t.At)).Mention;

    /// <summary>The tokens lying wholly inside [start, start+length) of Text, with their positions, in order.</summary>
    public IEnumerable<(int At, Mention Mention)> Tokens(int start, int length)
    {
        for (var i = 0; i < _tokens.Count; i++)
        {
            var (at, size) = _tokens[i];
            if (at >= start && at + size <= start + length)
                yield return (at, _mentions[i]);
        }
    }

    /// <summary>The mentions whose tokens lie inside [start, start+length) of Text, in order, optionally of one type.</summary>
    public IReadOnlyList<Mention> MentionsIn(int start, int length, NodeType? type = null)
    {
        return Tokens(start, length).Select(t => t.Mention).Where(m => type is null || m.Type == type).ToList();
    }

    public IReadOnlyList<Mention> MentionsIn(Group group, NodeType? type = null) =>
        group.Success ? MentionsIn(group.Index, group.Length, type) : [];

    /// <summary>
    /// The index in Text of a file offset inside the sentence: each token before it shifts it by the
    /// difference between the token's length and its mention's (a parse word maps to the masked text).
    /// </summary>
    public int IndexOf(int fileOffset)
    {
        var index = fileOffset - Source.Sentence.Start;
        for (var i = 0; i < _tokens.Count && _mentions[i].Start <= fileOffset; i++)
        {
            if (fileOffset < _mentions[i].End)
                return _tokens[i].At;
            index += _tokens[i].Length - (_mentions[i].End - _mentions[i].Start);
        }
        return Math.Clamp(index, 0, Math.Max(0, Text.Length - 1));
    }

    public static char Letter(NodeType type) => type switch
    {
        NodeType.Person => 'P',
        NodeType.Organisation => 'O',
        NodeType.Country => 'C',
        NodeType.Place => 'L',
        _ => 'E',
    };

    /// <summary>
    /// Curly quotes and dashes become ASCII so patterns need one spelling only; lengths are kept. In the builder,
    /// so a sentence with curly quotes costs no string copy per replaced character.
    /// </summary>
    private static StringBuilder Normalise(StringBuilder text) => text
        .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
        .Replace('\u2013', '-').Replace('\u2014', '-').Replace('\u00A0', ' ');
}
