namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// A trigger verb in a form the treebank never showed gets its lemma from the lemmatiser's suffix rules, which
/// learn from other verbs: "chaired" -> "chaire" (as "hired" -> "hire"). The regular cuts of the form ("-ed",
/// "-d", "-ied" to "-y", a doubled consonant; "-ing"; "-s", "-es"), the form itself, or a short list of irregular forms, recover the
/// trigger when one of them is one.
/// </summary>
internal static class RegularVerbs
{
    /// <summary>Irregular forms of trigger verbs the suffix rules cannot cut ("froze" gave "frobe"; "co-led" gave "co-l").</summary>
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["led"] = "lead", ["held"] = "hold", ["met"] = "meet", ["froze"] = "freeze", ["frozen"] = "freeze",
        ["paid"] = "pay", ["sat"] = "sit", ["took"] = "take", ["spoke"] = "speak", ["put"] = "put",
    };

    public static string? TriggerOf(string form, FrameBook book)
    {
        if (Irregular.TryGetValue(form, out var irregular) && book.Knows(irregular))
            return irregular;
        // "A and B co-chair X": a base form the treebank never showed is cut like a past ("co-chbe"); it is its own lemma
        if (book.Knows(form))
            return form;
        foreach (var candidate in Candidates(form))
            if (book.Knows(candidate))
                return candidate;
        // "co-led", "co-chaired": the verb after the prefix, prefixed again
        if (form.StartsWith("co-", StringComparison.Ordinal) && form.Length > 3
            && (Irregular.GetValueOrDefault(form[3..]) ?? Candidates(form[3..]).FirstOrDefault(c => book.Knows("co-" + c))) is { } verb
            && book.Knows("co-" + verb))
            return "co-" + verb;
        return null;
    }

    /// <summary>"chair" (chaired), "hire" (hired), "carry" (carried), "plan" (planned, planning), "pass" (passes).</summary>
    public static IEnumerable<string> Candidates(string form)
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
