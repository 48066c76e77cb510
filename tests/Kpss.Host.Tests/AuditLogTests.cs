using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Kpss.Host.Platform.Data;
using Kpss.Modules.Abstractions.Audit;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Security;
using Kpss.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using Npgsql;

namespace Kpss.Host.Tests;

/// <summary>
/// The audit log: every change names who made it, when, in which kraj, what row and which fields before and after, in
/// the change's own transaction; the database keeps it append-only; each kraj's regional admin reads the kraj's part.
/// </summary>
public sealed class AuditLogTests(SharedHost app) : IClassFixture<SharedHost>
{
    private Task<List<AuditRecord>> RecordsAsync(Func<IQueryable<AuditRecord>, IQueryable<AuditRecord>> where) =>
        app.InKrajAsync(null, sp => where(sp.GetRequiredService<PlatformDbContext>().AuditLog.AsNoTracking()).OrderBy(a => a.Id).ToListAsync());

    [Fact]
    public async Task EnablingAndDisablingAPlugin_IsRecorded_WithWhoWhenKrajRowAndFieldsBeforeAndAfter()
    {
        var admin = await app.SignedInClientAsync(SharedHost.JihoceskyAdmin);
        var before = DateTime.UtcNow.AddSeconds(-1);
        var last = (await RecordsAsync(q => q)).Select(r => r.Id).DefaultIfEmpty().Max();
        (await admin.PutAsJsonAsync("/api/kraje/jihocesky/pluginy/jihocesky", new { enabled = false })).EnsureSuccessStatusCode();

        (await admin.PutAsJsonAsync("/api/kraje/jihocesky/pluginy/jihocesky", new { enabled = true })).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync("/api/kraje/jihocesky/pluginy/jihocesky", new { enabled = false })).EnsureSuccessStatusCode();

