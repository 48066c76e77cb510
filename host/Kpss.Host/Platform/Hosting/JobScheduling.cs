using Hangfire;
using Hangfire.Common;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Hangfire.Redis.StackExchange;
using Hangfire.Server;
using Hangfire.Storage;
using Hangfire.Storage.SQLite;
using Kpss.Host.Platform.Data;
using Kpss.Modules.Abstractions;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Data.Sqlite;
using MySqlConnector;

namespace Kpss.Host.Platform;

/// <summary>
/// The host's one job scheduler, Hangfire, running the jobs the modules declared (<see cref="KpssJobDefinition"/>).
/// Modules never see Hangfire: every job is stored as a call of <see cref="KpssJobRunner"/> with the job's name, so the
/// storage holds no module types. Storage follows the database: a SQLite file next to the platform's (one host), the
/// platform's PostgreSQL database (schema <c>hangfire</c>), or Redis with MySQL/MariaDB (no MySQL storage is served).
/// </summary>
internal static class JobScheduling
{
    /// <summary>How often servers look for due scheduled and recurring jobs and for queued ones (Hangfire's default: 15 s).</summary>
    public static TimeSpan PollInterval(IConfiguration configuration) =>
        TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Scheduler:PollSeconds", 1.0), 0.2, 60));

    public static void AddKpssScheduler(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var paths = new StoragePaths(Path.GetFullPath(configuration["Storage:DataPath"] ?? "data", builder.Environment.ContentRootPath));
        var database = DatabaseSetup.SettingsFrom(configuration, paths);
        var poll = PollInterval(configuration);

        services.AddSingleton<KpssJobRunner>();
        services.AddSingleton<IBackgroundJobs, HangfireBackgroundJobs>();
        // Hangfire's own registration keeps its storage and filters in static state, one per process; tests run several
        // hosts in one process, each on its own database. So this host's storage and filters are registered first, as
        // its own singletons, and Hangfire's registration (which only adds what is missing) takes them.
        services.AddSingleton<JobStorage>(_ => CreateStorage(database, configuration, poll));
        // Hangfire's default is the process-wide JobActivator.Current, i.e. the last host started: jobs of one host
        // would run in another's container (and database).
        services.AddSingleton<JobActivator>(sp => new Hangfire.AspNetCore.AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<IJobFilterProvider>(sp => new JobFilterProviderCollection(
            JobFilterProviders.Providers, new HostJobFilters(new OneAtATimeFilter(sp.GetServices<KpssJobDefinition>()))));
        services.AddHangfire(config => config
            .UseLogProvider(HangfireLogging.Instance)
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        if (configuration.GetValue("Scheduler:Enabled", true))
        {
            services.AddHangfireServer(o =>
            {
                o.SchedulePollingInterval = poll;
                o.WorkerCount = Math.Clamp(configuration.GetValue("Scheduler:Workers", 4), 1, 64);
                o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";
                o.ShutdownTimeout = TimeSpan.FromSeconds(10);
            });
            services.AddHostedService<RecurringJobsRegistration>();
        }
    }

    /// <summary>Hangfire's (process-wide) log goes to this host's logging while it runs.</summary>
    public static void AttachJobsLogging(this WebApplication app)
    {
        var attached = HangfireLogging.Instance.Attach(app.Services.GetRequiredService<ILoggerFactory>());
        app.Lifetime.ApplicationStopped.Register(attached.Dispose);
    }

    /// <summary>On SQLite, Hangfire's own file beside the platform's: <c>kpss.db</c> → <c>kpss-jobs.db</c>.</summary>
    public static string JobsFileOf(string databaseFile) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databaseFile)) ?? ".", Path.GetFileNameWithoutExtension(databaseFile) + "-jobs.db");

    private static JobStorage CreateStorage(DatabaseSettings database, IConfiguration configuration, TimeSpan poll)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.Postgres:
                var options = new PostgreSqlStorageOptions
                {
                    SchemaName = "hangfire",
                    PrepareSchemaIfNecessary = true,
                    QueuePollInterval = poll,
                    DistributedLockTimeout = TimeSpan.FromMinutes(1),
                };
                return new PostgreSqlStorage(new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(database.ConnectionString, options), options);
            case DatabaseProvider.MySql:
                var redis = configuration["Scheduler:Redis"];
                if (string.IsNullOrWhiteSpace(redis))
                    throw new InvalidOperationException(
                        "Database:Provider=MySql needs Scheduler:Redis (e.g. localhost:6379): Hangfire keeps its jobs in Redis there.");
                // Several installations (or test databases) may share one Redis: the database's name keeps them apart.
                var prefix = configuration["Scheduler:RedisPrefix"] is { Length: > 0 } p
                    ? p
                    : $"kpss:{new MySqlConnectionStringBuilder(database.ConnectionString).Database}:";
                return new RedisStorage(redis, new RedisStorageOptions { Prefix = prefix, FetchTimeout = poll });
            default:
                // Its own file beside the platform's: Hangfire's polling never waits on the platform's writers.
                var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
                return new SQLiteStorage(JobsFileOf(file), new SQLiteStorageOptions { QueuePollInterval = poll });
        }
    }

    /// <summary>
    /// The Hangfire dashboard at <c>/admin/ulohy</c>, for the platform admin only (never Hangfire's local-requests
    /// filter): jobs, their runs, failures, and servers.
    /// </summary>
    public static void UseKpssJobsDashboard(this WebApplication app)
    {
        app.UseHangfireDashboard(DashboardPath, storage: app.Services.GetRequiredService<JobStorage>(), options: new DashboardOptions
        {
            Authorization = [new PlatformAdminDashboardFilter()],
            AsyncAuthorization = [],
            DashboardTitle = "Úlohy platformy KPSS",
            AppPath = "/admin/pluginy",
            DisplayStorageConnectionString = false,
        });
    }

    public const string DashboardPath = "/admin/ulohy";

    private sealed class PlatformAdminDashboardFilter : IDashboardAsyncAuthorizationFilter, IDashboardAuthorizationFilter
    {
        public async Task<bool> AuthorizeAsync(DashboardContext context)
        {
            var http = context.GetHttpContext();
            if (http.User.Identity?.IsAuthenticated != true) return false;
            var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
            return (await authorization.AuthorizeAsync(http.User, KpssPolicies.PlatformAdmin)).Succeeded;
        }

        public bool Authorize(DashboardContext context) => AuthorizeAsync(context).GetAwaiter().GetResult();
    }
}

