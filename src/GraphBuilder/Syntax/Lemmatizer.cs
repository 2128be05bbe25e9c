namespace GraphBuilder.Syntax;

/// <summary>
/// Lemmas from the treebank: a lexicon of (form, tag) -> lemma for the words seen, and for the others
/// suffix rules learnt from the same words ("XPOS + last letters -> cut n letters, append s"), the longest
/// matching suffix winning. A rule also says whether the lemma is lower-cased ("Talks" -> "talk") or keeps
/// the form's case (proper nouns).
/// </summary>
internal sealed class Lemmatizer
{
    public const int MaxSuffix = 5;

    public Lemmatizer(IReadOnlyDictionary<string, string> lexicon, IReadOnlyDictionary<string, string> rules)
    {
        Lexicon = lexicon;
        Rules = rules;
    }

    /// <summary>form + '\t' + tag -> lemma.</summary>
    public IReadOnlyDictionary<string, string> Lexicon { get; }

    /// <summary>xpos + '\t' + suffix -> rule "L|cut|append" or "K|cut|append".</summary>
    public IReadOnlyDictionary<string, string> Rules { get; }

    public string Lemma(string form, string tag)
    {
        if (Lexicon.TryGetValue(form + "\t" + tag, out var known))
            return known;
        var xpos = tag[(tag.IndexOf('|') + 1)..];
        var lower = form.ToLowerInvariant();
        for (var k = Math.Min(MaxSuffix, lower.Length); k >= 0; k--)
            if (Rules.TryGetValue(xpos + "\t" + lower[^k..], out var rule))
                return Apply(rule, form, lower);
        return lower;
    }

    private static string Apply(string rule, string form, string lower)
    {
        var parts = rule.Split('|');
        var source = parts[0] == "L" ? lower : form;
        var cut = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        return cut > source.Length ? source : source[..^cut] + parts[2];
    }

    /// <summary>The rule that turns form into lemma, as Apply reads it.</summary>
    public static string RuleFor(string form, string lemma)
    {
        var lowered = lemma == lemma.ToLowerInvariant() && form != lemma;
        var source = lowered ? form.ToLowerInvariant() : form;
        var common = 0;
        while (common < source.Length && common < lemma.Length && source[common] == lemma[common])
            common++;
        return $"{(lowered ? "L" : "K")}|{source.Length - common}|{lemma[common..]}";
    }
}
