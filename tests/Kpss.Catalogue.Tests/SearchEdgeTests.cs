using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kpss.Catalogue.Shared;
using Kpss.Modules.Abstractions.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Catalogue.Tests;

/// <summary>
/// The search's edges (what the search mutation run left open): a service in force from today or until today is found,
/// one that ended yesterday or starts tomorrow is not; a service is found by any obce of its territory and by the obec
/// of a facility alone; services of the same name keep the order they were registered in; the number of pages.
/// Each test imports its own services first, so the kraj's search copy is reloaded within it.
/// </summary>
public sealed class SearchEdgeTests(CatalogueHost app) : IClassFixture<CatalogueHost>
{
    private static int _nextId = 7_900_000;

    private static object Service(string name, string from = "2020-01-01", string? to = null, string facilityObec = "Tábor", string[]? territory = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        return new
        {
            identifikator = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            nazev = name,
            druhSocialniSluzby = "§ 40",
            poskytovatel = new { ico = Kpss.Modules.Abstractions.Ico.Complete((id + 10_000).ToString(System.Globalization.CultureInfo.InvariantCulture)), nazev = $"Poskytovatel {id}" },
            formy = new[] { new { forma = "terénní", kapacity = new[] { new { hodnota = 10, jednotka = "klient" } } } },
            zarizeni = new[] { new { adresa = "Náměstí 1", obec = facilityObec, orp = "Tábor" } },
            uzemniPusobnost = territory is null ? null : new { orp = new[] { "Tábor" }, obce = territory },
            ciloveSkupiny = new[] { "senioři" },
            platnostOd = from,
            platnostDo = to,
        };
    }

    private async Task ImportAsync(params object[] services)
    {
        var admin = await app.SignedInClientAsync(CatalogueHost.JihoceskyAdmin);
        var response = await admin.PostAsync("/api/kraje/jihocesky/katalog/import?format=json",
            new StringContent(JsonSerializer.Serialize(new { sluzby = services }), Encoding.UTF8, "application/json"));
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK && report.GetProperty("applied").GetBoolean(), report.ToString());
    }

    private async Task<List<(int Id, string Name)>> SearchAsync(string query)
    {
        var result = await app.AnonymousClient().GetFromJsonAsync<JsonElement>($"/api/kraje/jihocesky/katalog?{query}&velikost=100");
        return result.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("id").GetInt32(), i.GetProperty("name").GetString()!)).ToList();
    }

    [Fact]
    public async Task AServiceInForceFromTodayOrUntilToday_IsFound_OneEndedYesterdayOrStartingTomorrow_IsNot()
    {
        var today = PragueTime.Today(app.Services.GetRequiredService<KpssClock>());
        string Day(int offset) => today.AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await ImportAsync(
            Service("Okrajová platnost od dneška", from: Day(0)),
            Service("Okrajová platnost do dneška", to: Day(0)),
            Service("Okrajová platnost do včerejška", to: Day(-1)),
            Service("Okrajová platnost od zítřka", from: Day(1)));

        var names = (await SearchAsync("q=okrajova")).Select(s => s.Name).Order().ToList();

        Assert.Equal(["Okrajová platnost do dneška", "Okrajová platnost od dneška"], names);
    }

    [Fact]
    public async Task AServiceIsFound_ByEachObecOfItsTerritory_AndByTheObecOfAFacilityAlone()
    {
        await ImportAsync(
            Service("Územní pečovatelská služba", territory: ["Sezimovo Ústí", "Planá nad Lužnicí"]),
            Service("Pečovatelská služba jen v zařízení", facilityObec: "Chotoviny"));

        Assert.Equal(["Územní pečovatelská služba"], (await SearchAsync("obec=" + Uri.EscapeDataString("Sezimovo Ústí"))).Select(s => s.Name));
        Assert.Equal(["Územní pečovatelská služba"], (await SearchAsync("obec=" + Uri.EscapeDataString("plana nad luznici"))).Select(s => s.Name));
        Assert.Equal(["Pečovatelská služba jen v zařízení"], (await SearchAsync("obec=Chotoviny")).Select(s => s.Name));
    }

    [Fact]
    public async Task ServicesOfTheSameName_KeepTheOrderTheyWereRegisteredIn()
    {
        await ImportAsync(Service("Dvojnice pečovatelská"), Service("Dvojnice pečovatelská"), Service("Dvojnice pečovatelská"));

        var ids = (await SearchAsync("q=dvojnice")).Select(s => s.Id).ToList();

        Assert.Equal(3, ids.Count);
        Assert.Equal(ids.Order(), ids);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(20, 1)]
    [InlineData(21, 2)]
    [InlineData(40, 2)]
    [InlineData(41, 3)]
    public void ThePages_AreTheResultsDividedByThePageSize_RoundedUp_AndAtLeastOne(int total, int pages) =>
        Assert.Equal(pages, new SearchResult(total, 1, 20, []).Pages);
}
