using GraphBuilder.Syntax;

namespace GraphBuilder.Tests.Syntax;

/// <summary>The committed model on the EWT dev set (gold words), and the training being deterministic.</summary>
public class SyntaxModelTests
{
    [Test]
    public void CommittedModelKeepsItsAccuracyOnEwtDev()
    {
        var scores = SyntaxEvaluator.Evaluate(SyntaxModels.BuiltIn, ConllU.ReadFile(UdData.File("en_ewt-ud-dev.conllu")));
        Assert.Multiple(() =>
        {
            Assert.That(scores.Words, Is.EqualTo(25147));
            Assert.That(scores.Upos, Is.GreaterThan(0.945), "measured 0.951");
            Assert.That(scores.Xpos, Is.GreaterThan(0.94), "measured 0.944");
            Assert.That(scores.Lemma, Is.GreaterThan(0.96), "measured 0.966");
            Assert.That(scores.Uas, Is.GreaterThan(0.845), "measured 0.850");
            Assert.That(scores.Las, Is.GreaterThan(0.813), "measured 0.818");
        });
    }

    [Test]
    public void TrainingTwiceOnTheSameDataGivesTheSameBytes()
    {
        var slice = ConllU.ReadFile(UdData.File("en_ewt-ud-dev.conllu")).Take(300).ToList();
        var first = Train(slice);
        var second = Train(slice);
        Assert.That(first, Has.Length.GreaterThan(1000));
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void ATrainedModelReadsBackAndParses()
    {
        var slice = ConllU.ReadFile(UdData.File("en_ewt-ud-dev.conllu")).Take(300).ToList();
        var model = SyntaxModelFile.Read(new MemoryStream(Train(slice)));
        var scores = SyntaxEvaluator.Evaluate(model, slice.Take(50));
        Assert.That(scores.Upos, Is.GreaterThan(0.8), "a model trained on these sentences tags them well");
    }

    private static byte[] Train(IReadOnlyList<ConllSentence> sentences)
    {
        var model = SyntaxTrainer.Train(sentences, null, epochs: 2, seed: 7, log: null);
        var stream = new MemoryStream();
        SyntaxModelFile.Write(stream, model);
        return stream.ToArray();
    }
}
