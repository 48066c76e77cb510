using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kpss.Testing;

namespace Kpss.Catalogue.Tests;

/// <summary>Providers edit their own entries; nothing applies until the kraj approves; every change has its history.</summary>
public sealed class SelfServiceTests(CatalogueHost app) : IClassFixture<CatalogueHost>
{
    private async Task<int> IdAsync(string q) =>
        (await app.AnonymousClient().GetFromJsonAsync<JsonElement>($"/api/kraje/jihocesky/katalog?q={q}")).GetProperty("items")[0].GetProperty("id").GetInt32();

    private static object Proposal(string description) => new
    {
        description, openingHours = "po–pá 7:00–15:30", targetGroups = new[] { "senioři", "osoby se zdravotním postižením" },
        email = "pecovatelska@charita.test.example", phone = "+420 384 000 111", web = "https://charita.test.example",
    };

    [Fact]
    public async Task AProvidersChange_WaitsForApproval_ThenAppliesWithHistory()
    {
        var id = await IdAsync("pecovatelska%20jindrichuv");
        var editor = await app.SignedInClientAsync(CatalogueHost.CharitaEditor);

        var proposed = await editor.PostAsJsonAsync($"/api/kraje/jihocesky/katalog/{id}/navrhy", Proposal("Pomáháme seniorům doma, i o víkendech."));

        Assert.Equal(HttpStatusCode.OK, proposed.StatusCode);
        var requestId = (await proposed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.DoesNotContain("i o víkendech", await app.AnonymousClient().GetStringAsync($"/jihocesky/katalog/{id}"));
        var admin = await app.SignedInClientAsync(CatalogueHost.JihoceskyAdmin);
        Assert.Contains("Pomáháme seniorům doma", await admin.GetStringAsync("/jihocesky/katalog/navrhy"));

        var approved = await admin.PostAsJsonAsync($"/api/kraje/jihocesky/katalog/navrhy/{requestId}/rozhodnuti", new { approve = true });

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var detail = await app.AnonymousClient().GetStringAsync($"/jihocesky/katalog/{id}");
        Assert.Contains("Pomáháme seniorům doma, i o víkendech.", detail);
        Assert.Contains("po–pá 7:00–15:30", detail);
        Assert.Contains("https://charita.test.example", detail);
        var history = await admin.GetFromJsonAsync<JsonElement>($"/api/kraje/jihocesky/katalog/{id}/historie");
        var last = history.EnumerateArray().Last();
        Assert.Equal(CatalogueHost.CharitaEditor, last.GetProperty("userName").GetString());
        Assert.Equal("poskytovatel", last.GetProperty("source").GetString());
        Assert.StartsWith("změněno: popis, provozní doba, cílové skupiny, e-mail, telefon, web; schválil(a) " + CatalogueHost.JihoceskyAdmin, last.GetProperty("summary").GetString());
        Assert.Equal(1, (await app.AnonymousClient().GetFromJsonAsync<JsonElement>("/api/kraje/jihocesky/katalog?q=vikendech")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AProviderProposesCapacitiesAndAgeOnThePage_TheKrajApproves_AndTheCatalogueShowsThem()
    {
        var id = await IdAsync("odborne%20socialni%20poradenstvi%2007");
        var editor = await app.SignedInClientAsync(CatalogueHost.CharitaEditor);
        var page = $"/jihocesky/katalog/moje-sluzby/{id}";
        var form = await editor.GetStringAsync(page);
        Assert.Contains("Kapacita – ambulantní", form);
        var fields = new Dictionary<string, string>
        {
            ["Input.Description"] = "Poradna pro lidi v krizi.", ["Input.TargetGroups"] = "osoby v krizi",
            ["Input.AgeFrom"] = "18", ["Input.AgeTo"] = "", ["Input.Capacities[0].Form"] = "ambulantní",
            ["Input.Capacities[0].Value"] = "patnáct", ["Input.Capacities[0].Unit"] = "kontakt",
        };

        var notANumber = await KpssAppFactory.PostFormAsync(editor, page, fields);
        fields["Input.Capacities[0].Value"] = "15";
        fields["Input.Capacities[0].Form"] = "pobytová";
        var wrongForm = await KpssAppFactory.PostFormAsync(editor, page, fields);
        fields["Input.Capacities[0].Form"] = "ambulantní";
        var proposed = await KpssAppFactory.PostFormAsync(editor, page, fields);

        Assert.Equal(HttpStatusCode.BadRequest, notANumber.StatusCode);
        Assert.Contains("Kapacita (ambulantní) „patnáct“ musí být celé číslo.", await notANumber.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, wrongForm.StatusCode);
        Assert.Contains("Služba se neposkytuje ve formě „pobytová“", await wrongForm.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var admin = await app.SignedInClientAsync(CatalogueHost.JihoceskyAdmin);
        var approvals = await admin.GetStringAsync("/jihocesky/katalog/navrhy");
        Assert.Contains("ambulantní 10 klientů", approvals);
        Assert.Contains("ambulantní 15 kontaktů", approvals);
        Assert.Contains("od 18 let", approvals);
        var requests = await admin.GetFromJsonAsync<JsonElement>("/api/kraje/jihocesky/katalog/navrhy");
        var requestId = requests.EnumerateArray().First(r => r.GetProperty("serviceId").GetInt32() == id).GetProperty("id").GetInt32();

        var approved = await admin.PostAsJsonAsync($"/api/kraje/jihocesky/katalog/navrhy/{requestId}/rozhodnuti", new { approve = true });

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var detail = await app.AnonymousClient().GetStringAsync($"/jihocesky/katalog/{id}");
        Assert.Contains("ambulantní: 15 kontaktů", detail);
        Assert.Contains("od 18 let", detail);
        var history = await admin.GetFromJsonAsync<JsonElement>($"/api/kraje/jihocesky/katalog/{id}/historie");
        Assert.StartsWith("změněno: popis, věk, kapacity;", history.EnumerateArray().Last().GetProperty("summary").GetString());
    }

    [Fact]
    public async Task AProviderEditor_CannotTouchAnotherProvider()
    {
        var taborService = await IdAsync("chranene");
        var editor = await app.SignedInClientAsync(CatalogueHost.CharitaEditor);

        var response = await editor.PostAsJsonAsync($"/api/kraje/jihocesky/katalog/{taborService}/navrhy", Proposal("Cizí změna"));
        var page = await editor.GetAsync($"/jihocesky/katalog/moje-sluzby/{taborService}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var admin = await app.SignedInClientAsync(CatalogueHost.JihoceskyAdmin);
        Assert.DoesNotContain("Cizí změna", await admin.GetStringAsync("/jihocesky/katalog/navrhy"));
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync("/api/kraje/jihocesky/katalog/navrhy/1/rozhodnuti", new { approve = true })).StatusCode);
    }

    [Fact]
    public async Task ARejection_NeedsAReason_WhichTheProviderSees()
    {
        var id = await IdAsync("zahrada");
        var editor = await app.SignedInClientAsync(CatalogueHost.TaborEditor);
        var requestId = (await (await editor.PostAsJsonAsync($"/api/kraje/jihocesky/katalog/{id}/navrhy", Proposal("Nový popis Zahrady")))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var admin = await app.SignedInClientAsync(CatalogueHost.JihoceskyAdmin);

        var noReason = await admin.PostAsJsonAsync($"/api/kraje/jihocesky/katalog/navrhy/{requestId}/rozhodnuti", new { approve = false });
        var rejected = await admin.PostAsJsonAsync($"/api/kraje/jihocesky/katalog/navrhy/{requestId}/rozhodnuti", new { approve = false, reason = "Stacionář nemá víkendový provoz." });

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Uveďte důvod zamítnutí", await noReason.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Contains("zamítnuto: Stacionář nemá víkendový provoz.", await editor.GetStringAsync("/jihocesky/katalog/moje-sluzby"));
        Assert.DoesNotContain("Nový popis Zahrady", await app.AnonymousClient().GetStringAsync($"/jihocesky/katalog/{id}"));
    }

    [Fact]
    public async Task AProposalMadeBeforeAnImportChangedTheService_CannotBeApproved()
    {
        var id = await IdAsync("hvezdicka");
        var editor = await app.SignedInClientAsync(CatalogueHost.TaborEditor);
        var requestId = (await (await editor.PostAsJsonAsync($"/api/kraje/jihocesky/katalog/{id}/navrhy", Proposal("Raná péče – nový popis")))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var admin = await app.SignedInClientAsync(CatalogueHost.JihoceskyAdmin);
        const string csv = "identifikator;nazev;druh;ico;poskytovatel;formy;cilove_skupiny;obec;orp;platnost_od\n1005;Hvězdička – raná péče Tábor;54;00252221;Město Tábor;terénní;rodiny s dítětem/dětmi;Tábor;Tábor;2010-01-01\n";
        var import = await admin.PostAsync("/api/kraje/jihocesky/katalog/import?format=csv", new StringContent(csv.Replace("00252221", Kpss.Modules.Abstractions.Ico.Complete("0025222")), Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);

        var approve = await admin.PostAsJsonAsync($"/api/kraje/jihocesky/katalog/navrhy/{requestId}/rozhodnuti", new { approve = true });

        Assert.Equal(HttpStatusCode.Conflict, approve.StatusCode);
        Assert.Contains("Služba se od podání návrhu změnila", await approve.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Raná péče – nový popis", await app.AnonymousClient().GetStringAsync($"/jihocesky/katalog/{id}"));
    }

    [Theory]
    [InlineData(CatalogueHost.CharitaEditor, "/jihocesky/katalog/moje-sluzby/{id}")]
    [InlineData(CatalogueHost.JihoceskyAdmin, "/jihocesky/katalog/import")]
    public async Task EveryFormThatPosts_CarriesItsOwnAntiforgeryToken(string user, string url)
    {
        var client = await app.SignedInClientAsync(user);

        var html = await client.GetStringAsync(url.Replace("{id}", (await IdAsync("ctyrlistek")).ToString()));

        // One in the header's logout form, one in the page's own form.
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(html, "__RequestVerificationToken").Count);
    }

    [Fact]
    public async Task TheEditorsPage_ProposesThroughTheForm()
    {
        var id = await IdAsync("ctyrlistek");
        var editor = await app.SignedInClientAsync(CatalogueHost.CharitaEditor);

        var response = await KpssAppFactory.PostFormAsync(editor, $"/jihocesky/katalog/moje-sluzby/{id}", new()
        {
            ["Input.Description"] = "Podpora lidí s duševním onemocněním.", ["Input.TargetGroups"] = "osoby s chronickým duševním onemocněním",
            ["Input.Email"] = "neplatny-email",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("E-mail „neplatny-email“ není platný.", await response.Content.ReadAsStringAsync());
    }
}
