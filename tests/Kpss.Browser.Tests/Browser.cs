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

    private readonly List<PageWatch> _watches = [];

    /// <summary>
    /// A context whose pages report every Content-Security-Policy violation to the test (kept across navigations, so a
    /// violation on a page the test went past is not lost) and whose every loaded page is noted:
    /// <see cref="Accessibility.AssertAccessibleAsync"/> fails on any violation so far and marks the page checked, and
    /// after each test every page it loaded must have been checked (<see cref="BrowserTests"/>: axe and CSP on every page visited).
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        var context = await Instance.NewContextAsync(options);
        var watch = PageWatch.Of(context);
        lock (_watches) _watches.Add(watch);
        await context.ExposeBindingAsync("__kpssCspViolation", (BindingSource source, string text) => watch.Violated(source.Page?.Url, text));
        await context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', " +
            "e => window.__kpssCspViolation(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));");
        context.Page += (_, page) => page.Load += (_, loaded) => watch.Loaded(loaded.Url);
        return context;
    }

    /// <summary>Every page loaded since the last call was checked; otherwise the test fails, naming the pages.</summary>
    public void AssertEveryPageChecked()
    {
        List<string> missed;
        lock (_watches)
        {
            missed = _watches.SelectMany(w => w.Unchecked).Distinct().Order(StringComparer.Ordinal).ToList();
            _watches.Clear();
        }
        Assert.True(missed.Count == 0, "pages loaded without AssertAccessibleAsync (axe and the CSP check): " + string.Join(", ", missed));
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
