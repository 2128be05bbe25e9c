namespace GraphBuilder.Syntax;

/// <summary>
/// Reading a parse as the repairs hold it: head and label arrays indexed by word (1-based, 0 the root), before
/// the words become records. Climbs are bounded by the sentence length, so a broken tree cannot loop.
/// </summary>
internal static class HeadArrays
{
    /// <summary>Whether word j lies in the subtree of word (and is not word itself).</summary>
    public static bool IsBelow(int[] heads, int j, int word)
    {
        for (var depth = 0; depth < heads.Length && j > 0; depth++)
            if ((j = heads[j]) == word)
                return true;
        return false;
    }

    /// <summary>The first and last word of the word's subtree.</summary>
    public static (int Left, int Right) Span(int[] heads, int word)
    {
        int left = word, right = word;
        for (var j = 1; j < heads.Length; j++)
            if (j != word && IsBelow(heads, j, word))
                (left, right) = (Math.Min(left, j), Math.Max(right, j));
        return (left, right);
    }

    /// <summary>Whether the head has a dependent with that label: other than word except (0: none), and before word before when given.</summary>
    public static bool HasChild(int[] heads, int[] labels, int head, int label, int except = 0, int before = int.MaxValue)
    {
        for (var j = 1; j < Math.Min(heads.Length, before); j++)
            if (j != except && heads[j] == head && labels[j] == label)
                return true;
        return false;
    }

    /// <summary>Whether the head has a dependent with any of those labels, other than word except (0: none).</summary>
    public static bool HasChild(int[] heads, int[] labels, int head, IReadOnlySet<int> wanted, int except = 0)
    {
        for (var j = 1; j < heads.Length; j++)
            if (j != except && heads[j] == head && wanted.Contains(labels[j]))
                return true;
        return false;
    }

    /// <summary>Whether word (1-based; 0 the root) is a noun or a name, by its tag (tags 0-based, indices into upos).</summary>
    public static bool IsNominal(IReadOnlyList<string> upos, IReadOnlyList<int> tags, int word) =>
        word > 0 && upos[tags[word - 1]] is "NOUN" or "PROPN";

    /// <summary>
    /// The first of the adverbs right before word ("..., Prime Minister A also met B": "also"), else word itself; word 1
    /// is never taken for one, so the result is at least 2 when word is.
    /// </summary>
    public static int FirstOfAdverbsBefore(IReadOnlyList<string> upos, IReadOnlyList<int> tags, int word)
    {
        while (word > 2 && upos[tags[word - 2]] == "ADV")
            word--;
        return word;
    }

    /// <summary>The head of the name word is a part of: flat arcs climbed leftwards ("Quint" -> "Mara"); word itself when it is no flat part.</summary>
    public static int NameHead(int[] heads, int[] labels, int flat, int word)
    {
        for (var depth = 0; depth < heads.Length && labels[word] == flat && heads[word] > 0 && heads[word] < word; depth++)
            word = heads[word];
        return word;
    }
}
