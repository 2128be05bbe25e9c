using System.Runtime.CompilerServices;

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

    /// <summary>The ambiguity value of a word the treebank never gave two tags.</summary>
    public const ulong NoAmbiguity = 0x77;

    public static WordInfo Of(string form, IReadOnlyDictionary<string, string> ambiguity)
    {
        var lower = Normalise(form);
        return Of(form, lower, ambiguity.TryGetValue(lower, out var tags) ? FeatureHash.Of(tags) : NoAmbiguity);
    }

    /// <summary>The word given its normalised form and the hash of its ambiguity class, as the tagger looks them up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WordInfo Of(string form, ReadOnlySpan<char> lower, ulong ambiguity)
    {
        Span<char> shape = stackalloc char[MaxShape];
        return new WordInfo(FeatureHash.Of(form), FeatureHash.Of(lower),
            Suffix(lower, 1), Suffix(lower, 2), Suffix(lower, 3), Suffix(lower, 4),
            FeatureHash.Of(lower[..Math.Min(1, lower.Length)]) ^ 0x11, FeatureHash.Of(lower[..Math.Min(3, lower.Length)]) ^ 0x33,
            FeatureHash.Of(ShapeOf(form, shape)), ambiguity);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Suffix(ReadOnlySpan<char> word, int length) =>
        FeatureHash.Of(word[Math.Max(0, word.Length - length)..]) + (ulong)length;

    /// <summary>Lower case, digits as 0 and curly quotes straight, so "1,250" and "7,300" share features.</summary>
    public static string Normalise(string form)
    {
        Span<char> buffer = form.Length <= 128 ? stackalloc char[form.Length] : new char[form.Length];
        return new string(Normalise(form, buffer));
    }

    /// <summary>Normalise into a buffer of the form's length, without a string.</summary>
    public static ReadOnlySpan<char> Normalise(ReadOnlySpan<char> form, Span<char> buffer)
    {
        for (var i = 0; i < form.Length; i++)
        {
            var c = form[i];
            buffer[i] = char.IsDigit(c) ? '0' : c is '\u2019' or '\u2018' ? '\'' : c is '\u201c' or '\u201d' ? '"' : char.ToLowerInvariant(c);
        }
        return buffer[..form.Length];
    }

    /// <summary>"Xxxx" for "Ortmann", "dd" for "2024", "X.X." for "U.S.": classes of characters with repeats collapsed.</summary>
    public static string ShapeOf(string form)
    {
        Span<char> shape = stackalloc char[MaxShape];
        return new string(ShapeOf(form, shape));
    }

    public const int MaxShape = 6;

    /// <summary>The shape into a buffer of MaxShape characters, without a string.</summary>
    public static ReadOnlySpan<char> ShapeOf(ReadOnlySpan<char> form, Span<char> shape)
    {
        var length = 0;
        foreach (var c in form)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (length > 0 && shape[length - 1] == s)
                continue;
            if (length == MaxShape)
                break;
            shape[length++] = s;
        }
        return shape[..length];
    }
}
