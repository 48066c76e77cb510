using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kpss.Catalogue.Domain;
using Kpss.Testing;

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
        Assert.Contains("v síti, část: základní, kapacita 12 lůžek, úvazky 6,5", detail);
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

    [Fact]
    public async Task TheKrajAdmin_EditsTheNetworkOnTheServicePage_AndBadInputChangesNothing()
    {
        var admin = await app.SignedInClientAsync(CatalogueHost.JihoceskyAdmin);
        await admin.PutAsJsonAsync("/api/kraje/jihocesky/pluginy/jihocesky", new { enabled = true });
        var id = await IdAsync("zahrada", "jihocesky");
        var page = $"/jihocesky/katalog/{id}";
        Assert.Contains("Uložit zařazení do sítě", await admin.GetStringAsync(page));
        Assert.Contains("<option value=\"podmíněná\"", await admin.GetStringAsync(page));
        Assert.DoesNotContain("Uložit zařazení do sítě", await app.AnonymousClient().GetStringAsync(page));

        var notNumbers = await KpssAppFactory.PostFormAsync(admin, page + "?handler=sit",
            new() { ["Sit.InNetwork"] = "true", ["Sit.Part"] = "základní", ["Sit.Capacity"] = "dvanáct", ["Sit.CapacityUnit"] = "klient", ["Sit.Fte"] = "půl" }, page);
        var noPart = await KpssAppFactory.PostFormAsync(admin, page + "?handler=sit",
            new() { ["Sit.InNetwork"] = "true", ["Sit.Capacity"] = "12", ["Sit.CapacityUnit"] = "klient" }, page);

        Assert.Equal(HttpStatusCode.BadRequest, notNumbers.StatusCode);
        var notNumbersHtml = await notNumbers.Content.ReadAsStringAsync();
        Assert.Contains("Kapacita „dvanáct“ musí být celé číslo.", notNumbersHtml);
        Assert.Contains("Úvazky „půl“ musí být číslo (např. 6,5).", notNumbersHtml);
        Assert.Equal(HttpStatusCode.BadRequest, noPart.StatusCode);
        Assert.Contains("Vyberte část sítě: základní, podmíněná.", await noPart.Content.ReadAsStringAsync());
        var untouched = await app.AnonymousClient().GetFromJsonAsync<JsonElement>($"/api/kraje/jihocesky/katalog/{id}");
        Assert.Equal(JsonValueKind.Null, untouched.GetProperty("network").ValueKind);

        var saved = await KpssAppFactory.PostFormAsync(admin, page + "?handler=sit",
            new() { ["Sit.InNetwork"] = "true", ["Sit.Part"] = "podmíněná", ["Sit.Capacity"] = "3", ["Sit.CapacityUnit"] = "klient", ["Sit.Fte"] = "2,5" }, page);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("v síti, část: podmíněná, kapacita 3 klienti, úvazky 2,5", await app.AnonymousClient().GetStringAsync(page));
        var history = await admin.GetStringAsync($"/api/kraje/jihocesky/katalog/{id}/historie");
        Assert.Contains("síť kraje: nezařazena → v síti, část: podmíněná, kapacita 3 klienti, úvazky 2,5", history);
        Assert.Contains(CatalogueHost.JihoceskyAdmin, history);
    }

    [Fact]
    public async Task AnotherKrajsAdmin_GetsNoNetworkForm_AndCannotPostIt()
    {
        var id = await IdAsync("hvezdicka", "jihocesky");
        var brnoId = await IdAsync("brno", "jihomoravsky");
        var brno = await app.SignedInClientAsync(CatalogueHost.JihomoravskyAdmin);
        var jc = await app.SignedInClientAsync(CatalogueHost.JihoceskyAdmin);
        var fields = new Dictionary<string, string> { ["Sit.InNetwork"] = "false", ["Sit.Capacity"] = "1", ["Sit.CapacityUnit"] = "klient" };

        Assert.DoesNotContain("Uložit zařazení do sítě", await brno.GetStringAsync($"/jihocesky/katalog/{id}"));
        var foreign = await KpssAppFactory.PostFormAsync(brno, $"/jihocesky/katalog/{id}?handler=sit", fields, $"/jihocesky/katalog/{id}");
        var viaOwnKraj = await KpssAppFactory.PostFormAsync(jc, $"/jihocesky/katalog/{brnoId}?handler=sit", fields, "/jihocesky/katalog");
        // A visitor's valid antiforgery token comes from the login form.
        var anonymous = await KpssAppFactory.PostFormAsync(app.AnonymousClient(), $"/jihocesky/katalog/{id}?handler=sit", fields, "/ucet/prihlaseni");

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, viaOwnKraj.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/ucet/prihlaseni", anonymous.Headers.Location!.ToString());
        foreach (var (kraj, service) in new[] { ("jihocesky", id), ("jihomoravsky", brnoId) })
        {
            var detail = await app.AnonymousClient().GetFromJsonAsync<JsonElement>($"/api/kraje/{kraj}/katalog/{service}");
            Assert.Equal(JsonValueKind.Null, detail.GetProperty("network").ValueKind);
        }
    }

    [Fact]
    public async Task TheSearch_CanKeepToTheKrajsNetwork_AndSeesEveryChangeOfIt()
    {
        var admin = await app.SignedInClientAsync(CatalogueHost.JihoceskyAdmin);
        var id = await IdAsync("cesta", "jihocesky");
        async Task<List<string>> NetworkOnlyAsync() =>
            (await app.AnonymousClient().GetFromJsonAsync<JsonElement>("/api/kraje/jihocesky/katalog?sit=ano&velikost=100"))
                .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();
        Assert.DoesNotContain("Cesta – azylový dům", await NetworkOnlyAsync());

        await admin.PutAsJsonAsync("/api/kraje/jihocesky/pluginy/jihocesky", new { enabled = true });
        (await admin.PutAsJsonAsync($"/api/kraje/jihocesky/katalog/{id}/sit", new { inNetwork = true, part = "základní" })).EnsureSuccessStatusCode();

        Assert.Contains("Cesta – azylový dům", await NetworkOnlyAsync());
        Assert.DoesNotContain("Žirafa – nízkoprahový klub", await NetworkOnlyAsync());
        Assert.Contains("Cesta – azylový dům", await app.AnonymousClient().GetStringAsync("/jihocesky/katalog?sit=ano"));
        var print = await app.AnonymousClient().GetStringAsync("/jihocesky/katalog/tisk?sit=ano");
        Assert.Contains("Katalog sociálních služeb – Jihočeský kraj (služby v síti kraje)", print);
        Assert.Contains("Cesta – azylový dům", print);
        Assert.DoesNotContain("Žirafa – nízkoprahový klub", print);

        (await admin.PutAsJsonAsync($"/api/kraje/jihocesky/katalog/{id}/sit", new { inNetwork = false })).EnsureSuccessStatusCode();

        Assert.DoesNotContain("Cesta – azylový dům", await NetworkOnlyAsync());
        var bad = await app.AnonymousClient().GetAsync("/api/kraje/jihocesky/katalog?sit=mozna");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Parametr sit „mozna“ musí být ano nebo ne.", await bad.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(1, "klient", "1 klient")]
    [InlineData(3, "klient", "3 klienti")]
    [InlineData(12, "klient", "12 klientů")]
    [InlineData(0, "klient", "0 klientů")]
    [InlineData(1, "lůžka", "1 lůžko")]
    [InlineData(4, "lůžka", "4 lůžka")]
    [InlineData(40, "lůžka", "40 lůžek")]
    [InlineData(5, "intervence", "5 intervencí")]
    [InlineData(2, "hovor", "2 hovory")]
    public void Capacities_ReadInCzech(int value, string unit, string expected) => Assert.Equal(expected, CapacityUnits.Count(value, unit));
}
