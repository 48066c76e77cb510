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
}
