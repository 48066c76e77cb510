using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kpss.Plans.Tests;

/// <summary>
/// A plan's chapters in its kraj's format (the platform's vyhláška 505 § 39a, or the kraj plugin's once enabled), the
/// completeness check in Czech, bad plan input, and another kraj's people, members and visitors kept out.
/// </summary>
public sealed class PlanTests(PlansHost app) : IClassFixture<PlansHost>
{
    private static List<string> Titles(JsonElement plan) =>
        plan.GetProperty("chapters").EnumerateArray().Select(c => c.GetProperty("title").GetString()!).ToList();

    private static List<string> Missing(JsonElement plan) =>
        plan.GetProperty("missing").EnumerateArray().Select(m => m.GetString()!).ToList();

    [Fact]
    public async Task WithoutAPlugin_APlanHasTheFivePartsOfVyhlaska505_AllMissingAtFirst()
    {
        var api = await app.ClientAsync(PlansHost.OtherCoordinator, "jihomoravsky");

        var plan = await api.GetAsync(await api.CreateAsync(PlansClient.Sprss("SPRSS Jihomoravského kraje 2025–2027")));

        Assert.Equal(["Popisná část", "Analytická část", "Vyhodnocení předchozího plánu", "Strategická část", "Způsob zajištění sítě sociálních služeb"], Titles(plan));
        Assert.Equal(
        [
            "Chybí kapitola „Popisná část“.", "Chybí kapitola „Analytická část“.", "Chybí kapitola „Vyhodnocení předchozího plánu“.",
            "Chybí kapitola „Strategická část“.", "Chybí kapitola „Způsob zajištění sítě sociálních služeb“.", "Strategická část nemá žádnou prioritu.",
        ], Missing(plan));
        Assert.Equal(("Navrh", 1), (plan.GetProperty("state").GetString(), plan.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task TheJihoceskyPlugin_GivesItsChaptersAndMandatoryMoney_AndTheCheckListsOnlyWhatIsStillMissing()
    {
        var admin = await app.SignedInClientAsync(PlansHost.Admin);
        await PlansClient.EnsureOkAsync(await admin.PutAsJsonAsync("/api/kraje/jihocesky/pluginy/jihocesky", new { enabled = true }));
        var api = await app.ClientAsync();
        var id = await api.CreateAsync(PlansClient.Sprss("SPRSS Jihočeského kraje 2025–2027"));
        foreach (var key in new[] { "popisna", "analyticka", "vyhodnoceni", "strategicka", "sit" })
            await api.SaveChapterAsync(id, key, $"## {key}\n\nText kapitoly.");
        var p = await api.AddItemAsync(id, new() { ["parentId"] = null, ["title"] = "Senioři", ["category"] = "skupinova", ["targetGroup"] = "senioři" });
        var g = await api.AddItemAsync(id, new() { ["parentId"] = p, ["title"] = "Péče doma" });
        var m = await api.AddItemAsync(id, new() { ["parentId"] = g, ["title"] = "Pečovatelská služba večer", ["responsible"] = "Město Tábor" });
        // An activity needs its own responsible party and period (both years), as the format requires of a measure.
        await api.AddItemAsync(id, new() { ["parentId"] = m, ["title"] = "Večerní směny", ["fromYear"] = 2026, ["toYear"] = 2026, ["responsible"] = "Charita" });
        await api.AddItemAsync(id, new() { ["parentId"] = m, ["title"] = "Nábor pečovatelek" });
        var empty = await api.AddItemAsync(id, new() { ["parentId"] = null, ["title"] = "Spolupráce", ["category"] = "systemova" });

        var plan = await api.GetAsync(id);

        Assert.Equal("Síť sociálních služeb Jihočeského kraje (základní a podmíněná část)", Titles(plan)[4]);
        Assert.Equal("Přílohy", Titles(plan)[5]);
        Assert.False(plan.GetProperty("chapters")[5].GetProperty("mandatory").GetBoolean());
        Assert.Equal(
        [
            "Opatření 1.1.1 „Pečovatelská služba večer“: chybí období, financování.",
            "Aktivita 1.1.1.2 „Nábor pečovatelek“: chybí odpovědný subjekt, období.",
            "Priorita 2 „Spolupráce“ nemá žádný cíl.",
        ], Missing(plan));
        Assert.Contains("Jihočeského kraje", plan.GetProperty("formatSource").GetString());
        Assert.True(empty > 0);
    }

    public static TheoryData<string, object, string, string> BadPlans => new()
    {
        { "bez názvu", new { kind = "Sprss", title = " ", fromYear = 2025, toYear = 2027, area = "kraj", approvingBody = "ZK" }, "Title", "Vyplňte název plánu." },
        { "obrácené období", new { kind = "Sprss", title = "Plán", fromYear = 2027, toYear = 2025, area = "kraj", approvingBody = "ZK" }, "ToYear", "Období plánu nemůže končit dřív, než začíná." },
        { "rok 1990", new { kind = "Sprss", title = "Plán", fromYear = 1990, toYear = 2025, area = "kraj", approvingBody = "ZK" }, "FromYear", "Rok musí být mezi 2000 a 2100." },
        { "bez území", new { kind = "Komunitni", title = "Plán", fromYear = 2025, toYear = 2027, approvingBody = "ZM" }, "Area", "Vyplňte území plánu." },
        { "akční bez plánu", new { kind = "Akcni", title = "Akční plán", fromYear = 2025, toYear = 2025, area = "kraj", approvingBody = "ZK" }, "ParentPlanId", "Akční plán patří k plánu, který provádí: vyberte ho." },
        { "akční k neexistujícímu", new { kind = "Akcni", title = "Akční plán", fromYear = 2025, toYear = 2025, area = "kraj", approvingBody = "ZK", parentPlanId = 999_999 }, "ParentPlanId", "Plán, ke kterému akční plán patří, v tomto kraji neexistuje." },
        { "nadřazený u SPRSS", new { kind = "Sprss", title = "Plán", fromYear = 2025, toYear = 2027, area = "kraj", approvingBody = "ZK", parentPlanId = 1 }, "ParentPlanId", "Nadřazený plán má jen akční plán." },
    };

    [Theory]
    [MemberData(nameof(BadPlans))]
    public async Task EachBadPlan_IsRefusedWithItsOwnMessage_AndNothingIsCreated(string bad, object plan, string field, string message)
    {
        var api = await app.ClientAsync();
        var before = (await api.Http.GetFromJsonAsync<JsonElement>(api.Base)).GetArrayLength();

        var errors = await PlansClient.ErrorsAsync(await api.Http.PostAsJsonAsync(api.Base, plan));

        Assert.True(errors.Keys.SequenceEqual([field]), $"{bad}: {string.Join("; ", errors.Select(e => e.Key + ": " + string.Join(", ", e.Value)))}");
        Assert.Equal([message], errors[field]);
        Assert.Equal(before, (await api.Http.GetFromJsonAsync<JsonElement>(api.Base)).GetArrayLength());
    }

    [Fact]
    public async Task AnActionPlan_IsForOneYearOfItsParentsPeriod()
    {
        var api = await app.ClientAsync();
        var parent = await api.CreateAsync(PlansClient.Sprss("Plán pro akční plány"));
        object Action(int from, int to) => new { kind = "Akcni", title = $"Akční plán {from}", fromYear = from, toYear = to, area = "kraj", approvingBody = "ZK", parentPlanId = parent };

        var twoYears = await PlansClient.ErrorsAsync(await api.Http.PostAsJsonAsync(api.Base, Action(2025, 2026)));
        var outside = await PlansClient.ErrorsAsync(await api.Http.PostAsJsonAsync(api.Base, Action(2028, 2028)));
        var ok = await api.CreateAsync(Action(2026, 2026));

        Assert.Equal(["Akční plán je na jeden rok: první a poslední rok musí být stejný."], twoYears["ToYear"]);
        Assert.Equal(["Rok akčního plánu musí ležet v období plánu, který provádí (2025–2027)."], outside["FromYear"]);
        Assert.Equal(parent, (await api.GetAsync(ok)).GetProperty("parentPlanId").GetInt32());
        var nested = await PlansClient.ErrorsAsync(await api.Http.PostAsJsonAsync(api.Base,
            new { kind = "Akcni", title = "Akční k akčnímu", fromYear = 2026, toYear = 2026, area = "kraj", approvingBody = "ZK", parentPlanId = ok }));
        Assert.Equal(["Akční plán patří ke střednědobému nebo komunitnímu plánu, ne k jinému akčnímu plánu."], nested["ParentPlanId"]);
    }

    [Fact]
    public async Task AnotherKrajsCoordinator_AMember_AndAVisitor_NeitherReadNorChangeAPlan()
    {
        var api = await app.ClientAsync();
        var plan = await api.CreateAsync(PlansClient.Sprss("Plán jen pro Jihočeský kraj"));
        await api.SaveChapterAsync(plan, "analyticka", "Důvěrný rozpracovaný text.");
        var version = await api.VersionAsync(plan);
        var other = await app.SignedInClientAsync(PlansHost.OtherCoordinator);
        var member = await app.SignedInClientAsync(PlansHost.Member);
        var visitor = app.AnonymousClient();

        // Under its own kraj's address the plan does not exist for another kraj; under this kraj's address it is forbidden.
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/kraje/jihomoravsky/plany/{plan}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/kraje/jihomoravsky/plany/{plan}/kapitoly/analyticka", new { text = "Přepsáno.", version })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/kraje/jihomoravsky/plany/{plan}/polozky", new { title = "Cizí", category = "systemova", version })).StatusCode);
        Assert.DoesNotContain(plan, (await other.GetFromJsonAsync<JsonElement>("/api/kraje/jihomoravsky/plany")).EnumerateArray().Select(p => p.GetProperty("id").GetInt32()));
        foreach (var client in new[] { other, member })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/kraje/jihocesky/plany/{plan}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/kraje/jihocesky/plany/{plan}/kapitoly/analyticka", new { text = "Přepsáno.", version })).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.GetAsync($"/api/kraje/jihocesky/plany/{plan}")).StatusCode);

        var stored = await api.GetAsync(plan);
        Assert.Equal(version, stored.GetProperty("version").GetInt32());
        Assert.Equal("Důvěrný rozpracovaný text.", stored.GetProperty("chapters").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "analyticka").GetProperty("text").GetString());
        Assert.Equal(0, stored.GetProperty("priorities").GetArrayLength());
    }

    [Fact]
    public async Task ThePlansApi_IsDescribedByOpenApi_WithoutClashingWithOtherModulesTypes()
    {
        var document = await app.AnonymousClient().GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/kraje/{kraj}/plany/{planId}/porovnani", document);
        Assert.Contains("/api/kraje/{kraj}/plany/{planId}/schvaleni", document);
        Assert.Contains("\"PlanDifference\"", document);
        Assert.Contains("\"PlanVersionDto\"", document);
    }
}
