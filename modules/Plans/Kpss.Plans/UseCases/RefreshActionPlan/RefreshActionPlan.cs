using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Plans.UseCases.RefreshActionPlan;

/// <summary>
/// What taking over the parent plan's year again would change in an action plan: the items (by code) added, changed
/// and removed, the parent's items that cannot be taken over and the items kept, each with why. <see cref="Refusal"/>
/// says why it cannot be applied now (not a draft, the parent in the middle of an amendment), null when it can.
/// </summary>
internal sealed record RefreshPreview(int PlanId, int Year, int ParentPlanId, string ParentTitle, int ParentEdition, int? TakenEdition,
    IReadOnlyList<PlanChange> Items, IReadOnlyList<string> Skipped, IReadOnlyList<string> Kept, string? Refusal, int Version);

/// <summary>
/// Use case: after the parent plan is amended, the coordinator reviews what the action plan of a year would take over
/// from it (<see cref="PreviewAsync"/>), then applies it — never silently. Items taken over before are brought up to
/// the parent, new ones of the year added, ones the parent no longer carries removed; the action plan's own items stay.
/// Page: ActionPlanRefresh; the action plan's page offers it when the parent has a newer approved edition.
/// </summary>
internal sealed class RefreshActionPlan(PlansDbContext db, DbSession session, PlanReader reader, PlanFormats formats, PlanWrites writes)
{
    public static void Map(RouteGroupBuilder plans)
    {
        plans.MapGet("/{planId:int}/z-nadrazeneho", async (HttpContext http, int planId, RefreshActionPlan handler, CancellationToken ct) =>
                await handler.PreviewAsync(http.KrajCode(), planId, ct) is { } preview ? Results.Ok(preview) : ApiAnswers.NotFound(PlanWords.NoActionPlan))
            .AnswersNotFound().WithName("PreviewActionPlanRefresh")
            .WithSummary("Co by akční plán převzal z nadřazeného plánu znovu: položky roku přidané, změněné a odebrané")
            .Produces<RefreshPreview>();

        plans.MapPost("/{planId:int}/z-nadrazeneho", async (HttpContext http, int planId, PlanVersionDto input, RefreshActionPlan handler, CancellationToken ct) =>
                (await handler.ApplyAsync(http.KrajCode(), planId, input.Version, ct)).ToHttpResult())
            .AnswersOutcome().WithName("RefreshActionPlan")
            .WithExample(new { version = 1 }).WithSummary("Převezme do akčního plánu znovu rok nadřazeného plánu (po jeho aktualizaci)");
    }

    /// <summary>The parent's approved edition when it is newer than the one the action plan took over, else null.</summary>
    public async Task<int?> NewerParentEditionAsync(string krajCode, int planId, CancellationToken ct)
    {
        var row = await db.Plans.AsNoTracking().Where(p => p.Id == planId && p.KrajCode == krajCode && p.Kind == PlanKind.Akcni && p.State == PlanState.Navrh)
            .Join(db.Plans, a => a.ParentPlanId, p => p.Id, (a, p) => new { a.ParentEdition, p.Edition, p.State })
            .SingleOrDefaultAsync(ct);
        return row is not null && row.State == PlanState.Schvaleny && row.Edition > (row.ParentEdition ?? 0) ? row.Edition : null;
    }

    /// <summary>What applying would change; null when the kraj has no such action plan.</summary>
    public async Task<RefreshPreview?> PreviewAsync(string krajCode, int planId, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId && p.KrajCode == krajCode && p.Kind == PlanKind.Akcni, ct);
        var parent = plan is null ? null : await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == plan.ParentPlanId && p.KrajCode == krajCode, ct);
        if (plan is null || parent is null) return null;
        var numbering = (await formats.OfAsync(plan, ct)).Numbering;
        var items = await ItemsAsync(plan.Id, tracked: false, ct);
        var before = reader.Tree(items, numbering);
        var merge = ParentYear.Merge(items, await ItemsAsync(parent.Id, tracked: false, ct), plan.FromYear, plan.Id, numbering);
        var after = reader.Tree(items, numbering);
        var changes = PlanComparison.CompareItems(PlanView.Flatten(before).ToList(), PlanView.Flatten(after).ToList());
        var refusal = Refusal(plan, parent)?.AllMessages.FirstOrDefault();
        return new RefreshPreview(plan.Id, plan.FromYear, parent.Id, parent.Title, parent.Edition, plan.ParentEdition, changes, merge.Skipped, merge.Kept,
            refusal, plan.Version);
    }

    /// <summary>Takes the parent's year over again; what could not be taken over or was kept comes back as warnings.</summary>
    public async Task<OperationResult> ApplyAsync(string krajCode, int planId, int version, CancellationToken ct)
    {
        var plan = await db.PlanAsync(krajCode, planId, ct);
        if (plan is null) return OperationResult.Missing(PlanWords.NoPlan);
        if (plan.Kind != PlanKind.Akcni || plan.ParentPlanId is null) return OperationResult.Invalid("", PlanWords.RefreshOnlyActionPlans);
        var parent = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == plan.ParentPlanId && p.KrajCode == krajCode, ct);
        if (parent is null) return OperationResult.Missing(PlanWords.NoParentPlan);
        if (Refusal(plan, parent) is { } refused) return refused;
        if (plan.Version != version) return OperationResult.Stale();

        var numbering = (await formats.OfAsync(plan, ct)).Numbering;
        await using var tx = await session.BeginTransactionAsync(ct);
        var items = await ItemsAsync(plan.Id, tracked: true, ct);
        var merge = ParentYear.Merge(items, await ItemsAsync(parent.Id, tracked: false, ct), plan.FromYear, plan.Id, numbering);
        db.Items.RemoveRange(merge.Removed);
        plan.NumberedPriorities = Math.Max(plan.NumberedPriorities, parent.NumberedPriorities);
        plan.ParentEdition = parent.Edition;
        var saved = await writes.TouchAndSaveAsync(plan, ct);
        if (!saved.Ok) return saved;
        await ParentYear.SaveAddedAsync(db, merge.Added, ct);
        await tx.CommitAsync(ct);
        return saved.Warn(merge.Skipped.Concat(merge.Kept));
    }

    /// <summary>Only a draft is written in, and only from a parent whose text is settled (approved, or never approved yet).</summary>
    private static OperationResult? Refusal(Plan plan, Plan parent)
    {
        if (PlanWrites.Editable(plan) is { Ok: false } notDraft) return notDraft;
        if (parent.State != PlanState.Schvaleny && parent.Edition > 1) return OperationResult.Invalid("", PlanWords.ParentBeingAmended(parent.Edition));
        return null;
    }

    private Task<List<PlanItem>> ItemsAsync(int planId, bool tracked, CancellationToken ct)
    {
        var query = db.Items.Include(i => i.Costs).Include(i => i.Indicators).Include(i => i.Capacities).Where(i => i.PlanId == planId).AsSplitQuery();
        return (tracked ? query : query.AsNoTracking()).ToListAsync(ct);
    }

}
