using Kpss.Host.Platform.Tenancy;
using Kpss.Modules.Abstractions.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kpss.Host.Platform.Data;

// Used only by `dotnet ef migrations add` (build/add-migration.sh); nothing connects to these databases.

internal sealed class SqlitePlatformDesignFactory : IDesignTimeDbContextFactory<SqlitePlatformDbContext>
{
    public SqlitePlatformDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqlitePlatformDbContext>()
            .UseSqlite("Data Source=design.db", x => x.MigrationsHistoryTable(DbContextRegistration.HistoryTable(PlatformDbContext.Schema)))
            .Options,
        TenantContext.PlatformWide());
}

internal sealed class PostgresPlatformDesignFactory : IDesignTimeDbContextFactory<PostgresPlatformDbContext>
{
    public PostgresPlatformDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PostgresPlatformDbContext>()
            .UseNpgsql("Host=localhost;Database=kpss_design", x => x.MigrationsHistoryTable(DbContextRegistration.HistoryTable(PlatformDbContext.Schema), PlatformDbContext.Schema))
            .Options,
        TenantContext.PlatformWide());
}
