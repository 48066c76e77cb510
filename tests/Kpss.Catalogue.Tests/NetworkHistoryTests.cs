using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kpss.Catalogue.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Catalogue.Tests;

/// <summary>
/// The network keeps its history: each change takes effect on a day (today, or the day the admin gives), so the kraj's
/// network on any day and what changed between two days can be read back through <see cref="ICatalogueNetwork"/> — with
/// each service's forms and ORP — on the run's database; a change dated before the last one is refused in Czech and
/// writes nothing; another kraj reads none of it.
/// </summary>
public sealed class NetworkHistoryTests(CatalogueHost app) : IClassFixture<CatalogueHost>
{
    private async Task<int> IdAsync(string q, string kraj) =>
        (await app.AnonymousClient().GetFromJsonAsync<JsonElement>($"/api/kraje/{kraj}/katalog?q={q}")).GetProperty("items")[0].GetProperty("id").GetInt32();

    private Task<T> NetworkAsync<T>(string kraj, Func<ICatalogueNetwork, Task<T>> read) =>
        app.InKrajAsync(kraj, sp => read(sp.GetRequiredService<ICatalogueNetwork>()));

    [Fact]
    public async Task TheNetworkOnADay_AndItsChangesBetweenTwoDays_ComeFromItsHistory()
    {
        var admin = await app.SignedInClientAsync(CatalogueHost.JihoceskyAdmin);
        var id = await IdAsync("azylovy", "jihocesky");
        var url = $"/api/kraje/jihocesky/katalog/{id}/sit";
        await OkAsync(await admin.PutAsJsonAsync(url, new { inNetwork = true, capacity = 10, capacityUnit = "lůžka", fte = 4, from = "2025-01-01" }));
        await OkAsync(await admin.PutAsJsonAsync(url, new { inNetwork = true, capacity = 12, capacityUnit = "lůžka", fte = 5, from = "2026-01-01" }));
        await OkAsync(await admin.PutAsJsonAsync(url, new { inNetwork = false, from = "2026-07-01" }));

        NetworkService? On(IReadOnlyList<NetworkService> network) => network.SingleOrDefault(s => s.RegisterId == "1004");
        Assert.Null(On(await NetworkAsync("CZ031", n => n.InNetworkAsync("CZ031", new DateOnly(2024, 12, 31)))));
        var first = On(await NetworkAsync("CZ031", n => n.InNetworkAsync("CZ031", new DateOnly(2025, 6, 1))));
        Assert.Equal((10, 4m), (first!.Capacity, first.Staff));
        Assert.Equal(ServiceForms.Pobytova, first.Forms);
        Assert.Equal([CatalogueHost.Tabor], first.OrpCsuCodes);
        Assert.Equal(12, On(await NetworkAsync("CZ031", n => n.InNetworkAsync("CZ031", new DateOnly(2026, 6, 30))))!.Capacity);
        Assert.Null(On(await NetworkAsync("CZ031", n => n.InNetworkAsync("CZ031", new DateOnly(2026, 7, 1)))));

        var grew = (await NetworkAsync("CZ031", n => n.ChangesAsync("CZ031", new DateOnly(2025, 6, 1), new DateOnly(2026, 3, 1)))).Single(c => c.RegisterId == "1004");
        Assert.Equal((NetworkChangeKind.Changed, 10, 12), (grew.Kind, grew.Before!.Capacity, grew.After!.Capacity));
        var left = (await NetworkAsync("CZ031", n => n.ChangesAsync("CZ031", new DateOnly(2026, 3, 1), new DateOnly(2026, 8, 1)))).Single(c => c.RegisterId == "1004");
        Assert.Equal((NetworkChangeKind.Removed, (NetworkService?)null), (left.Kind, left.After));
        var came = (await NetworkAsync("CZ031", n => n.ChangesAsync("CZ031", new DateOnly(2024, 6, 1), new DateOnly(2025, 6, 1)))).Single(c => c.RegisterId == "1004");
        Assert.Equal(NetworkChangeKind.Added, came.Kind);
        // Another kraj's view has none of it.
        Assert.DoesNotContain(await NetworkAsync("CZ064", n => n.InNetworkAsync("CZ064", new DateOnly(2025, 6, 1))), s => s.RegisterId == "1004");
        Assert.DoesNotContain(await NetworkAsync("CZ064", n => n.InNetworkAsync("CZ031", new DateOnly(2025, 6, 1))), s => s.RegisterId == "1004");
    }

