using Microsoft.Playwright;

namespace Kpss.Browser.Tests;

/// <summary>The check every browser test relies on can fail: a page with an image without alternative text and an
/// unlabelled field is refused, naming both rules; the same page made right passes.</summary>
public sealed class AccessibilityCheckTests(Browser browser) : BrowserTests(browser), IClassFixture<Browser>
{
    private const string Broken = """
        <!doctype html><html lang="cs"><head><title>Zkouška</title></head>
        <body><main><h1>Zkouška</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"></main></body></html>
        """;

    [Fact]
    public async Task APageWithoutAltTextAndLabels_IsRefused_AndTheSamePageMadeRight_Passes()
    {
        await using var context = await Chromium.NewContextAsync(new BrowserNewContextOptions());
        var page = await context.NewPageAsync();
        await page.SetContentAsync(Broken);

        var refused = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => page.AssertAccessibleAsync("zkušební"));
        Assert.Contains("image-alt", refused.Message);
        Assert.Contains("label", refused.Message);

        await page.SetContentAsync(Broken.Replace("<img ", "<img alt=\"tečka\" ").Replace("<input ", "<label>Jméno <input ").Replace("text\">", "text\"></label>"));
        await page.AssertAccessibleAsync("opravený zkušební");
    }
}
