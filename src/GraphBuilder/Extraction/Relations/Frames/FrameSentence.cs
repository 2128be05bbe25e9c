using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// A parsed sentence as the frames read it: each word's dependents, its lemma in lower case, its case word
/// ("with" of "with B") and the entity mention it lies in, matched by character offsets.
/// </summary>
internal sealed partial class FrameSentence
{
    private static readonly List<SyntaxWord> NoChildren = [];

    /// <summary>Stands for "no case word" among the computed ones (a null there means not computed yet).</summary>
    private static readonly string NoCase = new('-', 1);

    private readonly List<SyntaxWord>?[] _children;
    private readonly Mention?[] _mentions;

    /// <summary>Each word's lemma, corrected relation and case word, computed once: the frames ask for them again and again.</summary>
    private readonly (string? Lemma, string? Relation, string? Case)[] _known;

    public FrameSentence(AnnotatedSentence sentence, SentenceParse parse)
    {
        Source = sentence;
        Words = parse.Words;
        _children = new List<SyntaxWord>?[Words.Count];
        _mentions = new Mention?[Words.Count];
        _known = new (string?, string?, string?)[Words.Count];
        var counts = Words.Count <= 256 ? stackalloc int[Words.Count] : new int[Words.Count];
        foreach (var word in Words)
            if (word.Head > 0 && word.Head <= Words.Count)
                counts[word.Head - 1]++;
        foreach (var word in Words)
        {
            // each list sized to its word's dependents at once: no growing copies per parsed sentence
            if (word.Head > 0 && word.Head <= Words.Count)
                (_children[word.Head - 1] ??= new List<SyntaxWord>(counts[word.Head - 1])).Add(word);
            _mentions[word.Id - 1] = MentionAt(sentence.Mentions, word);
        }
    }

    /// <summary>The first mention the word overlaps (an indexed loop, no lambda or boxed enumerator: this runs for every parsed word).</summary>
    private static Mention? MentionAt(IReadOnlyList<Mention> mentions, SyntaxWord word)
    {
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i].Start < word.End && word.Start < mentions[i].End)
                return mentions[i];
        return null;
    }

    public AnnotatedSentence Source { get; }

    public IReadOnlyList<SyntaxWord> Words { get; }

    /// <summary>The word's dependents, as the list itself: a foreach over it takes no boxed enumerator.</summary>
    public List<SyntaxWord> Children(SyntaxWord word) => _children[word.Id - 1] ?? NoChildren;

    /// <summary>The dependents with one label: an iterator of its own, not a closure and a Where per call.</summary>
    public IEnumerable<SyntaxWord> Children(SyntaxWord word, string relation)
    {
        foreach (var c in Children(word))
            if (c.Relation == relation)
                yield return c;
    }

    public SyntaxWord? Head(SyntaxWord word) => word.Head > 0 && word.Head <= Words.Count ? Words[word.Head - 1] : null;

    public Mention? MentionOf(SyntaxWord word) => _mentions[word.Id - 1];

    /// <summary>The word right before the comma that comes right before this one ("X, which ...", "X, a group ..."), if any.</summary>
    public SyntaxWord? BeforeComma(SyntaxWord word) => word.Id >= 3 && Words[word.Id - 2].Form == "," ? Words[word.Id - 3] : null;

    /// <summary>The person a title stands before or is apposed to ("Minister A", "his counterpart, A"): its first such dependent.</summary>
    public SyntaxWord? PersonNamedBy(SyntaxWord title)
    {
        foreach (var c in Children(title))
            if (c.Relation is "appos" or "flat" or "compound" or "nmod:desc" && MentionOf(c) is { Type: Graph.NodeType.Person })
                return c;
        return null;
    }

    /// <summary>How many heads up from a word the walks toward the root go at most (a guard against a cyclic parse).</summary>
    private const int MaxAncestors = 40;

    /// <summary>The word itself, then its head, its head's head and on up to the root (at most MaxAncestors words).</summary>
    public IEnumerable<SyntaxWord> Ancestors(SyntaxWord? word)
    {
        for (var (w, i) = (word, 0); w is not null && i < MaxAncestors; (w, i) = (Head(w), i + 1))
            yield return w;
    }

    /// <summary>
    /// Every word of a word's subtree, in sentence order: a list sorted once (a sorted LINQ sequence sorted again for
    /// every caller's pass over it). Words of one sentence with equal ids are the same word, so an unstable sort is exact.
    /// </summary>
    public IEnumerable<SyntaxWord> Subtree(SyntaxWord word)
    {
        var stack = new Stack<SyntaxWord>();
        stack.Push(word);
        var seen = new List<SyntaxWord>();
        while (stack.Count > 0 && seen.Count < Words.Count)
        {
            var w = stack.Pop();
            seen.Add(w);
            foreach (var c in Children(w))
                stack.Push(c);
        }
        return InOrder(seen);
    }

    /// <summary>The words sorted in place by position, as OrderBy would give them (equal ids are the same word).</summary>
    public static List<SyntaxWord> InOrder(List<SyntaxWord> words)
    {
        words.Sort(static (a, b) => a.Id.CompareTo(b.Id));
        return words;
    }

    /// <summary>The words of a subtree as text, from the first word's start to the last word's end.</summary>
    public string TextOf(IEnumerable<SyntaxWord> words)
    {
        var list = words.ToList();
        var s = Source.Sentence;
        var (from, to) = (list.Min(w => w.Start), list.Max(w => w.End));
        return from >= s.Start && to <= s.End && from < to ? s.Text[(from - s.Start)..(to - s.Start)] : "";
    }
}
