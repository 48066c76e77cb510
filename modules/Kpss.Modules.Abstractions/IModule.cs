using Autofac;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Modules.Abstractions;

/// <summary>
/// A module of the platform (Meetings, Catalogue, ...). The host finds implementations in the assemblies of its
/// <c>modules/</c> folder, creates each with its parameterless constructor and calls these hooks in order.
/// </summary>
public interface IModule
{
    /// <summary>Short English name, also the module's database schema (e.g. <c>meetings</c>).</summary>
    string Name { get; }

    /// <summary>Framework-style registrations (the DbContext via <c>AddKpssDbContext</c> of Kpss.Modules.Infrastructure, options, hosted services).</summary>
    void ConfigureServices(IServiceCollection services, IConfiguration configuration) { }

    /// <summary>Autofac registrations: every module registers its use cases here by convention (<see cref="UseCaseRegistration"/>).</summary>
    void ConfigureContainer(ContainerBuilder builder) { }

    /// <summary>The module's minimal APIs (its Razor pages come as an application part of its assembly).</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints) { }

    /// <summary>Demo data (<c>Demo:Enabled</c>), after the host's demo accounts exist. Must be idempotent.</summary>
    Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