/// <summary>What Hangfire stores and calls for every job: a module job's name and argument.</summary>
public sealed class KpssJobRunner(IServiceScopeFactory scopes, IEnumerable<KpssJobDefinition> definitions)
{
    private readonly Dictionary<string, KpssJobDefinition> _jobs = definitions.ToDictionary(d => d.Name, StringComparer.Ordinal);

    [JobDisplayName("{0}")]
    public async Task RunAsync(string name, string? argument, CancellationToken ct)
    {
        if (!_jobs.TryGetValue(name, out var definition))
            throw new InvalidOperationException($"No module of this host declares the job '{name}'.");
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Kpss.Modules.Abstractions.Audit.AuditScope>()
            .Set(Kpss.Modules.Abstractions.Audit.AuditActorKind.System, $"úloha {name}", null, name);
        var job = (IKpssJob)scope.ServiceProvider.GetRequiredService(definition.JobType);
        await job.RunAsync(argument, ct);
    }
}

internal sealed class HangfireBackgroundJobs(IBackgroundJobClient client, IEnumerable<KpssJobDefinition> definitions) : IBackgroundJobs
{
    private readonly HashSet<string> _names = definitions.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);

    public string Enqueue(string jobName, string? argument = null)
    {
        if (!_names.Contains(jobName))
            throw new ArgumentException($"No module declares the job '{jobName}'.", nameof(jobName));
        return client.Enqueue<KpssJobRunner>(r => r.RunAsync(jobName, argument, CancellationToken.None));
    }
}

