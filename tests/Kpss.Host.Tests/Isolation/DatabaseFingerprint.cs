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
        if (database.Provider == DatabaseProvider.MySql)
        {
            await using var room = connection.CreateCommand();
            room.CommandText = "SET SESSION group_concat_max_len = 1073741824";
            await room.ExecuteNonQueryAsync();
        }
        var columns = await ColumnsAsync(connection, database.Provider);
        var parts = columns.Select(t => RowsHashed(database.Provider, t.Key, t.Value)).ToList();
        var fingerprint = new SortedDictionary<string, string>(StringComparer.Ordinal);
        // One round trip for the whole database: each table's row count and the hash of its sorted row hashes, computed
        // by the database itself (reading every row into the test was most of the sweeps' time).
        foreach (var chunk in parts.Chunk(100))
        {
            await using var select = connection.CreateCommand();
            select.CommandText = string.Join("\nUNION ALL\n", chunk);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var text = reader.IsDBNull(2) ? "" : reader.GetString(2);
                var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
                fingerprint[reader.GetString(0)] = $"{Convert.ToInt64(reader.GetValue(1))} rows, {hash}";
            }
        }
        return fingerprint;
    }

    /// <summary>A query giving a table's name, row count, and its rows' hashes (SQLite: the rows themselves) sorted and
    /// joined; a column in <see cref="Volatile"/> is left out, NULL is told apart from every text.</summary>
    private static string RowsHashed(DatabaseProvider provider, string table, IReadOnlyList<string> columns)
    {
        var kept = columns.Where(c => !Volatile.Contains(c)).ToList();
        var name = table.Replace("'", "''");
        switch (provider)
        {
            case DatabaseProvider.Postgres:
                var row = $"md5(ROW({string.Join(", ", kept.Select(c => $"\"{c}\""))})::text)";
                return $"(SELECT '{name}', count(*), string_agg(h, '' ORDER BY h) FROM (SELECT {row} AS h FROM {Quote(provider, table)}) r)";
            case DatabaseProvider.MySql:
                var values = string.Join(", ", kept.Select(c => $"COALESCE(HEX(`{c}`), 'NULL')"));
                return $"(SELECT '{name}', COUNT(*), GROUP_CONCAT(h ORDER BY h SEPARATOR '') FROM (SELECT MD5(CONCAT_WS(',', {values})) AS h FROM {Quote(provider, table)}) r)";
            default:
                var line = string.Join(" || char(31) || ", kept.Select(c => $"quote(\"{c}\")"));
                return $"SELECT '{name}', (SELECT count(*) FROM {Quote(provider, table)}), " +
                    $"(SELECT group_concat(r, char(30)) FROM (SELECT {line} AS r FROM {Quote(provider, table)} ORDER BY r))";
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SortedDictionary<string, IReadOnlyList<string>>> Schemas = new();

    /// <summary>Every table of the platform (see <see cref="TablesAsync"/>) with its columns in order; read once per
    /// database (the hosts have migrated before a test takes a fingerprint).</summary>
    private static async Task<SortedDictionary<string, IReadOnlyList<string>>> ColumnsAsync(DbConnection connection, DatabaseProvider provider)
    {
        if (Schemas.TryGetValue(connection.ConnectionString, out var known))
            return known;
        var tables = await TablesAsync(connection, provider);
        var columns = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM {Quote(provider, table)} WHERE 1 = 0";
            await using var reader = await select.ExecuteReaderAsync();
            columns[table] = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        }
        return Schemas.GetOrAdd(connection.ConnectionString, columns);
    }

    /// <summary>The tables (and columns) where some value contains <paramref name="text"/>, ignoring case: text, and any
    /// other value as text — binary ones read as UTF-8 and, if they are, unpacked from gzip, deflate or Brotli.</summary>
    public static async Task<IReadOnlyList<string>> WhereAsync(TestDatabase database, string text)
    {
        await using var connection = Open(database);
        await connection.OpenAsync();
        return await SearchAsync(connection, await TablesAsync(connection, database.Provider), t => Quote(database.Provider, t), text);
    }

    /// <summary>
    /// Where the job scheduler's storage holds <paramref name="text"/>: Hangfire's SQLite file beside the database
    /// (<c>kpss-jobs.db</c>), its <c>hangfire</c> schema on PostgreSQL, or its keys in Redis beside MySQL/MariaDB.
    /// </summary>
    public static async Task<IReadOnlyList<string>> InJobStorageAsync(TestDatabase database, string text)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                var file = Path.Combine(Path.GetDirectoryName(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource)!, "kpss-jobs.db");
                Assert.True(File.Exists(file), $"no job storage at {file}");
                await using (var jobs = new SqliteConnection($"Data Source={file};Mode=ReadOnly"))
                {
                    await jobs.OpenAsync();
                    return await SearchAsync(jobs, await TablesAsync(jobs, DatabaseProvider.Sqlite), t => $"\"{t}\"", text);
                }
            case DatabaseProvider.Postgres:
                await using (var connection = Open(database))
                {
                    await connection.OpenAsync();
                    var tables = new List<string>();
                    await using (var list = connection.CreateCommand())
                    {
                        list.CommandText = "SELECT 'hangfire.' || table_name FROM information_schema.tables WHERE table_schema = 'hangfire' AND table_type = 'BASE TABLE'";
                        await using var reader = await list.ExecuteReaderAsync();
                        while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
                    }
                    Assert.NotEmpty(tables);
                    return await SearchAsync(connection, tables, t => Quote(DatabaseProvider.Postgres, t), text);
                }
            default:
                var prefix = $"kpss:{new MySqlConnectionStringBuilder(database.ConnectionString).Database}:";
                using (var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(TestDatabase.Redis))
                {
                    var server = redis.GetServers()[0];
                    var db = redis.GetDatabase();
                    var found = new List<string>();
                    var keys = 0;
                    await foreach (var key in server.KeysAsync(pattern: prefix + "*"))
                    {
                        keys++;
                        var values = await db.KeyTypeAsync(key) switch
                        {
                            StackExchange.Redis.RedisType.String => [(string?)await db.StringGetAsync(key)],
                            StackExchange.Redis.RedisType.Hash => (await db.HashGetAllAsync(key)).SelectMany(e => new[] { (string?)e.Name, (string?)e.Value }).ToArray(),
                            StackExchange.Redis.RedisType.List => (await db.ListRangeAsync(key)).Select(v => (string?)v).ToArray(),
                            StackExchange.Redis.RedisType.Set => (await db.SetMembersAsync(key)).Select(v => (string?)v).ToArray(),
                            StackExchange.Redis.RedisType.SortedSet => (await db.SortedSetRangeByRankAsync(key)).Select(v => (string?)v).ToArray(),
                            _ => [],
                        };
                        if (((string)key!).Contains(text, StringComparison.OrdinalIgnoreCase) || values.Any(v => v?.Contains(text, StringComparison.OrdinalIgnoreCase) == true))
                            found.Add($"redis {key}");
                    }
                    Assert.True(keys > 0, $"no job storage under {prefix} in Redis");
                    return found;
                }
        }
    }

    private static async Task<IReadOnlyList<string>> SearchAsync(DbConnection connection, IEnumerable<string> tables, Func<string, string> quote, string text)
    {
        var found = new List<string>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM {quote(table)}";
            await using var reader = await select.ExecuteReaderAsync();
            var columns = new HashSet<string>();
            while (await reader.ReadAsync())
                for (var i = 0; i < reader.FieldCount; i++)
                    if (!reader.IsDBNull(i) && Readings(reader.GetValue(i)).Any(v => v.Contains(text, StringComparison.OrdinalIgnoreCase)))
                        columns.Add(reader.GetName(i));
            found.AddRange(columns.Select(c => $"{table}.{c}"));
        }
        return found;
    }

    /// <summary>A stored value as the texts it could hold.</summary>
    private static IEnumerable<string> Readings(object value)
    {
        if (value is not byte[] bytes)
        {
            yield return Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
            yield break;
        }
        yield return Encoding.UTF8.GetString(bytes);
        foreach (var unpack in new Func<Stream, Stream>[]
                 {
                     s => new System.IO.Compression.GZipStream(s, System.IO.Compression.CompressionMode.Decompress),
                     s => new System.IO.Compression.DeflateStream(s, System.IO.Compression.CompressionMode.Decompress),
                     s => new System.IO.Compression.BrotliStream(s, System.IO.Compression.CompressionMode.Decompress),
                 })
        {
            string? text;
            try
            {
                using var stream = unpack(new MemoryStream(bytes));
                using var reader = new StreamReader(stream, Encoding.UTF8);
                text = reader.ReadToEnd();
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                text = null;
            }
            if (text is not null)
                yield return text;
        }
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
