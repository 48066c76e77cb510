namespace Kpss.Catalogue.UseCases.ImportRegister;

/// <summary>A run as a page shows it: the stored row, its report, and while it runs on this host, its live progress.</summary>
internal sealed record ImportRunView(ImportRun Run, ImportReport? Report, ImportProgress? Live)
{
    public bool Finished => Run.Status != ImportRunStatus.Running;

    /// <summary>Waiting in the job queue: no host has taken it up yet.</summary>
    public bool Queued => !Finished && Live is null && Run.Instance == "";

    /// <summary>Progress here, or as the host that runs it last wrote it.</summary>
    public ImportProgress? Progress => Live ?? (Finished || Run.ProgressPhase is null ? null : new ImportProgress(Run.ProgressPhase, Run.ProgressDone, Run.Records));
}

/// <summary>A queued catalogue import (its run's id), run by the platform's job server on any host.</summary>
internal sealed class ImportJob(ImportJobs imports) : IKpssJob
{
    public const string Name = "catalogue.import";

    public Task RunAsync(string? argument, CancellationToken ct) =>
        Guid.TryParse(argument, out var id) ? imports.RunQueuedAsync(id, ct) : Task.CompletedTask;
}
