using GraphBuilder.Documents;
using GraphBuilder.Graph;

namespace GraphBuilder.Extraction;

/// <summary>A sentence of the article: Start/End index the document's file text, Text is exactly that slice.</summary>
public sealed record Sentence(int Index, int Start, int End, string Text);

/// <summary>
/// One resolved mention in a sentence: Start/End index the file text; EntityKey names the document-level
/// entity it refers to (coreference already applied: "Ortmann", "Ms Ortmann", "the interior minister" share
/// the key of "Lena Ortmann"). Role is the title seen with this mention ("Interior Minister"), if any.
/// </summary>
public sealed record Mention(int Start, int End, string Text, string EntityKey, NodeType Type, string? Role = null);

/// <summary>
/// A sentence with its mentions and, where the syntax stage ran, its dependency parse (else null); Reread is
/// the parse of the sentence with its asides read out (AsideParses), where it has any.
/// </summary>
public sealed record AnnotatedSentence(Sentence Sentence, IReadOnlyList<Mention> Mentions, Syntax.SentenceParse? Parse = null)
{
    public Syntax.SentenceParse? Reread { get; init; }

    /// <summary>The parse of the sentence with each person read as one word (NameParses), where the first parse broke on names.</summary>
    public Syntax.SentenceParse? NameReread { get; init; }
}

/// <summary>What the entity stage knows of one document: its entities and its sentences with their mentions.</summary>
public sealed record EntityAnalysis(
    DocumentInfo Document,
    IReadOnlyList<ExtractedEntity> Entities,
    IReadOnlyList<AnnotatedSentence> Sentences);

/// <summary>Entity stage: cleaning, sentences, mentions, coreference within one document. Thread-safe.</summary>
public interface IEntityExtractor
{
    EntityAnalysis Analyse(SourceDocument document);
}

/// <summary>Relation stage: relations between the entities of one analysed document. Thread-safe.</summary>
public interface IRelationExtractor
{
    IReadOnlyList<ExtractedRelation> Extract(EntityAnalysis analysis, SourceDocument document);
}
