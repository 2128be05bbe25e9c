using GraphBuilder.Extraction;
using GraphBuilder.Syntax;

namespace GraphBuilder.Tests.Extraction.Relations;

/// <summary>
/// Reads a hand-written parse, one word a line "ID FORM LEMMA UPOS HEAD DEPREL" (UPOS may be "VERB/VBN", with the
/// treebank tag), and places each word in
/// its sentence by finding its form after the previous word's end (offsets as the parser gives them).
/// </summary>
public static class HandParse
{
    public static SentenceParse Read(IReadOnlyList<string> lines, Sentence sentence)
    {
        var words = new List<SyntaxWord>();
        var at = 0;
        foreach (var line in lines)
        {
            var f = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 6)
                throw new FormatException($"parse line needs ID FORM LEMMA UPOS HEAD DEPREL: '{line}'");
            var index = sentence.Text.IndexOf(f[1], at, StringComparison.Ordinal);
            if (index < 0)
                throw new FormatException($"'{f[1]}' is not in the sentence after offset {at}: {sentence.Text}");
            at = index + f[1].Length;
            // "VERB/VBN": a tag with its treebank tag, where a frame reads it (a past participle); else both are the UPOS
            var tags = f[3].Split('/');
            words.Add(new SyntaxWord(int.Parse(f[0], System.Globalization.CultureInfo.InvariantCulture), f[1], f[2], tags[0], tags[^1],
                int.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture), f[5], sentence.Start + index, sentence.Start + at));
        }
        return new SentenceParse(words);
    }
}
