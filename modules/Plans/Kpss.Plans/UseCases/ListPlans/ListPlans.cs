using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Plans.UseCases.ListPlans;

internal sealed record PlanSummaryDto(int Id, PlanKind Kind, string Title, int FromYear, int ToYear, PlanState State, int? ParentPlanId);

/// <summary>Read: the kraj's plans for the API (the PlanList page lists the same).</summary>
internal static class ListPlans
{
    public static void Map(RouteGroupBuilder plans) =>
        plans.MapGet("", async (HttpContext http, PlansDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await db.Plans.AsNoTracking().Where(p => p.KrajCode == http.KrajCode())
                    .OrderByDescending(p => p.FromYear).ThenBy(p => p.Kind).ThenBy(p => p.Id)
                    .Select(p => new PlanSummaryDto(p.Id, p.Kind, p.Title, p.FromYear, p.ToYear, p.State, p.ParentPlanId)).ToListAsync(ct)))
            .WithName("ListPlans").WithSummary("Plány kraje");
}
