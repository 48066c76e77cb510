using Microsoft.Playwright;

namespace Kpss.Browser.Tests;

/// <summary>
/// Debian's Chromium through Playwright (never a downloaded browser: build/test-deps.sh installs it), one per test run:
/// launched by the first test class that needs it and shared by every class (each test opens its own context, so
/// nothing of one test's session reaches another), closed when the test process ends.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private static readonly Lazy<Task<(IPlaywright Playwright, IBrowser Browser)>> Shared = new(LaunchAsync);

    public IBrowser Instance { get; private set; } = null!;

    public async Task InitializeAsync() => Instance = (await Shared.Value).Browser;

    /// <summary>
    /// A context whose pages record every Content-Security-Policy violation (the platform's policy allows no inline
    /// script or style); <see cref="Accessibility.AssertAccessibleAsync"/> fails on any.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        var context = await Instance.NewContextAsync(options);
        await context.AddInitScriptAsync(
            "window.__kpssCsp = []; document.addEventListener('securitypolicyviolation', " +
            "e => window.__kpssCsp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));");
        return context;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"{Chromium} is missing: run build/test-deps.sh.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            browser.CloseAsync().Wait(TimeSpan.FromSeconds(5));
            playwright.Dispose();
        };
        return (playwright, browser);
    }
}
