using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kpss.Catalogue.Data;
using Kpss.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Kpss.Catalogue.Tests.ImportFiles;

namespace Kpss.Catalogue.Tests;

/// <summary>What an import writes and reports: each bad record with its reason and nothing written, a dry run, upserts by identifier, CSV, who may import.</summary>
public sealed class ImportTests(CatalogueHost app) : IClassFixture<CatalogueHost>
{
    [Fact]
    public async Task AFileWithBadRecords_ReportsEachWithItsPositionAndReason_AndWritesNothing()
    {
        var (status, report) = await app.ImportAsync(Sample("register-bad.json"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = Errors(report);
        Assert.Contains("Záznam 2 (identifikátor 5552002): IČO „12345678“ není platné (kontrolní číslice nesouhlasí).", errors);
        Assert.Contains("Záznam 3 (identifikátor 5552003): neznámý druh sociální služby „masáže“.", errors);
        Assert.Contains("Záznam 3 (identifikátor 5552003): neznámá forma „domácí“ (ambulantní, terénní, pobytová).", errors);
        Assert.Contains("Záznam 3 (identifikátor 5552003): neznámá cílová skupina „zákazníci“.", errors);
        Assert.Contains("Záznam 3 (identifikátor 5552003): datum platnosti od „1. 13. 2015“ není datum.", errors);
        Assert.Contains("Záznam 4 (identifikátor 5552004): služba nepůsobí v žádné ORP tohoto kraje.", errors);
        Assert.DoesNotContain(errors, e => e.StartsWith("Záznam 1 ", StringComparison.Ordinal));
        Assert.Equal(0, await app.CountAsync("5552001", "5552002", "5552003", "5552004"));
    }

    [Fact]
    public async Task ADryRun_ReportsWhatWouldChange_AndWritesNothing_ThenTheImportUpsertsByIdentifier()
    {
        var json = Sample("register-good.json");

        var (dryStatus, dry) = await app.ImportAsync(json, dryRun: true);
        Assert.Equal(HttpStatusCode.OK, dryStatus);
        Assert.True(dry.GetProperty("dryRun").GetBoolean());
        Assert.Equal(2, dry.GetProperty("created").GetInt32());
        Assert.Equal(0, await app.CountAsync("5551001", "5551002"));

        var (status, applied) = await app.ImportAsync(json);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, applied.GetProperty("created").GetInt32());
        var found = await app.AnonymousClient().GetFromJsonAsync<JsonElement>("/api/kraje/jihocesky/katalog?q=strmilov%20pecovatelska");
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        var byObec = await app.AnonymousClient().GetFromJsonAsync<JsonElement>("/api/kraje/jihocesky/katalog?obec=kunzak");
        Assert.Equal("Pečovatelská služba Strmilov", byObec.GetProperty("items")[0].GetProperty("name").GetString());

        var changed = json.Replace("\"hodnota\": 40", "\"hodnota\": 55").Replace("Azylový dům pro matky s dětmi", "Azylový dům Jindřichův Hradec");
        var (_, second) = await app.ImportAsync(changed, dryRun: true);
        var changes = second.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("registerId").GetString()!);
        Assert.Equal("změněná", changes["5551001"].GetProperty("action").GetString());
        Assert.Equal(["kapacity"], changes["5551001"].GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(["název"], changes["5551002"].GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));
        var (_, third) = await app.ImportAsync(changed);
        Assert.Equal(2, third.GetProperty("updated").GetInt32());
        Assert.Equal(2, await app.CountAsync("5551001", "5551002"));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var history = await db.History.IgnoreQueryFilters().Where(h => h.Service!.RegisterId == "5551001").OrderBy(h => h.Id).Select(h => h.Summary).ToListAsync();
        Assert.Equal(["založena importem", "import změnil: kapacity"], history);
    }

    [Fact]
    public async Task ACsvImport_ReportsLineNumbers_AndImportsAGoodFile()
    {
        const string header = "identifikator;nazev;druh;ico;poskytovatel;formy;cilove_skupiny;kapacita;jednotka;obec;adresa;orp;platnost_od\n";
        var bad = header + "5553001;Sociální rehabilitace Tábor;70;00252991;Spolek;ambulantní|terénní;osoby s chronickým duševním onemocněním;20;klient;Tábor;Husova 1;Tábor;2019-01-01\n"
                         + "5553002;;40;00252991;Spolek;terénní;senioři;;;Tábor;;Tábor;2019-01-01\n";
        var (badStatus, badReport) = await app.ImportAsync(bad, "csv");
        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        Assert.Contains(Errors(badReport), e => e.StartsWith("Řádek 2 (identifikátor 5553001): IČO", StringComparison.Ordinal));
        Assert.Contains("Řádek 3 (identifikátor 5553002): chybí název služby.", Errors(badReport));

        var good = bad.Replace("00252991", "00252964").Replace("5553002;;", "5553002;Pečovatelská služba Tábor;");
        var (status, report) = await app.ImportAsync(good, "csv");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, report.GetProperty("created").GetInt32());
    }

    [Fact]
    public async Task BrokenJson_IsReportedWithItsLine()
    {
        var (status, report) = await app.ImportAsync("[\n  { \"identifikator\": \"1\",\n  \"nazev\": }\n]");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("Soubor není platný JSON: řádek 3", Errors(report).Single());
    }

    [Fact]
    public async Task AnotherKrajsAdmin_CannotImportIntoThisKraj()
    {
        var brno = await app.SignedInClientAsync(CatalogueHost.JihomoravskyAdmin);

        var response = await brno.PostAsync("/api/kraje/jihocesky/katalog/import?format=json", new StringContent(Sample("register-good.json"), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AServiceNamedLikeAFormula_IsNeutralisedInTheOpenDataCsv()
    {
        // Its own identifiers and street, so that the batch tests' counts stay theirs.
        var (status, _) = await app.ImportAsync(ManyServices(1, "=HYPERLINK(\"http://zlo.example\")", idBase: 5_930_000, icoBase: 5_940_000)
            .Replace("Hlavn\\u00ED ", "Formulova ", StringComparison.Ordinal)); // the serializer writes í as \u00ED
        Assert.Equal(HttpStatusCode.OK, status);

        var csv = await app.AnonymousClient().GetStringAsync("/api/kraje/jihocesky/katalog/export.csv");

        Assert.Contains(";\"'=HYPERLINK(\"\"http://zlo.example\"\") 0\";", csv);
        Assert.DoesNotContain(";=HYPERLINK", csv);
        Assert.DoesNotContain(";\"=HYPERLINK", csv);
    }
}
