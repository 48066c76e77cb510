using System.Net;
using System.Text.Json;
using Kpss.Host.Platform.Data;
using Kpss.Host.Tests.Infrastructure;
using Kpss.Testing;
using Kpss.Modules.Abstractions.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Host.Tests;

public sealed class HostTests(KpssAppFactory app) : IClassFixture<KpssAppFactory>
{
    [Fact]
    public async Task Health_WithMigratedDatabase_AnswersHealthy()
    {
        var response = await app.AnonymousClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetString());
    }

    [Fact]
    public async Task TheHost_RunsOnTheConfiguredProvider()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();

        Assert.Equal(TestDatabase.CurrentProvider, scope.ServiceProvider.GetRequiredService<DatabaseSettings>().Provider);
        Assert.Equal(
            TestDatabase.CurrentProvider switch
            {
                DatabaseProvider.Postgres => "Npgsql.EntityFrameworkCore.PostgreSQL",
                DatabaseProvider.MySql => "Pomelo.EntityFrameworkCore.MySql",
                _ => "Microsoft.EntityFrameworkCore.Sqlite",
            },
            db.Database.ProviderName);
    }

    [Fact]
    public async Task LoginPage_IsCzech()
    {
        var html = await app.AnonymousClient().GetStringAsync("/ucet/prihlaseni");

        Assert.Contains("<html lang=\"cs\">", html);
        Assert.Contains("Přihlášení", html);
        Assert.Contains("Zapomněli jste heslo?", html);
    }

    [Fact]
    public async Task Migrations_SeedTheFourteenKrajeAndTheOrp()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();

        Assert.Equal(14, await db.Kraje.CountAsync());
        Assert.Equal(206, await db.Orp.CountAsync()); // 205 ORP and Praha
        var jh = await db.Orp.SingleAsync(o => o.Name == "Jindřichův Hradec");
        Assert.Equal("CZ031", jh.KrajCode);
        Assert.Equal(3105, jh.CsuCode);
        Assert.Equal(17, await db.Orp.CountAsync(o => o.KrajCode == "CZ031"));
    }

    [Fact]
    public async Task Migrations_KeepTheirHistoryInTheModulesOwnTable()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var query = db.Database.IsNpgsql() ? "SELECT \"MigrationId\" AS \"Value\" FROM platform.__ef_migrations_platform"
            : db.Database.IsMySql() ? "SELECT `MigrationId` AS `Value` FROM __ef_migrations_platform"
            : "SELECT \"MigrationId\" AS \"Value\" FROM __ef_migrations_platform";

        var applied = await db.Database.SqlQueryRaw<string>(query).ToListAsync();

        Assert.Contains(applied, id => id.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public void EveryModulesModel_HasItsMigrations_OnThisProvider()
    {
        using var scope = app.Services.CreateScope();
        var targets = scope.ServiceProvider.GetServices<MigrationTarget>().ToList();

        Assert.Equal(["catalogue", "evaluation", "meetings", "notifications", "plans", "platform"], targets.Select(t => t.Schema).Order());
        foreach (var target in targets)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(target.ContextType);
            Assert.False(db.Database.HasPendingModelChanges(), $"{target.Schema}: the model changed without a migration (build/add-migration.sh)");
        }
    }

    [Fact]
    public async Task KrajPage_ShowsTheKrajAndItsOrp()
    {
        var html = await app.AnonymousClient().GetStringAsync("/jihocesky");

        Assert.Contains("<h1>Jihočeský kraj</h1>", html);
        Assert.Contains("Jindřichův Hradec", html);
        Assert.DoesNotContain("Brno", html);
    }

    [Theory]
    [InlineData("/neexistujici-kraj")]
    [InlineData("/neexistujici-kraj/admin/pluginy")]
    public async Task UnknownKraj_IsNotFound_WithACzechPage(string url)
    {
        var response = await app.AnonymousClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Stránka nenalezena", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownKraj_InTheApi_IsNotFound()
    {
        var response = await app.AnonymousClient().GetAsync("/api/kraje/atlantida/orp");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task KrajeApi_ListsKrajeAndOrpByCodeOrSlug()
    {
        var client = app.AnonymousClient();

        using var kraje = JsonDocument.Parse(await client.GetStringAsync("/api/kraje"));
        using var orp = JsonDocument.Parse(await client.GetStringAsync("/api/kraje/CZ031/orp"));

        Assert.Equal(14, kraje.RootElement.GetArrayLength());
        Assert.Contains(kraje.RootElement.EnumerateArray(), k => k.GetProperty("slug").GetString() == "vysocina");
        Assert.Contains(orp.RootElement.EnumerateArray(), o => o.GetProperty("name").GetString() == "Jindřichův Hradec");
    }
}
