using Hangfire;
using Hangfire.Common;
using Hangfire.Storage;
using Hangfire.Storage.SQLite;
using Kpss.Host.Platform;
using Kpss.Modules.Abstractions;
using Kpss.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kpss.Host.Tests;

/// <summary>
/// A host killed while scheduling its recurring jobs leaves the job's lock in the storage until its timeout (a minute on
/// PostgreSQL): the next host must start all the same and schedule them once the lock is free (the crash test met a
/// host that refused to start instead).
/// </summary>
[Trait(Runs.Key, Runs.Once)]
public sealed class RecurringJobsRegistrationTests : IDisposable
{
    private readonly string _directory = RepoPaths.NewTempDirectory("kpss-jobs");
    private readonly SQLiteStorage _storage;

    public RecurringJobsRegistrationTests() =>
        _storage = new SQLiteStorage(Path.Combine(_directory, "jobs.db"), new SQLiteStorageOptions());

    public void Dispose()
    {
        _storage.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static readonly KpssJobDefinition[] Jobs =
    [
        new("test.every-minute", typeof(object), TimeSpan.FromMinutes(1), OneAtATime: true),
        new("test.on-request", typeof(object), null, OneAtATime: false),
    ];

    [Fact]
    public async Task AJobLockLeftByAKilledHost_DoesNotStopTheStart_AndTheJobsAreScheduledOnceItIsFree()
    {
        var manager = new LockedFor(2, new RecurringJobManager(_storage));
        var registration = new RecurringJobsRegistration(manager, _storage, Jobs, NullLogger<RecurringJobsRegistration>.Instance)
        {
            RetryEvery = TimeSpan.FromMilliseconds(100),
        };

        await registration.StartAsync(CancellationToken.None);
        Assert.False(registration.Registered.IsCompleted);
        Assert.Empty(Scheduled());

        await registration.Registered.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3, manager.Calls);
        Assert.Equal(["test.every-minute"], Scheduled());
        await registration.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task StoppingWhileTheLockIsHeld_EndsTheRetries()
    {
        var manager = new LockedFor(int.MaxValue, new RecurringJobManager(_storage));
        var registration = new RecurringJobsRegistration(manager, _storage, Jobs, NullLogger<RecurringJobsRegistration>.Instance)
        {
            RetryEvery = TimeSpan.FromMilliseconds(50),
        };

        await registration.StartAsync(CancellationToken.None);
        await Task.Delay(300);
        await registration.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        var calls = manager.Calls;
        await Task.Delay(300);

        Assert.True(calls >= 2, $"tried {calls} times");
        Assert.Equal(calls, manager.Calls);
        Assert.False(registration.Registered.IsCompleted);
    }

    [Fact]
    public async Task AFreeStorage_SchedulesTheJobsAtStart_AndRemovesOneNoLongerDeclared()
    {
        new RecurringJobManager(_storage).AddOrUpdate("test.gone", Job.FromExpression(() => Console.WriteLine()), Cron.Daily());
        var registration = new RecurringJobsRegistration(new RecurringJobManager(_storage), _storage, Jobs, NullLogger<RecurringJobsRegistration>.Instance);

        await registration.StartAsync(CancellationToken.None);

        Assert.True(registration.Registered.IsCompletedSuccessfully);
        Assert.Equal(["test.every-minute"], Scheduled());
        await registration.StopAsync(CancellationToken.None);
    }

    private List<string> Scheduled()
    {
        using var connection = _storage.GetConnection();
        return connection.GetRecurringJobs().Select(j => j.Id).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The real manager behind a lock that times out the first <paramref name="times"/> calls, as the
    /// storage's would while a killed host's lock has not yet run out.</summary>
    private sealed class LockedFor(int times, IRecurringJobManager inner) : IRecurringJobManager
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public void AddOrUpdate(string recurringJobId, Job job, string cronExpression, RecurringJobOptions options)
        {
            if (Interlocked.Increment(ref _calls) <= times)
                throw new DistributedLockTimeoutException($"lock:recurring-job:{recurringJobId}");
            inner.AddOrUpdate(recurringJobId, job, cronExpression, options);
        }

        public void Trigger(string recurringJobId) => inner.Trigger(recurringJobId);

        public void RemoveIfExists(string recurringJobId) => inner.RemoveIfExists(recurringJobId);
    }
}
