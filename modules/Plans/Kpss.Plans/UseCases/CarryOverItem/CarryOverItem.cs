using Kpss.Modules.Abstractions.Data;

namespace Kpss.Plans.UseCases.CarryOverItem;

/// <summary>
/// Use case (through the contract, <see cref="Kpss.Plans.Contracts.IPlans.CarryOverAsync"/>): a measure or activity of an
/// action plan not fulfilled in its year goes into a later action plan of the same parent, a draft, with its code — its
/// goal and priority added where the later plan lacks them — and without money, indicators or changes of the network,
/// which are planned anew. It keeps its link to the parent plan's item, so a refresh from the parent knows it.
/// </summary>
internal sealed class CarryOverItem(PlansDbContext db, DbSession session, PlanFormats formats, PlanWrites writes)
{
    public async Task<OperationResult> CarryAsync(string krajCode, int fromPlanId, string code, int toPlanId, CancellationToken ct)
    {
        var from = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == fromPlanId && p.KrajCode == krajCode, ct);
        var to = await db.PlanAsync(krajCode, toPlanId, ct);
        if (from is null || to is null) return OperationResult.Missing(PlanWords.NoPlan);
        if (from.Kind != PlanKind.Akcni || to.Kind != PlanKind.Akcni || from.ParentPlanId is null || from.ParentPlanId != to.ParentPlanId)
            return OperationResult.Invalid("", PlanWords.CarryOnlyBetweenActionPlans);
        if (to.FromYear <= from.FromYear) return OperationResult.Invalid("", PlanWords.CarryOnlyForward(from.FromYear));
        if (to.State != PlanState.Navrh) return OperationResult.Invalid("", PlanWords.CarryIntoDraftOnly);

        var numbering = (await formats.OfAsync(from, ct)).Numbering;
        var sources = await db.Items.AsNoTracking().Where(i => i.PlanId == fromPlanId).ToListAsync(ct);
        var byId = sources.ToDictionary(i => i.Id);
        List<int> Path(PlanItem item)
        {
            var numbers = new List<int>();
            for (PlanItem? i = item; i is not null; i = i.ParentId is { } p ? byId[p] : null) numbers.Insert(0, i.Number);
            return numbers;
        }
        var source = sources.FirstOrDefault(i => PlanFormats.Code(numbering, Path(i)) == code.Trim());
        if (source is null) return OperationResult.Invalid("", PlanWords.CarryNoSuchItem(code));
        if (source.Level is not (ItemLevel.Opatreni or ItemLevel.Aktivita)) return OperationResult.Invalid("", PlanWords.CarryOnlyMeasures);

        var targets = await db.Items.Where(i => i.PlanId == toPlanId).ToListAsync(ct);
        var chain = new List<PlanItem>();
        for (PlanItem? i = source; i is not null; i = i.ParentId is { } p ? byId[p] : null) chain.Insert(0, i);
        int? under = null;
        var added = new List<PlanItem>();
        var nextId = -1;
        foreach (var item in chain)
        {
            var existing = targets.FirstOrDefault(t => t.ParentId == under && t.Number == item.Number);
            if (existing is not null && item == source) return OperationResult.Invalid("", PlanWords.CarryAlreadyThere(code));
            if (existing is not null)
            {
                existing.NumberedChildren = Math.Max(existing.NumberedChildren, item.NumberedChildren);
                under = existing.Id;
                continue;
            }
            var copy = new PlanItem
            {
                Id = nextId--, PlanId = toPlanId, ParentId = under, Level = item.Level, Number = item.Number, Order = item.Order,
                NumberedChildren = item.NumberedChildren, Title = item.Title, Description = item.Description, Category = item.Category,
                TargetGroup = item.TargetGroup, Responsible = item.Responsible, ResponsibleIco = item.ResponsibleIco, Partners = item.Partners,
                WorkingGroup = item.WorkingGroup, SourceItemId = item.SourceItemId,
                FromYear = item.FromYear is null ? null : to.FromYear, ToYear = item.ToYear is null ? null : to.FromYear,
            };
            targets.Add(copy);
            added.Add(copy);
            under = copy.Id;
        }
        to.NumberedPriorities = Math.Max(to.NumberedPriorities, from.NumberedPriorities);
        // The plan's version, its counters and every added level in one transaction: all of it, or nothing.
        await using var tx = await session.BeginTransactionAsync(ct);
        var saved = await writes.TouchAndSaveAsync(to, ct);
        if (!saved.Ok) return saved;
        await ParentYear.SaveAddedAsync(db, added, ct);
        await tx.CommitAsync(ct);
        return OperationResult.Success(added[^1].Id);
    }
}
