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

/// <summary>Large imports: written in batches, all of them or — when a write fails half way — none.</summary>
public sealed class LargeImportTests(CatalogueHost app) : IClassFixture<CatalogueHost>
{
    [Fact]
    public async Task AnImportOfManyServices_WritesEveryOne_InBatches_AndAReimportChangesEveryOne()
    {
        const int count = 650; // over three batches of 200
        var (status, first) = await app.ImportAsync(ManyServices(count, "Hromadná pečovatelská služba"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(count, first.GetProperty("created").GetInt32());

        var (again, second) = await app.ImportAsync(ManyServices(count, "Přejmenovaná pečovatelská služba"));

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
            var (status, report) = await app.ImportAsync(ManyServices(651, "Selhávající služba", idBase: 7_900_000, icoBase: 7_910_000));

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
}
