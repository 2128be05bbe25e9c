namespace GraphBuilder.Syntax;

/// <summary>A word of the UD tokenisation with its offsets into the source text.</summary>
public readonly record struct UdToken(int Start, int End, string Form);

/// <summary>
/// Splits a span of text into words as UD English EWT does: punctuation apart, clitics split off ("do" "n't",
/// "it" "'s", "Ortmann" "'s"), hyphenated words split at the hyphen, while numbers ("1,250.5"), dotted
/// abbreviations ("U.S.", "Gen."), URLs and e-mail addresses stay whole. Every word keeps its offsets.
/// </summary>
public static class UdTokenizer
{
    private static readonly IReadOnlySet<string> Abbreviations =
        new HashSet<string>(GraphBuilder.Extraction.Lexicon.Lines("abbreviations"), StringComparer.OrdinalIgnoreCase);

    private static readonly string[] Clitics = ["n't", "'s", "'re", "'ve", "'ll", "'m", "'d"];

    public static List<UdToken> Tokenize(string text, int start, int end)
    {
        var tokens = new List<UdToken>((end - start) / 4 + 4);
        var i = start;
        while (i < end)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var chunkEnd = i;
            while (chunkEnd < end && !char.IsWhiteSpace(text[chunkEnd]))
                chunkEnd++;
            Chunk(text, i, chunkEnd, tokens);
            i = chunkEnd;
        }
        return tokens;
    }

    private static void Chunk(string text, int a, int b, List<UdToken> tokens)
    {
        if (IsAddress(text.AsSpan(a, b - a)))
        {
            var tail = b;
            while (tail > a + 1 && ".,;:!?)\"'".Contains(text[tail - 1]))
                tail--;
            Add(text, a, tail, tokens);
            for (var k = tail; k < b; k++)
                Add(text, k, k + 1, tokens);
            return;
        }
        while (a < b && IsPunct(text[a]) && !IsCliticStart(text, a, b))
            a = Add(text, a, RunEnd(text, a, b), tokens);
        var trailing = new List<(int, int)>();
        while (b > a && IsPunct(text[b - 1]) && !KeepsPeriod(text, a, b))
        {
            var runStart = b - 1;
            while (runStart > a && SameRun(text[runStart - 1], text[b - 1]))
                runStart--;
            trailing.Insert(0, (runStart, b));
            b = runStart;
        }
        if (b > a)
            Core(text, a, b, tokens);
        foreach (var (s, e) in trailing)
            Add(text, s, e, tokens);
    }

    private static void Core(string text, int a, int b, List<UdToken> tokens)
    {
        var cut = CliticStart(text, a, b);
        var wordEnd = cut ?? b;
        var from = a;
        for (var k = a + 1; k < wordEnd - 1; k++)
        {
            var c = text[k];
            var splits = (c is '-' or '/' && char.IsLetter(text[k - 1]) && char.IsLetter(text[k + 1]) && !IsPrefix(text, from, k))
                         || c is '\u2014' or '\u2013';
            if (!splits)
                continue;
            Add(text, from, k, tokens);
            Add(text, k, k + 1, tokens);
            from = k + 1;
        }
        if (wordEnd > from)
            Add(text, from, wordEnd, tokens);
        if (cut is { } c2)
            Add(text, c2, b, tokens);
    }

    /// <summary>Where a clitic ("n't", "'s", "’ll") starts at the end of a word, if it does.</summary>
    private static int? CliticStart(string text, int a, int b)
    {
        foreach (var clitic in Clitics)
        {
            var start = b - clitic.Length;
            if (start <= a || !Matches(text, start, clitic))
                continue;
            return char.IsLetter(text[start - 1]) ? start : null;
        }
        return null;
    }

    private static bool Matches(string text, int at, string pattern)
    {
        for (var k = 0; k < pattern.Length; k++)
        {
            var c = text[at + k] is '\u2019' ? '\'' : char.ToLowerInvariant(text[at + k]);
            if (c != pattern[k])
                return false;
        }
        return true;
    }

    private static bool IsCliticStart(string text, int a, int b) =>
        text[a] is '\'' or '\u2019' && Clitics.Any(c => c.Length == b - a && Matches(text, a, c));

    /// <summary>"Gen.", "U.S.", "D." keep their period; a sentence's last period does not.</summary>
    private static bool KeepsPeriod(string text, int a, int b)
    {
        if (text[b - 1] != '.' || b - a < 2 || text[b - 2] == '.')
            return false;
        var word = text.AsSpan(a, b - a - 1);
        if (word.Length == 1 && char.IsUpper(word[0]))
            return true;
        return word.Contains('.') && !word.ContainsAnyExcept(".ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
            || Abbreviations.Contains(text.Substring(a, b - a)) || Abbreviations.Contains(word.ToString());
    }

    /// <summary>"e-mail", "anti-war", "co-chair": the treebank keeps words after these prefixes whole.</summary>
    private static bool IsPrefix(string text, int from, int hyphen) =>
        text[hyphen] == '-' && (hyphen - from == 1 || Prefixes.Contains(text.Substring(from, hyphen - from)));

    private static readonly IReadOnlySet<string> Prefixes = new HashSet<string>(
        ["anti", "co", "non", "pre", "post", "re", "ex", "self", "multi", "pro", "semi", "sub", "counter", "mid", "inter", "vice"],
        StringComparer.OrdinalIgnoreCase);

    private static bool IsAddress(ReadOnlySpan<char> chunk) =>
        chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || (chunk.IndexOf('@') > 0 && chunk.IndexOf('.') > 0);

    private static bool IsPunct(char c) => !char.IsLetterOrDigit(c);

    private static int RunEnd(string text, int a, int b)
    {
        var e = a + 1;
        while (e < b && SameRun(text[e], text[a]))
            e++;
        return e;
    }

    /// <summary>"!!!", "...", "?!", "----" and "**" stay one token, as in the treebank.</summary>
    private static bool SameRun(char a, char b) => a == b || (a is '.' or '!' or '?' && b is '.' or '!' or '?');

    private static int Add(string text, int start, int end, List<UdToken> tokens)
    {
        tokens.Add(new UdToken(start, end, text[start..end]));
        return end;
    }
}
