using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kpss.Modules.Abstractions.Security;

namespace Kpss.Plans.Tests;

/// <summary>
/// A kraj's action plan carries the kraj's network of social services as of 1 January of its year, from the catalogue's
/// history (parts in numbers, the services with capacity and úvazky), and what changed against 1 January of the year
/// before; the approved plan keeps the network as it was; another kraj's network and other kinds of plan have none of it;
/// the DOCX has the tables.
/// </summary>
public sealed class ActionPlanNetworkTests(ActionPlanNetworkTests.Host app) : IClassFixture<ActionPlanNetworkTests.Host>
{
    public const string OtherAdmin = "admin@plany-jm.test.example";

    /// <summary>The clock host (2 March 2026) with Jihomoravský kraj's regional admin as well.</summary>
    public sealed class Host : PlansClockHost
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await CreateUserAsync(OtherAdmin, KpssRoles.RegionalAdmin, "CZ064");
        }
    }

    private static object Service(string id, string name, string paragraph, string orp, string ico = "00246875") => new
    {
        identifikator = id, nazev = name, druhSocialniSluzby = "§ " + paragraph,
        poskytovatel = new { ico, nazev = ico == "00246875" ? "Město Jindřichův Hradec" : "Statutární město Brno" },
        formy = new[] { new { forma = "pobytová", kapacity = new[] { new { hodnota = 20, jednotka = "lůžka" } } } },
        zarizeni = new[] { new { adresa = "Nádražní 12", obec = orp, orp } },
        ciloveSkupiny = new[] { "senioři" }, platnostOd = "2012-07-01",
    };

    private async Task<Dictionary<string, int>> ImportAsync(HttpClient client, string kraj, params object[] services)
    {
        var response = await client.PostAsJsonAsync($"/api/kraje/{kraj}/katalog/import?format=json", new { sluzby = services });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var all = await app.AnonymousClient().GetFromJsonAsync<JsonElement>($"/api/kraje/{kraj}/katalog?velikost=50");
        return all.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!, i => i.GetProperty("id").GetInt32());
    }

    private static async Task PlaceAsync(HttpClient admin, string kraj, int service, object network) =>
        await PlansClient.EnsureOkAsync(await admin.PutAsJsonAsync($"/api/kraje/{kraj}/katalog/{service}/sit", network));

    private static async Task<int> ActionPlanAsync(PlansClient api, int parent, int year)
    {
        var plan = await api.CreateAsync(new { kind = "Akcni", title = $"Akční plán kraje {year}", fromYear = year, toYear = year, area = "kraj", approvingBody = "Zastupitelstvo kraje", parentPlanId = parent });
        foreach (var chapter in (await api.GetAsync(plan)).GetProperty("chapters").EnumerateArray())
            await api.SaveChapterAsync(plan, chapter.GetProperty("key").GetString()!, "Text kapitoly.");
        return plan;
    }

    private static string[] Rows(JsonElement network, string property, Func<JsonElement, string> row) =>
        network.GetProperty(property).EnumerateArray().Select(row).ToArray();

    [Fact]
    public async Task TheKrajsActionPlan_ShowsTheNetwork_AndItsChangesAgainstTheYearBefore()
    {
        var admin = await app.SignedInClientAsync(PlansHost.Admin);
        await PlansClient.EnsureOkAsync(await admin.PutAsJsonAsync("/api/kraje/jihocesky/pluginy/jihocesky", new { enabled = true }));
        var ids = await ImportAsync(admin, "jihocesky",
            Service("7001", "Domov Pod Kopcem", "49", "Jindřichův Hradec"), Service("7002", "Azylový dům Na Hrázi", "57", "Tábor"),
            Service("7003", "Chráněné bydlení Lípa", "51", "Tábor"));
        await PlaceAsync(admin, "jihocesky", ids["Domov Pod Kopcem"], new { inNetwork = true, part = "základní", capacity = 12, capacityUnit = "lůžka", fte = 6.5, from = "2024-06-01" });
        await PlaceAsync(admin, "jihocesky", ids["Azylový dům Na Hrázi"], new { inNetwork = true, part = "podmíněná", capacity = 8, capacityUnit = "lůžka", fte = 3, from = "2024-06-01" });
        var brno = await app.SignedInClientAsync(OtherAdmin);
        var theirs = await ImportAsync(brno, "jihomoravsky", Service("7101", "Domov v Brně", "49", "Brno", "44992785"));
        await PlaceAsync(brno, "jihomoravsky", theirs["Domov v Brně"], new { inNetwork = true, capacity = 90, capacityUnit = "lůžka", fte = 40, from = "2024-06-01" });

        var api = await app.ClientAsync();
        var (sprss, _) = await api.CompletePlanAsync("SPRSS se sítí");
        var first = await ActionPlanAsync(api, sprss, 2025);
        var draft = await api.GetAsync(first);
        var network = draft.GetProperty("network");
        Assert.Equal(["7001 základní 12 lůžek 6,5", "7002 podmíněná 8 lůžek 3"],
            Rows(network, "services", s => $"{s.GetProperty("registerId")} {s.GetProperty("part")} {s.GetProperty("capacityText")} {s.GetProperty("staffText")}"));
        Assert.Equal(JsonValueKind.Null, network.GetProperty("previousYear").ValueKind);
        Assert.Equal(JsonValueKind.Null, (await api.GetAsync(sprss)).GetProperty("network").ValueKind);

        await PlansClient.EnsureOkAsync(await (await app.ClientAsync(PlansHost.Admin)).Http.PostAsJsonAsync($"{api.Base}/{first}/schvaleni",
            new { resolution = "100/2025/ZK-10", approvedOn = "2025-06-20", version = await api.VersionAsync(first) }));
        // Over 2025 the network changes: one service grows, one leaves, one comes in (from 1 September).
        await PlaceAsync(admin, "jihocesky", ids["Domov Pod Kopcem"], new { inNetwork = true, part = "základní", capacity = 15, capacityUnit = "lůžka", fte = 6.5, from = "2025-09-01" });
        await PlaceAsync(admin, "jihocesky", ids["Azylový dům Na Hrázi"], new { inNetwork = false, from = "2025-09-01" });
        await PlaceAsync(admin, "jihocesky", ids["Chráněné bydlení Lípa"], new { inNetwork = true, part = "základní", capacity = 6, capacityUnit = "lůžka", fte = 4, from = "2025-09-01" });

        var second = await ActionPlanAsync(api, sprss, 2026);
        var now = (await api.GetAsync(second)).GetProperty("network");
        Assert.Equal(2025, now.GetProperty("previousYear").GetInt32());
        Assert.Equal(
        [
            "7001: kapacita 12 lůžek → 15 lůžek",
            "7003: zařazena do sítě (základní), kapacita 6 lůžek, úvazky 4",
            "7002: vyřazena ze sítě",
        ], Rows(now, "changes", c => $"{c.GetProperty("registerId")}: {c.GetProperty("change")}"));
        Assert.DoesNotContain("Domov v Brně", now.ToString());

        // The approved plan of 2025 keeps the network as it was approved; its public page shows it.
        var published = await app.AnonymousClient().GetStringAsync($"/jihocesky/plany/{first}");
        Assert.Contains("Síť sociálních služeb kraje", published);
        Assert.Contains("Azylový dům Na Hrázi", published);
        Assert.Contains("12 lůžek", published);
        Assert.DoesNotContain("Chráněné bydlení Lípa", published);

        // The coordinator's page and the DOCX of the 2026 draft: the parts in numbers and the changes.
        var page = await api.Http.GetStringAsync($"/jihocesky/plany/priprava/{second}");
        Assert.Contains("Změny sítě proti roku 2025", page);
        Assert.Contains("<th scope=\"row\">základní</th><td class=\"num\">2</td><td>21 lůžek</td><td class=\"num\">10,5</td>", page);
        var docx = await (await api.Http.GetAsync($"{api.Base}/{second}/dokument")).Content.ReadAsByteArrayAsync();
        PlanDocxTests.AssertValid(docx);
        var text = await PlanDocxTests.ReadAsync(docx);
        Assert.Contains("Síť sociálních služeb kraje", text);
        Assert.Contains("Změny sítě proti roku 2025", text);
        Assert.Contains("vyřazena ze sítě", text);
        Assert.Contains("Chráněné bydlení Lípa", text);
    }
}
