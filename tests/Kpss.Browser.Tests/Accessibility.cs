using Microsoft.Playwright;

namespace Kpss.Browser.Tests;

/// <summary>axe (WCAG 2.1 AA) on the page as it is now: every violation listed with its first elements; and no CSP
/// violation on any page of the context so far.</summary>
/// <remarks>axe-core is Deque's own build (the <c>Deque.AxeCore.Commons</c> package's embedded <c>axe.min.js</c>), put into
/// the page once and asked for violations only. Deque's <c>RunAxe</c> wrapper does the same but injects the script and
/// returns every rule's passes and inapplicable nodes on each call: about 2 s a page on CI's two cores, against 0.1–0.3 s
/// for the same rules run here (measured on the plan's lifecycle test, 13 pages).</remarks>
public static class Accessibility
{
    private static readonly Lazy<string> AxeSource = new(() =>
    {
        using var stream = typeof(Deque.AxeCore.Commons.AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe.min.js is not in Deque.AxeCore.Commons any more");
        return new StreamReader(stream).ReadToEnd();
    });

    private const string RunWcagAa = """
        async () => {
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
            resultTypes: ['violations'],
          });
          return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.slice(0, 3).map(n => n.html).join(' | ')}`);
        }
        """;

    public static async Task AssertAccessibleAsync(this IPage page, string what)
    {
        var watch = PageWatch.Of(page.Context);
        watch.Checked(page.Url);
        // Every violation the context's pages reported so far, on this page or one the test went past.
        var blocked = watch.Violations;
        Assert.True(blocked.Count == 0, $"by the {what} page, the Content-Security-Policy was broken:\n{string.Join("\n", blocked)}");
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync(AxeSource.Value);
        var violations = await page.EvaluateAsync<string[]>(RunWcagAa);
        Assert.True(violations.Length == 0, $"axe found on the {what} page:\n{string.Join("\n", violations)}");
    }
}
