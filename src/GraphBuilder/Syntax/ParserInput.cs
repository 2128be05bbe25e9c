using System.Runtime.CompilerServices;

namespace GraphBuilder.Syntax;

/// <summary>
/// The hashed words and tags the parser reads, index 0 being the root: Words are normalised forms,
/// Tags the combined UPOS|XPOS tags, Coarse the UPOS alone.
/// Its accessors are inlined, as ParseState's are (the feature extractors read them about 300 times a word).
/// </summary>
internal sealed class ParserInput
{
    private const ulong RootWord = 0x726f6f74UL, RootTag = 0x524f4f54UL;

    public ParserInput(IReadOnlyList<string> forms, IReadOnlyList<string> tags, IReadOnlyList<string> lemmas)
    {
        var n = forms.Count + 1;
        (Words, Tags, Coarse, Shapes, Commas, Lemmas) = (new ulong[n], new ulong[n], new ulong[n], new ulong[n], new int[n], new ulong[n]);
        (Words[0], Tags[0], Coarse[0], Shapes[0], Lemmas[0]) = (RootWord, RootTag, RootTag, RootTag, RootWord);
        Span<char> shape = stackalloc char[WordInfo.MaxShape];
        for (var i = 1; i < n; i++)
        {
            var (form, tag) = (forms[i - 1], tags[i - 1]);
            Lemmas[i] = LowerHash(lemmas[i - 1]) + 5;
            Words[i] = NormalisedHash(form);
            Shapes[i] = FeatureHash.Of(WordInfo.ShapeOf(form, shape));
            Commas[i] = Commas[i - 1] + (form is "," or ";" or "-" or "--" or ":" ? 1 : 0);
            Tags[i] = FeatureHash.Of(tag);
            var bar = tag.IndexOf('|');
            Coarse[i] = FeatureHash.Of(bar < 0 ? tag : tag.AsSpan(0, bar));
        }
    }

    /// <summary>The hash of the lower-cased text, lowered on the stack: no string per word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong LowerHash(string text)
    {
        Span<char> buffer = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        return FeatureHash.Of(buffer[..text.AsSpan().ToLowerInvariant(buffer)]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong NormalisedHash(string form)
    {
        Span<char> buffer = form.Length <= 128 ? stackalloc char[form.Length] : new char[form.Length];
        return FeatureHash.Of(WordInfo.Normalise(form, buffer));
    }

    public int Count => Words.Length - 1;

    public ulong[] Words { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; }

    public ulong[] Tags { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; }

    public ulong[] Coarse { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; }

    /// <summary>Lower-cased lemmas: "met", "meets" and "meeting" (VBG) share "meet".</summary>
    public ulong[] Lemmas { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong L(int i) => i < 0 ? FeatureHash.None : Lemmas[i];

    /// <summary>Character classes of the word ("Xx", "d"), telling names and numbers apart.</summary>
    public ulong[] Shapes { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; }

    /// <summary>Commas, colons, semicolons and dashes among words 1..i: how many separate two words.</summary>
    public int[] Commas { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; }

    /// <summary>Separating punctuation strictly between two words, 0-3.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Between(int a, int b)
    {
        if (a < 0 || b < 0)
            return 9;
        var (lo, hi) = a < b ? (a, b) : (b, a);
        return (ulong)Math.Min(3, hi - 1 > lo ? Commas[hi - 1] - Commas[lo] : 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Shape(int i) => i < 0 ? FeatureHash.None : Shapes[i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong W(int i) => i < 0 ? FeatureHash.None : Words[i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong T(int i) => i < 0 ? FeatureHash.None : Tags[i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong U(int i) => i < 0 ? FeatureHash.None : Coarse[i];
}
