using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Kpss.Modules.Abstractions;

/// <summary>A module's contribution to the host's one Quartz scheduler (its jobs and triggers).</summary>
public sealed record ScheduledJobs(Action<IQuartzBuilder> Configure);

public static class SchedulingExtensions
{
    /// <summary>Adds jobs to the host's scheduler (persistent in the platform database, clustered on PostgreSQL).</summary>
    public static IServiceCollection AddKpssJobs(this IServiceCollection services, Action<IQuartzBuilder> configure) =>
        services.AddSingleton(new ScheduledJobs(configure));
}
