using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kpss.Catalogue.Tests;

/// <summary>A kraj's network data belongs to that kraj's admin.</summary>
public sealed class NetworkTests(CatalogueHost app) : IClassFixture<CatalogueHost>
{
    private async Task<int> IdAsync(string q, string kraj) =>
        (await app.AnonymousClient().GetFromJsonAsync<JsonElement>($"/api/kraje/{kraj}/katalog?q={q}")).GetProperty("items")[0].GetProperty("id").GetInt32();

    [Fact]
    public async Task TheKrajAdmin_PlacesAServiceInTheNetwork_WithThePartsTheKrajsPluginNames()
    {
        var admin = await app.SignedInClientAsync(CatalogueHost.JihoceskyAdmin);
        var id = await IdAsync("chranene", "jihocesky");
        await admin.PutAsJsonAsync("/api/kraje/jihocesky/pluginy/jihocesky", new { enabled = true });

        var wrongPart = await admin.PutAsJsonAsync($"/api/kraje/jihocesky/katalog/{id}/sit", new { inNetwork = true, part = "rozvojová", capacity = 12, capacityUnit = "lůžka", fte = 6.5 });
        var ok = await admin.PutAsJsonAsync($"/api/kraje/jihocesky/katalog/{id}/sit", new { inNetwork = true, part = "základní", capacity = 12, capacityUnit = "luzka", fte = 6.5 });

        Assert.Equal(HttpStatusCode.BadRequest, wrongPart.StatusCode);
        Assert.Contains("Síť kraje má části: základní, podmíněná.", await wrongPart.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var detail = await app.AnonymousClient().GetStringAsync($"/jihocesky/katalog/{id}");
        Assert.Contains("ano, základní síť, kapacita 12 lůžka, úvazky 6.5", detail.Replace("6,5", "6.5"));
    }

    [Fact]
    public async Task AnotherKrajsAdmin_CannotTouchTheNetwork()
    {
        var id = await IdAsync("chranene", "jihocesky");
        var brnoId = await IdAsync("brno", "jihomoravsky");
        var brno = await app.SignedInClientAsync(CatalogueHost.JihomoravskyAdmin);
        var jc = await app.SignedInClientAsync(CatalogueHost.JihoceskyAdmin);
        var visitor = app.AnonymousClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await brno.PutAsJsonAsync($"/api/kraje/jihocesky/katalog/{id}/sit", new { inNetwork = false })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jc.PutAsJsonAsync($"/api/kraje/jihocesky/katalog/{brnoId}/sit", new { inNetwork = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.PutAsJsonAsync($"/api/kraje/jihocesky/katalog/{id}/sit", new { inNetwork = true })).StatusCode);
    }
}
