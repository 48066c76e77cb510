namespace Kpss.Modules.Abstractions.Data;

/// <summary>
/// The one place that knows which database the platform runs on. A further provider (MySQL/MariaDB, when its packages
/// restore) is one more enum value here and one more branch in <see cref="DbContextRegistration"/>.
/// </summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool MigrateOnStart);
