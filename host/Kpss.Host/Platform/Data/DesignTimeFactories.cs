using Kpss.Modules.Abstractions.Data;
using Kpss.Host.Platform.Tenancy;
using Microsoft.EntityFrameworkCore.Design;

namespace Kpss.Host.Platform.Data;

// Used only by `dotnet ef migrations add` (build/add-migration.sh).

internal sealed class SqlitePlatformDesignFactory : IDesignTimeDbContextFactory<SqlitePlatformDbContext>
{
    public SqlitePlatformDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqlitePlatformDbContext>(PlatformDbContext.Schema), TenantContext.PlatformWide());
}

internal sealed class PostgresPlatformDesignFactory : IDesignTimeDbContextFactory<PostgresPlatformDbContext>
{
    public PostgresPlatformDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Postgres<PostgresPlatformDbContext>(PlatformDbContext.Schema), TenantContext.PlatformWide());
}

internal sealed class MySqlPlatformDesignFactory : IDesignTimeDbContextFactory<MySqlPlatformDbContext>
{
    public MySqlPlatformDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.MySql<MySqlPlatformDbContext>(PlatformDbContext.Schema), TenantContext.PlatformWide());
}
