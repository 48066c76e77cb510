using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Plans.UseCases.MoveItem;

/// <summary>The place among the siblings (1-based) and the plan's version the writer started from.</summary>
internal sealed record PositionDto(int Position, int Version);

/// <summary>Use case: reorder an item among its siblings; codes stay as they are. Page: PlanItem.</summary>
internal sealed class MoveItem(PlansDbContext db, PlanWrites writes)
{
    public static void Map(RouteGroupBuilder plans)
    {
        plans.MapPost("/{planId:int}/polozky/{itemId:int}/poradi", async (HttpContext http, int planId, int itemId, PositionDto input, MoveItem handler, CancellationToken ct) =>
            (await handler.MoveAsync(http.KrajCode(), planId, itemId, input.Position, input.Version, ct)).ToHttpResult())
            .AnswersOutcome().WithName("MovePlanItem")
            .WithExample(new { position = 1, version = 1 }).WithSummary("Přesune položku mezi sourozenci; kódy se nemění");
    }

    /// <summary>Puts an item at <paramref name="position"/> (1-based) among its siblings; codes stay as they are.</summary>
    public async Task<OperationResult> MoveAsync(string krajCode, int planId, int itemId, int position, int version, CancellationToken ct)
    {
        var plan = await db.PlanAsync(krajCode, planId, ct);
        var item = plan is null ? null : await db.Items.SingleOrDefaultAsync(i => i.Id == itemId && i.PlanId == planId, ct);
        if (plan is null || item is null) return OperationResult.Missing(plan is null ? PlanWords.NoPlan : PlanWords.NoItem);
        var result = PlanWrites.Editable(plan);
        if (!result.Ok) return result;
        var siblings = await db.Items.Where(i => i.PlanId == planId && i.ParentId == item.ParentId).OrderBy(i => i.Order).ToListAsync(ct);
        if (position < 1 || position > siblings.Count)
            return OperationResult.Invalid("Position", PlanWords.PositionOutOfRange(siblings.Count));
        if (plan.Version != version) return OperationResult.Stale();
        siblings.Remove(item);
        siblings.Insert(position - 1, item);
        for (var i = 0; i < siblings.Count; i++)
            siblings[i].Order = i + 1;
        return await writes.TouchAndSaveAsync(plan, ct);
    }
}
