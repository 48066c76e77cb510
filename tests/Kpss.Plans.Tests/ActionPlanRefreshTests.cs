using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kpss.Plans.Tests;

/// <summary>
/// An action plan of year Y carries exactly the parent's changes of the network of year Y. When the parent is amended,
/// the action plan is offered a reviewed refresh — what would change, then apply — never a silent one: items taken over
/// are brought up to the parent, new ones of the year come in, ones the parent dropped go, the action plan's own stay.
/// </summary>
public sealed class ActionPlanRefreshTests(PlansHost app) : IClassFixture<PlansHost>
{
    private static IEnumerable<JsonElement> All(JsonElement items) =>
        items.EnumerateArray().SelectMany(i => new[] { i }.Concat(All(i.GetProperty("children"))));

    private static Dictionary<string, JsonElement> ByCode(JsonElement plan) =>
        All(plan.GetProperty("priorities")).ToDictionary(i => i.GetProperty("code").GetString()!);

    private static object Change(int year, int capacity) => new { year, kind = "44", form = "pobytová", capacity, unit = "lůžka" };

    /// <summary>A measure with every field the default format requires, so its plan can still be approved.</summary>
    private static Dictionary<string, object?> Measure(int goal, string title, int from, int to) => new()
    {
        ["parentId"] = goal, ["title"] = title, ["responsible"] = "Město", ["partners"] = "obce", ["workingGroup"] = "PS Senioři", ["fromYear"] = from, ["toYear"] = to,
        ["costs"] = new object[] { new { year = from, source = "obec", amount = 10_000L } },
        ["indicators"] = new object[] { new { name = "klientů", unit = "osob", target = 5m, year = from } },
    };

    private static object NewAction(int parent, int year) =>
        new { kind = "Akcni", title = $"Akční plán {year}", fromYear = year, toYear = year, area = "kraj", approvingBody = "Rada", parentPlanId = parent };

    [Fact]
    public async Task AnActionPlan_CarriesOnlyTheChangesOfItsYear()
    {
        var api = await app.ClientAsync();
        var parent = await api.CreateAsync(PlansClient.Sprss("Plán se změnami sítě po letech", 2025, 2027));
        var p = await api.AddItemAsync(parent, new() { ["title"] = "Senioři", ["category"] = "skupinova", ["targetGroup"] = "senioři" });
        var g = await api.AddItemAsync(parent, new() { ["parentId"] = p, ["title"] = "Pobytové služby" });
        await api.AddItemAsync(parent, new() { ["parentId"] = g, ["title"] = "Odlehčovací služba", ["fromYear"] = 2025, ["toYear"] = 2027,
            ["capacities"] = new[] { Change(2025, 4), Change(2026, 6), Change(2027, 2) } });
        // A measure without a period whose only tie to 2026 is its change of the network.
        await api.AddItemAsync(parent, new() { ["parentId"] = g, ["title"] = "Nový domov", ["capacities"] = new[] { Change(2026, 20) } });

        var action = await api.GetAsync(await api.CreateAsync(NewAction(parent, 2026)));
        var items = ByCode(action);

        Assert.Equal(["2026 6"], items["1.1.1"].GetProperty("capacities").EnumerateArray().Select(c => $"{c.GetProperty("year")} {c.GetProperty("capacity")}"));
        Assert.Equal(["2026 20"], items["1.1.2"].GetProperty("capacities").EnumerateArray().Select(c => $"{c.GetProperty("year")} {c.GetProperty("capacity")}"));
    }