        // Disabled first (another test of this class may have enabled it): then enabled and disabled again.
        var records = await RecordsAsync(q => q.Where(a => a.Id > last && a.Entity == "KrajPluginState" && a.KrajCode == "CZ031"));
        Assert.InRange(records.Count, 2, 3);
        var (added, changed) = (records[^2], records[^1]);
        Assert.All(records, r =>
        {
            Assert.Equal(SharedHost.JihoceskyAdmin, r.Actor);
            Assert.Equal(AuditActorKind.Account, r.ActorKind);
            Assert.Equal("platform", r.Module);
            Assert.Equal("CZ031,jihocesky", r.EntityKey);
            Assert.Equal("PUT /api/kraje/jihocesky/pluginy/jihocesky", r.Source);
            Assert.InRange(r.AtUtc, before, DateTime.UtcNow.AddSeconds(1));
        });
        Assert.Contains(added.Action, new[] { "Added", "Modified" });
        Assert.Contains(added.Action == "Added" ? "\"Enabled\":[null,\"True\"]" : "\"Enabled\":[\"False\",\"True\"]", added.Changes);
        Assert.Equal("Modified", changed.Action);
        Assert.Contains("\"Enabled\":[\"True\",\"False\"]", changed.Changes);
        Assert.DoesNotContain("KrajCode", changed.Changes); // only what changed
    }

    [Fact]
    public async Task AnAccountMadeByTheRegionalAdmin_IsRecorded_WithoutItsPersonalDataOrSecrets()
    {
        const string email = "petra.audit@test.kpss.example";
        var admin = await app.SignedInClientAsync(SharedHost.JihoceskyAdmin);

        var made = await KpssAppFactory.PostFormAsync(admin, "/jihocesky/admin/uzivatele",
            new() { ["Email"] = email, ["Name"] = "Petra Auditová", ["Role"] = KpssRoles.Coordinator });

        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var records = await RecordsAsync(q => q.Where(a => a.Source == "POST /jihocesky/admin/uzivatele"));
        var user = Assert.Single(records, r => r.Entity == "KpssUser" && r.Action == "Added");
        Assert.Contains("\"Email\":[null,\"***\"]", user.Changes);
        Assert.Contains("\"DisplayName\":[null,\"***\"]", user.Changes);
        Assert.Contains(records, r => r.Entity == "RoleAssignment" && r.KrajCode == "CZ031" && r.Changes.Contains("\"Role\":[null,\"coordinator\"]"));
        var everything = string.Join("\n", (await RecordsAsync(q => q)).Select(r => r.EntityKey + r.Changes));
        Assert.DoesNotContain("petra", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Auditová", everything);
        Assert.DoesNotContain("AQAAAA", everything); // an Identity password hash
    }

    [Fact]
    public async Task TheDatabase_RefusesToChangeOrDeleteARecord_OrToEmptyTheLog()
    {
        var admin = await app.SignedInClientAsync(SharedHost.JihoceskyAdmin);
        (await admin.PutAsJsonAsync("/api/kraje/jihocesky/pluginy/jihocesky", new { enabled = true })).EnsureSuccessStatusCode();
        var record = (await RecordsAsync(q => q.Where(a => a.KrajCode == "CZ031"))).Last();
        var table = AuditTable.Name(app.Database.Provider switch
        {
            DatabaseProvider.Postgres => "Npgsql.EntityFrameworkCore.PostgreSQL",
            DatabaseProvider.MySql => "Pomelo.EntityFrameworkCore.MySql",
            _ => "Microsoft.EntityFrameworkCore.Sqlite",
        });
        var q = app.Database.Provider == DatabaseProvider.MySql ? "`" : "\"";

        var update = await Record.ExceptionAsync(() => ExecuteAsync($"UPDATE {table} SET {q}Actor{q} = 'někdo jiný' WHERE {q}Id{q} = {record.Id}"));
        var delete = await Record.ExceptionAsync(() => ExecuteAsync($"DELETE FROM {table} WHERE {q}Id{q} = {record.Id}"));
        // Emptying the whole table: TRUNCATE fires no row trigger (PostgreSQL has a statement trigger for it; MariaDB
        // refuses it for a system-versioned table); SQLite has no TRUNCATE, its DELETE without WHERE is the same.
        var truncate = await Record.ExceptionAsync(() => ExecuteAsync(app.Database.Provider == DatabaseProvider.Sqlite ? $"DELETE FROM {table}" : $"TRUNCATE TABLE {table}"));

        Assert.Contains("Záznam změn nelze měnit ani mazat.", update?.Message);
        Assert.Contains("Záznam změn nelze měnit ani mazat.", delete?.Message);
        Assert.Contains(app.Database.Provider == DatabaseProvider.MySql ? "System-versioned tables do not support TRUNCATE TABLE" : "Záznam změn nelze měnit ani mazat.", truncate?.Message);
        var kept = Assert.Single(await RecordsAsync(q => q.Where(a => a.Id == record.Id)));
        Assert.Equal(SharedHost.JihoceskyAdmin, kept.Actor);
    }

    [Fact]
    public async Task AChangeThatIsNotSaved_LeavesNoRecord_ASavedOneExactlyOne()
    {
        CalendarCorrection Correction() => new()
        {
            KrajCode = "CZ031", PluginId = "audit-test", DeadlineKey = "lhuta", Year = 2031, Start = new DateOnly(2031, 4, 1), End = new DateOnly(2031, 4, 30),
            UpdatedBy = "test", UpdatedAtUtc = DateTime.UtcNow,
        };
        // Rolled back with the use case's transaction.
        using (var scope = app.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<Kpss.Host.Platform.Tenancy.TenantContext>().SetKraj("CZ031");
            var session = scope.ServiceProvider.GetRequiredService<DbSession>();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            await using (await session.BeginTransactionAsync())
            {
                db.CalendarCorrections.Add(Correction());
                await db.SaveChangesAsync();
            }
        }
        Assert.Empty(await RecordsAsync(q => q.Where(a => a.Entity == "CalendarCorrection" && a.Changes.Contains("audit-test"))));

        // Saved once; the second, against the unique index, fails and writes no record of its own.
        await app.InKrajAsync("CZ031", async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            db.CalendarCorrections.Add(Correction());
            return await db.SaveChangesAsync();
        });
        var failed = await Record.ExceptionAsync(() => app.InKrajAsync("CZ031", async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            db.CalendarCorrections.Add(Correction());
            return await db.SaveChangesAsync();
        }));

        Assert.IsType<DbUpdateException>(failed);
        var record = Assert.Single(await RecordsAsync(q => q.Where(a => a.Entity == "CalendarCorrection" && a.Changes.Contains("audit-test"))));
        Assert.Equal(AuditActorKind.System, record.ActorKind);
        Assert.Equal("CZ031", record.KrajCode);
        Assert.Equal(1, await app.InKrajAsync("CZ031", sp => sp.GetRequiredService<PlatformDbContext>().CalendarCorrections.CountAsync(c => c.PluginId == "audit-test")));
    }

    [Fact]
    public async Task TheRegionalAdmin_ReadsTheKrajsLog_AnotherKrajsAdminNeither_ThePlatformAdminAll()
    {
        var jc = await app.SignedInClientAsync(SharedHost.JihoceskyAdmin);
        var jm = await app.SignedInClientAsync(SharedHost.JihomoravskyAdmin);
        var platform = await app.SignedInClientAsync(SharedHost.PlatformAdmin);
        (await jc.PutAsJsonAsync("/api/kraje/jihocesky/pluginy/jihocesky", new { enabled = true })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Redirect, (await KpssAppFactory.PostFormAsync(jm, "/jihomoravsky/admin/uzivatele",
            new() { ["Email"] = "karel.audit@test.kpss.example", ["Name"] = "Karel", ["Role"] = KpssRoles.Coordinator })).StatusCode);

        var own = await jc.GetStringAsync("/jihocesky/admin/zaznam-zmen");
        var other = await jm.GetAsync("/jihocesky/admin/zaznam-zmen");
        var jmOwn = await jm.GetStringAsync("/jihomoravsky/admin/zaznam-zmen?kraj=CZ031");
        var all = await platform.GetStringAsync("/admin/zaznam-zmen");

        Assert.Contains("PUT /api/kraje/jihocesky/pluginy/jihocesky", own);
        Assert.DoesNotContain("/jihomoravsky/", own);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Contains("POST /jihomoravsky/admin/uzivatele", jmOwn);
        Assert.DoesNotContain("/jihocesky/", jmOwn); // a kraj in the query does not widen a regional admin's log
        Assert.Contains("PUT /api/kraje/jihocesky/pluginy/jihocesky", all);
        Assert.Contains("POST /jihomoravsky/admin/uzivatele", all);
        Assert.Equal(HttpStatusCode.Forbidden, (await jc.GetAsync("/admin/zaznam-zmen")).StatusCode);
        Assert.Contains("href=\"/jihocesky/admin/zaznam-zmen\"", own); // in the kraj's navigation
    }

    [Fact]
    public async Task TheLog_IsFilteredAndExportedAsCsv_ABadFilterIsACzechMessage()
    {
        var jc = await app.SignedInClientAsync(SharedHost.JihoceskyAdmin);
        (await jc.PutAsJsonAsync("/api/kraje/jihocesky/pluginy/jihocesky", new { enabled = true })).EnsureSuccessStatusCode();
        (await jc.PutAsJsonAsync("/api/kraje/jihocesky/kalendar/jihocesky/action-plan-comments/2028", new { start = "20. 4. 2028", end = "11. 5. 2028" }))
            .EnsureSuccessStatusCode();

        var filtered = await jc.GetStringAsync("/jihocesky/admin/zaznam-zmen?zaznam=CalendarCorrection");
        var byWho = await jc.GetStringAsync("/jihocesky/admin/zaznam-zmen?kdo=nikdo-takovy");
        var bad = await jc.GetAsync("/jihocesky/admin/zaznam-zmen?od=vcera&do=2026-01-01");
        var csv = await jc.GetAsync("/jihocesky/admin/zaznam-zmen?zaznam=CalendarCorrection&handler=Csv");

        var rows = System.Text.RegularExpressions.Regex.Matches(filtered, "<tr data-audit=\"\\d+\">.*?</tr>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("upřesněný termín kalendáře", r.Value)); // the entity in Czech, only its kind
        Assert.Contains("Záznamů: <strong>0</strong>", byWho);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Datum „vcera“ neznám", await bad.Content.ReadAsStringAsync());
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Kdy;Kraj;Kdo;Jak;Adresa;Požadavek;Modul;Záznam;Klíč;Změna;Pole", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Contains("\"upřesněný termín kalendáře\"", l));
        Assert.Contains(lines, l => l.Contains("\"" + SharedHost.JihoceskyAdmin + "\"") && l.Contains("Start: – → 2028-04-20"));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using DbConnection connection = app.Database.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteConnection(app.Database.ConnectionString),
            DatabaseProvider.Postgres => new NpgsqlConnection(app.Database.ConnectionString),
            _ => new MySqlConnection(app.Database.ConnectionString),
        };
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
