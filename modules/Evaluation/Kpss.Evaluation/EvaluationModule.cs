using Autofac;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Security;
using Kpss.Evaluation.Api;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Evaluation;

/// <summary>
/// Evaluation: the yearly monitoring of a plan's fulfilment (§ 95 of law 108/2006) — rounds whose records are a year of
/// an approved edition (Plans' contract), reported on by a deadline.
/// </summary>
public sealed class EvaluationModule : IModule
{
    public string Name => EvaluationDbContext.SchemaName;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddKpssDbContext<EvaluationDbContext, SqliteEvaluationDbContext, PostgresEvaluationDbContext, MySqlEvaluationDbContext>(EvaluationDbContext.SchemaName);
        services.TryAddScoped<ProcessScope>();
        services.AddHttpContextAccessor();
        services.AddScoped<RoundReader>();
        services.AddSingleton(new KrajLink(EvaluationWords.Pages.Rounds, "hodnoceni", KpssPolicies.KrajCoordinator, 27));
    }

    /// <summary>Every use case's handler (UseCases/&lt;UseCase&gt;/&lt;UseCase&gt;.cs), registered by convention.</summary>
    public void ConfigureContainer(ContainerBuilder builder) => builder.RegisterUseCases(typeof(EvaluationModule).Assembly);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => EvaluationApi.Map(endpoints);
}
