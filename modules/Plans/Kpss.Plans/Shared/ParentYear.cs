using Kpss.Plugins.Abstractions;

namespace Kpss.Plans.Shared;

/// <summary>What bringing an action plan up to its parent did or would do, beyond the items it adds, changes and removes.</summary>
/// <param name="Added">New items, with negative ids until saved (a child's <c>ParentId</c> may be such an id).</param>
/// <param name="Removed">The action plan's items taken over from the parent that the parent no longer carries in the year.</param>
/// <param name="Skipped">Parent items not taken over, each with why, in Czech.</param>
/// <param name="Kept">Items gone from the parent's year but kept, each with why, in Czech.</param>
internal sealed record ParentMerge(IReadOnlyList<PlanItem> Added, IReadOnlyList<PlanItem> Removed, IReadOnlyList<string> Skipped, IReadOnlyList<string> Kept);

/// <summary>
/// The parent plan's year as an action plan carries it: the measures and activities that run in the year (by their
/// period, or money or a change of the network in it), under copies of their goals and priorities, with only that
/// year's money, indicators and changes of the network, and with the parent's numbers, so every item keeps its code.
/// Each copy remembers its source (<see cref="PlanItem.SourceItemId"/>), so a later refresh knows which items came from
/// the parent and which are the action plan's own.
/// </summary>
internal static class ParentYear
{
    private static readonly ItemLevel[] Levels = [ItemLevel.Priorita, ItemLevel.Cil, ItemLevel.Opatreni, ItemLevel.Aktivita];

    public static bool Runs(PlanItem item, int year) =>
        (item.FromYear <= year && item.ToYear >= year) || item.Costs.Any(c => c.Year == year) || item.Capacities.Any(c => c.Year == year);

    /// <summary>The ids of the parent's items an action plan of the year carries: those that run in it and all above them.</summary>
    public static HashSet<int> Carried(IReadOnlyList<PlanItem> parent, int year)
    {
        var byId = parent.ToDictionary(i => i.Id);
        var kept = new HashSet<int>();
        foreach (var item in parent.Where(i => i.Level is ItemLevel.Opatreni or ItemLevel.Aktivita && Runs(i, year)))
            for (int? id = item.Id; id is { } current && kept.Add(current); id = byId[current].ParentId) { }
        return kept;
    }

    /// <summary>The parent's item as the action plan of the year carries it (no ids: the caller places it).</summary>
    public static PlanItem Copy(PlanItem source, int year) => new()
    {
        Level = source.Level, Number = source.Number, Order = source.Order, NumberedChildren = source.NumberedChildren, Title = source.Title,
        Description = source.Description, Category = source.Category, TargetGroup = source.TargetGroup, Responsible = source.Responsible,
        ResponsibleIco = source.ResponsibleIco, Partners = source.Partners, WorkingGroup = source.WorkingGroup, SourceItemId = source.Id,
        FromYear = source.FromYear is null ? null : year, ToYear = source.ToYear is null ? null : year,
        Costs = source.Costs.Where(c => c.Year == year).Select(c => new PlanCost { Year = year, Source = c.Source, Amount = c.Amount }).ToList(),
        Indicators = source.Indicators.Where(x => x.Year == year).Select(x => new PlanIndicator
            { Order = x.Order, Name = x.Name, Unit = x.Unit, Baseline = x.Baseline, Target = x.Target, Year = year }).ToList(),
        Capacities = source.Capacities.Where(c => c.Year == year).Select(c => new PlanCapacityChange
        {
            Order = c.Order, Year = year, Paragraph = c.Paragraph, Form = c.Form, OrpCsuCode = c.OrpCsuCode, Capacity = c.Capacity, Unit = c.Unit,
            Staff = c.Staff,
        }).ToList(),
    };

