using System.Security.Cryptography;
using System.Text;
using Kpss.Modules.Abstractions.Data;
using Microsoft.Data.Sqlite;
using MySqlConnector;
using Npgsql;

namespace Kpss.Testing;

/// <summary>
/// A database migrated once and copied for each test class: the host's own <c>migrate</c> verb builds a template per
/// provider and build (named by a hash of the host's, modules' and plugins' assemblies, so a changed migration makes a
/// new one), and each test database starts as a copy — <c>CREATE DATABASE … TEMPLATE</c> on PostgreSQL, a file copy on
/// SQLite, the template's tables re-created and filled on MariaDB. Test processes running side by side share a
/// template; the first builds it under a lock (an advisory lock, <c>GET_LOCK</c>, a lock file).
/// </summary>
internal static class DatabaseTemplates
{
    // Within the test user's grant on MariaDB (kpss\_t\_%, build/test-deps.sh); never a test database's name (a GUID).
    private const string Prefix = "kpss_t_tpl_";
    private const string PrefixLike = @"kpss\_t\_tpl\_%";
    private static readonly Lazy<string> Fingerprint = new(ComputeFingerprint);
    private static readonly Dictionary<DatabaseProvider, Task<string>> Templates = [];

    /// <summary>Templates of other builds are removed when older than this: a run of another checkout or configuration
    /// on the same machine may be copying from its own right now.</summary>
    private static DateTime StaleBefore => DateTime.UtcNow.AddHours(-6);

