using System.Text.RegularExpressions;
using GraphBuilder.Documents;
using GraphBuilder.Extraction;

namespace GraphBuilder;

/// <summary>What one document gave: its extraction, or why it was skipped; and a warning to show, if any.</summary>
internal sealed record DocumentOutcome(DocumentExtraction? Extraction, SkippedDocument? Skipped, string? Warning = null);

/// <summary>
/// Loads and extracts one document inside its budget and turns every failure into a skipped document with a
/// reason for a person: one document that is over budget, trips a pattern's timeout or hits a bug in a stage
/// never takes the build down, and the others are still processed.
/// </summary>
internal sealed class GuardedExtraction(IDocumentExtractor extractor, TimeSpan budget)
{
    public DocumentOutcome Run(string path, string id, string displayPath)
    {
        using var scope = DocumentBudget.Start(budget);
        try
        {
            var document = DocumentLoader.Load(path) with { Id = id, Path = displayPath };
            var warning = document.HeaderWarning is { } w ? $"{displayPath}: {w}" : null;
            return new DocumentOutcome(extractor.Extract(document), null, warning);
        }
        catch (Exception e) when (Reason(e) is { } reason)
        {
            return new DocumentOutcome(null, new SkippedDocument(displayPath, reason));
        }
    }

    private static string? Reason(Exception e) => e switch
    {
        DocumentLoadException load => load.Reason,
        DocumentBudgetExceededException over => over.Message,
        RegexMatchTimeoutException => $"a pattern ran past its {Text.Patterns.MatchTimeout.TotalSeconds:0.#} s match timeout",
        OutOfMemoryException => "ran out of memory",
        _ => $"extraction failed ({e.GetType().Name}: {e.Message})",
    };
}
