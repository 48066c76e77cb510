using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.EntityFrameworkCore.Design;

namespace Kpss.Evaluation.Data;

// Used only by `dotnet ef migrations add` (build/add-migration.sh).

internal sealed class SqliteEvaluationDesignFactory : IDesignTimeDbContextFactory<SqliteEvaluationDbContext>
{
    public SqliteEvaluationDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteEvaluationDbContext>(EvaluationDbContext.SchemaName), new DesignTimeTenant(), new ProcessScope(new Microsoft.AspNetCore.Http.HttpContextAccessor(), new DesignTimeTenant()));
}

internal sealed class PostgresEvaluationDesignFactory : IDesignTimeDbContextFactory<PostgresEvaluationDbContext>
{
    public PostgresEvaluationDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Postgres<PostgresEvaluationDbContext>(EvaluationDbContext.SchemaName), new DesignTimeTenant(), new ProcessScope(new Microsoft.AspNetCore.Http.HttpContextAccessor(), new DesignTimeTenant()));
}

internal sealed class MySqlEvaluationDesignFactory : IDesignTimeDbContextFactory<MySqlEvaluationDbContext>
{
    public MySqlEvaluationDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.MySql<MySqlEvaluationDbContext>(EvaluationDbContext.SchemaName), new DesignTimeTenant(), new ProcessScope(new Microsoft.AspNetCore.Http.HttpContextAccessor(), new DesignTimeTenant()));
}
