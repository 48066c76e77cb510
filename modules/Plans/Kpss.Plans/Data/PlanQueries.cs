
namespace Kpss.Plans.Data;

internal static class PlanQueries
{
    /// <summary>A plan of the kraj, tracked for a change, or null (another kraj's plan is not found either).</summary>
    public static Task<Plan?> PlanAsync(this PlansDbContext db, string krajCode, int planId, CancellationToken ct) =>
        db.Plans.SingleOrDefaultAsync(p => p.Id == planId && p.KrajCode == krajCode, ct);
}
