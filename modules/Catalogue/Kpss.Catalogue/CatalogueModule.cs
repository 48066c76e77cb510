using Kpss.Catalogue.Api;
using Kpss.Catalogue.Data;
using Kpss.Catalogue.Search;
using Kpss.Modules.Abstractions;
using Kpss.Modules.Abstractions.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Catalogue;

/// <summary>Providers and social services after the national register, the public catalogue, the kraj's network.</summary>
public sealed class CatalogueModule : IModule
{
    public string Name => CatalogueDbContext.SchemaName;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddKpssDbContext<CatalogueDbContext, SqliteCatalogueDbContext, PostgresCatalogueDbContext>(CatalogueDbContext.SchemaName);
        services.AddScoped<CatalogueSearch>();
        services.AddScoped<Import.RegisterImport>();
        services.AddSingleton<Import.ImportJobs>();
        services.AddSingleton(new KrajLink("Katalog sociálních služeb", "katalog", null, 5));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => CatalogueApi.Map(endpoints);

    public Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) => Demo.CatalogueDemo.SeedAsync(services, ct);
}
