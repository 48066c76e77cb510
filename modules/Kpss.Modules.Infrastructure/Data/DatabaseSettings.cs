namespace Kpss.Modules.Abstractions.Data;

/// <summary>
/// The one place that knows which database the platform runs on: SQLite (one host, the default), PostgreSQL, or
/// MySQL 8 / MariaDB 10.11+ through Pomelo. A further provider is one more value here and one more branch in
/// <see cref="DbContextRegistration"/> and <see cref="DbSession"/>.
/// </summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    MySql,
}

public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool MigrateOnStart);
