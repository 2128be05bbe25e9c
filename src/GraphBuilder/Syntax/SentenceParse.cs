namespace GraphBuilder.Syntax;

/// <summary>
/// One syntactic word of a parsed sentence, with the CoNLL-U fields the extractor reads. Id is 1-based;
/// Head is the Id of the governing word, 0 for the root. Relation is the UD label with its subtype
/// ("nsubj:pass", "obl:agent"). Start/End index the document's file text, so a word maps back to the
/// evidence offsets; a word split from a token ("n't", "'s") covers its own characters.
/// </summary>
public sealed record SyntaxWord(
    int Id, string Form, string Lemma, string Upos, string Xpos, int Head, string Relation, int Start, int End);

/// <summary>The dependency parse of one sentence: its words in order (Words[i].Id == i + 1).</summary>
public sealed record SentenceParse(IReadOnlyList<SyntaxWord> Words)
{
    public static readonly SentenceParse Empty = new(Array.Empty<SyntaxWord>());

    public SyntaxWord? HeadOf(SyntaxWord word) => word.Head > 0 ? Words[word.Head - 1] : null;

    public IEnumerable<SyntaxWord> Dependents(SyntaxWord word) => Words.Where(w => w.Head == word.Id);

    /// <summary>The parse with every word's offsets moved by <paramref name="offset"/>: a sentence parsed on its own text, placed back in the document.</summary>
    public SentenceParse Shifted(int offset) =>
        new(Words.Select(w => w with { Start = w.Start + offset, End = w.End + offset }).ToList());
}

/// <summary>Tags and parses one sentence of a text. Implementations load their model once and are thread-safe.</summary>
public interface ISentenceParser
{
    /// <summary>Parses text[start..end), one sentence; offsets of the result index <paramref name="text"/>.</summary>
    SentenceParse Parse(string text, int start, int end);

    /// <summary>The same, told where people's names lie in the text (start, end offsets), which the tagger may then read as names.</summary>
    SentenceParse Parse(string text, int start, int end, IReadOnlyList<(int Start, int End)> names) => Parse(text, start, end);
}
