using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>What a relative pronoun or a definite noun ("the company", "the group") refers to where the parse does not say.</summary>
internal sealed partial class FillerResolver
{
    /// <summary>"A, the X commander whom B designated ...": a relative clause on a nameless apposition is about the name it describes.</summary>
    private SyntaxWord Antecedent(SyntaxWord noun) =>
        noun.Relation == "appos" && sentence.MentionOf(noun) is null && sentence.Head(noun) is { } named && sentence.MentionOf(named) is not null
            ? named : noun;

    /// <summary>The entity named right before the comma that opens a relative pronoun's clause.</summary>
    private Mention? NamedBeforeComma(SyntaxWord relative) =>
        relative.Id >= 3 && sentence.Words[relative.Id - 2].Form == "," ? sentence.MentionOf(sentence.Words[relative.Id - 3]) : null;

    private static readonly HashSet<string> CompanyNouns = new(StringComparer.Ordinal) { "company", "firm", "charity", "foundation", "bank" };

    /// <summary>"the charity" -> the last body of no state whose name has the word, else the one named before it in the sentence, else the last group.</summary>
    private IReadOnlyList<string> CompanyKeys(SyntaxWord word, string lemma) =>
        (discourse.LastBodyNamed(lemma) is { Type: NodeType.Organisation } body && !Bodies.IsGovernmental(body.Text) ? body.EntityKey
            : CompanyBefore(word) ?? discourse.LastGroup) is { } company ? [company] : [];

    /// <summary>"the group", not "a terrorist group": only a definite noun refers back.</summary>
    private bool IsDefinite(SyntaxWord word) => sentence.Children(word).Any(c => sentence.Lemma(c) == "the");

    /// <summary>"Shares in X fell after the company was sanctioned": the last organisation of no state named before it in the sentence.</summary>
    private string? CompanyBefore(SyntaxWord word) =>
        sentence.Source.Mentions.Where(m => m.End <= word.Start && m.Type == NodeType.Organisation && !Bodies.IsGovernmental(m.Text))
            .Select(m => m.EntityKey).LastOrDefault();
}
