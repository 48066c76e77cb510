using Kpss.Modules.Abstractions.Data;
using Microsoft.Data.Sqlite;
using MySqlConnector;
using Npgsql;

namespace Kpss.Testing;

/// <summary>
/// A database of its own for one test class, on the provider the run asks for: <c>KPSS_TEST_DB=sqlite</c> (default),
/// <c>postgres</c> with <c>KPSS_TEST_PG</c> as the server connection, or <c>mysql</c> (MariaDB) with
/// <c>KPSS_TEST_MYSQL</c> (build/test.sh sets them).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteDirectory;
    private readonly string? _postgresName;
    private readonly string? _mySqlName;

    public TestDatabase() : this(CurrentProvider)
    {
    }

    public TestDatabase(DatabaseProvider provider)
    {
        Provider = provider;
        if (Provider == DatabaseProvider.Sqlite)
        {
            _sqliteDirectory = RepoPaths.NewTempDirectory("kpss-db");
            ConnectionString = $"Data Source={Path.Combine(_sqliteDirectory, "kpss.db")}";
        }
        else if (Provider == DatabaseProvider.MySql)
        {
            var server = Environment.GetEnvironmentVariable("KPSS_TEST_MYSQL")
                ?? throw new InvalidOperationException("KPSS_TEST_DB=mysql needs KPSS_TEST_MYSQL (run build/test.sh).");
            _mySqlName = $"kpss_t_{Guid.NewGuid():N}";
            ConnectionString = new MySqlConnectionStringBuilder(server) { Database = _mySqlName }.ConnectionString;
        }
        else
        {
            var server = Environment.GetEnvironmentVariable("KPSS_TEST_PG")
                ?? throw new InvalidOperationException("KPSS_TEST_DB=postgres needs KPSS_TEST_PG (run build/test.sh).");
            _postgresName = $"kpss_t_{Guid.NewGuid():N}";
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _postgresName }.ConnectionString;
        }
    }

    public static DatabaseProvider CurrentProvider =>
        Environment.GetEnvironmentVariable("KPSS_TEST_DB")?.ToLowerInvariant() switch
        {
            null or "" or "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" => DatabaseProvider.Postgres,
            "mysql" or "mariadb" => DatabaseProvider.MySql,
            var other => throw new InvalidOperationException($"KPSS_TEST_DB={other}: use sqlite, postgres or mysql."),
        };

    public DatabaseProvider Provider { get; }

    /// <summary>Creates the database as a copy of the run's migrated template (see <see cref="DatabaseTemplates"/>);
    /// without this a host creates and migrates it when it starts.</summary>
    /// <remarks><c>KPSS_TEST_TEMPLATES=0</c> turns it off (every host migrates its own database): to compare times, or
    /// to rule the copy out when a test behaves oddly.</remarks>
    public Task CreateFromTemplateAsync() =>
        Environment.GetEnvironmentVariable("KPSS_TEST_TEMPLATES") == "0" ? Task.CompletedTask : DatabaseTemplates.CopyAsync(this);

    /// <summary>The settings a host process needs for this database (and, on MySQL, Hangfire's Redis).</summary>
    public void ConfigureHost(IDictionary<string, string> environment)
    {
        environment["Database__Provider"] = Provider.ToString();
        environment["Database__ConnectionString"] = ConnectionString;
        if (Provider == DatabaseProvider.MySql)
            environment["Scheduler__Redis"] = Redis;
    }

    /// <summary>The database of a test that runs several hosts on one database: SQLite is the one-host default, so
    /// the SQLite pass of the tests runs it on PostgreSQL.</summary>
    public static DatabaseProvider SharedByHosts => CurrentProvider == DatabaseProvider.Sqlite ? DatabaseProvider.Postgres : CurrentProvider;

    /// <summary>The Redis server that keeps Hangfire's jobs when the database is MySQL/MariaDB (build/test.sh starts one).</summary>
    public static string Redis => Environment.GetEnvironmentVariable("KPSS_TEST_REDIS") ?? "127.0.0.1:6390";

    public string ConnectionString { get; }

    private static readonly SemaphoreSlim Drops = new(1, 1);

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is not null)
        {
            // Test classes end in parallel; PostgreSQL may refuse concurrent DROP DATABASE (a class cleanup failed so once
            // in CI). One drop at a time per test process, and a retry for what another process may be doing meanwhile.
            await Drops.WaitAsync();
            try
            {
                NpgsqlConnection.ClearAllPools();
                var admin = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("KPSS_TEST_PG")) { Database = "postgres" };
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        await using var connection = new NpgsqlConnection(admin.ConnectionString);
                        await connection.OpenAsync();
                        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
                        await drop.ExecuteNonQueryAsync();
                        break;
                    }
                    catch (PostgresException) when (attempt < 5)
                    {
                        await Task.Delay(200 * attempt);
                    }
                }
            }
            finally
            {
                Drops.Release();
            }
        }
        if (_mySqlName is not null)
        {
            MySqlConnection.ClearAllPools();
            var admin = new MySqlConnectionStringBuilder(Environment.GetEnvironmentVariable("KPSS_TEST_MYSQL") ?? "") { Database = "" };
            await using var connection = new MySqlConnection(admin.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new MySqlCommand($"DROP DATABASE IF EXISTS `{_mySqlName}`", connection);
            await drop.ExecuteNonQueryAsync();
        }
        if (_sqliteDirectory is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_sqliteDirectory, recursive: true);
        }
    }
}
