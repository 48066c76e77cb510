using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Kpss.Browser.Tests;

/// <summary>axe (WCAG 2.1 AA) on the page as it is now: every violation listed with its first elements.</summary>
public static class Accessibility
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static async Task AssertAccessibleAsync(this IPage page, string what)
    {
        var blocked = await page.EvaluateAsync<string[]>("window.__kpssCsp || []");
        Assert.True(blocked.Length == 0, $"the {what} page broke its Content-Security-Policy:\n{string.Join("\n", blocked)}");
        var violations = (await page.RunAxe(WcagAa)).Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} – {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(violations.Count == 0, $"axe found on the {what} page:\n{string.Join("\n", violations)}");
    }
}
