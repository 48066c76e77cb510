using Kpss.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kpss.Browser.Tests;

/// <summary>
/// The faces of the platform on the design system: a kraj's home page, the coordinator's desk and the catalogue pass
/// axe (WCAG 2.1 AA) at desktop and phone widths and are saved as screenshots for a reviewer
/// (<c>tests/Kpss.Browser.Tests/screenshots/</c>); a form with errors passes too; and a coordinator gets from signing in
/// to a scheduled meeting with the keyboard alone.
/// </summary>
public sealed class DeskAndHomeTests(HostWithDemoCatalogue host, Browser browser) : BrowserTests(browser), IClassFixture<HostWithDemoCatalogue>, IClassFixture<Browser>
{
    private const string Coordinator = "koordinator.jh@demo.kpss.example";
    private const string DemoPassword = "Demo-heslo-2026";

    private static readonly (string Name, int Width, int Height)[] Widths = [("desktop", 1280, 900), ("phone", 390, 844)];

    public static string Screenshots => Path.Combine(HostProcess.Root, "tests", "Kpss.Browser.Tests", "screenshots");

    [Fact]
    public async Task TheKrajHomePage_TheDesk_AndTheCatalogue_PassAxe_AtDesktopAndPhoneWidths()
    {
        Directory.CreateDirectory(Screenshots);
        foreach (var (name, width, height) in Widths)
        {
            await using var context = await Chromium.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = host.BaseUrl, Locale = "cs-CZ", ViewportSize = new ViewportSize { Width = width, Height = height },
            });
            var page = await context.NewPageAsync();
            await RunAsync(page, $"pages-{name}", async () =>
            {
                await page.GotoAsync("/jihocesky");
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Jihočeský kraj", Level = 1 })).ToBeVisibleAsync();
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Veřejná projednání" })).ToBeVisibleAsync();
                await Expect(page.GetByRole(AriaRole.Search)).ToBeVisibleAsync();
                await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Kraj: Jihočeský kraj" })).ToBeVisibleAsync();
                await CheckAsync(page, $"kraj-home-{name}");

                await page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Searchbox).FillAsync("pecovatelska");
                await page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = "Hledat" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Nalezeno služeb:");
                await CheckAsync(page, $"catalogue-{name}");

                // A form with errors: sign-in without a password.
                await page.GotoAsync("/ucet/prihlaseni");
                await page.GetByLabel("E-mail").FillAsync(Coordinator);
                await page.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se" }).ClickAsync();
                await Expect(page.GetByText("Zadejte heslo.")).ToBeVisibleAsync();
                await CheckAsync(page, $"sign-in-errors-{name}");

                await page.GetByLabel("Heslo", new() { Exact = true }).FillAsync(DemoPassword);
                await page.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Přehled: Jihočeský kraj", Level = 1 })).ToBeVisibleAsync();
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Návrhy jednání k naplánování" })).ToBeVisibleAsync();
                await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Jihočeský kraj" }).GetByRole(AriaRole.Link, new() { Name = "Přehled" }))
                    .ToHaveAttributeAsync("aria-current", "page");
                await CheckAsync(page, $"desk-{name}");
            });
        }
    }

    [Fact]
    public async Task WithTheKeyboardAlone_ACoordinatorSignsIn_GoesFromTheDesk_AndSchedulesAMeeting()
    {
        await using var context = await Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseUrl, Locale = "cs-CZ" });
        var page = await context.NewPageAsync();
        await RunAsync(page, "keyboard", async () =>
        {
            await page.GotoAsync("/ucet/prihlaseni");
            await page.AssertAccessibleAsync("přihlášení");
            // The first Tab reaches the skip link.
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("Přejít na obsah", await FocusedAsync(page));
            await TabToAsync(page, "E-mail");
            await page.Keyboard.TypeAsync(Coordinator);
            await TabToAsync(page, "Heslo");
            await page.Keyboard.TypeAsync(DemoPassword);
            await page.Keyboard.PressAsync("Enter");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Přehled: Jihočeský kraj", Level = 1 })).ToBeVisibleAsync();
            await page.AssertAccessibleAsync("přehled kraje");

            await TabToAsync(page, "Naplánovat");
            var draft = (await FocusedAsync(page))["Naplánovat".Length..].TrimStart(':', ' ');
            await page.Keyboard.PressAsync("Enter");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = draft, Level = 1 })).ToBeVisibleAsync();
            await TabToAsync(page, "Naplánovat a rozeslat pozvánky");
            await page.Keyboard.PressAsync("Enter");

            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Jednání je naplánováno a pozvánky jsou na cestě.");
            await Expect(page.Locator("dd strong")).ToHaveTextAsync("naplánováno");
            await page.AssertAccessibleAsync("naplánované jednání");
        });
    }

    [Fact]
    public async Task ThePrintableCatalogue_PrintsWithoutThePlatformsChrome()
    {
        await using var context = await Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseUrl, Locale = "cs-CZ" });
        var page = await context.NewPageAsync();
        await RunAsync(page, "print", async () =>
        {
            await page.GotoAsync("/jihocesky/katalog/tisk?orp=3105");
            await Expect(page.Locator("header.kpss-header")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync("katalog k tisku");

            await page.EmulateMediaAsync(new() { Media = Media.Print });

            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Katalog sociálních služeb – ORP Jindřichův Hradec");
            await Expect(page.Locator("article").First).ToBeVisibleAsync();
            foreach (var chrome in new[] { "header.kpss-header", ".kpss-crumbs", "footer.kpss-footer", "form.no-print" })
                await Expect(page.Locator(chrome)).ToBeHiddenAsync();
        });
    }

    /// <summary>The accessible text of the focused element: its label, aria-label or text.</summary>
    private static Task<string> FocusedAsync(IPage page) => page.EvaluateAsync<string>(
        "() => { const e = document.activeElement; if (!e) return ''; const label = e.labels && e.labels[0] ? e.labels[0].innerText : null;" +
        " return (e.getAttribute('aria-label') || label || e.innerText || e.value || '').replace(/\\s+/g, ' ').trim(); }");

    /// <summary>Presses Tab until the focused element's text starts with <paramref name="name"/>.</summary>
    private static async Task TabToAsync(IPage page, string name, int max = 120)
    {
        for (var i = 0; i < max; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if ((await FocusedAsync(page)).StartsWith(name, StringComparison.Ordinal))
                return;
        }
        throw new Xunit.Sdk.XunitException($"„{name}“ cannot be reached with Tab on {page.Url}.");
    }

    private static async Task CheckAsync(IPage page, string shot)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, shot + ".png"), FullPage = true });
        await page.AssertAccessibleAsync(shot);
    }

    private async Task RunAsync(IPage page, string what, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            Directory.CreateDirectory(Path.Combine(HostProcess.Root, "TestResults"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(HostProcess.Root, "TestResults", what + ".png"), FullPage = true });
            throw new Xunit.Sdk.XunitException($"Browser test failed at {page.Url}: {ex.Message}\nHost log:\n{host.Log}");
        }
    }
}
