using Kpss.Modules.Abstractions;

namespace Kpss.Notifications.Jobs;

/// <summary>Sends due messages: every few seconds, one run at a time across the installation.</summary>
internal sealed class OutboxDispatchJob(OutboxDispatcher dispatcher) : IKpssJob
{
    public const string Name = "notifications.outbox-dispatch";

    public async Task RunAsync(string? argument, CancellationToken ct) => await dispatcher.DispatchDueAsync(ct);
}
