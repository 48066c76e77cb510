using System.Net.Http.Json;
using System.Text.Json;
using Kpss.Modules.Abstractions.Security;
using Kpss.Testing;
using Kpss.Tests.Shared;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kpss.Browser.Tests;

/// <summary>
/// The host in this test process on Kestrel, so that Chromium reaches it on a real port while the test moves the host's
/// clock (a comment period ends only after its last day). Mail goes to the pickup folder and is sent when the test runs
/// the dispatch.
/// </summary>
public sealed class ClockHostOnKestrel : KpssAppFactory
{
    public const string Coordinator = "koordinatorka@prohlizec.test.example";
    public const string Admin = "admin@prohlizec.test.example";

    private static readonly int Port = TestEnvironment.FreePort();

    public ClockHostOnKestrel()
    {
        Clock = new FakeClock(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        Settings["Notifications:DispatchEnabled"] = "false";
        Settings["Platform:PublicUrl"] = BaseUrl;
        UseKestrel(Port);
    }

    public string BaseUrl => $"http://localhost:{Port}";

    protected override void StartHost() => StartServer();

    /// <summary>An HTTP client of the test on the Kestrel port, signed in through the login form.</summary>
    public async Task<HttpClient> SignedInOverHttpAsync(string email)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() }) { BaseAddress = new Uri(BaseUrl) };
        var response = await PostFormAsync(client, "/ucet/prihlaseni", new() { ["Input.Email"] = email, ["Input.Password"] = Password });
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"login of {email} answered {(int)response.StatusCode}");
        return client;
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateUserAsync(Coordinator, KpssRoles.Coordinator, "CZ031");
        await CreateUserAsync(Admin, KpssRoles.RegionalAdmin, "CZ031");
    }
}

/// <summary>
/// A plan's whole way in Chromium: the coordinator puts a complete draft to comment, two people comment (on a measure
/// and on the whole plan) and confirm by the links they are e-mailed, the coordinator answers, ends the period after its
/// last day and publishes the settlement (both get their answer by e-mail), the regional admin records the approval, the coordinator starts the amendment and changes a measure, and the comparison shows exactly that measure.
/// axe (WCAG 2.1 AA) clean at each step.
/// </summary>
public sealed class PlanLifecycleTests(ClockHostOnKestrel host, Browser browser) : BrowserTests(browser), IClassFixture<ClockHostOnKestrel>, IClassFixture<Browser>
{
    private const string Jana = "jana@verejnost.test.example";
    private const string Petr = "petr@verejnost.test.example";

    /// <summary>A complete draft made through the API (the pages that make one are tested in <see cref="PlanPagesTests"/>).</summary>
    private async Task<(int Plan, int Measure)> CompleteDraftAsync()
    {
        using var api = await host.SignedInOverHttpAsync(ClockHostOnKestrel.Coordinator);
        const string Base = "/api/kraje/jihocesky/plany";
        async Task<JsonElement> PostAsync(string url, object body)
        {
            var response = await api.PostAsJsonAsync(url, body);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }
        async Task<int> VersionAsync(int plan) => (await api.GetFromJsonAsync<JsonElement>($"{Base}/{plan}")).GetProperty("version").GetInt32();

        var plan = (await PostAsync(Base, new { kind = "Sprss", title = "Plán v prohlížeči", fromYear = 2026, toYear = 2028, area = "celý kraj", approvingBody = "Zastupitelstvo kraje" }))
            .GetProperty("id").GetInt32();
        foreach (var chapter in (await api.GetFromJsonAsync<JsonElement>($"{Base}/{plan}")).GetProperty("chapters").EnumerateArray())
            Assert.True((await api.PutAsJsonAsync($"{Base}/{plan}/kapitoly/{chapter.GetProperty("key").GetString()}",
                new { text = "Text kapitoly.", version = await VersionAsync(plan) })).IsSuccessStatusCode);
        var priority = (await PostAsync($"{Base}/{plan}/polozky", new { title = "Senioři doma", category = "skupinova", targetGroup = "senioři", version = await VersionAsync(plan) })).GetProperty("id").GetInt32();
        var goal = (await PostAsync($"{Base}/{plan}/polozky", new { parentId = priority, title = "Péče v domácnosti", version = await VersionAsync(plan) })).GetProperty("id").GetInt32();
        var measure = (await PostAsync($"{Base}/{plan}/polozky", new
        {
            parentId = goal, title = "Odlehčovací služba", responsible = "Charita", fromYear = 2026, toYear = 2027,
            costs = new[] { new { year = 2026, source = "kraj", amount = 400_000L } }, version = await VersionAsync(plan),
        })).GetProperty("id").GetInt32();
        return (plan, measure);
    }

