using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Kpss.Plans.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Evaluation.UseCases.OpenRound;

/// <summary>The year whose fulfilment is monitored and the last day the responsible parties report by.</summary>
internal sealed record OpenRoundInput(int? Year, DateOnly? Deadline);

/// <summary>
/// Use case: a coordinator opens the monitoring of a plan's year with a deadline. The records are the items of that year
/// of the approved edition (<see cref="RoundSource"/>): the year's action plan if the plan has one, otherwise the plan's
/// own measures and activities that run in the year, each with its indicators, money and changes of the network.
/// Page: ListRounds (RoundList).
/// </summary>
internal sealed class OpenRound(EvaluationDbContext db, IPlans plans, KpssClock clock)
{
    public static void Map(RouteGroupBuilder evaluation) =>
        evaluation.MapPost("/plany/{planId:int}/kola", async (HttpContext http, int planId, OpenRoundInput input, OpenRound handler, CancellationToken ct) =>
                (await handler.OpenAsync(http.KrajCode(), planId, input, ct)).ToCreatedResult(id => $"/api/kraje/{http.KrajCode()}/hodnoceni/kola/{id}"))
            .AnswersCreated().WithName("OpenMonitoringRound")
            .WithExample(new { year = 2027, deadline = "2028-02-29" })
            .WithSummary("Otevře sledování plnění plánu za rok: záznamy jsou opatření a aktivity roku ze schváleného vydání (akčního plánu roku, má-li ho)");

    public async Task<OperationResult> OpenAsync(string krajCode, int planId, OpenRoundInput input, CancellationToken ct)
    {
        var today = PragueTime.Today(clock);
        var kraj = await plans.ListAsync(krajCode, today, ct);
        if (kraj.FirstOrDefault(p => p.Id == planId) is not { } plan) return OperationResult.Missing(EvaluationWords.NoPlan);
        if (plan.Kind == PlanKind.Akcni) return OperationResult.Invalid("", EvaluationWords.ActionPlanNotMonitored);
        if (plan.Editions.Count == 0) return OperationResult.Invalid("", EvaluationWords.PlanNotApproved);
        var result = new OperationResult();
        if (input.Year is not { } year) result.Add("Year", EvaluationWords.YearMissing);
        else if (year < plan.FromYear || year > plan.ToYear) result.Add("Year", EvaluationWords.YearOutsidePlan(plan.FromYear, plan.ToYear));
        if (input.Deadline is not { } deadline) result.Add("Deadline", EvaluationWords.DeadlineMissing);
        else if (deadline < today) result.Add("Deadline", EvaluationWords.DeadlinePast);
        if (!result.Ok) return result;
        if (await db.Rounds.AnyAsync(r => r.KrajCode == krajCode && r.PlanId == planId && r.Year == input.Year, ct))
            return OperationResult.Invalid("Year", EvaluationWords.RoundExists(input.Year!.Value));

        var (source, edition) = RoundSource.Of(plan, kraj, input.Year!.Value);
        var items = await plans.YearAsync(krajCode, source.Id, edition, input.Year.Value, ct);
        var records = items is null ? [] : RoundSource.Records(items);
        if (!records.Any(r => r.IsFilledIn)) return OperationResult.Invalid("Year", EvaluationWords.NothingInYear(input.Year.Value));

        var now = clock.GetUtcNow().UtcDateTime;
        var round = new MonitoringRound
        {
            KrajCode = krajCode, PlanId = plan.Id, PlanTitle = plan.Title, ProcessId = plan.ProcessId, SourcePlanId = source.Id, SourceTitle = source.Title,
            SourceEdition = edition, Year = input.Year.Value, Deadline = input.Deadline!.Value, State = RoundState.Otevrene, CreatedAtUtc = now, UpdatedAtUtc = now,
            Records = records,
        };
        db.Rounds.Add(round);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Opened twice at once: the unique index lets one through, the other is told.
            if (!await RoundExistsAsync(krajCode, planId, round.Year, ct)) throw;
            return OperationResult.Invalid("Year", EvaluationWords.RoundExists(round.Year));
        }
        return OperationResult.Success(round.Id);
    }

    private async Task<bool> RoundExistsAsync(string krajCode, int planId, int year, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.Rounds.AnyAsync(r => r.KrajCode == krajCode && r.PlanId == planId && r.Year == year, ct);
    }
}
