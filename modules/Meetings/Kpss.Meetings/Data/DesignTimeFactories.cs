using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.EntityFrameworkCore.Design;

namespace Kpss.Meetings.Data;

// Used only by `dotnet ef migrations add` (build/add-migration.sh).

internal sealed class SqliteMeetingsDesignFactory : IDesignTimeDbContextFactory<SqliteMeetingsDbContext>
{
    public SqliteMeetingsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteMeetingsDbContext>(MeetingsDbContext.SchemaName), new DesignTimeTenant(), new ProcessScope(new Microsoft.AspNetCore.Http.HttpContextAccessor(), new DesignTimeTenant()));
}

internal sealed class PostgresMeetingsDesignFactory : IDesignTimeDbContextFactory<PostgresMeetingsDbContext>
{
    public PostgresMeetingsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Postgres<PostgresMeetingsDbContext>(MeetingsDbContext.SchemaName), new DesignTimeTenant(), new ProcessScope(new Microsoft.AspNetCore.Http.HttpContextAccessor(), new DesignTimeTenant()));
}

internal sealed class MySqlMeetingsDesignFactory : IDesignTimeDbContextFactory<MySqlMeetingsDbContext>
{
    public MySqlMeetingsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.MySql<MySqlMeetingsDbContext>(MeetingsDbContext.SchemaName), new DesignTimeTenant(), new ProcessScope(new Microsoft.AspNetCore.Http.HttpContextAccessor(), new DesignTimeTenant()));
}
