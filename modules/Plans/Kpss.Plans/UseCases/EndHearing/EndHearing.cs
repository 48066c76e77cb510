using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Plans.UseCases.EndHearing;

/// <summary>Use case: the public hearing has been held; the plan goes back to draft. Page: ViewPlanStage, handler EndHearing.</summary>
internal sealed class EndHearing(PlansDbContext db, PlanWrites writes)
{
    public static void Map(RouteGroupBuilder plans) =>
        plans.MapPost("/{planId:int}/projednani/konec", async (HttpContext http, int planId, PlanVersionDto input, EndHearing handler, CancellationToken ct) =>
                (await handler.EndHearingAsync(http.KrajCode(), planId, input.Version, ct)).ToHttpResult())
            .AnswersOutcome().WithName("EndPlanHearing")
            .WithExample(new { version = 1 }).WithSummary("Po veřejném projednání vrátí plán do návrhu");

    /// <summary>After the hearing the plan is a draft again, to work in what was said (or it is approved as it is).</summary>
    public async Task<OperationResult> EndHearingAsync(string krajCode, int planId, int version, CancellationToken ct)
    {
        var plan = await db.PlanAsync(krajCode, planId, ct);
        if (plan is null) return OperationResult.Missing(PlanWords.NoPlan);
        if (plan.State != PlanState.VerejneProjednani) return OperationResult.Invalid("", PlanWords.NotInHearing);
        if (plan.Version != version) return OperationResult.Stale();
        plan.State = PlanState.Navrh;
        return await writes.TouchAndSaveAsync(plan, ct);
    }
}
