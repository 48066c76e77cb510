using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

using Kpss.Testing;

namespace Kpss.Browser.Tests;

public sealed class PluginAdministrationTests(HostProcess host, Browser browser) : BrowserTests(browser), IClassFixture<HostProcess>, IClassFixture<Browser>
{
    private const string Email = "alena.dvorakova@jihocesky.test.example";
    private const string Password = "Krajske-heslo-2026";

    [Fact]
    public async Task RegionalAdmin_LogsIn_EnablesTheKrajPlugin_AndTheKrajPageShowsItsCalendar()
    {
        await host.RunVerbAsync("create-admin", "--email", Email, "--password", Password, "--kraj", "CZ031", "--name", "Alena Dvořáková");
        await using var context = await Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseUrl, Locale = "cs-CZ" });
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync("/jihocesky");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Jihočeský kraj", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kalendář plánování" })).ToHaveCountAsync(0);
            await page.AssertAccessibleAsync("kraj bez pluginu");

            await page.GotoAsync("/ucet/prihlaseni");
            await page.AssertAccessibleAsync("přihlášení");
            await page.GetByLabel("E-mail").FillAsync(Email);
            await page.GetByLabel("Heslo", new() { Exact = true }).FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se" }).ClickAsync();
            // Signing in lands on the kraj's desk; the kraj's navigation leads to its administration.
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Přehled: Jihočeský kraj", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByText("Alena Dvořáková")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync("přehled kraje");

            await page.GetByRole(AriaRole.Navigation, new() { Name = "Jihočeský kraj" }).GetByRole(AriaRole.Link, new() { Name = "Pluginy kraje" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pluginy kraje: Jihočeský kraj" })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Zapnout plugin Jihočeský kraj" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Plugin Jihočeský kraj je zapnut.");
            await Expect(page.Locator("table.audit")).ToContainTextAsync($"{Email}");
            await page.AssertAccessibleAsync("pluginy kraje");

            await page.GetByRole(AriaRole.Link, new() { Name = "Kraje", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Jihočeský kraj", Exact = true })).ToBeVisibleAsync();
            await page.AssertAccessibleAsync("kraje");
            await page.GetByRole(AriaRole.Link, new() { Name = "Jihočeský kraj", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kalendář plánování" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Žádosti o zařazení sociální služby do sítě (základní a podmíněné)" })).ToBeVisibleAsync();
            await Expect(page.GetByText("Zdroj: Jihočeský kraj")).ToBeVisibleAsync();
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            Directory.CreateDirectory(Path.Combine(HostProcess.Root, "TestResults"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(HostProcess.Root, "TestResults", "plugin-administration.png"), FullPage = true });
            throw new Xunit.Sdk.XunitException($"Browser test failed at {page.Url}: {ex.Message}\nHost log:\n{host.Log}");
        }
    }
}
