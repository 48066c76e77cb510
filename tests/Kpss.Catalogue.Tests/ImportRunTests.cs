using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kpss.Catalogue.Data;
using Kpss.Catalogue.Domain;
using Kpss.Catalogue.UseCases.ImportRegister;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Catalogue.Tests;

/// <summary>
/// Import runs as records and jobs: what the page says of a run on another host or still in the queue, a queued run
/// taken up by this host (and only that one), a queued file that cannot be read, what an API run records about itself,
/// the progress an import reports while it checks and writes.
/// </summary>
public sealed class ImportRunTests(CatalogueHost app) : IClassFixture<CatalogueHost>
{
    private ImportJobs Imports => app.Services.GetRequiredService<ImportJobs>();

    private DateTime Now => app.Services.GetRequiredService<KpssClock>().GetUtcNow().UtcDateTime;

    private ImportRun Run(string instance, DateTime heartbeat, byte[]? payload = null, int records = 6000) => new()
    {
        Id = Guid.NewGuid(), KrajCode = "CZ031", UserName = CatalogueHost.JihoceskyAdmin, FileName = "registr.json", Format = "json",
        Status = ImportRunStatus.Running, StartedAtUtc = heartbeat, HeartbeatAtUtc = heartbeat, Instance = instance, Records = records, Payload = payload,
    };

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
            gzip.Write(Encoding.UTF8.GetBytes(text));
        return output.ToArray();
    }

    private async Task AddAsync(params ImportRun[] runs)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        db.ImportRuns.AddRange(runs);
        await db.SaveChangesAsync();
    }

    private async Task<ImportRun> StoredAsync(Guid id)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().ImportRuns.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == id);
    }

    [Fact]
    public async Task ARunOnAnotherHost_ShowsTheProgressItStored_AndAQueuedRunSaysItWaits()
    {
        var elsewhere = Run("jiny-server", Now.AddSeconds(-3));
        elsewhere.ProgressPhase = "zápis";
        elsewhere.ProgressDone = 400;
        var queued = Run("", Now.AddSeconds(-3), Gzip("[]"), records: 2);
        await AddAsync(elsewhere, queued);
        var admin = await app.SignedInClientAsync(CatalogueHost.JihoceskyAdmin);

        var elsewherePage = await admin.GetStringAsync($"/jihocesky/katalog/import/{elsewhere.Id}");
        var queuedPage = await admin.GetStringAsync($"/jihocesky/katalog/import/{queued.Id}");

        Assert.Contains("Import probíhá na jiném serveru platformy", elsewherePage);
        Assert.Contains("zápis: 400 z 6000", elsewherePage);
        Assert.DoesNotContain("čeká ve frontě", elsewherePage);
        Assert.Contains("Import čeká ve frontě úloh na spuštění", queuedPage);
        Assert.DoesNotContain("<progress", queuedPage); // no host has reported any progress yet
        Assert.DoesNotContain("jiném serveru", queuedPage);
        Assert.DoesNotContain("přerušen", queuedPage);
        Assert.Equal(ImportRunStatus.Running, (await StoredAsync(queued.Id)).Status);
    }

    [Fact]
    public async Task AQueuedRun_IsTakenUpAndRunByThisHost_WhileAnotherHostsLiveRunIsLeftAlone()
    {
        var file = ImportFiles.ManyServices(2, "Služba z fronty", idBase: 7_600_000, icoBase: 7_610_000);
        var queued = Run("", Now.AddSeconds(-1), Gzip(file), records: 2);
        var elsewhere = Run("jiny-server", Now.AddSeconds(-2), Gzip(file), records: 2);
        await AddAsync(queued, elsewhere);

        await Imports.RunQueuedAsync(queued.Id, CancellationToken.None);
        await Imports.RunQueuedAsync(elsewhere.Id, CancellationToken.None);

        var done = await StoredAsync(queued.Id);
        Assert.Equal((ImportRunStatus.Done, 2, Imports.Instance), (done.Status, done.Created, done.Instance));
        Assert.Null(done.Payload);
        var left = await StoredAsync(elsewhere.Id);
        Assert.Equal((ImportRunStatus.Running, "jiny-server"), (left.Status, left.Instance));
        Assert.NotNull(left.Payload);
        // This host did not keep the run it could not take as its own: the page says another server has it.
        var page = await (await app.SignedInClientAsync(CatalogueHost.JihoceskyAdmin)).GetStringAsync($"/jihocesky/katalog/import/{elsewhere.Id}");
        Assert.Contains("Import probíhá na jiném serveru platformy", page);
        Assert.DoesNotContain("načítání souboru", page);
    }

    [Fact]
    public async Task AQueuedFileThatCannotBeRead_FailsWithItsReason_AndWritesNothing()
    {
        var queued = Run("", Now, Gzip("[ { \"identifikator\": \"7500001\", "), records: 1);
        await AddAsync(queued);

        await Imports.RunQueuedAsync(queued.Id, CancellationToken.None);

        var failed = await StoredAsync(queued.Id);
        Assert.Equal(ImportRunStatus.Failed, failed.Status);
        Assert.StartsWith("Soubor není platný JSON: řádek 1", failed.Failure);
        Assert.Null(failed.Payload);
    }

    [Fact]
    public async Task AnApiRun_RecordsThisHost_ItsFileName_AndAnAppliedReport_AndTheListIsNewestFirst()
    {
        var admin = await app.SignedInClientAsync(CatalogueHost.JihoceskyAdmin);
        async Task<(JsonElement Report, Guid Run)> ImportAsync(string body, string soubor)
        {
            var response = await admin.PostAsync($"/api/kraje/jihocesky/katalog/import?format=json&soubor={Uri.EscapeDataString(soubor)}",
                new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>(), Guid.Parse(response.Headers.Location!.ToString().Split('/').Last()));
        }
        var file = ImportFiles.ManyServices(3, "Služba z API", idBase: 7_400_000, icoBase: 7_410_000);

        var (first, firstRun) = await ImportAsync(file, "podklady/2026/registr.json");
        var (again, againRun) = await ImportAsync(file, "  ");
        var longName = new string('a', 300) + ".json";
        var (_, longRun) = await ImportAsync(file, longName);

        Assert.Equal((false, true, 3), (first.GetProperty("dryRun").GetBoolean(), first.GetProperty("applied").GetBoolean(), first.GetProperty("created").GetInt32()));
        Assert.Equal(3, again.GetProperty("unchanged").GetInt32());
        var stored = await StoredAsync(firstRun);
        Assert.Equal((Imports.Instance, "registr.json"), (stored.Instance, stored.FileName));
        Assert.Equal("(bez názvu)", (await StoredAsync(againRun)).FileName);
        // A file name longer than its column is cut to 260 characters (on every database).
        Assert.Equal(longName[..260], (await StoredAsync(longRun)).FileName);
        // The stored report keeps what changed, not the unchanged services.
        var run = await admin.GetFromJsonAsync<JsonElement>($"/api/kraje/jihocesky/katalog/importy/{againRun}");
        Assert.Equal(0, run.GetProperty("report").GetProperty("changes").GetArrayLength());
        Assert.Equal(3, run.GetProperty("run").GetProperty("unchanged").GetInt32());
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/kraje/jihocesky/katalog/importy");
        var ids = list.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();
        Assert.True(ids.IndexOf(againRun) < ids.IndexOf(firstRun), "newest first");
        using var scope = app.Services.CreateScope();
        var sources = await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().History.IgnoreQueryFilters()
            .Where(h => h.Service!.RegisterId.StartsWith("74")).Select(h => h.Source).Distinct().ToListAsync();
        Assert.Equal(["import"], sources);
    }

    [Fact]
    public async Task ABeat_StoresTheTimeAndProgressOfARunningRun_AndLeavesFinishedRunsAndOtherKrajeAlone()
    {
        var old = new DateTime(Now.AddSeconds(-30).Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, DateTimeKind.Utc); // whole seconds: every database keeps them
        var running = Run(Imports.Instance, old);
        var finished = Run(Imports.Instance, old);
        finished.Status = ImportRunStatus.Done;
        var untouched = Run(Imports.Instance, old);
        await AddAsync(running, finished, untouched);
        var before = Now;

        await Imports.BeatAsync(running.Id, "CZ031", new ImportProgress("zápis", 400, 6000), CancellationToken.None);
        await Imports.BeatAsync(finished.Id, "CZ031", new ImportProgress("zápis", 400, 6000), CancellationToken.None);
        await Imports.BeatAsync(untouched.Id, "CZ064", new ImportProgress("zápis", 400, 6000), CancellationToken.None); // another kraj's scope

        var beat = await StoredAsync(running.Id);
        Assert.True(beat.HeartbeatAtUtc >= before && beat.HeartbeatAtUtc < before.AddMinutes(1), $"beat at {beat.HeartbeatAtUtc:O}, expected about {before:O}");
        Assert.Equal(("zápis", 400), (beat.ProgressPhase, beat.ProgressDone));
        foreach (var id in new[] { finished.Id, untouched.Id })
        {
            var left = await StoredAsync(id);
            Assert.Equal((old, (string?)null, 0), (DateTime.SpecifyKind(left.HeartbeatAtUtc, DateTimeKind.Utc), left.ProgressPhase, left.ProgressDone));
        }

        // A beat before the import reports anything clears what an earlier attempt left.
        await Imports.BeatAsync(running.Id, "CZ031", null, CancellationToken.None);
        Assert.Equal(((string?)null, 0), ((await StoredAsync(running.Id)).ProgressPhase, (await StoredAsync(running.Id)).ProgressDone));
    }

    [Fact]
    public async Task ARunStoppedByTheServersShutdown_SaysSo_AndWritesNothing()
    {
        var (records, error) = await ImportReaders.JsonAsync(new MemoryStream(Encoding.UTF8.GetBytes(
            ImportFiles.ManyServices(3, "Služba při vypínání", idBase: 7_200_000, icoBase: 7_210_000))), CancellationToken.None);
        Assert.Null(error);
        var run = Run(Imports.Instance, Now);
        await AddAsync(run);
        using var shutdown = new CancellationTokenSource();
        await shutdown.CancelAsync();

        var report = await Imports.ExecuteAsync(run.Id, "CZ031", "test", dryRun: false, records, shutdown.Token);

        Assert.Null(report);
        var stored = await StoredAsync(run.Id);
        Assert.Equal((ImportRunStatus.Failed, "Import přerušilo ukončení serveru; nic nezapsal. Spusťte ho prosím znovu."), (stored.Status, stored.Failure));
        using var scope = app.Services.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().Services.IgnoreQueryFilters()
            .CountAsync(s => s.RegisterId.StartsWith("72")));
    }

    [Fact]
    public async Task AnImport_ReportsItsProgress_WhileCheckingAndWriting()
    {
        var (records, error) = await ImportReaders.JsonAsync(new MemoryStream(Encoding.UTF8.GetBytes(
            ImportFiles.ManyServices(450, "Služba s průběhem", idBase: 7_300_000, icoBase: 7_310_000))), CancellationToken.None);
        Assert.Null(error);
        var reports = new List<ImportProgress>();
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ITenantScopes>().ActIn("CZ031");
        var import = scope.ServiceProvider.GetRequiredService<RegisterImport>();

        var report = await import.RunAsync("CZ031", records, dryRun: false, "test", new Collect(reports), CancellationToken.None);

        Assert.True(report.Applied);
        Assert.Equal(
            [
                new ImportProgress("kontrola", 200, 450), new ImportProgress("kontrola", 400, 450),
                new ImportProgress("zápis", 200, 450), new ImportProgress("zápis", 400, 450), new ImportProgress("hotovo", 450, 450),
            ], reports);
    }

    private sealed class Collect(List<ImportProgress> into) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => into.Add(value);
    }
}
