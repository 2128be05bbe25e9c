namespace GraphBuilder.Syntax;

/// <summary>Accuracy of a model on gold-tokenised CoNLL-U, with the CoNLL 2018 definitions (all words, punctuation included).</summary>
public sealed record SyntaxScores(int Words, double Upos, double Xpos, double Lemma, double Uas, double Las);

public static class SyntaxEvaluator
{
    public static SyntaxScores Evaluate(SyntaxModel model, IEnumerable<ConllSentence> gold)
    {
        int words = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
        foreach (var sentence in gold)
        {
            var predicted = model.Analyse(sentence.Words.Select(w => w.Form).ToList());
            for (var i = 0; i < predicted.Count; i++, words++)
            {
                var (p, g) = (predicted[i], sentence.Words[i]);
                upos += p.Upos == g.Upos ? 1 : 0;
                xpos += p.Xpos == g.Xpos ? 1 : 0;
                lemma += p.Lemma == g.Lemma ? 1 : 0;
                if (p.Head != g.HeadIndex)
                    continue;
                uas++;
                las += BaseLabel(p.Relation) == BaseLabel(g.Deprel) ? 1 : 0;
            }
        }
        double Share(int n) => words == 0 ? 0 : (double)n / words;
        return new SyntaxScores(words, Share(upos), Share(xpos), Share(lemma), Share(uas), Share(las));
    }

    /// <summary>CoNLL 2018's LAS compares the universal part of the label ("nsubj" of "nsubj:pass").</summary>
    public static string BaseLabel(string label) => label.IndexOf(':') is var colon and > 0 ? label[..colon] : label;
}
