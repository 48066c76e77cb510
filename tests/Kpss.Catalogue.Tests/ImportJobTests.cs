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

/// <summary>An import as a recorded run: in the background from the page, queued and taken by one host, recorded with its errors for its kraj only, interrupted when its host goes away.</summary>
public sealed class ImportJobTests(CatalogueHost app) : IClassFixture<CatalogueHost>
{
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
        Assert.Equal(app.Services.GetRequiredService<Kpss.Catalogue.UseCases.ImportRegister.ImportJobs>().Instance, stored.Instance);
        Assert.Null(stored.Payload);
    }

    [Fact]
    public async Task AQueuedImport_IsTakenUpByOneHostOnly_AndARunThatFinishedIsLeftAlone()
    {
        var imports = app.Services.GetRequiredService<Kpss.Catalogue.UseCases.ImportRegister.ImportJobs>();
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
        Assert.Equal(0, await app.CountAsync("5558001", "5558002"));
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
}
