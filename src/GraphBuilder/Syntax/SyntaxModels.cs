namespace GraphBuilder.Syntax;

/// <summary>
/// The model embedded in the library (trained on UD English EWT and GUM, see Syntax/Model/NOTICE.md),
/// loaded on first use, once per process; and models loaded from files.
/// </summary>
public static class SyntaxModels
{
    private const string ResourceName = "GraphBuilder.Syntax.Model.en-ud.model";

    private static readonly Lazy<SyntaxModel> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    public static SyntaxModel BuiltIn => Embedded.Value;

    public static SyntaxModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return SyntaxModelFile.Read(file);
    }

    private static SyntaxModel LoadEmbedded()
    {
        using var stream = typeof(SyntaxModels).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the syntax model {ResourceName} is not embedded in the library");
        return SyntaxModelFile.Read(stream);
    }
}
