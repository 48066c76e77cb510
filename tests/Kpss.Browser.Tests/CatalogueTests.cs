using Kpss.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kpss.Browser.Tests;

/// <summary>The built host with its demo catalogue (~6,000 generated services).</summary>
public sealed class HostWithDemoCatalogue : HostProcess
{
    public override Task InitializeAsync()
    {
        Environment["Demo__Enabled"] = "true";
        return base.InitializeAsync();
    }
}

public sealed class CatalogueTests(HostWithDemoCatalogue host, Browser browser) : BrowserTests(browser), IClassFixture<HostWithDemoCatalogue>, IClassFixture<Browser>
{
    [Fact]
    public async Task AVisitor_SearchesWithoutDiacritics_OpensADetail_AndThePagesPassAnAxeCheck()
    {
        await using var context = await Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseUrl, Locale = "cs-CZ" });
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync("/jihocesky");
            await page.AssertAccessibleAsync("kraj");
            await page.GetByRole(AriaRole.Link, new() { Name = "Katalog sociálních služeb" }).ClickAsync();
            await page.GetByLabel("Hledat (název, poskytovatel, obec, druh služby)").FillAsync("pecovatelska jindrichuv");
            await page.GetByRole(AriaRole.Button, new() { Name = "Hledat" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Nalezeno služeb:");
            var first = page.Locator("ul.results a").First;
            await Expect(first).ToContainTextAsync("Pečovatelská služba");
            await Expect(first).ToContainTextAsync("Jindřichův Hradec");
            await page.AssertAccessibleAsync("search results");

            var name = await first.InnerTextAsync();
            await first.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByText("§ 40 pečovatelská služba")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync("service detail");
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            Directory.CreateDirectory(Path.Combine(HostProcess.Root, "TestResults"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(HostProcess.Root, "TestResults", "catalogue.png"), FullPage = true });
            throw new Xunit.Sdk.XunitException($"Browser test failed at {page.Url}: {ex.Message}\nHost log:\n{host.Log}");
        }
    }

    [Fact]
    public async Task TheKrajAdmin_PlacesAServiceInTheNetwork_AndDryRunsAnImport_OnPagesThatPassAnAxeCheck()
    {
        await using var context = await Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseUrl, Locale = "cs-CZ" });
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync("/ucet/prihlaseni");
            await page.AssertAccessibleAsync("sign-in");
            await page.GetByLabel("E-mail").FillAsync("admin.jihocesky@demo.kpss.example");
            await page.GetByLabel("Heslo", new() { Exact = true }).FillAsync("Demo-heslo-2026");
            await page.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Přehled: Jihočeský kraj", Level = 1 })).ToBeVisibleAsync();
            await page.AssertAccessibleAsync("desk");
            await page.GotoAsync("/jihocesky/admin/pluginy");
            await page.GetByRole(AriaRole.Button, new() { Name = "Zapnout plugin Jihočeský kraj" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Plugin Jihočeský kraj je zapnut.");
            await page.AssertAccessibleAsync("kraj plugins");

            await page.GotoAsync("/jihocesky/katalog?orp=3112");
            await page.AssertAccessibleAsync("catalogue of an ORP");
            await page.Locator("ul.results a").First.ClickAsync();
            await page.GetByLabel("Služba je v síti kraje").CheckAsync();
            await page.GetByLabel("Část sítě").SelectOptionAsync("základní");
            await page.GetByLabel("Kapacita v síti").FillAsync("čtyřicet");
            await page.GetByLabel("Jednotka kapacity").SelectOptionAsync("lůžka");
            await page.GetByLabel("Úvazky (přepočtené)").FillAsync("18,5");
            await page.GetByRole(AriaRole.Button, new() { Name = "Uložit zařazení do sítě" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Kapacita „čtyřicet“ musí být celé číslo.");
            await page.AssertAccessibleAsync("network form with an error");

            await page.GetByLabel("Kapacita v síti").FillAsync("40");
            await page.GetByRole(AriaRole.Button, new() { Name = "Uložit zařazení do sítě" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Zařazení do sítě je uloženo.");
            await Expect(page.GetByText("v síti, část: základní, kapacita 40 lůžek, úvazky 18,5")).ToBeVisibleAsync();

            // The kraj admin's other pages pass the same check.
            await page.GotoAsync("/jihocesky/admin/kalendar");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Termíny kalendáře plánování: Jihočeský kraj" })).ToBeVisibleAsync();
            await page.AssertAccessibleAsync("calendar dates");
            await page.GotoAsync("/jihocesky/admin/uzivatele");
            await Expect(page.GetByLabel("Zúžit roli koordinátor(ka) na: plánovací proces (nepovinné)")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync("users and roles");

            // A dry run of a register file from the import page: it runs in the background, the page follows it.
            await page.GotoAsync("/jihocesky/katalog/import");
            await page.AssertAccessibleAsync("import");
            await page.GetByLabel("Soubor").SetInputFilesAsync(Path.Combine(HostProcess.Root, "tests", "Kpss.Catalogue.Tests", "Samples", "register-good.json"));
            await page.GetByRole(AriaRole.Button, new() { Name = "Spustit import" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Zkušební běh: import by založil 2, změnil 0 a ponechal beze změny 0 služeb.");
            await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Pečovatelská služba Strmilov" })).ToBeVisibleAsync();
            await page.AssertAccessibleAsync("import result");
            await page.GetByRole(AriaRole.Link, new() { Name = "Nový import a přehled importů" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("by založil 2, změnil by 0, beze změny 0");
            await page.AssertAccessibleAsync("imports");
            await page.GotoAsync("/jihocesky/katalog/navrhy");
            await page.AssertAccessibleAsync("proposals to approve");
            await page.GotoAsync("/jihocesky/katalog/tisk?orp=3105&sit=ano");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Katalog sociálních služeb – ORP Jindřichův Hradec (služby v síti kraje)", Level = 1 })).ToBeVisibleAsync();
            await page.AssertAccessibleAsync("printable catalogue");
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            Directory.CreateDirectory(Path.Combine(HostProcess.Root, "TestResults"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(HostProcess.Root, "TestResults", "catalogue-network.png"), FullPage = true });
            throw new Xunit.Sdk.XunitException($"Browser test failed at {page.Url}: {ex.Message}\nHost log:\n{host.Log}");
        }
    }

}
