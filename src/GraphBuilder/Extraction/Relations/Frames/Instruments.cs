namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// The instruments a designation is made by or under (an order, a decree, a notification) and the verbs of making one:
/// "banned under an order signed by B", "I have laid an order which will proscribe X".
/// </summary>
internal static class Instruments
{
    private static readonly HashSet<string> Nouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "order", "decree", "notification", "ordinance", "directive", "proclamation", "instrument", "regulation",
    };

    private static readonly HashSet<string> Making = new(StringComparer.Ordinal) { "lay", "sign", "issue", "make", "publish" };

    public static bool IsInstrument(string lemma) => Nouns.Contains(lemma);

    public static bool IsMaking(string lemma) => Making.Contains(lemma);
}
