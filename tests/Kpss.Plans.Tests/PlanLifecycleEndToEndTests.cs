using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kpss.Modules.Abstractions.Security;
using Kpss.Testing;

namespace Kpss.Plans.Tests;

/// <summary>The host sending by SMTP to a real server (aiosmtpd), on a clock the test moves.</summary>
public sealed class PlansSmtpHost : KpssAppFactory
{
    public PlansSmtpHost()
    {
        Clock = new FakeClock(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        Settings["Mail:Transport"] = "Smtp";
        Settings["Mail:Smtp:Host"] = "127.0.0.1";
        Settings["Mail:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Settings["Notifications:DispatchEnabled"] = "false";
    }

    public SmtpServer Smtp { get; } = new();

    public override async Task InitializeAsync()
    {
        await Smtp.InitializeAsync();
        await base.InitializeAsync();
        await CreateUserAsync(PlansHost.Coordinator, KpssRoles.Coordinator, "CZ031");
        await CreateUserAsync(PlansHost.Admin, KpssRoles.RegionalAdmin, "CZ031");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

/// <summary>
/// A plan's whole way, as its users go it: a complete draft goes to comment; two people comment and confirm by the
/// links that reach them at a real SMTP server; the coordinator answers; the settlement is published and both get
/// their answer there; the regional admin records approval; an amendment changes one measure's money, and the
/// comparison of the approved edition with the new draft shows exactly that measure.
/// </summary>
public sealed class PlanLifecycleEndToEndTests(PlansSmtpHost app) : IClassFixture<PlansSmtpHost>
{
    private Task DispatchAsync() => app.RunJobAsync("notifications.outbox-dispatch");

    [Fact]
    public async Task DraftCommentsAnswersSettlementApprovalAmendmentComparison()
    {
        var api = new PlansClient(await app.SignedInClientAsync(PlansHost.Coordinator), "jihocesky");
        var admin = new PlansClient(await app.SignedInClientAsync(PlansHost.Admin), "jihocesky");
        var visitor = app.AnonymousClient();
        var (plan, measure) = await api.CompletePlanAsync("Střednědobý plán od návrhu po aktualizaci");
        await PlansClient.EnsureOkAsync(await api.Http.PostAsJsonAsync($"{api.Base}/{plan}/pripominkovani",
            new { commentsFrom = "2026-03-02", commentsTo = "2026-03-20", version = await api.VersionAsync(plan) }));

        // Two people comment and confirm by the link each receives.
        var writers = new[] { ("anna@pecujici.test.example", "polozka:1.1.1", "Navyšte odlehčovací službu."), ("petr@obec.test.example", "", "Plán je srozumitelný.") };
        foreach (var (email, target, text) in writers)
        {
            var sent = await KpssAppFactory.PostFormAsync(visitor, $"/jihocesky/plany/{plan}", new()
            {
                ["Comment.Target"] = target, ["Comment.Text"] = text, ["Comment.Email"] = email, ["Comment.AuthorName"] = email.Split('@')[0],
            });
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        }
        await DispatchAsync();
        foreach (var (email, _, _) in writers)
        {
            var mail = Assert.Single(await app.Smtp.WaitForAsync(m => m.IsTo(email) && m.Subject.StartsWith("Potvrďte připomínku", StringComparison.Ordinal), 1));
            var link = new Uri(mail.Link("Potvrdit připomínku")).PathAndQuery;
            Assert.Equal(HttpStatusCode.OK, (await KpssAppFactory.PostFormAsync(visitor, link, [])).StatusCode);
        }

        // The period ends; the coordinator answers both comments and publishes the settlement.
        app.Clock!.Set(new DateTime(2026, 3, 23, 8, 0, 0, DateTimeKind.Utc));
        await PlansClient.EnsureOkAsync(await api.Http.PostAsJsonAsync($"{api.Base}/{plan}/pripominkovani/konec", new { version = await api.VersionAsync(plan) }));
        var url = $"/jihocesky/plany/priprava/{plan}/pripominky";
        var page = await api.Http.GetStringAsync(url);
        var ids = System.Text.RegularExpressions.Regex.Matches(page, "name=\"commentId\" value=\"(\\d+)\"").Select(m => m.Groups[1].Value).ToList();
        var versions = System.Text.RegularExpressions.Regex.Matches(page, "name=\"version\" value=\"(\\d+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, ids.Count);
        string[] answers = ["CastecneAkceptovano", "BereSeNaVedomi"];
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await KpssAppFactory.PostFormAsync(api.Http, url + "?handler=Answer", new()
            {
                ["vydani"] = "1", ["commentId"] = ids[i], ["version"] = versions[i], ["answer"] = answers[i], ["reason"] = i == 0 ? "Navýšení o polovinu v roce 2026." : "",
            }, formPageUrl: url)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await KpssAppFactory.PostFormAsync(api.Http, url + "?handler=Publish", new() { ["vydani"] = "1" }, formPageUrl: url)).StatusCode);
        await DispatchAsync();
        var anna = Assert.Single(await app.Smtp.WaitForAsync(m => m.IsTo("anna@pecujici.test.example") && m.Subject.StartsWith("Vypořádání", StringComparison.Ordinal), 1));
        Assert.Contains("částečně akceptováno", anna.Message.Text("text/plain"));
        Assert.Contains("Navýšení o polovinu v roce 2026.", anna.Message.Text("text/plain"));
        Assert.Single(await app.Smtp.WaitForAsync(m => m.IsTo("petr@obec.test.example") && m.Subject.StartsWith("Vypořádání", StringComparison.Ordinal), 1));

        // Approval, then an amendment that changes one measure's money.
        await PlansClient.EnsureOkAsync(await admin.Http.PostAsJsonAsync($"{api.Base}/{plan}/schvaleni",
            new { resolution = "211/2026/ZK-27", approvedOn = "2026-03-23", version = await api.VersionAsync(plan) }));
        Assert.Contains("usnesení 211/2026/ZK-27 ze dne 23. 3. 2026", await visitor.GetStringAsync("/jihocesky/plany"));
        await PlansClient.EnsureOkAsync(await api.Http.PostAsJsonAsync($"{api.Base}/{plan}/aktualizace", new { version = await api.VersionAsync(plan) }));
        var goal = (await api.GetAsync(plan)).GetProperty("priorities")[0].GetProperty("children")[0].GetProperty("id").GetInt32();
        await PlansClient.EnsureOkAsync(await api.Http.PutAsJsonAsync($"{api.Base}/{plan}/polozky/{measure}", new
        {
            parentId = goal, title = "Odlehčovací služba", responsible = "Charita", partners = "obce", workingGroup = "PS Senioři", fromYear = 2025, toYear = 2026,
            costs = new object[] { new { year = 2025, source = "kraj", amount = 400_000L }, new { year = 2026, source = "mpsv", amount = 900_000L } },
            indicators = new object[] { new { name = "kapacita", unit = "lůžek", target = 10m, year = 2026 } }, version = await api.VersionAsync(plan),
        }));

        var difference = await api.Http.GetFromJsonAsync<JsonElement>($"{api.Base}/{plan}/porovnani?od=1&do=navrh");
        var change = Assert.Single(difference.GetProperty("items").EnumerateArray());
        Assert.Equal(("Changed", "1.1.1"), (change.GetProperty("kind").GetString(), change.GetProperty("code").GetString()));
        Assert.Equal((1_000_000, 1_300_000), (change.GetProperty("moneyBefore").GetInt64(), change.GetProperty("moneyAfter").GetInt64()));
        // The public still reads the approved edition while the amendment is a draft.
        Assert.Contains("600&#xA0;000&#xA0;Kč", await visitor.GetStringAsync($"/jihocesky/plany/{plan}"));
    }
}
