using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kpss.Catalogue.Data;
using Kpss.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Catalogue.Tests;

public sealed class ImportTests(CatalogueHost app) : IClassFixture<CatalogueHost>
{
    private static string Sample(string name) => File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Kpss.Catalogue.Tests", "Samples", name));

    private async Task<(HttpStatusCode Status, JsonElement Report)> ImportAsync(string body, string format = "json", bool dryRun = false)
    {
        var admin = await app.SignedInClientAsync(CatalogueHost.JihoceskyAdmin);
        var response = await admin.PostAsync($"/api/kraje/jihocesky/katalog/import?format={format}&nanecisto={dryRun.ToString().ToLowerInvariant()}",
            new StringContent(body, Encoding.UTF8, format == "json" ? "application/json" : "text/csv"));
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static List<string> Errors(JsonElement report) => report.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();

    private async Task<int> CountAsync(params string[] registerIds)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().Services.IgnoreQueryFilters().CountAsync(s => registerIds.Contains(s.RegisterId));
    }

    [Fact]
    public async Task AFileWithBadRecords_ReportsEachWithItsPositionAndReason_AndWritesNothing()
    {
        var (status, report) = await ImportAsync(Sample("register-bad.json"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = Errors(report);
        Assert.Contains("Záznam 2 (identifikátor 5552002): IČO „12345678“ není platné (kontrolní číslice nesouhlasí).", errors);
        Assert.Contains("Záznam 3 (identifikátor 5552003): neznámý druh sociální služby „masáže“.", errors);
        Assert.Contains("Záznam 3 (identifikátor 5552003): neznámá forma „domácí“ (ambulantní, terénní, pobytová).", errors);
        Assert.Contains("Záznam 3 (identifikátor 5552003): neznámá cílová skupina „zákazníci“.", errors);
        Assert.Contains("Záznam 3 (identifikátor 5552003): datum platnosti od „1. 13. 2015“ není datum.", errors);
        Assert.Contains("Záznam 4 (identifikátor 5552004): služba nepůsobí v žádné ORP tohoto kraje.", errors);
        Assert.DoesNotContain(errors, e => e.StartsWith("Záznam 1 ", StringComparison.Ordinal));
        Assert.Equal(0, await CountAsync("5552001", "5552002", "5552003", "5552004"));
    }

    [Fact]
    public async Task ADryRun_ReportsWhatWouldChange_AndWritesNothing_ThenTheImportUpsertsByIdentifier()
    {
        var json = Sample("register-good.json");

        var (dryStatus, dry) = await ImportAsync(json, dryRun: true);
        Assert.Equal(HttpStatusCode.OK, dryStatus);
        Assert.True(dry.GetProperty("dryRun").GetBoolean());
        Assert.Equal(2, dry.GetProperty("created").GetInt32());
        Assert.Equal(0, await CountAsync("5551001", "5551002"));

        var (status, applied) = await ImportAsync(json);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, applied.GetProperty("created").GetInt32());
        var found = await app.AnonymousClient().GetFromJsonAsync<JsonElement>("/api/kraje/jihocesky/katalog?q=strmilov%20pecovatelska");
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        var byObec = await app.AnonymousClient().GetFromJsonAsync<JsonElement>("/api/kraje/jihocesky/katalog?obec=kunzak");
        Assert.Equal("Pečovatelská služba Strmilov", byObec.GetProperty("items")[0].GetProperty("name").GetString());

        var changed = json.Replace("\"hodnota\": 40", "\"hodnota\": 55").Replace("Azylový dům pro matky s dětmi", "Azylový dům Jindřichův Hradec");
        var (_, second) = await ImportAsync(changed, dryRun: true);
        var changes = second.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("registerId").GetString()!);
        Assert.Equal("změněná", changes["5551001"].GetProperty("action").GetString());
        Assert.Equal(["kapacity"], changes["5551001"].GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(["název"], changes["5551002"].GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));
        var (_, third) = await ImportAsync(changed);
        Assert.Equal(2, third.GetProperty("updated").GetInt32());
        Assert.Equal(2, await CountAsync("5551001", "5551002"));
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
        var (badStatus, badReport) = await ImportAsync(bad, "csv");
        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        Assert.Contains(Errors(badReport), e => e.StartsWith("Řádek 2 (identifikátor 5553001): IČO", StringComparison.Ordinal));
        Assert.Contains("Řádek 3 (identifikátor 5553002): chybí název služby.", Errors(badReport));

        var good = bad.Replace("00252991", "00252964").Replace("5553002;;", "5553002;Pečovatelská služba Tábor;");
        var (status, report) = await ImportAsync(good, "csv");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, report.GetProperty("created").GetInt32());
    }

    [Fact]
    public async Task TheImportPage_RunsInTheBackground_ShowsProgress_AndTheResult()
    {
        var admin = await app.SignedInClientAsync(CatalogueHost.JihoceskyAdmin);
        var form = await admin.GetStringAsync("/jihocesky/katalog/import");
        var content = new MultipartFormDataContent
        {
            { new StringContent(KpssAppFactory.AntiforgeryToken(form)), "__RequestVerificationToken" },
            { new StringContent("json"), "Format" },
            { new StringContent("true"), "DryRun" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Sample("register-good.json").Replace("555100", "555900"))), "Upload", "registr.json" },
        };

        var started = await admin.PostAsync("/jihocesky/katalog/import", content);

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var statusUrl = started.Headers.Location!.ToString();
        string page;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        do
        {
            page = await admin.GetStringAsync(statusUrl);
        } while (page.Contains("data-kpss-refresh", StringComparison.Ordinal) && DateTime.UtcNow < deadline && await Task.Delay(200).ContinueWith(_ => true));
        Assert.True(page.Contains("Zkušební běh: import by založil 2, změnil 0 a ponechal beze změny 0 služeb.", StringComparison.Ordinal), System.Text.RegularExpressions.Regex.Replace(page, "<[^>]+>", " "));
        Assert.Contains("registr.json", page);
        Assert.Contains("5559001", page);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInClientAsync(CatalogueHost.JihomoravskyAdmin)).GetAsync(statusUrl.Replace("jihocesky", "jihomoravsky"))).StatusCode);

        // The run is recorded: listed on the import page, readable through the API.
        var runId = statusUrl.Split('/').Last();
        var list = await admin.GetStringAsync("/jihocesky/katalog/import");
        Assert.Contains($"/jihocesky/katalog/import/{runId}", list);
        Assert.Contains("by založil 2, změnil by 0, beze změny 0", list);
        var run = await admin.GetFromJsonAsync<JsonElement>($"/api/kraje/jihocesky/katalog/importy/{runId}");
        Assert.Equal("Done", run.GetProperty("run").GetProperty("status").GetString());
        Assert.Equal(CatalogueHost.JihoceskyAdmin, run.GetProperty("run").GetProperty("userName").GetString());
        Assert.Equal(2, run.GetProperty("report").GetProperty("changes").GetArrayLength());
        // It ran as a job of the platform's job server, which took it up from the queue and dropped the file after.
        using var scope = app.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().ImportRuns.IgnoreQueryFilters()
            .AsNoTracking().SingleAsync(r => r.Id == Guid.Parse(runId));
        Assert.Equal(app.Services.GetRequiredService<Kpss.Catalogue.Import.ImportJobs>().Instance, stored.Instance);
        Assert.Null(stored.Payload);
    }

    [Fact]
    public async Task AQueuedImport_IsTakenUpByOneHostOnly_AndARunThatFinishedIsLeftAlone()
    {
        var imports = app.Services.GetRequiredService<Kpss.Catalogue.Import.ImportJobs>();
        var now = app.Services.GetRequiredService<Kpss.Modules.Abstractions.Time.KpssClock>().GetUtcNow().UtcDateTime;
        var taken = new Kpss.Catalogue.Domain.ImportRun
        {
            Id = Guid.NewGuid(), KrajCode = "CZ031", UserName = CatalogueHost.JihoceskyAdmin, FileName = "fronta.json", Format = "json",
            Status = Kpss.Catalogue.Domain.ImportRunStatus.Running, StartedAtUtc = now, HeartbeatAtUtc = now, Instance = "jiny-server", Records = 2,
            Payload = [0x1f, 0x8b],
        };
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            db.ImportRuns.Add(taken);
            await db.SaveChangesAsync();
        }

        // The job comes again (a retry, a second server): the run is another host's, alive, so nothing happens.
        await imports.RunQueuedAsync(taken.Id, CancellationToken.None);
        await imports.RunQueuedAsync(Guid.NewGuid(), CancellationToken.None);

        using var check = app.Services.CreateScope();
        var after = await check.ServiceProvider.GetRequiredService<CatalogueDbContext>().ImportRuns.IgnoreQueryFilters()
            .AsNoTracking().SingleAsync(r => r.Id == taken.Id);
        Assert.Equal("jiny-server", after.Instance);
        Assert.Equal(Kpss.Catalogue.Domain.ImportRunStatus.Running, after.Status);
    }

    [Fact]
    public async Task AnApiImport_IsRecorded_WithItsErrors_AndOnlyItsKrajSeesIt()
    {
        var admin = await app.SignedInClientAsync(CatalogueHost.JihoceskyAdmin);
        var brno = await app.SignedInClientAsync(CatalogueHost.JihomoravskyAdmin);

        var response = await admin.PostAsync("/api/kraje/jihocesky/katalog/import?format=json&soubor=spatny.json",
            new StringContent(Sample("register-bad.json"), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var runUrl = response.Headers.Location!.ToString();
        var run = await admin.GetFromJsonAsync<JsonElement>(runUrl);
        Assert.Equal("Rejected", run.GetProperty("run").GetProperty("status").GetString());
        Assert.Equal("spatny.json", run.GetProperty("run").GetProperty("fileName").GetString());
        Assert.Contains(run.GetProperty("report").GetProperty("errors").EnumerateArray(),
            e => e.GetString() == "Záznam 3 (identifikátor 5552003): neznámý druh sociální služby „masáže“.");
        var runId = runUrl.Split('/').Last();
        Assert.Contains(runId, await admin.GetStringAsync("/api/kraje/jihocesky/katalog/importy"));
        Assert.DoesNotContain(runId, await brno.GetStringAsync("/api/kraje/jihomoravsky/katalog/importy"));
        Assert.Equal(HttpStatusCode.NotFound, (await brno.GetAsync($"/api/kraje/jihomoravsky/katalog/importy/{runId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await brno.GetAsync(runUrl)).StatusCode);
    }

    [Fact]
    public async Task ImportsAndApprovals_AreForTheWholeKrajsCoordinators_NotForOneProcesssCoordinator()
    {
        await app.CreateUserAsync("koordinator-kraje@katalog.test.example", Kpss.Modules.Abstractions.Security.KpssRoles.Coordinator, "CZ031");
        await app.CreateUserAsync("koordinator-procesu@katalog.test.example", Kpss.Modules.Abstractions.Security.KpssRoles.Coordinator, "CZ031", "7");
        var wholeKraj = await app.SignedInClientAsync("koordinator-kraje@katalog.test.example");
        var oneProcess = await app.SignedInClientAsync("koordinator-procesu@katalog.test.example");

        foreach (var url in new[] { "/jihocesky/katalog/import", "/jihocesky/katalog/navrhy", "/api/kraje/jihocesky/katalog/importy", "/api/kraje/jihocesky/katalog/navrhy" })
        {
            Assert.Equal(HttpStatusCode.OK, (await wholeKraj.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await oneProcess.GetAsync(url)).StatusCode);
        }
        var import = await oneProcess.PostAsync("/api/kraje/jihocesky/katalog/import?format=json",
            new StringContent(Sample("register-good.json").Replace("555100", "555800"), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);
        Assert.Equal(0, await CountAsync("5558001", "5558002"));
    }

    [Fact]
    public async Task ARunWhoseHostWentAway_IsShownAsInterrupted_WhileOneStillRenewed_RunsElsewhere()
    {
        var admin = await app.SignedInClientAsync(CatalogueHost.JihoceskyAdmin);
        var now = app.Services.GetRequiredService<Kpss.Modules.Abstractions.Time.KpssClock>().GetUtcNow().UtcDateTime;
        Kpss.Catalogue.Domain.ImportRun Run(DateTime heartbeat) => new()
        {
            Id = Guid.NewGuid(), KrajCode = "CZ031", UserName = CatalogueHost.JihoceskyAdmin, FileName = "velky.json", Format = "json",
            Status = Kpss.Catalogue.Domain.ImportRunStatus.Running, StartedAtUtc = heartbeat, HeartbeatAtUtc = heartbeat, Instance = "jiny-server", Records = 6000,
        };
        var gone = Run(now.AddMinutes(-5));
        var alive = Run(now.AddSeconds(-2));
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            db.ImportRuns.AddRange(gone, alive);
            await db.SaveChangesAsync();
        }

        var gonePage = await admin.GetStringAsync($"/jihocesky/katalog/import/{gone.Id}");
        var alivePage = await admin.GetStringAsync($"/jihocesky/katalog/import/{alive.Id}");

        Assert.Contains("Import byl přerušen (server, který ho prováděl, skončil); nic nezapsal.", gonePage);
        Assert.Contains("Import probíhá na jiném serveru platformy", alivePage);
        var stored = await admin.GetFromJsonAsync<JsonElement>($"/api/kraje/jihocesky/katalog/importy/{gone.Id}");
        Assert.Equal("Interrupted", stored.GetProperty("run").GetProperty("status").GetString());
    }

    /// <summary>A register-shaped file of <paramref name="count"/> services in ORP Tábor, five to a provider.</summary>
    internal static string ManyServices(int count, string namePrefix, int idBase = 7_700_000, int icoBase = 7_710_000) => JsonSerializer.Serialize(new
    {
        sluzby = Enumerable.Range(0, count).Select(i => new
        {
            identifikator = (idBase + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
            nazev = $"{namePrefix} {i}",
            druhSocialniSluzby = "§ 40",
            poskytovatel = new { ico = Kpss.Catalogue.Domain.Ico.Complete((icoBase + i / 5).ToString(System.Globalization.CultureInfo.InvariantCulture)), nazev = $"Hromadný poskytovatel {i / 5}" },
            formy = new[] { new { forma = "terénní", kapacity = new[] { new { hodnota = 10 + i % 7, jednotka = "klient" } } } },
            zarizeni = new[] { new { adresa = $"Hlavní {i}", obec = "Tábor", orp = "Tábor" } },
            ciloveSkupiny = new[] { "senioři" },
            platnostOd = "2020-01-01",
        }),
    });

    [Fact]
    public async Task AServiceNamedLikeAFormula_IsNeutralisedInTheOpenDataCsv()
    {
        // Its own identifiers and street, so that the batch tests' counts stay theirs.
        var (status, _) = await ImportAsync(ManyServices(1, "=HYPERLINK(\"http://zlo.example\")", idBase: 5_930_000, icoBase: 5_940_000)
            .Replace("Hlavn\\u00ED ", "Formulova ", StringComparison.Ordinal)); // the serializer writes í as \u00ED
        Assert.Equal(HttpStatusCode.OK, status);

        var csv = await app.AnonymousClient().GetStringAsync("/api/kraje/jihocesky/katalog/export.csv");

        Assert.Contains(";\"'=HYPERLINK(\"\"http://zlo.example\"\") 0\";", csv);
        Assert.DoesNotContain(";=HYPERLINK", csv);
        Assert.DoesNotContain(";\"=HYPERLINK", csv);
    }

    [Fact]
    public async Task AnImportOfManyServices_WritesEveryOne_InBatches_AndAReimportChangesEveryOne()
    {
        const int count = 650; // over three batches of 200
        var (status, first) = await ImportAsync(ManyServices(count, "Hromadná pečovatelská služba"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(count, first.GetProperty("created").GetInt32());

        var (again, second) = await ImportAsync(ManyServices(count, "Přejmenovaná pečovatelská služba"));

        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Equal(count, second.GetProperty("updated").GetInt32());
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var services = db.Services.IgnoreQueryFilters().Where(s => s.RegisterId.StartsWith("77"));
        Assert.Equal(count, await services.CountAsync(s => s.Name.StartsWith("Přejmenovaná")));
        Assert.Equal(count, await services.CountAsync(s => s.Version == 1));
        Assert.Equal(count, await db.Facilities.CountAsync(f => f.Address.StartsWith("Hlavní ")));
        Assert.Equal(2 * count, await db.History.IgnoreQueryFilters().CountAsync(h => h.Service!.RegisterId.StartsWith("77")));
        var found = await app.AnonymousClient().GetFromJsonAsync<JsonElement>("/api/kraje/jihocesky/katalog?q=prejmenovana%20649");
        Assert.Equal(1, found.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AWriteThatFailsInTheThirdBatch_LeavesNothingOfTheFirstTwo_AndTheRunIsRecordedAsFailed()
    {
        // The database refuses the 450th new service (a trigger, as a full disk or a lost connection would fail a
        // write): batches of 200 were already saved before it, inside the import's one transaction.
        const string refused = "Selhávající služba 449";
        var provider = Kpss.Testing.TestDatabase.CurrentProvider;
        string[] create = provider switch
        {
            Kpss.Modules.Abstractions.Data.DatabaseProvider.Postgres =>
            [
                $"CREATE FUNCTION catalogue.test_refuse() RETURNS trigger AS $$ BEGIN IF NEW.\"Name\" = '{refused}' THEN RAISE EXCEPTION 'disk full (test)'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql",
                "CREATE TRIGGER test_refuse BEFORE INSERT ON catalogue.services FOR EACH ROW EXECUTE FUNCTION catalogue.test_refuse()",
            ],
            Kpss.Modules.Abstractions.Data.DatabaseProvider.MySql =>
            [
                $"CREATE TRIGGER test_refuse BEFORE INSERT ON catalogue_services FOR EACH ROW BEGIN IF NEW.Name = '{refused}' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'disk full (test)'; END IF; END",
            ],
            _ => [$"CREATE TRIGGER test_refuse BEFORE INSERT ON services WHEN NEW.Name = '{refused}' BEGIN SELECT RAISE(ABORT, 'disk full (test)'); END"],
        };
        string[] drop = provider switch
        {
            Kpss.Modules.Abstractions.Data.DatabaseProvider.Postgres => ["DROP TRIGGER test_refuse ON catalogue.services", "DROP FUNCTION catalogue.test_refuse()"],
            _ => ["DROP TRIGGER test_refuse"],
        };
        await ExecuteAsync(create);
        try
        {
            var (status, report) = await ImportAsync(ManyServices(651, "Selhávající služba", idBase: 7_900_000, icoBase: 7_910_000));

            Assert.Equal(HttpStatusCode.InternalServerError, status);
            Assert.StartsWith("Import selhal a nic nezapsal", report.GetProperty("detail").GetString());
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            Assert.Equal(0, await db.Services.IgnoreQueryFilters().CountAsync(s => s.RegisterId.StartsWith("79")));
            Assert.Equal(0, await db.Providers.IgnoreQueryFilters().CountAsync(p => p.Ico.StartsWith("791")));
            Assert.Equal(0, await db.History.IgnoreQueryFilters().CountAsync(h => h.Service!.RegisterId.StartsWith("79")));
            var run = await db.ImportRuns.IgnoreQueryFilters().AsNoTracking().OrderByDescending(r => r.StartedAtUtc).FirstAsync(r => r.Records == 651);
            Assert.Equal(Kpss.Catalogue.Domain.ImportRunStatus.Failed, run.Status);
            // A failure, not the server's shutdown: the run says so.
            Assert.Equal("Import selhal a nic nezapsal. Zkuste to prosím znovu; chyba je zaznamenána.", run.Failure);
        }
        finally
        {
            await ExecuteAsync(drop);
        }
    }

    private async Task ExecuteAsync(IEnumerable<string> statements)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        foreach (var sql in statements)
            await db.Database.ExecuteSqlRawAsync(sql);
    }

    [Fact]
    public async Task BrokenJson_IsReportedWithItsLine()
    {
        var (status, report) = await ImportAsync("[\n  { \"identifikator\": \"1\",\n  \"nazev\": }\n]");

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
}
