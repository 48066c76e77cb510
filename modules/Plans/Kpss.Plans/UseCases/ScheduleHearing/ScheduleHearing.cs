using Kpss.Meetings.Contracts;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Plans.UseCases.ScheduleHearing;

/// <summary>A public hearing as the coordinator sets it: the day, the times, the place; and the plan's version seen.</summary>
internal sealed record HearingInput(DateOnly? Date, TimeOnly? Start, TimeOnly? End, string? Place, int Version);

/// <summary>
/// Use case: a plan's public hearing (veřejné projednání), created in the Meetings module as a meeting of its planning
/// process (through <see cref="IPlanningProcesses"/>) while the plan waits in "veřejné projednání". Page: ViewPlanStage,
/// handler Hearing.
/// </summary>
internal sealed class ScheduleHearing(PlansDbContext db, DbSession session, IPlanningProcesses processes, PlanWrites writes)
{
    public static readonly string[] HearingAgenda = ["Představení návrhu plánu", "Vypořádání připomínek", "Diskuse a další postup"];

    public static void Map(RouteGroupBuilder plans) =>
        plans.MapPost("/{planId:int}/projednani", async (HttpContext http, int planId, HearingInput input, ScheduleHearing handler, CancellationToken ct) =>
            {
                var email = http.User.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value ?? http.User.Identity?.Name ?? "";
                var result = await handler.CreateHearingAsync(http.KrajCode(), planId, input, email, http.User.Identity?.Name, ct);
                return result.Ok ? Results.Ok(new CreatedDto(result.Id!.Value)) : result.ToHttpResult();
            })
            .Produces<CreatedDto>().AnswersRefusals().WithName("CreatePlanHearing")
            .WithExample(new { date = "2027-02-10", start = "15:00", end = "17:00", place = "Krajský úřad", version = 1 })
            .WithSummary("Vypíše veřejné projednání plánu jako jednání plánovacího procesu (návrh, rozešle se v Jednáních)");

    /// <summary>
    /// Creates the plan's public hearing as a draft meeting of its process (the coordinator schedules it and the
    /// invitations go out from Meetings) and moves the plan to "veřejné projednání"; both in one transaction.
    /// </summary>
    public async Task<OperationResult> CreateHearingAsync(string krajCode, int planId, HearingInput input, string organizerEmail, string? organizerName,
        CancellationToken ct)
    {
        var plan = await db.PlanAsync(krajCode, planId, ct);
        if (plan is null) return OperationResult.Missing(PlanWords.NoPlan);
        if (plan.ProcessId is null)
            return OperationResult.Invalid("", PlanWords.HearingWithoutProcess);
        if (plan.State != PlanState.Navrh)
            return OperationResult.Invalid("", PlanWords.HearingOnlyForDraft);
        if (plan.Version != input.Version) return OperationResult.Stale();

        await using var tx = await session.BeginTransactionAsync(ct);
        var created = await processes.CreateHearingAsync(krajCode, plan.ProcessId.Value,
            new HearingRequest(PlanWords.HearingTitle(plan.Title), input.Date, input.Start, input.End, input.Place, HearingAgenda, organizerEmail, organizerName), ct);
        if (!created.Ok) return created;
        plan.State = PlanState.VerejneProjednani;
        plan.HearingMeetingId = created.Id;
        var saved = await writes.TouchAndSaveAsync(plan, ct);
        if (!saved.Ok) return saved;
        await tx.CommitAsync(ct);
        return OperationResult.Success(created.Id);
    }
}
