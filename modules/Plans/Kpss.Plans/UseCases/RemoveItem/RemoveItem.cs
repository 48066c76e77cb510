using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Plans.UseCases.RemoveItem;

/// <summary>Use case: remove an item that has nothing under it. Page: PlanItem.</summary>
internal sealed class RemoveItem(PlansDbContext db, PlanWrites writes)
{
    public static void Map(RouteGroupBuilder plans)
    {
        plans.MapDelete("/{planId:int}/polozky/{itemId:int}", async (HttpContext http, int planId, int itemId, int verze, RemoveItem handler, CancellationToken ct) =>
            (await handler.RemoveAsync(http.KrajCode(), planId, itemId, verze, ct)).ToHttpResult())
            .AnswersOutcome().WithName("RemovePlanItem").WithSummary("Odebere položku bez podřízených položek (verze plánu v ?verze=)");
    }

    /// <summary>
    /// Removes an item that has nothing under it, with its money and indicators; its number is not given again, so no
    /// other item takes its code. An item with children is refused: remove them first.
    /// </summary>
    public async Task<OperationResult> RemoveAsync(string krajCode, int planId, int itemId, int version, CancellationToken ct)
    {
        var plan = await db.PlanAsync(krajCode, planId, ct);
        var item = plan is null ? null : await db.Items.SingleOrDefaultAsync(i => i.Id == itemId && i.PlanId == planId, ct);
        if (plan is null || item is null) return OperationResult.Missing(plan is null ? PlanWords.NoPlan : PlanWords.NoItem);
        var result = PlanWrites.Editable(plan);
        if (!result.Ok) return result;
        if (await db.Items.AnyAsync(i => i.PlanId == planId && i.ParentId == itemId, ct))
            return OperationResult.Invalid("", PlanWords.ItemHasChildren(ItemRules.LevelName(item.Level), item.Title));
        if (plan.Version != version) return OperationResult.Stale();
        db.Items.Remove(item);
        return await writes.TouchAndSaveAsync(plan, ct);
    }
}