    [Fact]
    public async Task AfterTheParentIsAmended_TheActionPlanIsShownWhatWouldChange_ThenTakesItOver()
    {
        var api = await app.ClientAsync();
        var admin = await app.ClientAsync(PlansHost.Admin);
        var (parent, measure) = await api.CompletePlanAsync("SPRSS k aktualizaci", 2025, 2027);
        var goal = ByCode(await api.GetAsync(parent))["1.1"].GetProperty("id").GetInt32();
        var gone = await api.AddItemAsync(parent, Measure(goal, "Opatření, které aktualizace zruší", 2026, 2026));
        await ApproveAsync(admin, parent, "10/2025/ZK-1", "2025-06-20");
        var actionId = await api.CreateAsync(NewAction(parent, 2026));
        var actionGoal = ByCode(await api.GetAsync(actionId))["1.1"].GetProperty("id").GetInt32();
        var own = await api.AddItemAsync(actionId, new() { ["parentId"] = actionGoal, ["title"] = "Vlastní opatření akčního plánu" });
        Assert.Equal(["1", "1.1", "1.1.1", "1.1.2", "1.1.3"], ByCode(await api.GetAsync(actionId)).Keys);
        Assert.Empty((await PreviewAsync(api, actionId)).GetProperty("items").EnumerateArray());

        // The parent is amended: its measure gets more money and a change of the network in 2026, the other measure goes,
        // and a new one of 2026 comes — whose number 1.1.3 the action plan's own measure already has.
        await PlansClient.EnsureOkAsync(await api.Http.PostAsJsonAsync($"{api.Base}/{parent}/aktualizace", new { version = await api.VersionAsync(parent) }));
        await PlansClient.EnsureOkAsync(await api.Http.PutAsJsonAsync($"{api.Base}/{parent}/polozky/{measure}", new
        {
            parentId = goal, title = "Odlehčovací služba", responsible = "Charita", partners = "obce", workingGroup = "PS Senioři", fromYear = 2025, toYear = 2026,
            costs = new object[] { new { year = 2025, source = "kraj", amount = 400_000L }, new { year = 2026, source = "mpsv", amount = 800_000L } },
            indicators = new object[] { new { name = "kapacita", unit = "lůžek", target = 10m, year = 2026 } },
            capacities = new[] { Change(2026, 6) }, version = await api.VersionAsync(parent),
        }));
        var removed = await api.Http.DeleteAsync($"{api.Base}/{parent}/polozky/{gone}?verze={await api.VersionAsync(parent)}");
        await PlansClient.EnsureOkAsync(removed);
        await api.AddItemAsync(parent, Measure(goal, "Nové opatření aktualizace", 2026, 2027));
        await api.AddItemAsync(parent, new() { ["title"] = "Nová priorita aktualizace", ["category"] = "systemova" });
        var newPriority = ByCode(await api.GetAsync(parent))["2"].GetProperty("id").GetInt32();
        var newGoal = await api.AddItemAsync(parent, new() { ["parentId"] = newPriority, ["title"] = "Nový cíl" });
        await api.AddItemAsync(parent, Measure(newGoal, "Opatření nové priority", 2026, 2026));

        // While the amendment is a draft, nothing is taken over.
        var during = await PreviewAsync(api, actionId);
        Assert.StartsWith("Nadřazený plán se právě aktualizuje (2. vydání", during.GetProperty("refusal").GetString());
        var refused = await api.Http.PostAsJsonAsync($"{api.Base}/{actionId}/z-nadrazeneho", new { version = await api.VersionAsync(actionId) });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.DoesNotContain("nadrazeny-zmenen", await api.Http.GetStringAsync($"/jihocesky/plany/priprava/{actionId}"));

        await ApproveAsync(admin, parent, "20/2026/ZK-2", "2026-06-20");
        Assert.Contains("id=\"nadrazeny-zmenen\"", await api.Http.GetStringAsync($"/jihocesky/plany/priprava/{actionId}"));
        var before = await api.GetAsync(actionId);
        var preview = await PreviewAsync(api, actionId);
        var changes = preview.GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("code").GetString()!, i => i.GetProperty("kind").GetString());