    [Fact]
    public async Task AChangeDatedBeforeTheLastOne_IsRefusedInCzech_AndWritesNothing()
    {
        var admin = await app.SignedInClientAsync(CatalogueHost.JihoceskyAdmin);
        var id = await IdAsync("hvezdicka", "jihocesky");
        var url = $"/api/kraje/jihocesky/katalog/{id}/sit";
        await OkAsync(await admin.PutAsJsonAsync(url, new { inNetwork = true, capacity = 30, capacityUnit = "klient", from = "2026-01-01" }));

        var earlier = await admin.PutAsJsonAsync(url, new { inNetwork = true, capacity = 40, capacityUnit = "klient", from = "2025-12-31" });
        var farAhead = await admin.PutAsJsonAsync(url, new { inNetwork = true, capacity = 40, capacityUnit = "klient", from = "2099-01-01" });

        Assert.Equal(HttpStatusCode.BadRequest, earlier.StatusCode);
        Assert.Contains("Změna nemůže platit dřív než poslední změna služby v síti (1. 1. 2026).", await earlier.Content.ReadAsStringAsync());
        Assert.Contains("Den, od kterého změna platí, musí být od roku 2000 a nejvýše tři roky dopředu.", await farAhead.Content.ReadAsStringAsync());
        var now = (await NetworkAsync("CZ031", n => n.InNetworkAsync("CZ031", new DateOnly(2026, 2, 1)))).Single(s => s.RegisterId == "1005");
        Assert.Equal(30, now.Capacity);
        Assert.Contains("kapacita 30 klientů", await app.AnonymousClient().GetStringAsync($"/jihocesky/katalog/{id}"));
    }

    private static async Task OkAsync(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");

    [Fact]
    public async Task TheApi_ReadsTheNetworkOnADay_AndItsChanges_AndRefusesABadDayInCzech()
    {
        var admin = await app.SignedInClientAsync(CatalogueHost.JihoceskyAdmin);
        var id = await IdAsync("zirafa", "jihocesky");
        await OkAsync(await admin.PutAsJsonAsync($"/api/kraje/jihocesky/katalog/{id}/sit", new { inNetwork = true, capacity = 25, capacityUnit = "kontakt", from = "2025-03-01" }));
        var visitor = app.AnonymousClient();

        var network = await visitor.GetFromJsonAsync<JsonElement>("/api/kraje/jihocesky/katalog/sit?den=2025-06-01");
        var changes = await visitor.GetFromJsonAsync<JsonElement>("/api/kraje/jihocesky/katalog/sit/zmeny?od=2025-01-01&do=2025-06-01");
        var bad = await visitor.GetAsync("/api/kraje/jihocesky/katalog/sit?den=1.6.2025");

        var row = network.EnumerateArray().Single(s => s.GetProperty("registerId").GetString() == "1007");
        Assert.Equal((25, "Ambulantni"), (row.GetProperty("capacity").GetInt32(), row.GetProperty("forms").GetString()));
        Assert.Contains(changes.EnumerateArray(), c => c.GetProperty("registerId").GetString() == "1007" && c.GetProperty("kind").GetString() == "Added");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Parametr den „1.6.2025“ musí být den ve tvaru RRRR-MM-DD mezi roky 2000 a 2100.", await bad.Content.ReadAsStringAsync());
        Assert.DoesNotContain((await visitor.GetFromJsonAsync<JsonElement>("/api/kraje/jihomoravsky/katalog/sit?den=2025-06-01")).EnumerateArray(),
            s => s.GetProperty("registerId").GetString() == "1007");
    }
}
