using Kpss.Modules.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kpss.Catalogue.Domain;

namespace Kpss.Catalogue.Tests;

public sealed class SearchTests(CatalogueHost app) : IClassFixture<CatalogueHost>
{
    private async Task<JsonElement> SearchAsync(string query, string kraj = "jihocesky")
    {
        var response = await app.AnonymousClient().GetAsync($"/api/kraje/{kraj}/katalog?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<string> Names(JsonElement result) =>
        result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();

    [Theory]
    [InlineData("pecovatelska")]
    [InlineData("PEČOVATELSKÁ")]
    [InlineData("Pečovatelská  služba")]
    [InlineData("pecovatelska jindrichuv")]
    [InlineData("jindřichův charita senioři")]
    public async Task Search_IgnoresDiacriticsAndCase_AndNeedsEveryWord(string q)
    {
        var names = Names(await SearchAsync("q=" + Uri.EscapeDataString(q)));

        Assert.Equal(["Pečovatelská služba Jindřichův Hradec"], names);
    }

    [Fact]
    public async Task Search_NeverShowsAnotherKrajsServices_OrOnesNoLongerInForce()
    {
        Assert.Equal(["Pečovatelská služba Brno"], Names(await SearchAsync("q=pecovatelska", "jihomoravsky")));
        Assert.DoesNotContain("Zrušená pečovatelská služba", Names(await SearchAsync("q=zrusena")));
        var ended = (await app.InKrajAsync("CZ031", async sp => await sp.GetRequiredService<Kpss.Catalogue.Data.CatalogueDbContext>()
            .Services.SingleAsync(x => x.RegisterId == "1008"))).Id;
        Assert.Contains("Tato služba už není registrována (registrace platila do 31. 12. 2020)", await app.AnonymousClient().GetStringAsync($"/jihocesky/katalog/{ended}"));
        Assert.Contains("Zkuste méně slov nebo zrušte některý z filtrů.", await app.AnonymousClient().GetStringAsync("/jihocesky/katalog?q=zrusena"));
    }

    [Fact]
    public async Task Filters_ByKindTargetGroupFormAndOrp()
    {
        Assert.Equal(["Chráněné bydlení Tábor"], Names(await SearchAsync("druh=51")));
        Assert.Equal(["Chráněné bydlení Tábor"], Names(await SearchAsync("druh=" + Uri.EscapeDataString("chranene bydleni"))));
        Assert.Equal(["Cesta – azylový dům", "Chráněné bydlení Tábor"], Names(await SearchAsync("forma=pobytova")));
        Assert.Equal(["Pečovatelská služba Jindřichův Hradec", "Zahrada – denní stacionář"], Names(await SearchAsync("skupina=" + Uri.EscapeDataString("senioři"))));
        var tabor = Names(await SearchAsync($"orp={CatalogueHost.Tabor}"));
        Assert.Equal(5, tabor.Count);
        Assert.All(tabor, n => Assert.DoesNotContain("Jindřichův", n));
        Assert.Equal(["Zahrada – denní stacionář"], Names(await SearchAsync($"orp={CatalogueHost.Tabor}&forma=ambulantni&skupina=senio%C5%99i")));
        Assert.Equal(tabor.Order(), Names(await SearchAsync("obec=tabor")).Order());
        Assert.Empty(Names(await SearchAsync("obec=Strmilov")));
    }

    [Fact]
    public async Task TheSearchApi_RejectsUnknownFilters_InCzech_AndTakesAnOrpByName()
    {
        var response = await app.AnonymousClient().GetAsync("/api/kraje/jihocesky/katalog?druh=masaze&forma=online&orp=Brno&strana=0&velikost=500&skupina=kocky");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        string Error(string key) => errors.GetProperty(key)[0].GetString()!;
        Assert.Equal("Neznámý druh sociální služby „masaze“: použijte číslo paragrafu (např. 40) nebo název druhu.", Error("druh"));
        Assert.Equal("Neznámá forma „online“: ambulantní, terénní nebo pobytová.", Error("forma"));
        Assert.Equal("ORP „Brno“ není v tomto kraji: použijte kód ČSÚ nebo název ORP kraje.", Error("orp"));
        Assert.Equal("Strana „0“ musí být celé číslo od 1.", Error("strana"));
        Assert.Equal("Velikost strany „500“ musí být celé číslo od 1 do 100.", Error("velikost"));
        Assert.Equal("Neznámá cílová skupina „kocky“.", Error("skupina"));
        Assert.Equal(5, Names(await SearchAsync("orp=" + Uri.EscapeDataString("Tábor"))).Count);
    }

    [Fact]
    public async Task Results_ComeInCzechAlphabeticalOrder()
    {
        var names = Names(await SearchAsync($"orp={CatalogueHost.Tabor}"));

        // C < Č? Not here: "Cesta" < "Hvězdička" < "Chráněné" (ch after h) < "Zahrada" < "Žirafa" (ž after z).
        Assert.Equal(["Cesta – azylový dům", "Hvězdička – raná péče", "Chráněné bydlení Tábor", "Zahrada – denní stacionář", "Žirafa – nízkoprahový klub"], names);
    }

    [Fact]
    public async Task Paging_GivesEveryResultOnce()
    {
        var first = await SearchAsync("druh=37&velikost=10&strana=1");
        var rest = new[] { await SearchAsync("druh=37&velikost=10&strana=2"), await SearchAsync("druh=37&velikost=10&strana=3") };

        Assert.Equal(25, first.GetProperty("total").GetInt32());
        Assert.Equal(3, first.GetProperty("pages").GetInt32());
        var all = Names(first).Concat(rest.SelectMany(Names)).ToList();
        Assert.Equal(25, all.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 25).Select(i => $"Odborné sociální poradenství {i:00}"), all);
        Assert.Empty(Names(await SearchAsync("druh=37&velikost=10&strana=4")));
    }

    [Fact]
    public async Task ThePublicSearchPage_FindsWithoutDiacritics_AndLinksToTheDetail()
    {
        var client = app.AnonymousClient();

        var page = await client.GetStringAsync("/jihocesky/katalog?q=ctyrlistek");
        var detail = await client.GetStringAsync("/jihocesky/katalog/" + (await SearchAsync("q=ctyrlistek")).GetProperty("items")[0].GetProperty("id").GetInt32());

        Assert.Contains("Nalezeno služeb: <strong>1</strong>", page);
        Assert.Contains("Čtyřlístek – sociální rehabilitace", page);
        Assert.Contains("§ 70 sociální rehabilitace", detail);
        Assert.Contains("Charita Jindřichův Hradec", detail);
    }

    [Fact]
    public async Task AnotherKrajsService_IsNotFoundUnderThisKraj()
    {
        var brnoId = (await SearchAsync("q=brno", "jihomoravsky")).GetProperty("items")[0].GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.NotFound, (await app.AnonymousClient().GetAsync($"/jihocesky/katalog/{brnoId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.AnonymousClient().GetAsync($"/api/kraje/jihocesky/katalog/{brnoId}")).StatusCode);
    }

    [Fact]
    public async Task OpenDataExports_ListTheKrajsServices()
    {
        var csv = await app.AnonymousClient().GetStringAsync("/api/kraje/jihocesky/katalog/export.csv");
        var json = await app.AnonymousClient().GetFromJsonAsync<JsonElement>("/api/kraje/jihocesky/katalog/export.json");

        Assert.StartsWith("identifikator;nazev;druh_paragraf;", csv);
        Assert.Contains("1003;Chráněné bydlení Tábor;51;chráněné bydlení;pobytová;", csv);
        Assert.DoesNotContain("Brno", csv);
        Assert.Contains(json.EnumerateArray(), s => s.GetProperty("registerId").GetString() == "1001"
            && s.GetProperty("provider").GetProperty("ico").GetString() == Ico.Complete("0024687"));
    }

    [Fact]
    public async Task ThePrintableCatalogue_GroupsByKind()
    {
        var page = await app.AnonymousClient().GetStringAsync($"/jihocesky/katalog/tisk?orp={CatalogueHost.Tabor}");

        Assert.Contains("Katalog sociálních služeb – ORP Tábor", page);
        Assert.True(page.IndexOf("§ 46 denní stacionáře", StringComparison.Ordinal) < page.IndexOf("§ 51 chráněné bydlení", StringComparison.Ordinal));
        Assert.Contains("class=\"catalogue-print\"", page); // printed by the platform's stylesheet (A4), no inline styles
        Assert.DoesNotContain("<style", page);
        Assert.DoesNotContain("Pečovatelská služba Jindřichův Hradec", page);
        Assert.Contains("Kapacita: pobytová 10 klientů", page);
    }

    [Fact]
    public async Task TheSearchApi_IsDescribedByOpenApi()
    {
        using var doc = JsonDocument.Parse(await app.AnonymousClient().GetStringAsync("/openapi/v1.json"));

        var search = doc.RootElement.GetProperty("paths").GetProperty("/api/kraje/{kraj}/katalog").GetProperty("get");
        Assert.Equal("SearchCatalogue", search.GetProperty("operationId").GetString());
        Assert.StartsWith("Hledání v katalogu kraje", search.GetProperty("summary").GetString());
        Assert.Contains(search.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "q");
    }

    [Theory]
    [InlineData("00246875", true)]
    [InlineData("25596641", true)]
    [InlineData("00246876", false)]
    [InlineData("0024687", false)]
    [InlineData("0024687a", false)]
    public void Ico_HasACheckDigit(string ico, bool valid) => Assert.Equal(valid, Ico.IsValid(ico));
}
