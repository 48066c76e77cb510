using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Modules.Abstractions;

/// <summary>
/// A module's background work, run by the host's one job scheduler (Hangfire; only the host knows it and its storage)
/// in a DI scope of its own, on whichever host of the installation picks it up.
/// </summary>
public interface IKpssJob
{
    /// <param name="argument">What <see cref="IBackgroundJobs.Enqueue"/> was given; null for a recurring run.</param>
    /// <param name="ct">Cancelled when the host stops.</param>
    Task RunAsync(string? argument, CancellationToken ct);
}

/// <summary>
/// A job a module declares: its name (unique across the platform, <c>module.job</c>), its type, how often it recurs
/// (null: only when enqueued) and whether runs of it may overlap (a recurring job's next run is skipped while one runs).
/// </summary>
public sealed record KpssJobDefinition(string Name, Type JobType, TimeSpan? Every, bool OneAtATime);

/// <summary>Starts a declared job now, on any host of the installation (durably queued: a restart does not lose it).</summary>
public interface IBackgroundJobs
{
    /// <returns>The scheduler's id of the queued run.</returns>
    string Enqueue(string jobName, string? argument = null);
}

public static class SchedulingExtensions
{
    /// <summary>
    /// A job that runs every <paramref name="every"/> (seconds that divide a minute, minutes that divide an hour, or
    /// whole hours), never two runs at once across the installation.
    /// </summary>
    public static IServiceCollection AddKpssRecurringJob<TJob>(this IServiceCollection services, string name, TimeSpan every)
        where TJob : class, IKpssJob
    {
        _ = JobSchedule.CronOf(every);
        services.AddScoped<TJob>();
        return services.AddSingleton(new KpssJobDefinition(name, typeof(TJob), every, OneAtATime: true));
    }

    /// <summary>
    /// A recurring job whose schedule an installation (or a test host) may switch off: with <paramref name="scheduled"/>
    /// false it is still declared and runs when asked (a test, <c>run-job</c>), never on its own.
    /// </summary>
    public static IServiceCollection AddKpssRecurringJob<TJob>(this IServiceCollection services, string name, TimeSpan every, bool scheduled)
        where TJob : class, IKpssJob =>
        scheduled ? services.AddKpssRecurringJob<TJob>(name, every) : services.AddKpssBackgroundJob<TJob>(name);

    /// <summary>A job that runs when a module enqueues it (<see cref="IBackgroundJobs"/>).</summary>
    public static IServiceCollection AddKpssBackgroundJob<TJob>(this IServiceCollection services, string name)
        where TJob : class, IKpssJob
    {
        services.AddScoped<TJob>();
        return services.AddSingleton(new KpssJobDefinition(name, typeof(TJob), null, OneAtATime: false));
    }
}

public static class JobSchedule
{
    /// <summary>The six-field cron (with seconds) of a fixed interval.</summary>
    public static string CronOf(TimeSpan every) => every switch
    {
        { TotalSeconds: >= 1 and < 60 } when every.Ticks % TimeSpan.TicksPerSecond == 0 && 60 % every.Seconds == 0 => $"*/{every.Seconds} * * * * *",
        { TotalMinutes: >= 1 and < 60 } when every.Ticks % TimeSpan.TicksPerMinute == 0 && 60 % every.Minutes == 0 => $"0 */{every.Minutes} * * * *",
        // A day: at midnight (UTC); "*/24" is not a valid hour step.
        { TotalHours: 24 } => "0 0 0 * * *",
        { TotalHours: >= 1 and < 24 } when every.Ticks % TimeSpan.TicksPerHour == 0 && 24 % (int)every.TotalHours == 0 => $"0 0 */{(int)every.TotalHours} * * *",
        _ => throw new ArgumentOutOfRangeException(nameof(every), every,
            "A recurring job runs every 1–59 seconds that divide a minute, minutes that divide an hour, or hours that divide a day."),
    };
}