        Assert.Equal(JsonValueKind.Null, preview.GetProperty("refusal").ValueKind);
        Assert.Equal((2, 1), (preview.GetProperty("parentEdition").GetInt32(), preview.GetProperty("takenEdition").GetInt32()));
        Assert.Equal(new Dictionary<string, string?>
        {
            ["1.1.1"] = "Changed", ["1.1.2"] = "Removed", ["2"] = "Added", ["2.1"] = "Added", ["2.1.1"] = "Added",
        }, changes);
        var details = string.Join("\n", preview.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "1.1.1")
            .GetProperty("details").EnumerateArray().Select(d => d.GetString()));
        Assert.Contains("financování 2026, dotace MPSV: 600\u00A0000\u00A0Kč → 800\u00A0000\u00A0Kč", details);
        Assert.Contains("2026: § 44 odlehčovací služby, pobytová: +6 lůžek", details);
        Assert.Equal(["Položku 1.1.3 „Nové opatření aktualizace“ nadřazeného plánu nelze převzít: akční plán má pod stejným kódem vlastní položku."],
            preview.GetProperty("skipped").EnumerateArray().Select(x => x.GetString()));
        // The review itself changed nothing.
        Assert.Equal(before.ToString(), (await api.GetAsync(actionId)).ToString());

        var applied = await api.Http.PostAsJsonAsync($"{api.Base}/{actionId}/z-nadrazeneho", new { version = await api.VersionAsync(actionId) });
        await PlansClient.EnsureOkAsync(applied);
        var after = ByCode(await api.GetAsync(actionId));

        Assert.Equal(["1", "1.1", "1.1.1", "1.1.3", "2", "2.1", "2.1.1"], after.Keys);
        Assert.Equal("Vlastní opatření akčního plánu", after["1.1.3"].GetProperty("title").GetString());
        Assert.Equal(own, after["1.1.3"].GetProperty("id").GetInt32());
        Assert.Equal(800_000, after["1.1.1"].GetProperty("totals").GetProperty("total").GetInt64());
        Assert.Equal(6, after["1.1.1"].GetProperty("capacities")[0].GetProperty("capacity").GetInt32());
        Assert.Contains("Nové opatření aktualizace", (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("warnings")[0].GetString());
        // Taken over: nothing more to offer, and the notice is gone.
        Assert.Empty((await PreviewAsync(api, actionId)).GetProperty("items").EnumerateArray());
        Assert.DoesNotContain("nadrazeny-zmenen", await api.Http.GetStringAsync($"/jihocesky/plany/priprava/{actionId}"));
    }

    [Fact]
    public async Task OnlyAnActionPlan_IsRefreshed_AndAStaleVersionOrAnotherKraj_ChangesNothing()
    {
        var api = await app.ClientAsync();
        var plan = await api.CreateAsync(PlansClient.Sprss("Plán, který není akční"));
        var action = await api.CreateAsync(NewAction(plan, 2026));

        var notAction = await api.Http.PostAsJsonAsync($"{api.Base}/{plan}/z-nadrazeneho", new { version = await api.VersionAsync(plan) });
        Assert.Equal(["Z nadřazeného plánu přebírá položky jen akční plán."], (await PlansClient.ErrorsAsync(notAction))[""]);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Http.GetAsync($"{api.Base}/{plan}/z-nadrazeneho")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.Http.PostAsJsonAsync($"{api.Base}/{action}/z-nadrazeneho", new { version = 99 })).StatusCode);

        var other = await app.ClientAsync(PlansHost.OtherCoordinator, "jihomoravsky");
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"{other.Base}/{action}/z-nadrazeneho")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.PostAsJsonAsync($"{other.Base}/{action}/z-nadrazeneho", new { version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Http.PostAsJsonAsync($"{api.Base}/{action}/z-nadrazeneho", new { version = 1 })).StatusCode);
    }

    private static async Task<JsonElement> PreviewAsync(PlansClient api, int actionPlan) =>
        await api.Http.GetFromJsonAsync<JsonElement>($"{api.Base}/{actionPlan}/z-nadrazeneho");

    private static async Task ApproveAsync(PlansClient admin, int plan, string resolution, string on) =>
        await PlansClient.EnsureOkAsync(await admin.Http.PostAsJsonAsync($"{admin.Base}/{plan}/schvaleni",
            new { resolution, approvedOn = on, version = await admin.VersionAsync(plan) }));
}
