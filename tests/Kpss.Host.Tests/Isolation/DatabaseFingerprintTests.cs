using System.Data.Common;
using Kpss.Modules.Abstractions.Data;
using Kpss.Testing;
using Microsoft.Data.Sqlite;
using MySqlConnector;
using Npgsql;

namespace Kpss.Host.Tests.Isolation;

/// <summary>
/// The sweeps trust <see cref="DatabaseFingerprint"/> to see every write (a refused call that wrote would otherwise
/// pass). On a migrated database with a probe table: any change of a row shows, in that table only — a value, NULL for
/// an empty text, two rows trading values, a row more — and the volatile column (an API key's last use) does not.
/// </summary>
public sealed class DatabaseFingerprintTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public async Task InitializeAsync()
    {
        await DatabaseTemplates.CopyAsync(_database);
        await ExecuteAsync($"CREATE TABLE {Q("fp_probe")} ({Q("Id")} INT PRIMARY KEY, {Q("Name")} VARCHAR(50) NULL, {Q("LastUsedAtUtc")} VARCHAR(50) NULL)");
        await ExecuteAsync($"INSERT INTO {Q("fp_probe")} ({Q("Id")}, {Q("Name")}) VALUES (1, 'a'), (2, 'b')");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task EveryChangeOfARow_ShowsInItsTableOnly_AndTheVolatileColumnDoesNot()
    {
        var probe = _database.Provider == DatabaseProvider.Postgres ? "public.fp_probe" : "fp_probe";
        var first = await DatabaseFingerprint.TakeAsync(_database);
        Assert.True(first.Count > 20, $"only {first.Count} tables: {string.Join(", ", first.Keys)}");
        Assert.StartsWith("2 rows", first[probe]);
        Assert.Empty(DatabaseFingerprint.Changes(first, await DatabaseFingerprint.TakeAsync(_database)));

        async Task<string> AfterAsync(string sql)
        {
            var before = await DatabaseFingerprint.TakeAsync(_database);
            await ExecuteAsync(sql);
            return string.Join("; ", DatabaseFingerprint.Changes(before, await DatabaseFingerprint.TakeAsync(_database)));
        }

        var name = Q("Name");
        var table = Q("fp_probe");
        var id = Q("Id");
        Assert.StartsWith($"{probe}: 2 rows", await AfterAsync($"UPDATE {table} SET {name} = 'c' WHERE {id} = 1"));
        Assert.StartsWith($"{probe}: 2 rows", await AfterAsync($"UPDATE {table} SET {name} = CASE WHEN {id} = 1 THEN 'b' ELSE 'c' END"));
        Assert.StartsWith($"{probe}: 2 rows", await AfterAsync($"UPDATE {table} SET {name} = NULL WHERE {id} = 1"));
        Assert.StartsWith($"{probe}: 2 rows", await AfterAsync($"UPDATE {table} SET {name} = '' WHERE {id} = 1"));
        Assert.StartsWith($"{probe}: 2 rows", await AfterAsync($"UPDATE {table} SET {name} = 'NULL' WHERE {id} = 1"));
        Assert.Equal("", await AfterAsync($"UPDATE {table} SET {Q("LastUsedAtUtc")} = '2026-12-07T15:00:00Z'"));
        var added = await AfterAsync($"INSERT INTO {table} ({id}, {name}) VALUES (3, 'a')");
        Assert.StartsWith($"{probe}: 2 rows", added);
        Assert.Contains("→ 3 rows", added);
    }

    private string Q(string name) => _database.Provider == DatabaseProvider.MySql ? $"`{name}`" : $"\"{name}\"";

    private async Task ExecuteAsync(string sql)
    {
        await using DbConnection connection = _database.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteConnection(_database.ConnectionString),
            DatabaseProvider.Postgres => new NpgsqlConnection(_database.ConnectionString),
            _ => new MySqlConnection(_database.ConnectionString),
        };
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
