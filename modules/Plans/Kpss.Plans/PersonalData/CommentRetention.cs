using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kpss.Plans.PersonalData;

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
        // Loaded and removed (not a bulk delete), so that the audit log records each deletion (its personal fields withheld).
        var db = scope.ServiceProvider.GetRequiredService<PlansDbContext>();
        var stale = await db.Comments.Where(c => c.ConfirmedAtUtc == null && c.CreatedAtUtc < expired).ToListAsync(ct);
        db.Comments.RemoveRange(stale);
        await db.SaveChangesAsync(ct);
        var removed = stale.Count;
        if (removed > 0) logger.LogInformation("Plans: {Count} unconfirmed public comments with expired links deleted", removed);
    }
}
