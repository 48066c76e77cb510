using Kpss.Modules.Abstractions.Audit;
using System.Collections.Concurrent;
using System.Text.Json;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kpss.Catalogue.UseCases.ImportRegister;

// Longer than one sitting's read on purpose: a run's whole life (recorded, queued, taken up, heartbeat, completed,
// interrupted) shares the live-progress table and this host's instance name; split, its states' rules would be read in
// three places. The record's checks and writes are in RegisterImport, the queue's job in ImportJob.cs.

/// <summary>
/// Runs catalogue imports and keeps each as an <see cref="ImportRun"/> row: started (before any work), finished with its
/// report. The page records the run with its file and queues it on the platform's job server (<see cref="ImportJob"/>),
/// which runs it on any host; the page shows its progress (checked / written records), refreshing itself. The API runs
/// one within the request. Live progress is in the memory of the host that runs the import and, with every heartbeat,
/// in the row, so that a page served by another host shows it too. An applied import completes its row in the import's
/// own transaction, so "done" and the data are committed together; a host that dies mid-import leaves nothing written
/// (one transaction) and a stale heartbeat: the run is then shown as interrupted, or taken up again by the job server
/// when it retries the job.
/// </summary>
internal sealed class ImportJobs(IServiceScopeFactory scopes, KpssClock clock, IBackgroundJobs jobs, ILogger<ImportJobs> logger)
{
    /// <summary>Errors and changes kept in a run's stored report (each list); the counts are always complete.</summary>
    public const int StoredLines = 1000;

    public static readonly TimeSpan HeartbeatEvery = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(60);

    private const string FailureText = CatalogueWords.ImportFailed;
    private const string StoppedText = CatalogueWords.Import.Stopped;
    private const string InterruptedText = CatalogueWords.Import.Interrupted;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ConcurrentDictionary<Guid, ImportProgress> _live = new();

    /// <summary>This host process; a run records which one runs it.</summary>
    public string Instance { get; } = Truncate($"{Guid.NewGuid():N}/{Environment.ProcessId}/{Environment.MachineName}", 64);

    /// <summary>
    /// Records the run with its file (already read once, so that a bad file is refused at once) and queues it on the
    /// job server; the page then follows it by its id.
    /// </summary>
    public async Task<Guid> StartAsync(string krajCode, string user, string fileName, string format, bool dryRun, byte[] file, int records, CancellationToken ct)
    {
        var id = await CreateRunAsync(krajCode, user, fileName, format, dryRun, records, Gzip(file), live: false, ct);
        jobs.Enqueue(ImportJob.Name, id.ToString());
        return id;
    }

    /// <summary>Records the run and runs it within the caller's request (the API).</summary>
    public async Task<(Guid Id, ImportReport? Report)> RunAsync(string krajCode, string user, string fileName, string format, bool dryRun, IReadOnlyList<ImportRecord> records, CancellationToken ct)
    {
        var id = await CreateRunAsync(krajCode, user, fileName, format, dryRun, records.Count, payload: null, live: true, ct);
        return (id, await ExecuteAsync(id, krajCode, user, dryRun, records, ct));
    }

