namespace GraphBuilder.Documents;

/// <summary>A kept stretch of the file text: Start/End index the file text, which is never modified.</summary>
public sealed record TextSpan(int Start, int End);

/// <summary>
/// What remains of a page once its furniture is gone: the headline (metadata only), the dateline
/// ("WASHINGTON:", its place part as a span, and its tail: the agency credit and where the story starts)
/// and the article's paragraphs, in file order.
/// </summary>
public sealed record ArticleText(string? Title, TextSpan? Dateline, IReadOnlyList<TextSpan> Paragraphs, DatelineTail? Tail = null);