    private async Task<IPage> SignInAsync(IBrowserContext context, string email, string to)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/ucet/prihlaseni?zpet=" + Uri.EscapeDataString(to));
        await page.AssertAccessibleAsync("přihlášení");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Heslo", new() { Exact = true }).FillAsync(KpssAppFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se" }).ClickAsync();
        return page;
    }

    private async Task CommentAsync(IBrowserContext context, int plan, string part, string text, string email)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/jihocesky/plany/{plan}");
        await page.GetByLabel("K části plánu").SelectOptionAsync(new SelectOptionValue { Label = part });
        await page.GetByLabel("Připomínka").FillAsync(text);
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Odeslat připomínku" }).ClickAsync();
        await Expect(page.Locator("#odeslano")).ToContainTextAsync("Zbývá potvrdit e-mail.");
        await page.AssertAccessibleAsync("plán v připomínkování");

        await host.RunJobAsync("notifications.outbox-dispatch");
        var link = new ReceivedMail("", host.MessagesTo(email).Last()).Link("Potvrdit připomínku");
        await page.GotoAsync(link);
        await page.GetByRole(AriaRole.Button, new() { Name = "Potvrdit připomínku" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Potvrdit připomínku" })).ToHaveCountAsync(0);
        await CheckAsync(page, "plan-comment-confirmed");
    }

    [Fact]
    public async Task APlanGoesFromDraftThroughCommentsAndApproval_ToAnAmendmentComparedWithTheApprovedEdition()
    {
        Directory.CreateDirectory(DeskAndHomeTests.Screenshots);
        var (plan, measure) = await CompleteDraftAsync();
        var options = new BrowserNewContextOptions { BaseURL = host.BaseUrl, Locale = "cs-CZ" };
        await using var coordinatorContext = await Chromium.NewContextAsync(options);
        var stage = $"/jihocesky/plany/priprava/{plan}/stav";
        var page = await SignInAsync(coordinatorContext, ClockHostOnKestrel.Coordinator, stage);
        try
        {
            // To comment for two weeks from today (2 March 2026).
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Stav a schválení", Level = 1 })).ToBeVisibleAsync();
            await page.GetByLabel("První den připomínkování").FillAsync("2026-03-02");
            await page.GetByLabel("Poslední den připomínkování").FillAsync("2026-03-16");
            await page.GetByRole(AriaRole.Button, new() { Name = "Dát k připomínkám" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Plán je dán k připomínkám; jeho text je po dobu připomínkování zmrazen.");
            await CheckAsync(page, "plan-lifecycle-in-comment");

            // Two people comment and confirm by the links they get.
            await using (var visitor = await Chromium.NewContextAsync(options))
            {
                await CommentAsync(visitor, plan, "Opatření 1.1.1 Odlehčovací služba", "Odlehčovací služba i o víkendech.", Jana);
                await CommentAsync(visitor, plan, "Plán jako celek", "Doplňte dostupnost služeb na Prachaticku.", Petr);
            }

            // The coordinator answers both and publishes the settlement; each writer gets the answer.
            await page.GotoAsync($"/jihocesky/plany/priprava/{plan}/pripominky?vydani=1");
            foreach (var (text, answer, reason) in new[]
            {
                ("Odlehčovací služba i o víkendech.", "CastecneAkceptovano", "Víkendy od roku 2027."),
                ("Doplňte dostupnost služeb na Prachaticku.", "Akceptovano", "Doplněno do analytické části."),
            })
            {
                var section = page.Locator("section.kpss-section", new() { HasText = text });
                await section.GetByLabel("Vypořádání").SelectOptionAsync(answer);
                await section.GetByLabel("Odůvodnění").FillAsync(reason);
                await section.GetByRole(AriaRole.Button, new() { Name = "Uložit odpověď" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Odpověď je uložena.");
            }
            await Expect(page.Locator("#zverejneni")).ToContainTextAsync("až připomínkování skončí");
            await CheckAsync(page, "plan-lifecycle-answers");

            // After the last day the period ends and the plan is a draft again; then the settlement goes out.
            host.Clock!.Advance(TimeSpan.FromDays(15));
            await page.GotoAsync(stage);
            await page.GetByRole(AriaRole.Button, new() { Name = "Ukončit připomínkování a zapracovat připomínky" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Připomínkování je ukončeno; plán je opět návrh, do kterého lze zapracovat připomínky.");
            await page.GotoAsync($"/jihocesky/plany/priprava/{plan}/pripominky?vydani=1");
            await page.GetByRole(AriaRole.Button, new() { Name = "Zveřejnit vypořádání a poslat odpovědi" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Vypořádání je zveřejněno");
            await host.RunJobAsync("notifications.outbox-dispatch");
            Assert.Contains("Víkendy od roku 2027.", host.MessagesTo(Jana).Last().Text("text/plain"));
            Assert.Contains("Doplněno do analytické části.", host.MessagesTo(Petr).Last().Text("text/plain"));

            // The regional admin records the approval.
            await using (var adminContext = await Chromium.NewContextAsync(options))
            {
                var admin = await SignInAsync(adminContext, ClockHostOnKestrel.Admin, stage);
                await admin.GetByLabel("Číslo usnesení (např. 211/2023/ZK-27)").FillAsync("211/2026/ZK-27");
                await admin.GetByLabel("Datum schválení").FillAsync("2026-03-17");
                await CheckAsync(admin, "plan-lifecycle-approval");
                await admin.GetByRole(AriaRole.Button, new() { Name = "Zaznamenat schválení" }).ClickAsync();
                await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync("Schválení je zaznamenáno; schválené vydání je zmrazeno a zveřejněno.");
            }

            // The amendment changes one measure; the comparison with the approved edition shows exactly that.
            await page.GotoAsync(stage);
            await page.GetByRole(AriaRole.Button, new() { Name = "Začít aktualizaci (2. vydání)" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Aktualizace je založena jako nový návrh");
            await page.AssertAccessibleAsync("aktualizace plánu");
            await page.GotoAsync($"/jihocesky/plany/priprava/{plan}/polozka/{measure}");
            await page.AssertAccessibleAsync("položka plánu");
            await page.GetByLabel("Název", new() { Exact = true }).FillAsync("Odlehčovací služba i o víkendech");
            await page.GetByRole(AriaRole.Button, new() { Name = "Uložit položku" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Položka je uložena.");
            await page.AssertAccessibleAsync("plán s uloženou položkou");
            await page.GotoAsync(stage);
            await page.GetByRole(AriaRole.Link, new() { Name = "1. vydání a dnešní text" }).Last.ClickAsync();
            var changed = page.Locator("table.kpss-strategy tbody tr");
            await Expect(changed).ToHaveCountAsync(1);
            await Expect(changed.First).ToContainTextAsync("1.1.1");
            await Expect(changed.First).ToContainTextAsync("Odlehčovací služba i o víkendech");
            await CheckAsync(page, "plan-lifecycle-compare");
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            throw new Xunit.Sdk.XunitException($"Browser test failed at {page.Url}: {ex.Message}");
        }
    }

    private static async Task CheckAsync(IPage page, string shot)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(DeskAndHomeTests.Screenshots, shot + ".png"), FullPage = true });
        await page.AssertAccessibleAsync(shot);
    }
}
