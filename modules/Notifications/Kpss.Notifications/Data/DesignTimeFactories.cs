using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kpss.Notifications.Data;

// Used only by `dotnet ef migrations add` (build/add-migration.sh); nothing connects to these databases.

internal sealed class SqliteNotificationsDesignFactory : IDesignTimeDbContextFactory<SqliteNotificationsDbContext>
{
    public SqliteNotificationsDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqliteNotificationsDbContext>()
            .UseSqlite("Data Source=design.db", x => x.MigrationsHistoryTable(DbContextRegistration.HistoryTable(NotificationsDbContext.SchemaName)))
            .Options,
        new DesignTimeTenant());
}

internal sealed class PostgresNotificationsDesignFactory : IDesignTimeDbContextFactory<PostgresNotificationsDbContext>
{
    public PostgresNotificationsDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PostgresNotificationsDbContext>()
            .UseNpgsql("Host=localhost;Database=kpss_design", x => x.MigrationsHistoryTable(DbContextRegistration.HistoryTable(NotificationsDbContext.SchemaName), NotificationsDbContext.SchemaName))
            .Options,
        new DesignTimeTenant());
}