    /// <summary>
    /// Brings the action plan's items (<paramref name="action"/>, changed in place) up to the parent's year: items taken
    /// over before get the parent's text, money, indicators and changes of the year; parent items new in the year are
    /// added (unless the action plan's own item already has their number there: skipped, with why); items taken over
    /// that the parent no longer carries in the year are removed, unless the action plan's own items hang under them.
    /// The action plan's own items are never touched.
    /// </summary>
    public static ParentMerge Merge(List<PlanItem> action, IReadOnlyList<PlanItem> parent, int year, int actionPlanId, PlanNumbering numbering)
    {
        var carried = Carried(parent, year);
        var parentById = parent.ToDictionary(i => i.Id);
        var taken = action.Where(i => i.SourceItemId is not null).GroupBy(i => i.SourceItemId!.Value).ToDictionary(g => g.Key, g => g.First());
        var placed = new Dictionary<int, int>(); // parent item id → the action plan's item id
        var added = new List<PlanItem>();
        var skipped = new List<string>();
        var nextId = -1;
        foreach (var level in Levels)
        {
            foreach (var source in parent.Where(i => i.Level == level && carried.Contains(i.Id)).OrderBy(i => i.Order))
            {
                int? under = null;
                if (source.ParentId is { } p)
                {
                    if (!placed.TryGetValue(p, out var target)) continue; // its parent was skipped: so is it
                    under = target;
                }
                var copy = Copy(source, year);
                if (taken.TryGetValue(source.Id, out var existing))
                {
                    Overwrite(existing, copy);
                    placed[source.Id] = existing.Id;
                    continue;
                }
                if (action.Any(i => i.ParentId == under && i.Number == source.Number))
                {
                    skipped.Add(PlanWords.RefreshNumberTaken(Code(source, parentById, numbering), source.Title));
                    continue;
                }
                copy.Id = nextId--;
                copy.PlanId = actionPlanId;
                copy.ParentId = under;
                action.Add(copy);
                added.Add(copy);
                placed[source.Id] = copy.Id;
            }
        }
        var removed = new List<PlanItem>();
        var kept = new List<string>();
        foreach (var level in Levels.Reverse())
        {
            foreach (var gone in action.Where(i => i.Level == level && i.SourceItemId is { } s && !carried.Contains(s)).ToList())
            {
                if (action.Any(i => i.ParentId == gone.Id))
                {
                    kept.Add(PlanWords.RefreshKeptForOwnItems(gone.Title));
                    continue;
                }
                action.Remove(gone);
                removed.Add(gone);
            }
        }
        return new ParentMerge(added, removed, skipped, kept);
    }

    /// <summary>Saves the added items level by level, each child under its parent's new id.</summary>
    public static async Task SaveAddedAsync(PlansDbContext db, IReadOnlyList<PlanItem> added, CancellationToken ct)
    {
        var ids = new Dictionary<int, int>();
        foreach (var level in Levels)
        {
            var these = added.Where(i => i.Level == level).Select(i => (Temporary: i.Id, Item: i)).ToList();
            foreach (var (_, item) in these)
            {
                item.Id = 0;
                if (item.ParentId is { } p && p < 0) item.ParentId = ids[p];
                db.Items.Add(item);
            }
            await db.SaveChangesAsync(ct);
            foreach (var (temporary, item) in these) ids[temporary] = item.Id;
        }
    }

    /// <summary>Gives an item taken over before the parent's current text, money, indicators and changes of the year.</summary>
    private static void Overwrite(PlanItem target, PlanItem copy)
    {
        target.Title = copy.Title;
        target.Description = copy.Description;
        target.Category = copy.Category;
        target.TargetGroup = copy.TargetGroup;
        target.Responsible = copy.Responsible;
        target.ResponsibleIco = copy.ResponsibleIco;
        target.Partners = copy.Partners;
        target.WorkingGroup = copy.WorkingGroup;
        target.FromYear = copy.FromYear;
        target.ToYear = copy.ToYear;
        target.NumberedChildren = Math.Max(target.NumberedChildren, copy.NumberedChildren);
        if (!Same(target.Costs, copy.Costs, c => (c.Year, c.Source, c.Amount)))
        {
            target.Costs.Clear();
            target.Costs.AddRange(copy.Costs);
        }
        if (!Same(target.Indicators, copy.Indicators, x => (x.Order, x.Name, x.Unit, x.Baseline, x.Target, x.Year)))
        {
            target.Indicators.Clear();
            target.Indicators.AddRange(copy.Indicators);
        }
        if (!Same(target.Capacities, copy.Capacities, c => (c.Order, c.Year, c.Paragraph, c.Form, c.OrpCsuCode, c.Capacity, c.Unit, c.Staff)))
        {
            target.Capacities.Clear();
            target.Capacities.AddRange(copy.Capacities);
        }
    }

    private static bool Same<T, TKey>(List<T> a, List<T> b, Func<T, TKey> key) => a.Select(key).OrderBy(k => k).SequenceEqual(b.Select(key).OrderBy(k => k));

    private static string Code(PlanItem item, IReadOnlyDictionary<int, PlanItem> byId, PlanNumbering numbering)
    {
        var numbers = new List<int>();
        for (PlanItem? i = item; i is not null; i = i.ParentId is { } p ? byId[p] : null) numbers.Insert(0, i.Number);
        return PlanFormats.Code(numbering, numbers);
    }
}
