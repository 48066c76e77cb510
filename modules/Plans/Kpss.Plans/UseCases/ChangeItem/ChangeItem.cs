using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Plans.UseCases.ChangeItem;

/// <summary>
/// Use case: change an item of the strategic part with its money, indicators and changes of the network (one item,
/// never the whole plan); it stays under its parent. Page: PlanItem.
/// </summary>
internal sealed class ChangeItem(PlansDbContext db, PlanWrites writes, PlanFormats formats, ItemRules rules, ResponsibleParties responsible)
{
    public static void Map(RouteGroupBuilder plans)
    {
        plans.MapPut("/{planId:int}/polozky/{itemId:int}", async (HttpContext http, int planId, int itemId, ItemInput input, ChangeItem handler, CancellationToken ct) =>
            (await handler.ChangeAsync(http.KrajCode(), planId, itemId, input, input.Version, ct)).ToHttpResult())
            .AnswersOutcome().WithName("ChangePlanItem")
            .WithExample(new { parentId = (int?)null, title = "Senioři doma", category = "systemova", version = 1 }).WithSummary("Změní položku strategické části a její financování");
    }

    public async Task<OperationResult> ChangeAsync(string krajCode, int planId, int itemId, ItemInput input, int version, CancellationToken ct)
    {
        var plan = await db.PlanAsync(krajCode, planId, ct);
        var item = plan is null ? null : await db.Items.Include(i => i.Costs).Include(i => i.Indicators).Include(i => i.Capacities)
            .SingleOrDefaultAsync(i => i.Id == itemId && i.PlanId == planId, ct);
        if (plan is null || item is null) return OperationResult.Missing(plan is null ? PlanWords.NoPlan : PlanWords.NoItem);
        var result = PlanWrites.Editable(plan);
        if (!result.Ok) return result;
        if (input.ParentId != item.ParentId)
            return OperationResult.Invalid("ParentId", PlanWords.CannotChangeParent);
        rules.Apply(item, input, plan, await formats.OfAsync(plan, ct), result);
        if (!result.Ok) return result;
        if (plan.Version != version) return OperationResult.Stale();
        var warnings = await responsible.LookUpAsync(krajCode, item, ct);
        var saved = await writes.TouchAndSaveAsync(plan, ct);
        return saved.Ok ? OperationResult.Success(item.Id).Warn(warnings) : saved;
    }
}
