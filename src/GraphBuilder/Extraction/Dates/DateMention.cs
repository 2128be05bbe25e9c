namespace GraphBuilder.Extraction.Dates;

/// <summary>A date expression found in a text: where it stands and the ISO date it resolves to (partial allowed: "2024-05", "2024").</summary>
public sealed record DateMention(int Start, int Length, string Iso);
