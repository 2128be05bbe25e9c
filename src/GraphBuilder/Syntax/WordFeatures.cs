namespace GraphBuilder.Syntax;

/// <summary>The hashed surface properties of one word, computed once per sentence and shared by the features.</summary>
internal readonly record struct WordInfo(ulong Form, ulong Lower, ulong Suffix1, ulong Suffix2, ulong Suffix3, ulong Suffix4,
    ulong Prefix1, ulong Prefix3, ulong Shape, ulong Ambiguity)
{
    public static readonly WordInfo Padding = new(1, 1, 1, 1, 1, 1, 1, 1, 1, 1);

    /// <summary>The words of a sentence; ambiguity maps a normalised form to the tags the treebank gives it ("NN|VB").</summary>
    public static WordInfo[] Describe(IReadOnlyList<string> forms, IReadOnlyDictionary<string, string> ambiguity)
    {
        var words = new WordInfo[forms.Count];
        for (var i = 0; i < words.Length; i++)
            words[i] = Of(forms[i], ambiguity);
        return words;
    }

    public static WordInfo Of(string form, IReadOnlyDictionary<string, string> ambiguity)
    {
        var lower = Normalise(form);
        var span = lower.AsSpan();
        return new WordInfo(FeatureHash.Of(form), FeatureHash.Of(span),
            Suffix(span, 1), Suffix(span, 2), Suffix(span, 3), Suffix(span, 4),
            FeatureHash.Of(span[..Math.Min(1, span.Length)]) ^ 0x11, FeatureHash.Of(span[..Math.Min(3, span.Length)]) ^ 0x33,
            FeatureHash.Of(ShapeOf(form)), ambiguity.TryGetValue(lower, out var tags) ? FeatureHash.Of(tags) : 0x77);
    }

    private static ulong Suffix(ReadOnlySpan<char> word, int length) =>
        FeatureHash.Of(word[Math.Max(0, word.Length - length)..]) + (ulong)length;

    /// <summary>Lower case, digits as 0 and curly quotes straight, so "1,250" and "7,300" share features.</summary>
    public static string Normalise(string form)
    {
        Span<char> buffer = form.Length <= 128 ? stackalloc char[form.Length] : new char[form.Length];
        for (var i = 0; i < form.Length; i++)
        {
            var c = form[i];
            buffer[i] = char.IsDigit(c) ? '0' : c is '\u2019' or '\u2018' ? '\'' : c is '\u201c' or '\u201d' ? '"' : char.ToLowerInvariant(c);
        }
        return new string(buffer);
    }

    /// <summary>"Xxxx" for "Ortmann", "dd" for "2024", "X.X." for "U.S.": classes of characters with repeats collapsed.</summary>
    public static string ShapeOf(string form)
    {
        Span<char> shape = stackalloc char[6];
        var length = 0;
        foreach (var c in form)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (length > 0 && shape[length - 1] == s)
                continue;
            if (length == shape.Length)
                break;
            shape[length++] = s;
        }
        return new string(shape[..length]);
    }
}
