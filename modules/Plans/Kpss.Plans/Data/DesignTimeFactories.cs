using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.EntityFrameworkCore.Design;

namespace Kpss.Plans.Data;

// Used only by `dotnet ef migrations add` (build/add-migration.sh).

internal sealed class SqlitePlansDesignFactory : IDesignTimeDbContextFactory<SqlitePlansDbContext>
{
    public SqlitePlansDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqlitePlansDbContext>(PlansDbContext.SchemaName), new DesignTimeTenant(), new ProcessScope(new Microsoft.AspNetCore.Http.HttpContextAccessor(), new DesignTimeTenant()));
}

internal sealed class PostgresPlansDesignFactory : IDesignTimeDbContextFactory<PostgresPlansDbContext>
{
    public PostgresPlansDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Postgres<PostgresPlansDbContext>(PlansDbContext.SchemaName), new DesignTimeTenant(), new ProcessScope(new Microsoft.AspNetCore.Http.HttpContextAccessor(), new DesignTimeTenant()));
}

internal sealed class MySqlPlansDesignFactory : IDesignTimeDbContextFactory<MySqlPlansDbContext>
{
    public MySqlPlansDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.MySql<MySqlPlansDbContext>(PlansDbContext.SchemaName), new DesignTimeTenant(), new ProcessScope(new Microsoft.AspNetCore.Http.HttpContextAccessor(), new DesignTimeTenant()));
}