/// <summary>
/// At start: every recurring job the modules declared is (re)scheduled; one no module declares any more is removed.
/// Scheduling takes each job's lock in the job storage. A host killed while holding one (a crash, an OOM kill) leaves
/// it until the storage's lock timeout runs out: the next host then starts anyway, says so, and tries again every
/// <see cref="RetryEvery"/> in the background until it has scheduled them (the jobs already stored keep running meanwhile).
/// </summary>
internal sealed class RecurringJobsRegistration(IRecurringJobManager manager, JobStorage storage, IEnumerable<KpssJobDefinition> definitions, ILogger<RecurringJobsRegistration> logger) : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private Task? _retrying;

    public TimeSpan RetryEvery { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Done once every declared job is scheduled (at start, or by a later try).</summary>
    public Task Registered => _registered.Task;

    private readonly TaskCompletionSource _registered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!TryRegister())
            _retrying = RetryAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    private async Task RetryAsync(CancellationToken ct)
    {
        try
        {
            do await Task.Delay(RetryEvery, ct);
            while (!TryRegister());
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private bool TryRegister()
    {
        try
        {
            Register();
            _registered.TrySetResult();
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Recurring jobs could not be scheduled now ({Reason}); trying again in {Seconds} s",
                e.Message, (int)RetryEvery.TotalSeconds);
            return false;
        }
    }

    private void Register()
    {
        var declared = definitions.Where(d => d.Every is not null).ToList();
        foreach (var job in declared)
        {
            var name = job.Name;
            manager.AddOrUpdate<KpssJobRunner>(name, r => r.RunAsync(name, null, CancellationToken.None), JobSchedule.CronOf(job.Every!.Value));
        }
        using var connection = storage.GetConnection();
        foreach (var stale in connection.GetRecurringJobs().Select(j => j.Id).Except(declared.Select(d => d.Name)))
        {
            manager.RemoveIfExists(stale);
            logger.LogInformation("Recurring job {Job} is no longer declared: removed", stale);
        }
        logger.LogInformation("Recurring jobs: {Jobs}", declared.Select(d => $"{d.Name} ({JobSchedule.CronOf(d.Every!.Value)})"));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_retrying is not null)
            await _retrying.WaitAsync(cancellationToken);
    }
}

/// <summary>This host's own job filters (beside Hangfire's global ones: retries, statistics, continuations).</summary>
internal sealed class HostJobFilters(params object[] filters) : IJobFilterProvider
{
    private readonly JobFilter[] _filters = filters.Select(f => new JobFilter(f, JobFilterScope.Global, null)).ToArray();

    public IEnumerable<JobFilter> GetFilters(Job job) => _filters;
}

/// <summary>
/// A run of a one-at-a-time job starts only when no other run of it holds its lock anywhere in the installation;
/// otherwise it is skipped (the next recurring run comes within seconds) rather than queued behind it.
/// </summary>
internal sealed class OneAtATimeFilter(IEnumerable<KpssJobDefinition> definitions) : IServerFilter
{
    private const string LockItem = "kpss-lock";

    // Not zero: some storages (Redis) make no attempt at all within a zero timeout.
    private static readonly TimeSpan LockWait = TimeSpan.FromMilliseconds(200);
    private readonly HashSet<string> _oneAtATime = definitions.Where(d => d.OneAtATime).Select(d => d.Name).ToHashSet(StringComparer.Ordinal);

    public void OnPerforming(PerformingContext context)
    {
        if (context.BackgroundJob.Job.Type != typeof(KpssJobRunner) || context.BackgroundJob.Job.Args.FirstOrDefault() is not string name
            || !_oneAtATime.Contains(name))
            return;
        try
        {
            context.Items[LockItem] = context.Connection.AcquireDistributedLock($"kpss:job:{name}", LockWait);
        }
        catch (DistributedLockTimeoutException)
        {
            context.Canceled = true;
        }
    }

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.TryGetValue(LockItem, out var handle) && handle is IDisposable lockHandle)
            lockHandle.Dispose();
    }
}
