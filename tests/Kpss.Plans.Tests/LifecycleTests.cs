using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kpss.Plans.Tests;

/// <summary>
/// A plan's way through comments to approval and amendment: only a complete draft goes to comment, each bad date has
/// its message, the plan is frozen while in comment and after approval, only the regional admin records approval (never
/// with a date in the future), an amendment is a new edition compared with the approved one by codes and money, and
/// another kraj's people change nothing.
/// </summary>
public sealed class LifecycleTests(PlansClockHost app) : IClassFixture<PlansClockHost>
{
    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<HttpResponseMessage> PostAsync(PlansClient api, int plan, string path, object body) =>
        await api.Http.PostAsJsonAsync($"{api.Base}/{plan}/{path}", body);

    private async Task<HttpResponseMessage> OpenAsync(PlansClient api, int plan, DateOnly from, DateOnly to) =>
        await PostAsync(api, plan, "pripominkovani", new { commentsFrom = D(from), commentsTo = D(to), version = await api.VersionAsync(plan) });

    private static string State(JsonElement plan) => plan.GetProperty("state").GetString()!;

    [Fact]
    public async Task AnIncompleteDraft_DoesNotGoToComment_AndEachBadDateHasItsMessage()
    {
        var api = await app.ClientAsync();
        var draft = await api.CreateAsync(PlansClient.Sprss("Neúplný návrh"));
        var (plan, _) = await api.CompletePlanAsync("Úplný návrh s chybnými daty");
        var today = app.Today;

        var incomplete = await PlansClient.ErrorsAsync(await OpenAsync(api, draft, today, today.AddDays(30)));
        Assert.Contains("Plán ještě nelze dát k připomínkám: chybí kapitola „Analytická část“.", incomplete[""]);
        Assert.Contains("Plán ještě nelze dát k připomínkám: strategická část nemá žádnou prioritu.", incomplete[""]);

        var version = await api.VersionAsync(plan);
        Assert.Equal(["Připomínkování nemůže začít v minulosti."], (await PlansClient.ErrorsAsync(await OpenAsync(api, plan, today.AddDays(-1), today.AddDays(30))))["CommentsFrom"]);
        Assert.Equal(["Připomínkování nemůže skončit dřív, než začne."], (await PlansClient.ErrorsAsync(await OpenAsync(api, plan, today.AddDays(5), today.AddDays(4))))["CommentsTo"]);
        Assert.Equal(["Připomínkování může trvat nejvýše 180 dní."], (await PlansClient.ErrorsAsync(await OpenAsync(api, plan, today, today.AddDays(180))))["CommentsTo"]);
        Assert.Equal(["Zadejte poslední den připomínkování."], (await PlansClient.ErrorsAsync(
            await PostAsync(api, plan, "pripominkovani", new { commentsFrom = D(today), version })))["CommentsTo"]);

        Assert.Equal(("Navrh", version), (State(await api.GetAsync(plan)), await api.VersionAsync(plan)));
        Assert.Equal(("Navrh", 1), (State(await api.GetAsync(draft)), await api.VersionAsync(draft)));
        Assert.Equal(0, (await api.Http.GetFromJsonAsync<JsonElement>($"{api.Base}/{plan}/vydani")).GetArrayLength());
        // The longest period allowed: 180 days, both included.
        Assert.Equal(HttpStatusCode.OK, (await OpenAsync(api, plan, today, today.AddDays(179))).StatusCode);
    }

