using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Plans.UseCases.EndComments;

/// <summary>
/// Use case: end the comment period once its last day is over; the plan is a draft again, to work the comments in.
/// Page: ViewPlanStage, handler EndComments.
/// </summary>
internal sealed class EndComments(PlansDbContext db, PlanWrites writes, KpssClock clock)
{
    public static void Map(RouteGroupBuilder plans)
    {
        plans.MapPost("/{planId:int}/pripominkovani/konec", async (HttpContext http, int planId, PlanVersionDto input, EndComments handler, CancellationToken ct) =>
            (await handler.EndAsync(http.KrajCode(), planId, input.Version, ct)).ToHttpResult())
            .AnswersOutcome().WithName("EndPlanComments")
            .WithExample(new { version = 1 }).WithSummary("Po posledním dni připomínkování vrátí plán do návrhu k zapracování připomínek");
    }

    public async Task<OperationResult> EndAsync(string krajCode, int planId, int version, CancellationToken ct)
    {
        var plan = await db.PlanAsync(krajCode, planId, ct);
        if (plan is null) return OperationResult.Missing(PlanWords.NoPlan);
        if (plan.State != PlanState.Pripominkovani) return OperationResult.Invalid("", PlanWords.NotInComments);
        if (plan.CommentsTo is { } to && PragueTime.Today(clock) <= to)
            return OperationResult.Invalid("", PlanWords.CommentsLastUntil(to));
        if (plan.Version != version) return OperationResult.Stale();
        plan.State = PlanState.Navrh;
        return await writes.TouchAndSaveAsync(plan, ct);
    }
}
