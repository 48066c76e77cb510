using Kpss.Plugins.Abstractions;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Plans.UseCases.CreatePlan;

/// <summary>A plan as entered (years as numbers; the text fields trimmed when stored), bound by the PlanList page and the API.</summary>
internal sealed class PlanInput
{
    public PlanKind Kind { get; set; }
    public string? Title { get; set; }
    public int? FromYear { get; set; }
    public int? ToYear { get; set; }
    public string? Area { get; set; }
    public string? ApprovingBody { get; set; }
    public int? ParentPlanId { get; set; }
    public int? ProcessId { get; set; }

    /// <summary>An action plan: take over the parent plan's measures and activities that run in its year, with that
    /// year's money (their codes stay those of the parent plan). Default yes.</summary>
    public bool FromParent { get; set; } = true;
}

/// <summary>
/// Use case: a coordinator starts a plan as a draft with every chapter of the kraj's format (an action plan under the
/// plan it carries out, taking over that year's measures). Page: ListPlans (PlanList).
/// </summary>
internal sealed class CreatePlan(PlansDbContext db, DbSession session, PlanFormats formats, KpssClock clock, Kpss.Meetings.Contracts.IPlanningProcesses processes,
    ProcessScope scope)
{
    public static void Map(RouteGroupBuilder plans) =>
        plans.MapPost("", async (HttpContext http, PlanInput input, CreatePlan handler, CancellationToken ct) =>
                (await handler.CreateAsync(http.KrajCode(), input, ct)).ToCreatedResult(id => $"/api/kraje/{http.KrajCode()}/plany/{id}"))
            .AnswersCreated().WithName("CreatePlan")
            .WithExample(new
            {
                kind = "Sprss", title = "Střednědobý plán 2030–2032", fromYear = 2030, toYear = 2032, area = "celý kraj", approvingBody = "Zastupitelstvo kraje",
            }).WithSummary("Založí návrh plánu s kapitolami podle formátu kraje");

    public async Task<OperationResult> CreateAsync(string krajCode, PlanInput input, CancellationToken ct)
    {
        var result = new OperationResult();
        Check.Required(result, "Title", input.Title, "název plánu", 300);
        Check.Required(result, "Area", input.Area, "území plánu", 300);
        Check.Required(result, "ApprovingBody", input.ApprovingBody, "orgán, který plán schvaluje", 300);
        if (input.FromYear is null) result.Add("FromYear", PlanWords.FromYearMissing);
        else if (input.FromYear is < 2000 or > 2100) result.Add("FromYear", PlanWords.YearOutOfRange);
        if (input.ToYear is null) result.Add("ToYear", PlanWords.ToYearMissing);
        else if (input.ToYear is < 2000 or > 2100) result.Add("ToYear", PlanWords.YearOutOfRange);
        if (input.FromYear is { } from && input.ToYear is { } to && to < from)
            result.Add("ToYear", PlanWords.PlanEndsBeforeStart);
        if (!Enum.IsDefined(input.Kind)) result.Add("Kind", PlanWords.UnknownPlanKind);

        Plan? parent = null;
        if (input.Kind == PlanKind.Akcni)
        {
            if (input.ParentPlanId is null)
                result.Add("ParentPlanId", PlanWords.ActionPlanNeedsParent);
            else if ((parent = await db.Plans.SingleOrDefaultAsync(p => p.Id == input.ParentPlanId && p.KrajCode == krajCode, ct)) is null)
                result.Add("ParentPlanId", PlanWords.NoParentPlan);
            else if (parent.Kind == PlanKind.Akcni)
                result.Add("ParentPlanId", PlanWords.ParentIsActionPlan);
            if (input.FromYear is { } f && input.ToYear is { } t && f != t)
                result.Add("ToYear", PlanWords.ActionPlanOneYear);
            if (parent is not null && input.FromYear is { } year && (year < parent.FromYear || year > parent.ToYear))
                result.Add("FromYear", PlanWords.ActionPlanYearOutside(parent.FromYear, parent.ToYear));
        }
        else if (input.ParentPlanId is not null)
            result.Add("ParentPlanId", PlanWords.OnlyActionPlanHasParent);
        // A narrowed coordinator is told first that it is not their process (the processes they may see are only theirs).
        if (scope.Allowed is { } allowed && (input.ProcessId is not { } own || !allowed.Contains(own)))
            result.Add("ProcessId", PlanWords.CoordinatorChoosesOwnProcess);
        else if (input.ProcessId is { } processId && (await processes.ListAsync(krajCode, ct)).All(p => p.Id != processId))
            result.Add("ProcessId", PlanWords.NoProcess);
        if (!result.Ok) return result;

        var now = clock.GetUtcNow().UtcDateTime;
        // A plan keeps the kraj's format as it is today; an action plan its parent's, so its items keep the parent's codes.
        var format = parent is not null ? await formats.OfAsync(parent, ct) : await formats.CurrentAsync(krajCode, ct);
        var plan = new Plan
        {
            KrajCode = krajCode, Kind = input.Kind, Title = input.Title!.Trim(), FromYear = input.FromYear!.Value, ToYear = input.ToYear!.Value,
            Area = input.Area!.Trim(), ApprovingBody = input.ApprovingBody!.Trim(), ParentPlanId = parent?.Id, ProcessId = input.ProcessId,
            State = PlanState.Navrh, Version = 1, CreatedAtUtc = now, UpdatedAtUtc = now, Format = PlanFormats.Serialize(format),
            // Every chapter of the kraj's format, empty, so the writer sees what the plan must contain.
            Chapters = format.Chapters.Select(c => new PlanChapter { Key = c.Key, Text = "" }).ToList(),
        };
        await using var tx = await session.BeginTransactionAsync(ct);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        if (parent is not null && input.FromParent)
            await TakeOverYearAsync(parent, plan, format, ct);
        await tx.CommitAsync(ct);
        return OperationResult.Success(plan.Id);
    }

    /// <summary>
    /// Carries into a new action plan the parent's year (<see cref="ParentYear"/>): the measures and activities that run
    /// in it, with that year's money, indicators and changes of the network, under copies of their goals and priorities,
    /// each with the parent plan's code.
    /// </summary>
    private async Task TakeOverYearAsync(Plan parent, Plan plan, PlanFormat format, CancellationToken ct)
    {
        var items = await db.Items.AsNoTracking().Include(i => i.Costs).Include(i => i.Indicators).Include(i => i.Capacities).Where(i => i.PlanId == parent.Id)
            .AsSplitQuery().ToListAsync(ct);
        plan.NumberedPriorities = parent.NumberedPriorities;
        plan.ParentEdition = parent.Edition;
        var merge = ParentYear.Merge([], items, plan.FromYear, plan.Id, format.Numbering);
        await ParentYear.SaveAddedAsync(db, merge.Added, ct);
    }
}
