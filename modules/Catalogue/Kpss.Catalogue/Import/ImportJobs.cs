using System.Collections.Concurrent;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kpss.Catalogue.Import;

public sealed class ImportJob
{
    public required Guid Id { get; init; }
    public required string KrajCode { get; init; }
    public required string UserName { get; init; }
    public required bool DryRun { get; init; }
    public required string FileName { get; init; }
    public DateTime StartedAtUtc { get; init; } = DateTime.UtcNow;
    public ImportProgress Progress { get; set; } = new("načítání", 0, 0);
    public ImportReport? Report { get; set; }
    public string? Failure { get; set; }
    public bool Finished => Report is not null || Failure is not null;
}

/// <summary>
/// Imports run in the background so that a large file shows its progress (checked / written records) on a page that
/// refreshes itself. The job list lives in this host's memory: the page that started an import polls the same host
/// (a restart loses only the progress display; an unfinished import was one transaction and left nothing behind).
/// </summary>
internal sealed class ImportJobs(IServiceScopeFactory scopes, ILogger<ImportJobs> logger)
{
    private readonly ConcurrentDictionary<Guid, ImportJob> _jobs = new();

    public ImportJob? Find(Guid id, string krajCode) => _jobs.TryGetValue(id, out var job) && job.KrajCode == krajCode ? job : null;

    public ImportJob Start(string krajCode, string userName, string fileName, bool dryRun, IReadOnlyList<ImportRecord> records)
    {
        foreach (var old in _jobs.Values.Where(j => j.Finished && j.StartedAtUtc < DateTime.UtcNow.AddHours(-2)).ToList())
            _jobs.TryRemove(old.Id, out _);
        var job = new ImportJob { Id = Guid.NewGuid(), KrajCode = krajCode, UserName = userName, DryRun = dryRun, FileName = fileName };
        _jobs[job.Id] = job;
        _ = Task.Run(async () =>
        {
            try
            {
                using var scope = scopes.CreateScope();
                scope.ServiceProvider.GetRequiredService<ITenantScopes>().ActIn(krajCode);
                var import = scope.ServiceProvider.GetRequiredService<RegisterImport>();
                job.Report = await import.RunAsync(krajCode, records, dryRun, userName, new Progress<ImportProgress>(p => job.Progress = p), CancellationToken.None);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Catalogue import {JobId} in {Kraj} failed", job.Id, krajCode);
                job.Failure = "Import selhal a nic nezapsal. Zkuste to prosím znovu; chyba je zaznamenána.";
            }
        });
        return job;
    }
}
