using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kpss.Browser.Tests;

/// <summary>
/// The plan pages in Chromium: the list with its new-plan form (with errors, then right), the plan's page with what is
/// missing, a chapter written and a priority added; axe (WCAG 2.1 AA) clean at each step, screenshots saved.
/// </summary>
public sealed class PlanPagesTests(HostWithDemoCatalogue host, Browser browser) : BrowserTests(browser), IClassFixture<HostWithDemoCatalogue>, IClassFixture<Browser>
{
    private const string Admin = "admin.jihocesky@demo.kpss.example";
    private const string DemoPassword = "Demo-heslo-2026";

    [Fact]
    public async Task ACoordinatorCreatesAPlan_WritesAChapter_AndAddsAPriority_OnPagesThatPassAxe()
    {
        Directory.CreateDirectory(DeskAndHomeTests.Screenshots);
        await using var context = await Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseUrl, Locale = "cs-CZ" });
        var page = await context.NewPageAsync();
        try
        {
            await SignInToPlansAsync(page);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Příprava plánů – Jihočeský kraj", Level = 1 })).ToBeVisibleAsync();
            await CheckAsync(page, "plans-list");

            await page.GetByLabel("Název", new() { Exact = true }).FillAsync("Střednědobý plán 2025–2027 (prohlížeč)");
            await page.GetByLabel("První rok období").FillAsync("2027");
            await page.GetByLabel("Poslední rok období").FillAsync("2025");
            await page.GetByLabel("Území (kraj, ORP, mikroregion, obce)").FillAsync("Jihočeský kraj");
            await page.GetByLabel("Kdo plán schvaluje").FillAsync("Zastupitelstvo Jihočeského kraje");
            await page.GetByRole(AriaRole.Button, new() { Name = "Založit návrh plánu" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Období plánu nemůže končit dřív, než začíná.");
            await CheckAsync(page, "plans-list-errors");

            await page.GetByLabel("První rok období").FillAsync("2025");
            await page.GetByLabel("Poslední rok období").FillAsync("2027");
            await page.GetByRole(AriaRole.Button, new() { Name = "Založit návrh plánu" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Střednědobý plán 2025–2027 (prohlížeč)", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.Locator("#chybi")).ToContainTextAsync("Chybí kapitola „Analytická část“.");

            await page.GetByText("Upravit kapitolu „Analytická část“").ClickAsync();
            await page.Locator("#text-analyticka").FillAsync("## Senioři\n\nPodíl osob nad 65 let roste.");
            await page.Locator("#kapitola-analyticka").Locator("..").GetByRole(AriaRole.Button, new() { Name = "Uložit kapitolu" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Kapitola je uložena.");
            await Expect(page.Locator("#chybi")).Not.ToContainTextAsync("Analytická část");

            await page.GetByLabel("Název", new() { Exact = true }).FillAsync("Senioři doma");
            await page.GetByLabel("Druh priority").SelectOptionAsync("skupinova");
            await page.GetByLabel("Cílová skupina (u skupinové priority)").FillAsync("senioři");
            await page.GetByRole(AriaRole.Button, new() { Name = "Přidat položku" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Položka je přidána.");
            await Expect(page.Locator("table.kpss-strategy")).ToContainTextAsync("Priorita: Senioři doma (cílová skupina: senioři)");
            await CheckAsync(page, "plan-detail");

            await page.GetByRole(AriaRole.Link, new() { Name = "Senioři doma" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Priorita 1: Senioři doma");
            await page.GetByRole(AriaRole.Button, new() { Name = "Odebrat položku 1" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Opravdu odebrat položku 1 „Senioři doma“?");
            await CheckAsync(page, "plan-item-confirm");
            await page.GetByRole(AriaRole.Link, new() { Name = "Ne, položku ponechat" }).ClickAsync();
            await Expect(page.Locator("table.kpss-strategy")).ToContainTextAsync("Senioři doma");

            await page.GetByRole(AriaRole.Link, new() { Name = "stav, připomínky a schválení" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Stav a schválení");
            await Expect(page.Locator("#pripominkovani + p")).ToContainTextAsync("K připomínkám lze dát jen úplný návrh.");
            await CheckAsync(page, "plan-stage");
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            throw new Xunit.Sdk.XunitException($"Browser test failed at {page.Url}: {ex.Message}\nHost log:\n{host.Log}");
        }
    }

    [Fact]
    public async Task AVisitor_ReadsTheDemoPlans_AndCommentsOnAMeasure_OnPagesThatPassAxe()
    {
        Directory.CreateDirectory(DeskAndHomeTests.Screenshots);
        await using var context = await Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseUrl, Locale = "cs-CZ" });
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync("/jihocesky/plany");
            await Expect(page.Locator("#pripominkovani + ul")).ToContainTextAsync("Komunitní plán sociálních služeb ORP Jindřichův Hradec");
            // The plan in force first (the kraj's SPRSS of these years), the community plan of 2020–2022 in the history, ended.
            await Expect(page.Locator("#platne + ul")).ToContainTextAsync("Střednědobý plán rozvoje sociálních služeb Jihočeského kraje");
            await Expect(page.Locator("#historie + ul")).ToContainTextAsync("usnesení ZM 512/2019 ze dne 11. 12. 2019");
            await Expect(page.Locator("#historie + ul")).ToContainTextAsync("ukončený");
            await CheckAsync(page, "public-plans");

            // Jihomoravský's SPRSS 2009–2011 has no successor in the demo: ended, and nothing is in force.
            await page.GotoAsync("/jihomoravsky/plany");
            await Expect(page.Locator("#historie + ul")).ToContainTextAsync("2009–2011, ukončený");
            await Expect(page.Locator("#platne + p")).ToContainTextAsync("Žádný schválený plán teď neplatí.");
            await CheckAsync(page, "public-plans-history");
            await page.GotoAsync("/jihocesky/plany");

            await page.Locator("#pripominkovani + ul a").First.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Napsat připomínku" })).ToBeVisibleAsync();
            await page.GetByLabel("K části plánu").SelectOptionAsync(new SelectOptionValue { Label = "Opatření 1.1.1 Pečovatelská služba i ve spádových obcích" });
            await page.GetByLabel("Připomínka").FillAsync("Chybí služba v Kardašově Řečici o víkendech.");
            await page.GetByLabel("E-mail").FillAsync("verejnost@test.example");
            await CheckAsync(page, "public-plan-comment");
            await page.GetByRole(AriaRole.Button, new() { Name = "Odeslat připomínku" }).ClickAsync();
            await Expect(page.Locator("#odeslano")).ToContainTextAsync("Zbývá potvrdit e-mail.");
            await CheckAsync(page, "public-plan-comment-sent");

            await page.GetByRole(AriaRole.Link, new() { Name = "Verze pro tisk" }).ClickAsync();
            await Expect(page.Locator("#obsah-planu")).ToHaveTextAsync("Obsah");
            await CheckAsync(page, "public-plan-print");
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            throw new Xunit.Sdk.XunitException($"Browser test failed at {page.Url}: {ex.Message}\nHost log:\n{host.Log}");
        }
    }

    [Fact]
    public async Task TheKrajsActionPlan_ShowsTheKrajsNetworkFromTheCatalogue_OnAPageThatPassesAxe()
    {
        Directory.CreateDirectory(DeskAndHomeTests.Screenshots);
        await using var context = await Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseUrl, Locale = "cs-CZ" });
        var page = await context.NewPageAsync();
        try
        {
            await SignInToPlansAsync(page);
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Akční plán rozvoje sociálních služeb Jihočeského kraje na rok") }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Síť sociálních služeb kraje", Level = 2 })).ToBeVisibleAsync();
            // The demo catalogue places most of the kraj's services in its network: the services table has rows.
            await Expect(page.Locator("table", new() { Has = page.GetByText("Služby v síti kraje") }).Locator("tbody tr").First).ToBeVisibleAsync();
            await CheckAsync(page, "plan-network");
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            throw new Xunit.Sdk.XunitException($"Browser test failed at {page.Url}: {ex.Message}\nHost log:\n{host.Log}");
        }
    }

    /// <summary>Signs the demo's regional admin in, landing on the plans in preparation.</summary>
    private static async Task SignInToPlansAsync(IPage page)
    {
        await page.GotoAsync("/ucet/prihlaseni?zpet=%2Fjihocesky%2Fplany%2Fpriprava");
        await page.AssertAccessibleAsync("přihlášení");
        await page.GetByLabel("E-mail").FillAsync(Admin);
        await page.GetByLabel("Heslo", new() { Exact = true }).FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Příprava plánů – Jihočeský kraj", Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("plány v přípravě");
    }

    private static async Task CheckAsync(IPage page, string shot)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(DeskAndHomeTests.Screenshots, shot + ".png"), FullPage = true });
        await page.AssertAccessibleAsync(shot);
    }
}
