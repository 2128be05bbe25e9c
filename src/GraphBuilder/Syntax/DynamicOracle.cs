namespace GraphBuilder.Syntax;

/// <summary>
/// The arc-eager dynamic oracle of Goldberg and Nivre (2012): the number of gold arcs an action makes
/// unreachable from the current configuration (exact for projective trees, the system being arc-decomposable).
/// The root counts as a head still to come, after the buffer.
/// </summary>
internal static class DynamicOracle
{
    public static int Cost(ParseState s, int[] gold, int action) => action switch
    {
        ParseState.Left => LeftCost(s, gold),
        ParseState.Right => RightCost(s, gold),
        ParseState.Reduce => DependentsInBuffer(s, gold, s.S(0)),
        _ => ShiftCost(s, gold),
    };

    /// <summary>s0 takes b0 as head and leaves: its head further on and its dependents in the buffer are lost.</summary>
    private static int LeftCost(ParseState s, int[] gold)
    {
        int s0 = s.S(0), head = gold[s0];
        var cost = head != s.Buffer && Ahead(s, head) ? 1 : 0;
        return cost + DependentsInBuffer(s, gold, s0);
    }

    /// <summary>b0 takes s0 as head: any other head it has still within reach, and its dependents waiting headless on the stack, are lost.</summary>
    private static int RightCost(ParseState s, int[] gold)
    {
        int s0 = s.S(0), b = s.Buffer, head = gold[b];
        var cost = head != s0 && (Ahead(s, head) || OnStack(s, head)) ? 1 : 0;
        for (var i = 0; i < s.Depth; i++)
        {
            var k = s.Stack[i];
            if (gold[k] == b && s.Heads[k] < 0)
                cost++;
        }
        return cost;
    }

    /// <summary>b0 goes onto the stack: its arcs with any word on the stack are lost.</summary>
    private static int ShiftCost(ParseState s, int[] gold)
    {
        var b = s.Buffer;
        var cost = 0;
        for (var i = 0; i < s.Depth; i++)
        {
            var k = s.Stack[i];
            if (gold[k] == b && s.Heads[k] < 0)
                cost++;
            if (gold[b] == k)
                cost++;
        }
        return cost;
    }

    /// <summary>True when the word is the root or still in the buffer after its front.</summary>
    private static bool Ahead(ParseState s, int word) => word == 0 || word > s.Buffer;

    private static bool OnStack(ParseState s, int word)
    {
        for (var i = 0; i < s.Depth; i++)
            if (s.Stack[i] == word)
                return true;
        return false;
    }

    private static int DependentsInBuffer(ParseState s, int[] gold, int word)
    {
        var cost = 0;
        for (var d = s.Buffer; d <= s.Count; d++)
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
