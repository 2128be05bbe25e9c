namespace GraphBuilder.Syntax;

/// <summary>
/// The hashed words and tags the parser reads, index 0 being the root: Words are normalised forms,
/// Tags the combined UPOS|XPOS tags, Coarse the UPOS alone.
/// </summary>
internal sealed class ParserInput
{
    private const ulong RootWord = 0x726f6f74UL, RootTag = 0x524f4f54UL;

    public ParserInput(IReadOnlyList<string> forms, IReadOnlyList<string> tags)
    {
        var n = forms.Count + 1;
        (Words, Tags, Coarse) = (new ulong[n], new ulong[n], new ulong[n]);
        (Words[0], Tags[0], Coarse[0]) = (RootWord, RootTag, RootTag);
        for (var i = 1; i < n; i++)
        {
            Words[i] = FeatureHash.Of(WordInfo.Normalise(forms[i - 1]));
            Tags[i] = FeatureHash.Of(tags[i - 1]);
            var bar = tags[i - 1].IndexOf('|');
            Coarse[i] = FeatureHash.Of(bar < 0 ? tags[i - 1] : tags[i - 1][..bar]);
        }
    }

    public int Count => Words.Length - 1;

    public ulong[] Words { get; }

    public ulong[] Tags { get; }

    public ulong[] Coarse { get; }

    public ulong W(int i) => i < 0 ? FeatureHash.None : Words[i];

    public ulong T(int i) => i < 0 ? FeatureHash.None : Tags[i];

    public ulong U(int i) => i < 0 ? FeatureHash.None : Coarse[i];
}
