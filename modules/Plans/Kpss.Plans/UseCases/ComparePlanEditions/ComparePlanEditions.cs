using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Plans.UseCases.ComparePlanEditions;

/// <summary>Read: a plan's frozen editions, and what changed between two of them (or an edition and the draft); the PlanCompare page shows the same.</summary>
internal static class ComparePlanEditions
{
    public static void Map(RouteGroupBuilder plans)
    {
        plans.MapGet("/{planId:int}/vydani", async (HttpContext http, int planId, PlansDbContext db, Snapshots snapshots, CancellationToken ct) =>
                await db.Plans.AnyAsync(p => p.Id == planId && p.KrajCode == http.KrajCode(), ct)
                    ? Results.Ok(await snapshots.ListAsync(planId, ct))
                    : ApiAnswers.NotFound(PlanWords.NoPlan))
            .AnswersNotFound().WithName("ListPlanEditions").WithSummary("Zmrazená vydání plánu (k připomínkám, schválená)")
            .Produces<IReadOnlyList<SnapshotInfo>>();

        plans.MapGet("/{planId:int}/porovnani", async (HttpContext http, int planId, string od, string @do, Editions editions, CancellationToken ct) =>
            {
                var older = await editions.ReadAsync(http.KrajCode(), planId, od, ct);
                var newer = await editions.ReadAsync(http.KrajCode(), planId, @do, ct);
                return older is null || newer is null
                    ? ApiAnswers.NotFound(PlanWords.NoEditionsToCompare)
                    : Results.Ok(PlanComparison.Compare(older, newer));
            })
            .WithName("ComparePlanEditions").WithSummary("Co se změnilo mezi dvěma vydáními (nebo vydáním a návrhem): položky podle kódů, peníze, kapitoly")
            .Produces<PlanDifference>().AnswersNotFound();
    }
}
