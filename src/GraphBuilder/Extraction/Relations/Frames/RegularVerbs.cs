namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// A trigger verb in a form the treebank never showed gets its lemma from the lemmatiser's suffix rules, which
/// learn from other verbs: "chaired" -> "chaire" (as "hired" -> "hire"). The regular cuts of the form ("-ed",
/// "-d", "-ied" to "-y", a doubled consonant; "-ing"; "-s", "-es") recover the trigger when one of them is one.
/// </summary>
internal static class RegularVerbs
{
    public static string? TriggerOf(string form, FrameBook book)
    {
        foreach (var candidate in Candidates(form))
            if (book.Knows(candidate))
                return candidate;
        return null;
    }

    /// <summary>"chair" (chaired), "hire" (hired), "carry" (carried), "plan" (planned, planning), "pass" (passes).</summary>
    private static IEnumerable<string> Candidates(string form)
    {
        foreach (var ending in (string[])["ed", "ing", "s"])
        {
            if (!form.EndsWith(ending, StringComparison.Ordinal) || form.Length < ending.Length + 2)
                continue;
            var stem = form[..^ending.Length];
            yield return stem;
            if (ending != "s")
                yield return stem + "e";
            if (ending == "ed" && stem.EndsWith('i'))
                yield return stem[..^1] + "y";
            if (ending == "s" && stem.EndsWith("ie", StringComparison.Ordinal))
                yield return stem[..^2] + "y";
            if (ending == "s" && stem.EndsWith('e'))
                yield return stem[..^1];
            if (ending != "s" && stem.Length > 2 && stem[^1] == stem[^2] && !"aeiouy".Contains(stem[^1]))
                yield return stem[..^1];
        }
    }
}
