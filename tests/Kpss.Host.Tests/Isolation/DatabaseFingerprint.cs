using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Kpss.Modules.Abstractions.Data;
using Kpss.Testing;
using Microsoft.Data.Sqlite;
using MySqlConnector;
using Npgsql;

namespace Kpss.Host.Tests.Isolation;

/// <summary>
/// Every table of the platform's database, each as its row count and a hash of its rows (in any order): two
/// fingerprints differ exactly where a row was added, removed or changed. The scheduler's own tables (PostgreSQL schema
/// <c>hangfire</c>) are left out: its servers write heartbeats all the time. So is an API key's last use, which every
/// call with the key records (once a minute), refused or not.
/// </summary>
public static class DatabaseFingerprint
{
    private static readonly HashSet<string> Volatile = ["LastUsedAtUtc"];

    public static async Task<IReadOnlyDictionary<string, string>> TakeAsync(TestDatabase database)
    {
        await using var connection = Open(database);
        await connection.OpenAsync();
        var tables = await TablesAsync(connection, database.Provider);
        var fingerprint = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM {Quote(database.Provider, table)}";
            await using var reader = await select.ExecuteReaderAsync();
            var rows = new List<string>();
            var values = new object[reader.FieldCount];
            while (await reader.ReadAsync())
            {
                reader.GetValues(values);
                for (var i = 0; i < values.Length; i++)
                    if (Volatile.Contains(reader.GetName(i)))
                        values[i] = "";
                rows.Add(string.Join('\u001f', values.Select(v => v is byte[] bytes ? Convert.ToBase64String(bytes) : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
            }
            rows.Sort(StringComparer.Ordinal);
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows))))[..16];
            fingerprint[table] = $"{rows.Count} rows, {hash}";
        }
        return fingerprint;
    }

    /// <summary>The tables (and columns) where some value contains <paramref name="text"/>, ignoring case.</summary>
    public static async Task<IReadOnlyList<string>> WhereAsync(TestDatabase database, string text)
    {
        var found = new List<string>();
        await using var connection = Open(database);
        await connection.OpenAsync();
        foreach (var table in await TablesAsync(connection, database.Provider))
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM {Quote(database.Provider, table)}";
            await using var reader = await select.ExecuteReaderAsync();
            var columns = new HashSet<string>();
            while (await reader.ReadAsync())
                for (var i = 0; i < reader.FieldCount; i++)
                    if (!reader.IsDBNull(i) && reader.GetValue(i) is string value && value.Contains(text, StringComparison.OrdinalIgnoreCase))
                        columns.Add(reader.GetName(i));
            found.AddRange(columns.Select(c => $"{table}.{c}"));
        }
        return found;
    }

    /// <summary>The tables whose rows differ between two fingerprints, with both states.</summary>
    public static IReadOnlyList<string> Changes(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t))
            .Select(t => $"{t}: {before.GetValueOrDefault(t, "(none)")} → {after.GetValueOrDefault(t, "(none)")}").ToList();

    private static async Task<List<string>> TablesAsync(DbConnection connection, DatabaseProvider provider)
    {
        var tables = new List<string>();
        await using var list = connection.CreateCommand();
        list.CommandText = provider switch
        {
            DatabaseProvider.Sqlite => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            DatabaseProvider.Postgres => "SELECT table_schema || '.' || table_name FROM information_schema.tables " +
                "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema', 'hangfire')",
            // MariaDB lists a system-versioned table (the audit log) as such, not as a base table.
            _ => "SELECT table_name FROM information_schema.tables WHERE table_type IN ('BASE TABLE', 'SYSTEM VERSIONED') AND table_schema = DATABASE()",
        };
        await using var reader = await list.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            tables.Add(reader.GetString(0));
        return tables;
    }

    private static DbConnection Open(TestDatabase database) => database.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteConnection(database.ConnectionString),
        DatabaseProvider.Postgres => new NpgsqlConnection(database.ConnectionString),
        _ => new MySqlConnection(database.ConnectionString),
    };

    private static string Quote(DatabaseProvider provider, string table) => provider switch
    {
        DatabaseProvider.MySql => $"`{table}`",
        DatabaseProvider.Postgres => string.Join('.', table.Split('.').Select(part => $"\"{part}\"")),
        _ => $"\"{table}\"",
    };
}
