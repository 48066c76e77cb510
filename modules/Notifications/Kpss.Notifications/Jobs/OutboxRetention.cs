using Kpss.Modules.Abstractions;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kpss.Notifications.Jobs;

/// <summary>
/// Retention of the delivery log (personal data: addresses and texts of sent mail): messages no longer waiting to be
/// sent — sent, failed, cancelled, suppressed — are deleted once older than <c>Retention:DeliveryLogDays</c> (365 by
/// default), in every kraj. A message still waiting is never deleted. Daily, one run at a time.
/// </summary>
internal sealed class OutboxRetentionJob(IServiceScopeFactory scopes, IConfiguration configuration, KpssClock clock, ILogger<OutboxRetentionJob> logger) : IKpssJob
{
    public const string Name = "notifications.retention";

    public async Task RunAsync(string? argument, CancellationToken ct)
    {
        var days = Math.Max(1, configuration.GetValue("Retention:DeliveryLogDays", 365));
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-days);
        using var scope = scopes.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ITenantScopes>().BeginPlatformWide();
        var removed = await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Outbox
            .Where(m => m.Status != OutboxStatus.Pending && m.CreatedAtUtc < before)
            .ExecuteDeleteAsync(ct);
        if (removed > 0) logger.LogInformation("Delivery log: {Count} messages older than {Days} days deleted", removed, days);
    }
}
