using GraphBuilder.Cli;

namespace GraphBuilder.Tests.Cli;

/// <summary>
/// Runs `build` in-process from a fresh temporary folder (the working directory, so paths in messages are
/// short and exact), writing JSON into "out".
/// </summary>
[NonParallelizable]
public abstract class CliFolderTests
{
    private string _dir = "";
    private string _cwd = "";

    [SetUp]
    public void CreateFolder()
    {
        _dir = Directory.CreateTempSubdirectory("gb-bad-").FullName;
        _cwd = Environment.CurrentDirectory;
        Environment.CurrentDirectory = _dir;
    }

    [TearDown]
    public void DeleteFolder()
    {
        Environment.CurrentDirectory = _cwd;
        Directory.Delete(_dir, recursive: true);
    }

    protected static (int Code, string Out, string Err) Build(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = Program.Run(["build", .. args, "--out", "out", "--format", "json"], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString().Replace("\r\n", "\n"));
    }

    protected static void Write(string path, string text = "Mara Quint met Ravi Sethi in Lima.")
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text);
    }

    protected static string Json => File.ReadAllText("out/graph.json");
}
