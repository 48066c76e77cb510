using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

using Kpss.Testing;

namespace Kpss.Browser.Tests;

/// <summary>
/// The regional admin's audit log and personal-data desk, and a person's own data, as a browser shows them: reached
/// from the navigation, filtered, accessible (axe) and without a CSP violation.
/// </summary>
public sealed class AuditAndPersonalDataTests(HostProcess host, Browser browser) : BrowserTests(browser), IClassFixture<HostProcess>, IClassFixture<Browser>
{
    private const string Email = "radka.kralova@jihocesky.test.example";
    private const string Password = "Krajske-heslo-2026";

    [Fact]
    public async Task TheRegionalAdmin_ReadsTheAuditLog_FindsAPersonsData_AndSeesTheirOwn()
    {
        await host.RunVerbAsync("create-admin", "--email", Email, "--password", Password, "--kraj", "CZ031", "--name", "Radka Králová");
        await using var context = await Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseUrl, Locale = "cs-CZ" });
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync("/ucet/prihlaseni");
            await page.AssertAccessibleAsync("přihlášení");
            await page.GetByLabel("E-mail").FillAsync(Email);
            await page.GetByLabel("Heslo", new() { Exact = true }).FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se" }).ClickAsync();
            var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Jihočeský kraj" });
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Přehled: Jihočeský kraj", Level = 1 })).ToBeVisibleAsync();
            await page.AssertAccessibleAsync("přehled kraje");

            // A change to record: the kraj's plugin switched on.
            await nav.GetByRole(AriaRole.Link, new() { Name = "Pluginy kraje" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Zapnout plugin Jihočeský kraj" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Plugin Jihočeský kraj je zapnut.");
            await page.AssertAccessibleAsync("pluginy kraje");

            await nav.GetByRole(AriaRole.Link, new() { Name = "Záznam změn" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Záznam změn", Level = 1 })).ToBeVisibleAsync();
            await page.GetByLabel("Záznam", new() { Exact = true }).SelectOptionAsync("KrajPluginState");
            await page.GetByRole(AriaRole.Button, new() { Name = "Filtrovat" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Záznamů: 1");
            await Expect(page.Locator("tr[data-audit]")).ToContainTextAsync(Email);
            await Expect(page.Locator("tr[data-audit]")).ToContainTextAsync("Enabled: – → True");
            await page.AssertAccessibleAsync("záznam změn");

            await nav.GetByRole(AriaRole.Link, new() { Name = "Osobní údaje" }).ClickAsync();
            await page.GetByLabel("E-mail osoby").FillAsync(Email);
            await page.GetByRole(AriaRole.Button, new() { Name = "Vyhledat" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Účet a role na platformě" })).ToBeVisibleAsync();
            await Expect(page.GetByText("Změna pluginu kraje:")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Stáhnout údaje (JSON)" })).ToBeVisibleAsync();
            await page.AssertAccessibleAsync("osobní údaje");

            await page.GetByRole(AriaRole.Link, new() { Name = "Moje údaje" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Moje údaje", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByText("Role:")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync("moje údaje");
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            Directory.CreateDirectory(Path.Combine(HostProcess.Root, "TestResults"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(HostProcess.Root, "TestResults", "audit-personal-data.png"), FullPage = true });
            throw new Xunit.Sdk.XunitException($"Browser test failed at {page.Url}: {ex.Message}\nHost log:\n{host.Log}");
        }
    }
}