    /// <summary>
    /// The job server's part: takes up a queued run (or one whose host went away, when the job is retried), reads its
    /// file again and runs it. A run already finished, interrupted or running elsewhere is left alone.
    /// </summary>
    public async Task RunQueuedAsync(Guid id, CancellationToken ct)
    {
        ImportRun? run;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            run = await db.ImportRuns.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        }
        if (run is null || run.Status != ImportRunStatus.Running || run.Payload is null)
            return;
        var stale = clock.GetUtcNow().UtcDateTime - StaleAfter;
        using (var scope = ScopeIn(run.KrajCode))
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            var mine = new ImportProgress("načítání souboru", 0, run.Records);
            if (!_live.TryAdd(id, mine))
                return; // already running on this host
            var claimed = await db.ImportRuns
                .Where(r => r.Id == id && r.Status == ImportRunStatus.Running && (r.Instance == "" || r.HeartbeatAtUtc < stale))
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Instance, Instance).SetProperty(r => r.HeartbeatAtUtc, clock.GetUtcNow().UtcDateTime), ct);
            if (claimed == 0)
            {
                _live.TryRemove(new KeyValuePair<Guid, ImportProgress>(id, mine));
                return;
            }
        }
        var (records, error) = await CatalogueImportFiles.ReadAsync(run.Format, new MemoryStream(Gunzip(run.Payload)), ct);
        if (error is not null)
        {
            _live.TryRemove(id, out _);
            await CompleteAsync(id, run.KrajCode, null, error);
            return;
        }
        await ExecuteAsync(id, run.KrajCode, run.UserName, run.DryRun, records, ct);
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Fastest))
            gzip.Write(data);
        return output.ToArray();
    }

    private static byte[] Gunzip(byte[] data)
    {
        using var input = new System.IO.Compression.GZipStream(new MemoryStream(data), System.IO.Compression.CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>A run of the request's kraj (the kraj filter applies), marking it interrupted when its host went away.</summary>
    public async Task<ImportRunView?> FindAsync(CatalogueDbContext db, Guid id, CancellationToken ct)
    {
        // The row first, then this host's live progress: a job of this host sets its progress before it claims the row,
        // so a row claimed by this host with no progress here really ended without finishing.
        var run = await db.ImportRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (run is null) return null;
        var live = _live.TryGetValue(id, out var p) ? p : null;
        if (run.Status == ImportRunStatus.Running && live is null)
        {
            var stale = clock.GetUtcNow().UtcDateTime - StaleAfter;
            // Queued (no host yet) or running on another host: fine while its heartbeat is fresh.
            // This host's run is not running here any more, or another host stopped renewing it: it ended without finishing.
            // Decided on the row as read: a job of this host may claim a queued run between that read and this update,
            // so the update also requires the host the row named then (else a run just taken up was marked interrupted).
            var ours = run.Instance == Instance;
            if (ours || run.HeartbeatAtUtc < stale)
            {
                var seen = run.Instance;
                var marked = await db.ImportRuns
                    .Where(r => r.Id == id && r.Status == ImportRunStatus.Running && r.Instance == seen && (ours || r.HeartbeatAtUtc < stale))
                    .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, ImportRunStatus.Interrupted).SetProperty(r => r.Failure, InterruptedText)
                        .SetProperty(r => r.FinishedAtUtc, clock.GetUtcNow().UtcDateTime), ct);
                if (marked > 0 || ours)
                    run = await db.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == id, ct);
            }
        }
        var report = run.Report is null ? null : JsonSerializer.Deserialize<ImportReport>(run.Report, Json);
        return new ImportRunView(run, report, run.Status == ImportRunStatus.Running ? live : null);
    }

    /// <summary>The kraj's latest runs, newest first, without their stored reports (a list needs only the counts).</summary>
    public static Task<List<ImportRun>> LatestAsync(CatalogueDbContext db, int count, CancellationToken ct) =>
        db.ImportRuns.AsNoTracking().OrderByDescending(r => r.StartedAtUtc).Take(count)
            .Select(r => new ImportRun
            {
                Id = r.Id, KrajCode = r.KrajCode, UserName = r.UserName, FileName = r.FileName, Format = r.Format, DryRun = r.DryRun,
                Status = r.Status, StartedAtUtc = r.StartedAtUtc, FinishedAtUtc = r.FinishedAtUtc, HeartbeatAtUtc = r.HeartbeatAtUtc,
                Instance = r.Instance, Records = r.Records, ProgressPhase = r.ProgressPhase, ProgressDone = r.ProgressDone, Created = r.Created, Updated = r.Updated, Unchanged = r.Unchanged,
                ErrorCount = r.ErrorCount, Failure = r.Failure,
            })
            .ToListAsync(ct);

    /// <summary>Writes a finished run's outcome into its row (the caller saves).</summary>
    public static void Complete(ImportRun run, ImportReport? report, string? failure, DateTime nowUtc)
    {
        run.FinishedAtUtc = nowUtc;
        run.Payload = null;
        run.ProgressPhase = null;
        if (report is null)
        {
            run.Status = ImportRunStatus.Failed;
            run.Failure = failure ?? FailureText;
            return;
        }
        run.Status = report.Errors.Count > 0 ? ImportRunStatus.Rejected : ImportRunStatus.Done;
        (run.Created, run.Updated, run.Unchanged, run.ErrorCount) = (report.Created, report.Updated, report.Unchanged, report.Errors.Count);
        var stored = report with
        {
            Errors = report.Errors.Take(StoredLines).ToList(),
            Changes = report.Changes.Where(c => c.Action != "beze změny").Take(StoredLines).ToList(),
        };
        run.Report = JsonSerializer.Serialize(stored, Json);
    }

    private async Task<Guid> CreateRunAsync(string krajCode, string user, string fileName, string format, bool dryRun, int records, byte[]? payload, bool live, CancellationToken ct)
    {
        using var scope = ScopeIn(krajCode);
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var run = new ImportRun
        {
            Id = Guid.NewGuid(), KrajCode = krajCode, UserName = user, FileName = Truncate(string.IsNullOrWhiteSpace(fileName) ? "(bez názvu)" : Path.GetFileName(fileName), 260),
            Format = format, DryRun = dryRun, Status = ImportRunStatus.Running, StartedAtUtc = now, HeartbeatAtUtc = now,
            Instance = live ? Instance : "", Records = records, Payload = payload,
        };
        db.ImportRuns.Add(run);
        // Live before it is visible: this host must never take its own fresh run for an interrupted one.
        if (live)
            _live[run.Id] = new ImportProgress("čeká na spuštění", 0, records);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            _live.TryRemove(run.Id, out _);
            throw;
        }
        return run.Id;
    }

    internal async Task<ImportReport?> ExecuteAsync(Guid id, string krajCode, string user, bool dryRun, IReadOnlyList<ImportRecord> records, CancellationToken ct)
    {
        using var heartbeatStop = new CancellationTokenSource();
        var heartbeat = HeartbeatAsync(id, krajCode, heartbeatStop.Token);
        ImportReport? report = null;
        string? failure = null;
        try
        {
            using var scope = ScopeIn(krajCode);
            // The run writes in a scope of its own (queued, on any host): the audit log names who started it.
            scope.ServiceProvider.GetRequiredService<AuditScope>().Set(AuditActorKind.Account, user, null, $"import katalogu {id}");
            var import = scope.ServiceProvider.GetRequiredService<RegisterImport>();
            report = await import.RunAsync(krajCode, records, dryRun, user, new LiveProgress(p => _live[id] = p), ct, runId: id);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Catalogue import {RunId} in {Kraj} failed", id, krajCode);
            failure = ct.IsCancellationRequested ? StoppedText : FailureText;
        }
        finally
        {
            await heartbeatStop.CancelAsync();
            await heartbeat;
        }
        try
        {
            // An applied import completed its row in its own transaction; every other outcome is written here.
            if (report is not { Applied: true })
                await CompleteAsync(id, krajCode, report, failure);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Catalogue import {RunId}: its outcome could not be recorded", id);
        }
        finally
        {
            _live.TryRemove(id, out _);
        }
        return report;
    }

    private async Task CompleteAsync(Guid id, string krajCode, ImportReport? report, string? failure)
    {
        using var scope = ScopeIn(krajCode);
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var run = await db.ImportRuns.SingleAsync(r => r.Id == id);
        Complete(run, report, failure, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
    }

    private async Task HeartbeatAsync(Guid id, string krajCode, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(HeartbeatEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                try
                {
                    await BeatAsync(id, krajCode, _live.TryGetValue(id, out var p) ? p : null, stop);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // SQLite: the import itself holds the write lock; the next beat comes soon enough.
                    logger.LogDebug(ex, "Catalogue import {RunId}: heartbeat skipped", id);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>
    /// One beat of a run this host is executing: the time (so no other host takes the run for interrupted) and the
    /// progress (so the page on another host shows it). A run no longer running is left as it is.
    /// </summary>
    internal async Task BeatAsync(Guid id, string krajCode, ImportProgress? progress, CancellationToken ct)
    {
        using var scope = ScopeIn(krajCode);
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        await db.ImportRuns.Where(r => r.Id == id && r.Status == ImportRunStatus.Running)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.HeartbeatAtUtc, clock.GetUtcNow().UtcDateTime)
                .SetProperty(r => r.ProgressPhase, progress == null ? null : progress.Phase)
                .SetProperty(r => r.ProgressDone, progress == null ? 0 : progress.Done), ct);
    }

    /// <summary>A service scope acting in the kraj (background work has no request to take it from).</summary>
    private IServiceScope ScopeIn(string krajCode)
    {
        var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<ITenantScopes>().ActIn(krajCode);
        return scope;
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    /// <summary>Reports synchronously (Progress&lt;T&gt; would post late reports after the run ended).</summary>
    private sealed class LiveProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
