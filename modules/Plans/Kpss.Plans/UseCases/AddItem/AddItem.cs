using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Plans.UseCases.AddItem;

/// <summary>
/// Use case: add a priority, goal, measure or activity (the level follows from the parent). Its number is one more than
/// any sibling ever had, so codes survive removals and reordering. Page: PlanDetail (the new item form).
/// </summary>
internal sealed class AddItem(PlansDbContext db, PlanWrites writes, PlanFormats formats, ItemRules rules, ResponsibleParties responsible)
{
    public static void Map(RouteGroupBuilder plans)
    {
        plans.MapPost("/{planId:int}/polozky", async (HttpContext http, int planId, ItemInput input, AddItem handler, CancellationToken ct) =>
            (await handler.AddAsync(http.KrajCode(), planId, input, input.Version, ct)).ToHttpResult())
            .AnswersOutcome().WithName("AddPlanItem")
            .WithExample(new { parentId = (int?)null, title = "Senioři doma", category = "systemova", version = 1 }).WithSummary("Přidá prioritu, cíl, opatření nebo aktivitu");
    }

    public async Task<OperationResult> AddAsync(string krajCode, int planId, ItemInput input, int version, CancellationToken ct)
    {
        var plan = await db.PlanAsync(krajCode, planId, ct);
        if (plan is null) return OperationResult.Missing(PlanWords.NoPlan);
        var result = PlanWrites.Editable(plan);
        if (!result.Ok) return result;
        var level = ItemLevel.Priorita;
        PlanItem? parent = null;
        if (input.ParentId is { } parentId)
        {
            parent = await db.Items.SingleOrDefaultAsync(i => i.Id == parentId && i.PlanId == planId, ct);
            if (parent is null) return OperationResult.Invalid("ParentId", PlanWords.NoParentItem);
            if (parent.Level == ItemLevel.Aktivita) return OperationResult.Invalid("ParentId", PlanWords.NothingUnderActivity);
            level = parent.Level + 1;
        }
        var format = await formats.OfAsync(plan, ct);
        var item = new PlanItem { PlanId = planId, ParentId = input.ParentId, Level = level };
        rules.Apply(item, input, plan, format, result);
        if (!result.Ok) return result;
        if (plan.Version != version) return OperationResult.Stale();
        var warnings = await responsible.LookUpAsync(krajCode, item, ct);

        var siblings = await db.Items.Where(i => i.PlanId == planId && i.ParentId == input.ParentId)
            .GroupBy(_ => 1).Select(g => new { Number = g.Max(i => i.Number), Order = g.Max(i => i.Order) }).SingleOrDefaultAsync(ct);
        // One more than any sibling ever had: the counter on the parent (or the plan) outlives a removed item.
        var last = Math.Max(parent?.NumberedChildren ?? plan.NumberedPriorities, siblings?.Number ?? 0);
        item.Number = last + 1;
        if (parent is null) plan.NumberedPriorities = item.Number;
        else parent.NumberedChildren = item.Number;
        item.Order = (siblings?.Order ?? 0) + 1;
        db.Items.Add(item);
        var saved = await writes.TouchAndSaveAsync(plan, ct);
        return saved.Ok ? OperationResult.Success(item.Id).Warn(warnings) : saved;
    }
}
