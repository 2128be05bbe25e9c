using GraphBuilder.Documents;
using GraphBuilder.Extraction;
using GraphBuilder.Graph;

namespace GraphBuilder;

/// <summary>A document that was skipped, with the reason, for the user's stderr.</summary>
public sealed record SkippedDocument(string Path, string Reason);

public sealed record PipelineResult(GraphSnapshot Graph, int DocumentsRead, IReadOnlyList<SkippedDocument> Skipped);

/// <summary>
/// Streams the files through load → extract (in parallel, one document at a time each) → merge (in file
/// order, on one thread), so memory holds the graph and a few documents, never the whole corpus, and
/// the result does not depend on which thread finished first. Every document runs inside its budget
/// (default DocumentBudget.DefaultLimit) and any failure of one document only skips that document.
/// </summary>
public sealed class GraphPipeline(IDocumentExtractor extractor, int maxParallelism = 0, string? pathBase = null, TimeSpan? documentTimeout = null)
{
    private readonly string? _pathBase = pathBase is null ? null : Path.GetFullPath(pathBase);
    private readonly GuardedExtraction _guarded = new(extractor, documentTimeout ?? DocumentBudget.DefaultLimit);

    public PipelineResult Run(IReadOnlyList<string> files, Action<SkippedDocument>? onSkipped = null, string graphName = "GraphBuilder",
        Action<string>? onWarning = null)
    {
        var ids = DocumentIds.Assign(files);
        var merger = new GraphMerger(new MultiGraph(graphName));
        var skipped = new List<SkippedDocument>();
        var read = 0;
        var parallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount;
        // One core gets a plain loop: PLINQ would hand every document between two threads.
        var results = parallelism == 1
            ? files.Select(f => ExtractOne(f, ids[f]))
            : files.AsParallel().AsOrdered().WithDegreeOfParallelism(parallelism)
                .WithMergeOptions(ParallelMergeOptions.NotBuffered)
                .Select(f => ExtractOne(f, ids[f]));
        foreach (var (extraction, skip, warning) in results)
        {
            if (warning is not null)
                onWarning?.Invoke(warning);
            if (skip is not null)
            {
                skipped.Add(skip);
                onSkipped?.Invoke(skip);
                continue;
            }
            merger.Merge(extraction!);
            read++;
        }
        return new PipelineResult(merger.Graph.ToSnapshot(), read, skipped);
    }

    private DocumentOutcome ExtractOne(string path, string id) => _guarded.Run(path, id, DisplayPath(path));

    /// <summary>
    /// Paths are recorded with '/': relative to the base when one was given (tests, so outputs do not depend on the
    /// checkout location), otherwise as the user gave them (relative to the working directory, absolute stays absolute).
    /// </summary>
    private string DisplayPath(string path) =>
        (_pathBase is null && Path.IsPathRooted(path) ? path : Path.GetRelativePath(_pathBase ?? Environment.CurrentDirectory, Path.GetFullPath(path)))
        .Replace('\\', '/');
}
