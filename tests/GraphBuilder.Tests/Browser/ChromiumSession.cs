using System.Collections.ObjectModel;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace GraphBuilder.Tests.Browser;

/// <summary>
/// Debian's headless Chromium driven through /usr/bin/chromedriver, with a fresh profile folder that is
/// deleted afterwards. Both paths are given explicitly, so Selenium Manager never looks for (or downloads) a
/// driver or a browser. Without them the test is ignored with the reason, or fails when CI is set.
/// </summary>
public sealed class ChromiumSession : IDisposable
{
    public const string BrowserPath = "/usr/bin/chromium";
    public const string DriverPath = "/usr/bin/chromedriver";

    private readonly string _profile;

    private ChromiumSession(ChromeDriver driver, string profile)
    {
        Driver = driver;
        _profile = profile;
    }

    public ChromeDriver Driver { get; }

    public static ChromiumSession Start(int width = 1280, int height = 800)
    {
        RequireBrowser();
        Environment.SetEnvironmentVariable("SE_OFFLINE", "true");
        var profile = Directory.CreateTempSubdirectory("graphbuilder-chromium-").FullName;
        var options = new ChromeOptions { BinaryLocation = BrowserPath };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
            "--disable-dev-shm-usage", $"--user-data-dir={profile}", $"--window-size={width},{height}");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var session = new ChromiumSession(new ChromeDriver(service, options, TimeSpan.FromSeconds(60)), profile);
        session.FitViewport(width, height);
        return session;
    }

    /// <summary>--window-size counts the (invisible) window frame too; grow the window until the page itself has the size asked for.</summary>
    private void FitViewport(int width, int height)
    {
        var inner = (System.Collections.ObjectModel.ReadOnlyCollection<object>)Script("return [window.innerWidth, window.innerHeight];")!;
        var window = Driver.Manage().Window;
        window.Size = new System.Drawing.Size(
            window.Size.Width + width - Convert.ToInt32(inner[0]), window.Size.Height + height - Convert.ToInt32(inner[1]));
    }

    /// <summary>Opens a page from disk and waits until the viewer has drawn the graph (or reported an error).</summary>
    public void Open(string htmlPath)
    {
        // Leave the previous page first, so its ready flag cannot be mistaken for the new page's.
        Driver.Navigate().GoToUrl("about:blank");
        Driver.Navigate().GoToUrl(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri);
        WaitUntil(() => Script("return !!(window.__graphbuilder && window.__graphbuilder.ready) || window.__graphbuilderErrors.length > 0;") is true,
            "the viewer to start");
    }

    public object? Script(string script, params object[] args) => Driver.ExecuteScript(script, args);

    public long Count(string script) => Convert.ToInt64(Script(script));

    public void WaitUntil(Func<bool> condition, string what) =>
        new WebDriverWait(Driver, TimeSpan.FromSeconds(10)) { Message = "timed out waiting for " + what }
            .Until(_ => condition());

    /// <summary>
    /// Polls until the condition holds or a few seconds pass, and returns it, for states the page reaches on its
    /// next frame (Cytoscape recomputes :visible lazily); the caller then asserts with the actual values.
    /// </summary>
    public bool Eventually(Func<bool> condition)
    {
        for (var start = DateTime.UtcNow; DateTime.UtcNow - start < TimeSpan.FromSeconds(5); Thread.Sleep(50))
            if (condition())
                return true;
        return condition();
    }

    /// <summary>Script errors the page caught plus SEVERE browser-console entries since the last call.</summary>
    public IReadOnlyList<string> Errors()
    {
        var page = (Script("return window.__graphbuilderErrors || [];") as ReadOnlyCollection<object>)?
            .Select(e => "page: " + e) ?? [];
        var console = Driver.Manage().Logs.GetLog(LogType.Browser)
            .Where(e => e.Level >= LogLevel.Severe).Select(e => "console: " + e.Message);
        return page.Concat(console).ToList();
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be flushing its profile as it exits; the folder is in the temp directory anyway.
        }
    }

    private static void RequireBrowser()
    {
        var missing = new[] { BrowserPath, DriverPath }.Where(p => !File.Exists(p)).ToList();
        if (missing.Count == 0)
            return;
        var reason = $"{string.Join(" and ", missing)} not found (apt-get install chromium chromium-driver)";
        if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            Assert.Fail(reason);
        Assert.Ignore(reason);
    }
}
