namespace Kpss.Browser.Tests;

/// <summary>A browser test: when it ends, every page it loaded has been through axe and the CSP check
/// (<see cref="Accessibility.AssertAccessibleAsync"/>), or it fails naming the pages it went past.</summary>
public abstract class BrowserTests(Browser browser) : IAsyncLifetime
{
    /// <summary>The shared Chromium, whose contexts watch their pages.</summary>
    protected Browser Chromium { get; } = browser;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Chromium.AssertEveryPageChecked();
        return Task.CompletedTask;
    }
}
