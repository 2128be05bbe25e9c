namespace GraphBuilder.Evaluation;

/// <summary>Precision, recall and F1 from counts, with score.py's conventions for empty sets.</summary>
public readonly record struct Prf(double P, double R, double F1)
{
    public static Prf Of(int tp, int fp, int fn)
    {
        var p = tp + fp > 0 ? (double)tp / (tp + fp) : fn == 0 ? 1.0 : 0.0;
        var r = tp + fn > 0 ? (double)tp / (tp + fn) : 1.0;
        return new Prf(p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0);
    }

    public void AddTo(IDictionary<string, double> metrics, string prefix)
    {
        metrics[prefix + ".p"] = P;
        metrics[prefix + ".r"] = R;
        metrics[prefix + ".f1"] = F1;
    }
}