    [Fact]
    public async Task InComment_ThePlanIsFrozen_TheCommentPeriodEndsOnlyAfterItsLastDay_ThenTheDraftCanChangeAgain()
    {
        var api = await app.ClientAsync();
        var (plan, measure) = await api.CompletePlanAsync("Plán k připomínkám");
        var today = app.Today;

        Assert.Equal(HttpStatusCode.OK, (await OpenAsync(api, plan, today, today.AddDays(30))).StatusCode);
        var inComment = await api.GetAsync(plan);
        var change = await api.Http.PutAsJsonAsync($"{api.Base}/{plan}/polozky/{measure}",
            new { parentId = inComment.GetProperty("priorities")[0].GetProperty("children")[0].GetProperty("id").GetInt32(), title = "Přepsáno", version = await api.VersionAsync(plan) });
        var early = await PostAsync(api, plan, "pripominkovani/konec", new { version = await api.VersionAsync(plan) });
        var editions = await api.Http.GetFromJsonAsync<JsonElement>($"{api.Base}/{plan}/vydani");

        Assert.Equal("Pripominkovani", State(inComment));
        Assert.Equal(D(today.AddDays(30)), inComment.GetProperty("commentsTo").GetString());
        Assert.Contains("Plán už není návrh", string.Join(" ", (await PlansClient.ErrorsAsync(change))[""]));
        Assert.Contains($"Připomínkování trvá do {today.AddDays(30):d. M. yyyy}; ukončit ho lze až potom.", string.Join(" ", (await PlansClient.ErrorsAsync(early))[""]));
        Assert.Equal((1, "Pripominkovani"), (editions[0].GetProperty("edition").GetInt32(), editions[0].GetProperty("stage").GetString()));

        app.Clock!.Advance(TimeSpan.FromDays(31));
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(api, plan, "pripominkovani/konec", new { version = await api.VersionAsync(plan) })).StatusCode);
            await api.SaveChapterAsync(plan, "analyticka", "Doplněno podle připomínek.");
            var draft = await api.GetAsync(plan);
            var frozen = await api.Http.GetFromJsonAsync<JsonElement>($"{api.Base}/{plan}/porovnani?od=1&do=navrh");
            Assert.Equal("Navrh", State(draft));
            Assert.Equal(["Kapitola „Analytická část“ je změněna."], frozen.GetProperty("chapters").EnumerateArray().Select(c => c.GetString()!).ToArray());
        }
        finally
        {
            app.Clock.Advance(TimeSpan.FromDays(-31));
        }
    }

    [Fact]
    public async Task OnlyTheRegionalAdminRecordsApproval_NeverInTheFuture_AndTheApprovedEditionIsFrozen()
    {
        var api = await app.ClientAsync();
        var admin = await app.ClientAsync(PlansHost.Admin);
        var (plan, _) = await api.CompletePlanAsync("Plán ke schválení");
        object Approval(string? resolution, DateOnly on, int version) => new { resolution, approvedOn = D(on), version };

        var byCoordinator = await PostAsync(api, plan, "schvaleni", Approval("211/2026/ZK-27", app.Today, await api.VersionAsync(plan)));
        var future = await PlansClient.ErrorsAsync(await PostAsync(admin, plan, "schvaleni", Approval("211/2026/ZK-27", app.Today.AddDays(1), await api.VersionAsync(plan))));
        var noResolution = await PlansClient.ErrorsAsync(await PostAsync(admin, plan, "schvaleni", Approval(" ", app.Today, await api.VersionAsync(plan))));
        Assert.Equal(HttpStatusCode.Forbidden, byCoordinator.StatusCode);
        Assert.Equal(["Datum schválení nemůže být v budoucnosti."], future["ApprovedOn"]);
        Assert.Equal(["Vyplňte číslo usnesení."], noResolution["Resolution"]);
        Assert.Equal("Navrh", State(await api.GetAsync(plan)));

        var approved = await PostAsync(admin, plan, "schvaleni", Approval("211/2026/ZK-27", app.Today.AddDays(-3), await api.VersionAsync(plan)));
        var again = await PostAsync(admin, plan, "schvaleni", Approval("212/2026/ZK-27", app.Today, await api.VersionAsync(plan)));
        var chapter = await api.Http.PutAsJsonAsync($"{api.Base}/{plan}/kapitoly/analyticka", new { text = "Po schválení.", version = await api.VersionAsync(plan) });
        var editions = await api.Http.GetFromJsonAsync<JsonElement>($"{api.Base}/{plan}/vydani");

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("Schvaleny", State(await api.GetAsync(plan)));
        Assert.Contains("už je schválená", string.Join(" ", (await PlansClient.ErrorsAsync(again))[""]));
        Assert.Equal(HttpStatusCode.BadRequest, chapter.StatusCode);
        var edition = Assert.Single(editions.EnumerateArray());
        Assert.Equal(("Schvaleny", "211/2026/ZK-27", D(app.Today.AddDays(-3)), "Zastupitelstvo kraje"),
            (edition.GetProperty("stage").GetString(), edition.GetProperty("resolution").GetString(), edition.GetProperty("approvedOn").GetString(),
             edition.GetProperty("approvedBy").GetString()));
    }

    [Fact]
    public async Task AnAmendment_IsANewEdition_ComparedWithTheApprovedOneByCodesAndMoney_WhichStaysAsApproved()
    {
        var api = await app.ClientAsync();
        var admin = await app.ClientAsync(PlansHost.Admin);
        var (plan, measure) = await api.CompletePlanAsync("Plán s aktualizací");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(admin, plan, "schvaleni", new { resolution = "50/2026", approvedOn = D(app.Today), version = await api.VersionAsync(plan) })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(api, plan, "aktualizace", new { version = await api.VersionAsync(plan) })).StatusCode);
        var draft = await api.GetAsync(plan);
        var goal = draft.GetProperty("priorities")[0].GetProperty("children")[0].GetProperty("id").GetInt32();
        await PlansClient.EnsureOkAsync(await api.Http.PutAsJsonAsync($"{api.Base}/{plan}/polozky/{measure}", new
        {
            parentId = goal, title = "Odlehčovací služba", responsible = "Charita", partners = "obce", workingGroup = "PS Senioři", fromYear = 2025, toYear = 2026,
            costs = new object[] { new { year = 2025, source = "kraj", amount = 400_000L }, new { year = 2026, source = "mpsv", amount = 900_000L } },
            indicators = new object[] { new { name = "kapacita", unit = "lůžek", target = 10m, year = 2026 } }, version = await api.VersionAsync(plan),
        }));
        await api.AddItemAsync(plan, new() { ["parentId"] = goal, ["title"] = "Sdílená péče", ["responsible"] = "Město", ["fromYear"] = 2026, ["toYear"] = 2026,
            ["costs"] = new object[] { new { year = 2026, source = "obec", amount = 50_000L } } });

        var difference = await api.Http.GetFromJsonAsync<JsonElement>($"{api.Base}/{plan}/porovnani?od=1&do=navrh");
        var items = difference.GetProperty("items").EnumerateArray().ToList();
        var approvedAgain = await api.Http.GetFromJsonAsync<JsonElement>($"{api.Base}/{plan}/porovnani?od=1&do=1");

        Assert.Equal(2, draft.GetProperty("edition").GetInt32());
        Assert.Equal("Navrh", State(draft));
        Assert.Equal([("Changed", "1.1.1"), ("Added", "1.1.2")], items.Select(i => (i.GetProperty("kind").GetString(), i.GetProperty("code").GetString())).ToArray());
        Assert.Equal(["financování 2026, dotace MPSV: 600\u00A0000\u00A0Kč → 900\u00A0000\u00A0Kč"], items[0].GetProperty("details").EnumerateArray().Select(d => d.GetString()!).ToArray());
        Assert.Equal((1_000_000, 1_350_000), (difference.GetProperty("totalBefore").GetInt64(), difference.GetProperty("totalAfter").GetInt64()));
        Assert.Equal(0, approvedAgain.GetProperty("items").GetArrayLength()); // the approved edition did not move with the draft
        Assert.Equal(HttpStatusCode.NotFound, (await api.Http.GetAsync($"{api.Base}/{plan}/porovnani?od=1&do=7")).StatusCode);
    }

    [Fact]
    public async Task AnotherKrajsPeople_NeitherMoveAPlanNorReadItsEditions()
    {
        var api = await app.ClientAsync();
        var (plan, _) = await api.CompletePlanAsync("Plán Jihočeského kraje");
        var version = await api.VersionAsync(plan);
        var other = await app.ClientAsync(PlansHost.OtherCoordinator, "jihomoravsky");

        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other, plan, "pripominkovani",
            new { commentsFrom = D(app.Today), commentsTo = D(app.Today.AddDays(10)), version })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"{other.Base}/{plan}/vydani")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"{other.Base}/{plan}/porovnani?od=navrh&do=navrh")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Http.PostAsJsonAsync($"{api.Base}/{plan}/aktualizace", new { version })).StatusCode);
        Assert.Equal(("Navrh", version), (State(await api.GetAsync(plan)), await api.VersionAsync(plan)));
    }
}
