using System.Text;
using System.Text.RegularExpressions;
using GraphBuilder.Text;
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
