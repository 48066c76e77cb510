using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kpss.Modules.Abstractions.Data;

/// <summary>
/// Options for the design-time factories that <c>dotnet ef migrations add</c> uses (build/add-migration.sh): the same
/// provider and history-table set-up as at run time; nothing ever connects to these databases.
/// </summary>
public static class DesignTimeOptions
{
    public static DbContextOptions<T> Sqlite<T>(string schema) where T : DbContext =>
        new DbContextOptionsBuilder<T>()
            .UseSqlite("Data Source=design.db", x => x.MigrationsHistoryTable(DbContextRegistration.HistoryTable(schema)))
            .ConfigureWarnings(w => w.Ignore(SqliteEventId.SchemaConfiguredWarning))
            .Options;

    public static DbContextOptions<T> Postgres<T>(string schema) where T : DbContext =>
        new DbContextOptionsBuilder<T>()
            .UseNpgsql("Host=localhost;Database=kpss_design", x => x.MigrationsHistoryTable(DbContextRegistration.HistoryTable(schema), schema))
            .Options;

    /// <summary>MySQL 8 at design time: what it scaffolds runs on MySQL 8 and on MariaDB 10.11+.</summary>
    public static DbContextOptions<T> MySql<T>(string schema) where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        DbContextRegistration.UseKpssMySql(builder, null, DesignServerVersion, schema);
        return builder.Options;
    }

    public static readonly ServerVersion DesignServerVersion =
        new MySqlServerVersion(new Version(8, 0, 36));
}
