using System.Globalization;
using Kpss.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kpss.Browser.Tests;

/// <summary>The built host sending to a real SMTP server.</summary>
public sealed class HostWithSmtp : HostProcess
{
    public SmtpServer Smtp { get; } = new();

    public override async Task InitializeAsync()
    {
        await Smtp.InitializeAsync();
        Environment["Mail__Transport"] = "Smtp";
        Environment["Mail__Smtp__Host"] = "127.0.0.1";
        Environment["Mail__Smtp__Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture);
        Environment["Notifications__PollSeconds"] = "1";
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

public sealed class MeetingInvitationTests(HostWithSmtp host, Browser browser) : BrowserTests(browser), IClassFixture<HostWithSmtp>, IClassFixture<Browser>
{
    private const string Coordinator = "petra.koordinatorka@jh.test.example";
    private const string Password = "Koordinatorske-heslo-1";

    [Fact]
    public async Task ACoordinatorSchedulesAMeeting_AndAMemberAnswersFromTheEmail()
    {
        await host.RunVerbAsync("create-admin", "--email", Coordinator, "--password", Password, "--kraj", "CZ031",
            "--role", "coordinator", "--name", "Petra Koordinátorka");
        await using var context = await Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseUrl, Locale = "cs-CZ" });
        var page = await context.NewPageAsync();
        var date = DateTime.Today.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        try
        {
            await page.GotoAsync("/ucet/prihlaseni");
            await page.AssertAccessibleAsync("přihlášení");
            await page.GetByLabel("E-mail").FillAsync(Coordinator);
            await page.GetByLabel("Heslo", new() { Exact = true }).FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Přehled: Jihočeský kraj", Level = 1 })).ToBeVisibleAsync();
            await page.AssertAccessibleAsync("přehled kraje");
            await page.GotoAsync("/jihocesky");
            await page.AssertAccessibleAsync("kraj");
            await page.GetByRole(AriaRole.Link, new() { Name = "Plánovací procesy a skupiny" }).ClickAsync();
            await Expect(page.GetByLabel("Název procesu")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync("plánovací procesy");

            await page.GetByLabel("Název procesu").FillAsync("Pokračování komunitního plánování sociálních služeb ORP Jindřichův Hradec");
            await page.GetByLabel("Název území").FillAsync("ORP Jindřichův Hradec");
            await page.GetByLabel("ORP (pro proces na území ORP)").SelectOptionAsync(new SelectOptionValue { Label = "Jindřichův Hradec" });
            await page.GetByLabel("Období od").FillAsync("2026-01-01");
            await page.GetByLabel("Období do").FillAsync("2027-12-31");
            await page.GetByRole(AriaRole.Button, new() { Name = "Založit proces" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Proces je založen. Přidejte mu skupiny.");
            await page.AssertAccessibleAsync("plánovací proces");

            await page.GetByLabel("Název skupiny").FillAsync("Osoby ohrožené sociálním vyloučením");
            await page.GetByRole(AriaRole.Button, new() { Name = "Založit skupinu" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Osoby ohrožené sociálním vyloučením", Level = 1 })).ToBeVisibleAsync();

            foreach (var (name, email, role) in new[] { ("Jana Nováková", "jana@clen.test.example", "uživatel"), ("Obec Strmilov", "starosta@clen.test.example", "zadavatel") })
            {
                await page.GetByLabel("Jméno", new() { Exact = true }).FillAsync(name);
                await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync(email);
                await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = role });
                await page.GetByRole(AriaRole.Button, new() { Name = "Přidat člena" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"{name} je členem skupiny.");
            }
            await page.AssertAccessibleAsync("skupina se členy");

            await page.GetByLabel("Název jednání").FillAsync("Jednání pracovní skupiny");
            await page.GetByLabel("Datum").FillAsync(date);
            await page.GetByLabel("Začátek (čas v Praze)").FillAsync("15:00");
            await page.GetByLabel("Konec", new() { Exact = true }).FillAsync("17:00");
            await page.GetByLabel("Místo konání (adresa)").FillAsync("MěÚ Jindřichův Hradec, nám. Masarykovo 168/II");
            await page.GetByLabel("Bod 1", new() { Exact = true }).FillAsync("Krajské plánování");
            await page.GetByRole(AriaRole.Button, new() { Name = "Založit návrh jednání" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Naplánovat a rozeslat pozvánky" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Jednání je naplánováno a pozvánky jsou na cestě.");
            await page.AssertAccessibleAsync("naplánované jednání");
            var meetingUrl = page.Url;

            var invitation = (await host.Smtp.WaitForAsync(m => m.IsTo("jana@clen.test.example") && m.Subject.StartsWith("Pozvánka:"), 1))[0];
            var member = await Chromium.NewContextAsync(new BrowserNewContextOptions { Locale = "cs-CZ" });
            var memberPage = await member.NewPageAsync();
            await memberPage.GotoAsync(invitation.Link("Přijdu"));
            await Expect(memberPage.GetByRole(AriaRole.Heading, new() { Name = "Jednání pracovní skupiny" })).ToBeVisibleAsync();
            await memberPage.GetByRole(AriaRole.Button, new() { Name = "Přijdu", Exact = true }).ClickAsync();
            await Expect(memberPage.GetByRole(AriaRole.Status)).ToContainTextAsync("Děkujeme, vaše odpověď je uložena: přijde");
            await memberPage.AssertAccessibleAsync("odpověď na pozvánku");
            await member.DisposeAsync();

            await page.GotoAsync(meetingUrl);
            await Expect(page.Locator("tr", new() { HasText = "Jana Nováková" })).ToContainTextAsync("přijde");
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            Directory.CreateDirectory(Path.Combine(HostProcess.Root, "TestResults"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(HostProcess.Root, "TestResults", "meeting-invitation.png"), FullPage = true });
            throw new Xunit.Sdk.XunitException($"Browser test failed at {page.Url}: {ex.Message}\nHost log:\n{host.Log}");
        }
    }
}
