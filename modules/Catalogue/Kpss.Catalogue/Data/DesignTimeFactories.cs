using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.EntityFrameworkCore.Design;

namespace Kpss.Catalogue.Data;

// Used only by `dotnet ef migrations add` (build/add-migration.sh).

internal sealed class SqliteCatalogueDesignFactory : IDesignTimeDbContextFactory<SqliteCatalogueDbContext>
{
    public SqliteCatalogueDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteCatalogueDbContext>(CatalogueDbContext.SchemaName), new DesignTimeTenant());
}

internal sealed class PostgresCatalogueDesignFactory : IDesignTimeDbContextFactory<PostgresCatalogueDbContext>
{
    public PostgresCatalogueDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Postgres<PostgresCatalogueDbContext>(CatalogueDbContext.SchemaName), new DesignTimeTenant());
}

internal sealed class MySqlCatalogueDesignFactory : IDesignTimeDbContextFactory<MySqlCatalogueDbContext>
{
    public MySqlCatalogueDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.MySql<MySqlCatalogueDbContext>(CatalogueDbContext.SchemaName), new DesignTimeTenant());
}
