using Quartz;

namespace Kpss.Notifications.Outbox;

/// <summary>The Quartz job that sends due messages. One at a time per cluster; every few seconds.</summary>
[DisallowConcurrentExecution]
internal sealed class OutboxDispatchJob(OutboxDispatcher dispatcher) : IJob
{
    public static readonly JobKey Key = new("outbox-dispatch", "notifications");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await dispatcher.DispatchDueAsync(cancellationToken);
}
