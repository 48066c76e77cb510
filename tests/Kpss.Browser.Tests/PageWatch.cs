using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Kpss.Browser.Tests;

/// <summary>What one browser context saw: the CSP violations its pages reported, the pages it loaded and those checked
/// (by path: the same page with another query is the same page).</summary>
public sealed class PageWatch
{
    private static readonly ConditionalWeakTable<IBrowserContext, PageWatch> Watches = [];

    private readonly List<string> _violations = [];
    private readonly HashSet<string> _loaded = [];
    private readonly HashSet<string> _checked = [];

    public static PageWatch Of(IBrowserContext context) => Watches.GetValue(context, _ => new PageWatch());

    public IReadOnlyList<string> Violations
    {
        get
        {
            lock (_violations) return _violations.ToList();
        }
    }

    public IEnumerable<string> Unchecked
    {
        get
        {
            lock (_loaded) return _loaded.Except(_checked).ToList();
        }
    }

    public void Violated(string? url, string text)
    {
        lock (_violations) _violations.Add($"{Path(url)}: {text}");
    }

    public void Loaded(string url)
    {
        if (Path(url) is { } path)
            lock (_loaded) _loaded.Add(path);
    }

    public void Checked(string url)
    {
        if (Path(url) is { } path)
            lock (_loaded) _checked.Add(path);
    }

    private static string? Path(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsolutePath : null;
}
