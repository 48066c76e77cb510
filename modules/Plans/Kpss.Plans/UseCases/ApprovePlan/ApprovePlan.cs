using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Plans.UseCases.ApprovePlan;

/// <summary>The approval as the body recorded it: the body (the plan's own when empty), the resolution, the date; and
/// the plan's version the writer started from.</summary>
internal sealed record ApprovePlanInput(string? ApprovedBy, string? Resolution, DateOnly? ApprovedOn, int Version);

/// <summary>
/// Use case: the regional admin records the approval of a complete, settled draft (every confirmed comment answered).
/// The approved edition is frozen with the body, resolution and date and published; it is in force for its period.
/// Page: ViewPlanStage, handler Approve.
/// </summary>
internal sealed class ApprovePlan(PlansDbContext db, PlanWrites writes, PlanReader reader, Snapshots snapshots, KpssClock clock)
{
    public static void Map(RouteGroupBuilder plans)
    {
        plans.MapPost("/{planId:int}/schvaleni", async (HttpContext http, int planId, ApprovePlanInput input, ApprovePlan handler, CancellationToken ct) =>
            (await handler.ApproveAsync(http.KrajCode(), planId, input, ct)).ToHttpResult())
            .RequireAuthorization(KpssPolicies.KrajAdmin)
            .AnswersOutcome().WithName("ApprovePlan")
            .WithExample(new { approvedBy = "Zastupitelstvo kraje", resolution = "1/2027", approvedOn = "2026-11-30", version = 1 }).WithSummary("Zaznamená schválení (orgán, usnesení, datum); schválené vydání se zmrazí");
    }

    public async Task<OperationResult> ApproveAsync(string krajCode, int planId, ApprovePlanInput input, CancellationToken ct)
    {
        var plan = await db.PlanAsync(krajCode, planId, ct);
        if (plan is null) return OperationResult.Missing(PlanWords.NoPlan);
        if (plan.State == PlanState.Pripominkovani)
            return OperationResult.Invalid("", PlanWords.ApprovalDuringComments);
        if (plan.State is not (PlanState.Navrh or PlanState.VerejneProjednani))
            return OperationResult.Invalid("", PlanWords.AlreadyApproved);
        var view = (await reader.ReadWithNetworkAsync(krajCode, planId, ct))!;
        var result = PlanReadiness.Check(view, PlanWords.ToApproval);
        Check.Optional(result, "ApprovedBy", input.ApprovedBy, "orgán, který plán schválil", 300);
        Check.Required(result, "Resolution", input.Resolution, "číslo usnesení", 100);
        if (input.ApprovedOn is not { } on) result.Add("ApprovedOn", PlanWords.ApprovalDateMissing);
        else if (on > PragueTime.Today(clock)) result.Add("ApprovedOn", PlanWords.ApprovalDateInFuture);
        else if (on.Year < 2000) result.Add("ApprovedOn", PlanWords.ApprovalDateTooEarly);
        var unanswered = await db.Comments.CountAsync(c => c.PlanId == planId && c.Edition == plan.Edition && c.ConfirmedAtUtc != null
            && c.Answer == CommentAnswer.Zadna, ct);
        if (unanswered > 0)
            result.Add("", PlanWords.CommentsNotSettled(unanswered));
        if (!result.Ok) return result;
        if (plan.Version != input.Version) return OperationResult.Stale();

        plan.State = PlanState.Schvaleny;
        var body = Check.Clean(input.ApprovedBy) ?? plan.ApprovingBody;
        await snapshots.TakeAsync(plan, SnapshotStage.Schvaleny, view with { State = PlanState.Schvaleny }, clock.GetUtcNow().UtcDateTime, ct, s =>
        {
            s.ApprovedBy = body;
            s.Resolution = input.Resolution!.Trim();
            s.ApprovedOn = input.ApprovedOn;
        });
        return await writes.TouchAndSaveAsync(plan, ct);
    }
}
