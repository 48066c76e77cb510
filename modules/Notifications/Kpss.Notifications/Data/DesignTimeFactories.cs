using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.EntityFrameworkCore.Design;

namespace Kpss.Notifications.Data;

// Used only by `dotnet ef migrations add` (build/add-migration.sh).

internal sealed class SqliteNotificationsDesignFactory : IDesignTimeDbContextFactory<SqliteNotificationsDbContext>
{
    public SqliteNotificationsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteNotificationsDbContext>(NotificationsDbContext.SchemaName), new DesignTimeTenant());
}

internal sealed class PostgresNotificationsDesignFactory : IDesignTimeDbContextFactory<PostgresNotificationsDbContext>
{
    public PostgresNotificationsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Postgres<PostgresNotificationsDbContext>(NotificationsDbContext.SchemaName), new DesignTimeTenant());
}

internal sealed class MySqlNotificationsDesignFactory : IDesignTimeDbContextFactory<MySqlNotificationsDbContext>
{
    public MySqlNotificationsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.MySql<MySqlNotificationsDbContext>(NotificationsDbContext.SchemaName), new DesignTimeTenant());
}
