using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Plans.UseCases.AmendPlan;

/// <summary>
/// Use case: start the next edition (aktualizace) of an approved plan as a draft; the approved edition stays in force
/// and published until the next one is approved. Page: ViewPlanStage, handler Amend.
/// </summary>
internal sealed class AmendPlan(PlansDbContext db, PlanWrites writes)
{
    public static void Map(RouteGroupBuilder plans)
    {
        plans.MapPost("/{planId:int}/aktualizace", async (HttpContext http, int planId, PlanVersionDto input, AmendPlan handler, CancellationToken ct) =>
            (await handler.AmendAsync(http.KrajCode(), planId, input.Version, ct)).ToHttpResult())
            .AnswersOutcome().WithName("AmendPlan")
            .WithExample(new { version = 1 }).WithSummary("Začne další vydání (aktualizaci) schváleného plánu jako návrh");
    }

    public async Task<OperationResult> AmendAsync(string krajCode, int planId, int version, CancellationToken ct)
    {
        var plan = await db.PlanAsync(krajCode, planId, ct);
        if (plan is null) return OperationResult.Missing(PlanWords.NoPlan);
        if (plan.State != PlanState.Schvaleny) return OperationResult.Invalid("", PlanWords.AmendOnlyApproved);
        if (plan.Version != version) return OperationResult.Stale();
        plan.State = PlanState.Navrh;
        plan.Edition++;
        plan.CommentsFrom = plan.CommentsTo = null;
        return await writes.TouchAndSaveAsync(plan, ct);
    }
}
