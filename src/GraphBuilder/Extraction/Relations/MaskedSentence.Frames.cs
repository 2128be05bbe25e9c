using GraphBuilder.Extraction.Relations.Frames;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations;

internal sealed partial class MaskedSentence
{
    private FrameSentence? _frames;

    /// <summary>The sentence's parse as the frames read it, built once for all the families that read it.</summary>
    public FrameSentence FramesOf(SentenceParse parse) => _frames ??= new FrameSentence(Source, parse);
}