    /// <summary>Makes the (not yet existing) database of <paramref name="database"/> a copy of the template.</summary>
    public static async Task CopyAsync(TestDatabase database)
    {
        Task<string> template;
        lock (Templates)
        {
            if (!Templates.TryGetValue(database.Provider, out template!))
                Templates[database.Provider] = template = Task.Run(() => EnsureTemplateAsync(database.Provider));
        }
        var name = await template.ConfigureAwait(false);
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                File.Copy(name, new SqliteConnectionStringBuilder(database.ConnectionString).DataSource);
                break;
            case DatabaseProvider.Postgres:
                await CopyPostgresAsync(name, new NpgsqlConnectionStringBuilder(database.ConnectionString).Database!).ConfigureAwait(false);
                break;
            case DatabaseProvider.MySql:
                await CopyMySqlAsync(name, database.ConnectionString).ConfigureAwait(false);
                break;
        }
    }

    private static Task<string> EnsureTemplateAsync(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => EnsureSqliteTemplateAsync(),
        DatabaseProvider.Postgres => EnsurePostgresTemplateAsync(),
        _ => EnsureMySqlTemplateAsync(),
    };

    // ---- SQLite: a file in the temp folder, built beside it and moved into place.

    private static async Task<string> EnsureSqliteTemplateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kpss-templates");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{Prefix}{Fingerprint.Value}.db");
        await using var fileLock = await LockFileAsync(Path.Combine(folder, "sqlite.lock")).ConfigureAwait(false);
        if (File.Exists(path))
            return path;
        foreach (var stale in Directory.GetFiles(folder, $"{Prefix}*").Where(f => File.GetLastWriteTimeUtc(f) < StaleBefore))
            File.Delete(stale);
        var building = path + ".building";
        await MigrateAsync(DatabaseProvider.Sqlite, $"Data Source={building}").ConfigureAwait(false);
        await using (var connection = new SqliteConnection($"Data Source={building};Pooling=False"))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            // One file to copy; the host switches each copy back to WAL when it starts.
            await using var command = new SqliteCommand("PRAGMA journal_mode=DELETE;", connection);
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        File.Move(building, path, overwrite: true);
        return path;
    }

    private static async Task<FileStream> LockFileAsync(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 1500)
            {
                await Task.Delay(200).ConfigureAwait(false);
            }
        }
    }

    // ---- PostgreSQL: a database built under another name and renamed when complete.

    private static string PostgresServer => Environment.GetEnvironmentVariable("KPSS_TEST_PG")
        ?? throw new InvalidOperationException("KPSS_TEST_DB=postgres needs KPSS_TEST_PG (run build/test.sh).");

    private static NpgsqlConnection PostgresAdmin() =>
        new(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false }.ConnectionString);

    private static async Task<string> EnsurePostgresTemplateAsync()
    {
        var name = Prefix + Fingerprint.Value;
        await using var admin = PostgresAdmin();
        await admin.OpenAsync().ConfigureAwait(false);
        await ExecuteAsync(admin, "SELECT pg_advisory_lock(731208)").ConfigureAwait(false);
        // The comment of each template says when it was built (Unix seconds).
        var existing = new List<(string Name, DateTime Built)>();
        await using (var list = new NpgsqlCommand(
            $"SELECT datname, coalesce(shobj_description(oid, 'pg_database'), '0') FROM pg_database WHERE datname LIKE '{PrefixLike}'", admin))
        await using (var reader = await list.ExecuteReaderAsync().ConfigureAwait(false))
        {
            while (await reader.ReadAsync().ConfigureAwait(false))
                existing.Add((reader.GetString(0), DateTime.UnixEpoch.AddSeconds(long.TryParse(reader.GetString(1), out var s) ? s : 0)));
        }
        if (existing.Any(e => e.Name == name))
            return name;
        foreach (var stale in existing.Where(e => e.Built < StaleBefore || e.Name == name + "_b"))
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{stale.Name}\" WITH (FORCE)").ConfigureAwait(false);
        var building = name + "_b";
        await MigrateAsync(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(PostgresServer) { Database = building }.ConnectionString)
            .ConfigureAwait(false);
        await ExecuteAsync(admin, $"ALTER DATABASE \"{building}\" RENAME TO \"{name}\"").ConfigureAwait(false);
        await ExecuteAsync(admin, $"COMMENT ON DATABASE \"{name}\" IS '{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}'").ConfigureAwait(false);
        return name;
        // The advisory lock ends with the connection.
    }

    private static async Task CopyPostgresAsync(string template, string name)
    {
        await using var admin = PostgresAdmin();
        await admin.OpenAsync().ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"").ConfigureAwait(false);
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 10)
            {
                // "source database is being accessed by other users": another copy is being made this instant.
                await Task.Delay(100 * attempt).ConfigureAwait(false);
            }
        }
    }

    // ---- MariaDB: no template databases; a schema marked complete by a table of its own, whose tables are re-created.

    private const string ReadyMark = "__kpss_template_ready";

    private static string MySqlServer => Environment.GetEnvironmentVariable("KPSS_TEST_MYSQL")
        ?? throw new InvalidOperationException("KPSS_TEST_DB=mysql needs KPSS_TEST_MYSQL (run build/test.sh).");

    private static MySqlConnection MySqlAdmin(string database = "") =>
        new(new MySqlConnectionStringBuilder(MySqlServer) { Database = database, Pooling = false }.ConnectionString);

    private static Task<string>? _mySqlCopyScript;

    private static async Task<string> EnsureMySqlTemplateAsync()
    {
        var name = Prefix + Fingerprint.Value;
        await using var admin = MySqlAdmin();
        await admin.OpenAsync().ConfigureAwait(false);
        await ExecuteAsync(admin, "SELECT GET_LOCK('kpss_template', 600)").ConfigureAwait(false);
        // A template is complete when its mark table exists; the mark's creation time says when it was built.
        var schemas = new List<(string Name, DateTime? Built)>();
        await using (var list = new MySqlCommand(
            "SELECT s.SCHEMA_NAME, t.CREATE_TIME FROM information_schema.SCHEMATA s LEFT JOIN information_schema.TABLES t " +
            $"ON t.TABLE_SCHEMA = s.SCHEMA_NAME AND t.TABLE_NAME = '{ReadyMark}' WHERE s.SCHEMA_NAME LIKE '{PrefixLike}'", admin))
        await using (var reader = await list.ExecuteReaderAsync().ConfigureAwait(false))
        {
            while (await reader.ReadAsync().ConfigureAwait(false))
                schemas.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetDateTime(1)));
        }
        if (schemas.Any(s => s.Name == name && s.Built is not null))
            return name;
        // CREATE_TIME is the server's local time: compared with a day's margin, not to the hour.
        foreach (var stale in schemas.Where(s => s.Name == name || s.Built < DateTime.Now.AddDays(-1)))
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS `{stale.Name}`").ConfigureAwait(false);
        await MigrateAsync(DatabaseProvider.MySql, new MySqlConnectionStringBuilder(MySqlServer) { Database = name }.ConnectionString)
            .ConfigureAwait(false);
        await ExecuteAsync(admin, $"CREATE TABLE `{name}`.`{ReadyMark}` (id INT)").ConfigureAwait(false);
        return name;
    }

    private static async Task CopyMySqlAsync(string template, string connectionString)
    {
        Task<string> script;
        lock (Templates)
            script = _mySqlCopyScript ??= MySqlCopyScriptAsync(template);
        var target = new MySqlConnectionStringBuilder(connectionString).Database;
        await using var admin = MySqlAdmin();
        await admin.OpenAsync().ConfigureAwait(false);
        await ExecuteAsync(admin, (await script.ConfigureAwait(false)).Replace("{target}", target, StringComparison.Ordinal)).ConfigureAwait(false);
    }

    /// <summary>One batch that creates the database <c>{target}</c> with the template's character set, re-creates every
    /// table of the template (keys, indexes, foreign keys as <c>SHOW CREATE TABLE</c> gives them) and copies its rows
    /// (the seeded reference data, the migrations' history).</summary>
    private static async Task<string> MySqlCopyScriptAsync(string template)
    {
        await using var connection = MySqlAdmin(template);
        await connection.OpenAsync().ConfigureAwait(false);
        string charset;
        await using (var schema = new MySqlCommand(
            "SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()", connection))
        await using (var reader = await schema.ExecuteReaderAsync().ConfigureAwait(false))
        {
            await reader.ReadAsync().ConfigureAwait(false);
            charset = $"CHARACTER SET {reader.GetString(0)} COLLATE {reader.GetString(1)}";
        }
        await using (var other = new MySqlCommand(
            "SELECT (SELECT COUNT(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()) + " +
            "(SELECT COUNT(*) FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE())", connection))
        {
            if (Convert.ToInt64(await other.ExecuteScalarAsync().ConfigureAwait(false)) != 0)
                throw new InvalidOperationException(
                    "The migrations create routines or views: DatabaseTemplates copies tables and triggers only; teach it those too.");
        }
        // Triggers (the audit log's append-only guard) are made after the rows are copied, as SHOW CREATE TRIGGER gives them.
        var triggers = new List<string>();
        await using (var list = new MySqlCommand("SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() ORDER BY TRIGGER_NAME", connection))
        await using (var reader = await list.ExecuteReaderAsync().ConfigureAwait(false))
        {
            while (await reader.ReadAsync().ConfigureAwait(false))
                triggers.Add(reader.GetString(0));
        }
        var createTriggers = new StringBuilder();
        foreach (var trigger in triggers)
        {
            await using var show = new MySqlCommand($"SHOW CREATE TRIGGER `{trigger}`", connection);
            await using var reader = await show.ExecuteReaderAsync().ConfigureAwait(false);
            await reader.ReadAsync().ConfigureAwait(false);
            createTriggers.Append(reader.GetString(reader.GetOrdinal("SQL Original Statement"))).Append(";\n");
        }
        var tables = new List<string>();
        // A system-versioned table (the audit log on MariaDB) is not a 'BASE TABLE' there.
        await using (var list = new MySqlCommand(
            $"SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED') AND TABLE_NAME <> '{ReadyMark}' ORDER BY TABLE_NAME",
            connection))
        await using (var reader = await list.ExecuteReaderAsync().ConfigureAwait(false))
        {
            while (await reader.ReadAsync().ConfigureAwait(false))
                tables.Add(reader.GetString(0));
        }
        var script = new StringBuilder($"CREATE DATABASE `{{target}}` {charset};\nUSE `{{target}}`;\nSET FOREIGN_KEY_CHECKS=0;\n");
        var inserts = new StringBuilder();
        foreach (var table in tables)
        {
            await using (var show = new MySqlCommand($"SHOW CREATE TABLE `{table}`", connection))
            await using (var reader = await show.ExecuteReaderAsync().ConfigureAwait(false))
            {
                await reader.ReadAsync().ConfigureAwait(false);
                script.Append(reader.GetString(1)).Append(";\n");
            }
            var columns = new List<string>();
            await using (var cols = new MySqlCommand(
                "SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = @t " +
                "AND EXTRA NOT LIKE '%GENERATED%' ORDER BY ORDINAL_POSITION", connection))
            {
                cols.Parameters.AddWithValue("@t", table);
                await using var reader = await cols.ExecuteReaderAsync().ConfigureAwait(false);
                while (await reader.ReadAsync().ConfigureAwait(false))
                    columns.Add($"`{reader.GetString(0)}`");
            }
            await using (var count = new MySqlCommand($"SELECT EXISTS (SELECT 1 FROM `{table}`)", connection))
            {
                if (Convert.ToInt64(await count.ExecuteScalarAsync().ConfigureAwait(false)) == 0)
                    continue;
            }
            var list = string.Join(", ", columns);
            inserts.Append($"INSERT INTO `{table}` ({list}) SELECT {list} FROM `{template}`.`{table}`;\n");
        }
        return script.Append(inserts).Append(createTriggers).Append("SET FOREIGN_KEY_CHECKS=1;").ToString();
    }

    // ---- Shared

    /// <summary>Runs the built host's <c>migrate</c> verb on <paramref name="connectionString"/>: the template is
    /// exactly what a host makes of an empty database.</summary>
    private static async Task MigrateAsync(DatabaseProvider provider, string connectionString)
    {
        var host = new HostProcess();
        host.Environment["Database__Provider"] = provider.ToString();
        host.Environment["Database__ConnectionString"] = connectionString;
        host.Environment["Scheduler__Redis"] = TestDatabase.Redis;
        try
        {
            await host.RunVerbAsync("migrate").ConfigureAwait(false);
        }
        finally
        {
            await host.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>What the migrations depend on: the host's and every module's and plugin's assemblies as built.</summary>
    private static string ComputeFingerprint()
    {
        var output = RepoPaths.HostOutput;
        var files = Directory.GetFiles(output, "Kpss.*.dll")
            .Concat(Directory.GetFiles(Path.Combine(output, "modules"), "*.dll", SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(Path.Combine(output, "plugins"), "*.dll", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(output, file)));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexString(hash.GetHashAndReset())[..16].ToLowerInvariant();
    }

    private static async Task ExecuteAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
