using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Kpss.Browser.Tests;

/// <summary>axe (WCAG 2.1 AA) on the page as it is now: every violation listed with its first elements; and no CSP
/// violation on any page of the context so far.</summary>
public static class Accessibility
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static async Task AssertAccessibleAsync(this IPage page, string what)
    {
        var watch = PageWatch.Of(page.Context);
        watch.Checked(page.Url);
        // Every violation the context's pages reported so far, on this page or one the test went past.
        var blocked = watch.Violations;
        Assert.True(blocked.Count == 0, $"by the {what} page, the Content-Security-Policy was broken:\n{string.Join("\n", blocked)}");
        var violations = (await page.RunAxe(WcagAa)).Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} – {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(violations.Count == 0, $"axe found on the {what} page:\n{string.Join("\n", violations)}");
    }
}
