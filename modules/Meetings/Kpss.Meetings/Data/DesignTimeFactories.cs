using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kpss.Meetings.Data;

// Used only by `dotnet ef migrations add` (build/add-migration.sh); nothing connects to these databases.

internal sealed class SqliteMeetingsDesignFactory : IDesignTimeDbContextFactory<SqliteMeetingsDbContext>
{
    public SqliteMeetingsDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqliteMeetingsDbContext>()
            .UseSqlite("Data Source=design.db", x => x.MigrationsHistoryTable(DbContextRegistration.HistoryTable(MeetingsDbContext.SchemaName)))
            .Options,
        new DesignTimeTenant());
}

internal sealed class PostgresMeetingsDesignFactory : IDesignTimeDbContextFactory<PostgresMeetingsDbContext>
{
    public PostgresMeetingsDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PostgresMeetingsDbContext>()
            .UseNpgsql("Host=localhost;Database=kpss_design", x => x.MigrationsHistoryTable(DbContextRegistration.HistoryTable(MeetingsDbContext.SchemaName), MeetingsDbContext.SchemaName))
            .Options,
        new DesignTimeTenant());
}
