using Kpss.Modules.Abstractions;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Kpss.Plans.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kpss.Plans.Public;

/// <summary>
/// Public comments never confirmed are deleted once their link has expired (<see cref="PlanComments.ConfirmWithin"/>):
/// they count for nothing and hold a stranger's name and address. Confirmed comments stay with their plan. Daily, in
/// every kraj, one run at a time.
/// </summary>
internal sealed class CommentRetentionJob(IServiceScopeFactory scopes, KpssClock clock, ILogger<CommentRetentionJob> logger) : IKpssJob
{
    public const string Name = "plans.retention";

    public async Task RunAsync(string? argument, CancellationToken ct)
    {
        var expired = clock.GetUtcNow().UtcDateTime - PlanComments.ConfirmWithin;
        using var scope = scopes.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ITenantScopes>().BeginPlatformWide();
        var removed = await scope.ServiceProvider.GetRequiredService<PlansDbContext>().Comments
            .Where(c => c.ConfirmedAtUtc == null && c.CreatedAtUtc < expired)
            .ExecuteDeleteAsync(ct);
        if (removed > 0) logger.LogInformation("Plans: {Count} unconfirmed public comments with expired links deleted", removed);
    }
}
