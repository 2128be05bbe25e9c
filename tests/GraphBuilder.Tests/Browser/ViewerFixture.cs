namespace GraphBuilder.Tests.Browser;

/// <summary>One page and one Chromium per fixture, the page reopened fresh for every test.</summary>
public abstract class ViewerFixture
{
    protected ViewerPage Page { get; private set; } = null!;
    protected ChromiumSession Browser { get; private set; } = null!;

    protected abstract ViewerPage CreatePage();

    [OneTimeSetUp]
    public void WritePageAndStartBrowser()
    {
        Page = CreatePage();
        Browser = ChromiumSession.Start();
    }

    [OneTimeTearDown]
    public void StopBrowser()
    {
        Browser?.Dispose();
        Page?.Dispose();
    }

    [SetUp]
    public void OpenPage() => Browser.Open(Page.HtmlPath);
}
