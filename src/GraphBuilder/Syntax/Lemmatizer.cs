using System.Runtime.CompilerServices;

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
        _lexicon = new Dictionary<string, string>(lexicon, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _rules = rules.ToDictionary(p => p.Key, p => Rule.Of(p.Value), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>form + '\t' + tag -> lemma.</summary>
    public IReadOnlyDictionary<string, string> Lexicon { get; }

    /// <summary>xpos + '\t' + suffix -> rule "L|cut|append" or "K|cut|append".</summary>
    public IReadOnlyDictionary<string, string> Rules { get; }

    /// <summary>The same maps, looked up by keys built on the stack: lemmatising is on the build's path, once per parsed word.</summary>
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lexicon;

    private readonly Dictionary<string, Rule>.AlternateLookup<ReadOnlySpan<char>> _rules;

    public string Lemma(string form, string tag)
    {
        var length = form.Length + tag.Length + MaxSuffix + 2;
        Span<char> key = length <= 256 ? stackalloc char[length] : new char[length];
        if (_lexicon.TryGetValue(Join(key, form, tag), out var known))
            return known;
        var xpos = tag.AsSpan(tag.IndexOf('|') + 1);
        Span<char> lower = form.Length <= 256 ? stackalloc char[form.Length] : new char[form.Length];
        form.AsSpan().ToLowerInvariant(lower);
        for (var k = Math.Min(MaxSuffix, lower.Length); k >= 0; k--)
            if (_rules.TryGetValue(Join(key, xpos, lower[^k..]), out var rule))
                return rule.Apply(form, lower);
        return new string(lower);
    }

    private static ReadOnlySpan<char> Join(Span<char> buffer, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        first.CopyTo(buffer);
        buffer[first.Length] = '\t';
        second.CopyTo(buffer[(first.Length + 1)..]);
        return buffer[..(first.Length + second.Length + 1)];
    }

    /// <summary>A suffix rule read once: cut letters from the lower-cased form (or the form as written), then append.</summary>
    private sealed record Rule(bool Lowered, int Cut, string Append)
    {
        public static Rule Of(string text)
        {
            var parts = text.Split('|');
            return new Rule(parts[0] == "L", int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), parts[2]);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public string Apply(string form, ReadOnlySpan<char> lower)
        {
            var source = Lowered ? lower : form.AsSpan();
            return Cut > source.Length ? new string(source) : string.Concat(source[..^Cut], Append);
        }
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
