using Autofac;
using Kpss.Catalogue.Api;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Security;
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
        services.AddKpssDbContext<CatalogueDbContext, SqliteCatalogueDbContext, PostgresCatalogueDbContext, MySqlCatalogueDbContext>(CatalogueDbContext.SchemaName);
        services.AddScoped<CatalogueSearch>();
        services.AddSingleton<CatalogueIndex>();
        services.AddScoped<UseCases.ImportRegister.RegisterImport>();
        services.AddSingleton<UseCases.ImportRegister.ImportJobs>();
        services.AddKpssBackgroundJob<UseCases.ImportRegister.ImportJob>(UseCases.ImportRegister.ImportJob.Name);
        services.AddScoped<Shared.ProviderEdits>();
        services.AddScoped<Kpss.Modules.Abstractions.PersonalData.IPersonalData, PersonalData.CataloguePersonalData>();
        services.AddScoped<Kpss.Catalogue.Contracts.ICatalogueNetwork, Provides.CatalogueNetwork>();
        services.AddScoped<Kpss.Catalogue.Contracts.ICatalogueProviders, Provides.CatalogueProviders>();
        services.AddScoped<Kpss.Modules.Abstractions.Pages.IDeskContributor, Desk.CatalogueDesk>();
        services.AddScoped<Kpss.Modules.Abstractions.Pages.IKrajHomeContributor, Desk.CatalogueHome>();
        services.AddScoped<IRoleScopeSource, Provides.ProviderScopes>();
        services.AddSingleton(new KrajLink(CatalogueWords.Pages.Catalogue, "katalog", null, 5));
        services.AddSingleton(new KrajLink(CatalogueWords.Pages.MyServices, "katalog/moje-sluzby", KpssPolicies.KrajParticipant, 30));
        services.AddSingleton(new KrajLink(CatalogueWords.Pages.Proposals, "katalog/navrhy", KpssPolicies.KrajWideCoordinator, 31));
        services.AddSingleton(new KrajLink("Import do katalogu", "katalog/import", KpssPolicies.KrajWideCoordinator, 32));
    }

    /// <summary>Every use case's handler (UseCases/&lt;UseCase&gt;/&lt;UseCase&gt;.cs), registered by convention.</summary>
    public void ConfigureContainer(ContainerBuilder builder) => builder.RegisterUseCases(typeof(CatalogueModule).Assembly);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => CatalogueApi.Map(endpoints);

    public Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) => Data.CatalogueDemo.SeedAsync(services, ct);
}
