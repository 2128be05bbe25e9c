using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace GraphBuilder.Tests.Consumers;

public sealed record ProgramRun(int ExitCode, string Stdout, string Stderr);

/// <summary>
/// Runs a real consumer program. When it (or a module it needs) is missing the test is skipped with the
/// reason, except under CI (env CI set), where a missing consumer is a failure.
/// </summary>
public static class ExternalProgram
{
    public static ProgramRun Run(string program, params string[] arguments) =>
        Run(new Dictionary<string, string>(), program, arguments, TimeSpan.FromSeconds(60));

    public static ProgramRun Run(IReadOnlyDictionary<string, string> environment, string program, params string[] arguments) =>
        Run(environment, program, arguments, TimeSpan.FromSeconds(60));

    public static ProgramRun Run(string program, string[] arguments, TimeSpan limit) =>
        Run(new Dictionary<string, string>(), program, arguments, limit);

    public static ProgramRun Run(IReadOnlyDictionary<string, string> environment, string program, string[] arguments, TimeSpan limit)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            Missing($"{program} is not installed ({e.Message})");
            throw;
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(limit))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{program} did not finish within {limit.TotalSeconds} s");
            }
            return new ProgramRun(process.ExitCode, stdout.Result, stderr.Result);
        }
    }

    public static void Missing(string reason)
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Assert.Fail(reason + " (CI is set, so consumers must be present)");
        Assert.Ignore(reason);
    }
}
