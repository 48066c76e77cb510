using Kpss.Host.Platform.Data;
using Kpss.Modules.Abstractions;
using Kpss.Modules.Abstractions.Data;
using Quartz;

namespace Kpss.Host.Platform;

/// <summary>
/// The host's one Quartz scheduler with the jobs the modules contributed (<see cref="ScheduledJobs"/>). Its job store is
/// persistent in the platform database: SQLite by default, PostgreSQL clustered, so that several hosts share the work
/// and a job runs on one of them at a time. Quartz creates its own tables when they are missing.
/// </summary>
internal static class SchedulerSetup
{
    public static void AddKpssScheduler(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var contributions = services
            .Where(d => d.ServiceType == typeof(ScheduledJobs) && d.ImplementationInstance is ScheduledJobs)
            .Select(d => (ScheduledJobs)d.ImplementationInstance!)
            .ToList();
        var paths = new StoragePaths(Path.GetFullPath(builder.Configuration["Storage:DataPath"] ?? "data", builder.Environment.ContentRootPath));
        var database = DatabaseSetup.SettingsFrom(builder.Configuration, paths);

        services.AddQuartz(q =>
        {
            // Quartz fires on the wall clock; what is due (reminders) is decided by the jobs with the platform's
            // KpssClock, which tests move.
            q.UseTimeProvider(TimeProvider.System);
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "kpss";
                o.GenerateInstanceId = true;
            });
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                if (database.Provider == DatabaseProvider.Postgres)
                {
                    store.UsePostgres(database.ConnectionString);
                    store.UseClustering(_ => { });
                }
                else
                {
                    store.UseSqlite(database.ConnectionString);
                }
                store.ProvisionSchema();
            });
            foreach (var contribution in contributions)
                contribution.Configure(q);
        });
        if (builder.Configuration.GetValue("Scheduler:Enabled", true))
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
    }
}
