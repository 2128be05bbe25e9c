using System.Runtime.CompilerServices;

namespace GraphBuilder.Syntax;

/// <summary>
/// Greedy arc-hybrid dependency parser: one perceptron chooses shift/left/right, a second labels each arc
/// as it is made. Reentrant: all state lives in the ParseState of a call.
/// </summary>
internal sealed class DependencyParser
{
    public const int ActionBits = 22;
    public const int LabelBits = 18;

    public DependencyParser(IReadOnlyList<string> labels, Perceptron actions, Perceptron labeller)
    {
        Labels = labels;
        Actions = actions;
        Labeller = labeller;
        RootLabel = Math.Max(0, labels.ToList().IndexOf("root"));
    }

    public IReadOnlyList<string> Labels { get; }

    public Perceptron Actions { get; }

    public Perceptron Labeller { get; }

    public int RootLabel { get; }

    public ParseState Parse(ParserInput x)
    {
        var s = new ParseState(x.Count);
        Span<ulong> features = stackalloc ulong[ActionFeatures.Max];
        Span<float> scores = stackalloc float[Actions.Classes];
        Span<ulong> labelFeatures = stackalloc ulong[LabelFeatures.Max];
        Span<float> labelScores = stackalloc float[Labeller.Classes];
        while (!s.Terminal)
        {
            var action = OnlyValid(s);
            if (action < 0)
            {
                var n = ActionFeatures.Extract(s, x, features);
                Actions.Score(features[..n], scores);
                action = BestValid(s, scores);
            }
            var (head, dep) = s.ArcOf(action);
            var label = action == ParseState.Shift ? -1 : LabelFor(s, x, head, dep, labelFeatures, labelScores);
            s.Apply(action, label);
        }
        return s;
    }

    /// <summary>The one valid action when there is no choice (only root on the stack, or the buffer empty), else -1: no scoring needed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int OnlyValid(ParseState s)
    {
        if (!s.CanLeft && !s.CanRight)
            return ParseState.Shift;
        return s.CanShift ? -1 : ParseState.Right;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int BestValid(ParseState s, ReadOnlySpan<float> scores)
    {
        var best = -1;
        for (var a = 0; a < 3; a++)
            if (s.IsValid(a) && (best < 0 || scores[a] > scores[best]))
                best = a;
        return best;
    }

    public int LabelFor(ParseState s, ParserInput x, int head, int dep, Span<ulong> features, Span<float> scores)
    {
        if (head == 0)
            return RootLabel;
        var n = LabelFeatures.Extract(s, x, head, dep, features);
        Labeller.Score(features[..n], scores);
        var best = RootLabel == 0 ? 1 : 0;
        for (var l = 0; l < Labeller.Classes; l++)
            if (l != RootLabel && scores[l] > scores[best])
                best = l;
        return best;
    }
}
