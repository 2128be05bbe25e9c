namespace GraphBuilder.Syntax;

/// <summary>
/// The arc-hybrid dynamic oracle of Goldberg and Nivre (2013): the number of gold arcs an action makes
/// unreachable from the current configuration (exact for projective trees). Buffer words never have a
/// head yet, so only the stack and buffer need scanning.
/// </summary>
internal static class DynamicOracle
{
    public static int Cost(ParseState s, int[] gold, int action) => action switch
    {
        ParseState.Left => LeftCost(s, gold),
        ParseState.Right => RightCost(s, gold),
        _ => ShiftCost(s, gold),
    };

    private static int LeftCost(ParseState s, int[] gold)
    {
        int s0 = s.S(0), b = s.B(0);
        var head = gold[s0];
        var cost = head != b && (head == s.S(1) || head > b) ? 1 : 0;
        return cost + DependentsInBuffer(s, gold, s0, b);
    }

    private static int RightCost(ParseState s, int[] gold)
    {
        var s0 = s.S(0);
        var cost = !s.BufferEmpty && gold[s0] >= s.B(0) ? 1 : 0;
        return cost + DependentsInBuffer(s, gold, s0, s.B(0));
    }

    private static int ShiftCost(ParseState s, int[] gold)
    {
        var b = s.B(0);
        var cost = 0;
        for (var i = 0; i < s.Depth; i++)
        {
            var k = s.Stack[i];
            if (gold[k] == b)
                cost++;
            if (i < s.Depth - 1 && gold[b] == k)
                cost++;
        }
        return cost;
    }

    private static int DependentsInBuffer(ParseState s, int[] gold, int word, int from)
    {
        if (from < 0)
            return 0;
        var cost = 0;
        for (var d = from; d <= s.Count; d++)
            if (gold[d] == word)
                cost++;
        return cost;
    }

    /// <summary>True when no two gold arcs cross (the oracle is exact and training uses the sentence).</summary>
    public static bool IsProjective(int[] gold)
    {
        for (var i = 1; i < gold.Length; i++)
        {
            int a = Math.Min(i, gold[i]), b = Math.Max(i, gold[i]);
            for (var j = a + 1; j < b; j++)
            {
                var h = gold[j];
                if (h < a || h > b)
                    return false;
            }
        }
        return true;
    }
}
