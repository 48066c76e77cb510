using Kpss.Plugins.Abstractions;

namespace Kpss.Plans.Shared;

/// <summary>A chapter as read: its key, title and purpose from the plan's format, and its text. <see cref="Purpose"/> is
/// null only in a copy frozen before chapters had purposes (<see cref="Snapshots.Deserialize"/> gives them theirs).</summary>
internal sealed record ChapterView(string Key, string Title, bool Mandatory, string Guidance, string Text, ChapterPurpose? Purpose = null);

internal sealed record CostView(int Year, FundingSource Source, long Amount);

/// <summary>An indicator: name, unit, value at the start, target and its year; <see cref="Order"/> its place among the
/// item's indicators (0 in a copy frozen before it was kept: its place in the list).</summary>
internal sealed record IndicatorView(string Name, string Unit, decimal? Baseline, decimal Target, int Year, int Order = 0);

/// <summary>
/// A change of the network: the service's paragraph and kind, form, ORP, capacity ± with unit, úvazky ±, and the year it
/// takes effect (0 only in a copy frozen before changes had years: <see cref="Snapshots.Deserialize"/> gives it the plan's first year).
/// </summary>
internal sealed record CapacityView(string Paragraph, string Kind, string Form, int? OrpCsuCode, string? Orp, int Capacity, string? Unit, decimal Staff,
    int Year = 0)
{
    /// <summary>E.g. "2027: § 44 odlehčovací služby, pobytová, ORP Tábor: +6 lůžek, +2,5 úvazku".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Capacity != 0) parts.Add((Capacity > 0 ? "+" : "−") + Kpss.Catalogue.Contracts.CapacityUnits.Count(Math.Abs(Capacity), Unit ?? ""));
        if (Staff != 0) parts.Add($"{(Staff > 0 ? "+" : "−")}{PlanWords.Number(Math.Abs(Staff))} úvazku");
        return $"{Year}: § {Paragraph} {Kind}, {Form}{(Orp is null ? "" : $", ORP {Orp}")}: {string.Join(", ", parts)}";
    }
}

/// <summary>Money of an item and everything under it, by year and by source; computed, never typed.</summary>
internal sealed record Totals(long Total, IReadOnlyDictionary<int, long> ByYear, IReadOnlyDictionary<FundingSource, long> BySource);

internal sealed record ItemView(
    int Id, string Code, ItemLevel Level, int Order, string Title, string? Description, string? Category, string? TargetGroup,
    string? Responsible, string? ResponsibleIco, string? Partners, int? FromYear, int? ToYear, string? WorkingGroup,
    IReadOnlyList<CostView> Costs, IReadOnlyList<IndicatorView> Indicators, Totals Totals, IReadOnlyList<ItemView> Children,
    IReadOnlyList<CapacityView>? Capacities = null)
{
    /// <summary>The changes of the network (none in a copy frozen before they existed).</summary>
    public IReadOnlyList<CapacityView> Changes => Capacities ?? [];
}

internal sealed record PlanView(
    int Id, PlanKind Kind, string Title, int FromYear, int ToYear, string Area, string ApprovingBody, PlanState State, int? ParentPlanId,
    int? ProcessId, int Version, IReadOnlyList<ChapterView> Chapters, IReadOnlyList<ItemView> Priorities, Totals Totals,
    IReadOnlyList<string> Missing, string FormatSource, int Edition = 1, DateOnly? CommentsFrom = null, DateOnly? CommentsTo = null,
    int? HearingMeetingId = null, NetworkView? Network = null)
{
    /// <summary>Every item in the order of the plan: a priority, its goals, their measures and activities, the next priority.</summary>
    public IEnumerable<ItemView> AllItems() => Flatten(Priorities);

    /// <summary>The item with its parent (null for a priority), or null when the plan has no such item.</summary>
    public (ItemView Item, ItemView? Parent)? Find(int itemId)
    {
        foreach (var priority in Priorities)
        {
            if (priority.Id == itemId) return (priority, null);
            if (Below(priority, itemId) is { } found) return found;
        }
        return null;
    }

    private static (ItemView, ItemView?)? Below(ItemView parent, int itemId)
    {
        foreach (var child in parent.Children)
        {
            if (child.Id == itemId) return (child, parent);
            if (Below(child, itemId) is { } found) return found;
        }
        return null;
    }

    /// <summary>Items and everything under them, in the order of the plan.</summary>
    public static IEnumerable<ItemView> Flatten(IEnumerable<ItemView> items) => items.SelectMany(i => new[] { i }.Concat(Flatten(i.Children)));
}

/// <summary>A plan as read: its chapters in the kraj's order, the strategic tree with codes and totals, what is missing.</summary>
internal sealed class PlanReader(PlansDbContext db, PlanFormats formats, Kpss.Modules.Abstractions.Tenancy.IKrajDirectory kraje, ActionPlanNetwork network)
{
    /// <summary>The plan with the kraj's network when it is a kraj's action plan: for its page, API, document and frozen copies.</summary>
    public async Task<PlanView?> ReadWithNetworkAsync(string krajCode, int planId, CancellationToken ct) =>
        await ReadAsync(krajCode, planId, ct) is { } plan ? await network.WithNetworkAsync(krajCode, plan, ct) : null;

    public async Task<PlanView?> ReadAsync(string krajCode, int planId, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().Include(p => p.Chapters).SingleOrDefaultAsync(p => p.Id == planId && p.KrajCode == krajCode, ct);
        if (plan is null) return null;
        var items = await db.Items.AsNoTracking().Include(i => i.Costs).Include(i => i.Indicators).Include(i => i.Capacities).Where(i => i.PlanId == planId)
            .AsSplitQuery().ToListAsync(ct);
        var format = await formats.OfAsync(plan, ct);

        var texts = plan.Chapters.ToDictionary(c => c.Key, c => c.Text);
        var chapters = format.Chapters.Select(c => new ChapterView(c.Key, c.Title, c.Mandatory, c.Guidance, texts.GetValueOrDefault(c.Key, ""), c.Purpose)).ToList();
        var priorities = Tree(items, format.Numbering);
        var view = new PlanView(plan.Id, plan.Kind, plan.Title, plan.FromYear, plan.ToYear, plan.Area, plan.ApprovingBody, plan.State, plan.ParentPlanId,
            plan.ProcessId, plan.Version, chapters, priorities, Sum([], priorities.Select(p => p.Totals)), [], format.Source, plan.Edition,
            plan.CommentsFrom, plan.CommentsTo, plan.HearingMeetingId);
        return view with { Missing = Completeness(view, format) };
    }

    /// <summary>The strategic tree of stored items (tracked or not, saved or not): codes from their numbers, totals computed.</summary>
    public List<ItemView> Tree(IReadOnlyList<PlanItem> items, PlanNumbering numbering)
    {
        var children = items.ToLookup(i => i.ParentId);
        List<ItemView> Build(int? parentId, IReadOnlyList<int> numbers) => children[parentId].OrderBy(i => i.Order).ThenBy(i => i.Number).Select(i =>
        {
            var path = numbers.Append(i.Number).ToList();
            var below = Build(i.Id, path);
            var own = i.Costs.OrderBy(c => c.Year).ThenBy(c => c.Source).Select(c => new CostView(c.Year, c.Source, c.Amount)).ToList();
            return new ItemView(i.Id, PlanFormats.Code(numbering, path), i.Level, i.Order, i.Title, i.Description, i.Category, i.TargetGroup,
                i.Responsible, i.ResponsibleIco, i.Partners, i.FromYear, i.ToYear, i.WorkingGroup, own,
                i.Indicators.OrderBy(x => x.Order).Select(x => new IndicatorView(x.Name, x.Unit, x.Baseline, x.Target, x.Year, x.Order)).ToList(),
                Sum(own, below.Select(b => b.Totals)), below,
                i.Capacities.OrderBy(c => c.Year).ThenBy(c => c.Order).Select(c => new CapacityView(c.Paragraph,
                    Kpss.Catalogue.Contracts.ServiceKinds.Find(c.Paragraph)?.Name ?? "", Kpss.Catalogue.Contracts.FormNames.Describe(c.Form), c.OrpCsuCode,
                    c.OrpCsuCode is { } orp ? kraje.FindOrp(orp)?.Name : null, c.Capacity, c.Unit, c.Staff, c.Year)).ToList());
        }).ToList();
        return Build(null, []);
    }

    internal static Totals Sum(IEnumerable<CostView> own, IEnumerable<Totals> below)
    {
        var byYear = new SortedDictionary<int, long>();
        var bySource = new SortedDictionary<FundingSource, long>();
        void Add(int year, FundingSource source, long amount)
        {
            byYear[year] = byYear.GetValueOrDefault(year) + amount;
            bySource[source] = bySource.GetValueOrDefault(source) + amount;
        }
        foreach (var c in own) Add(c.Year, c.Source, c.Amount);
        var total = byYear.Values.Sum();
        foreach (var t in below)
        {
            foreach (var (year, amount) in t.ByYear) byYear[year] = byYear.GetValueOrDefault(year) + amount;
            foreach (var (source, amount) in t.BySource) bySource[source] = bySource.GetValueOrDefault(source) + amount;
            total += t.Total;
        }
        return new Totals(total, byYear, bySource);
    }

    /// <summary>Every mandatory chapter and field still missing, in Czech, in the order of the plan.</summary>
    internal static List<string> Completeness(PlanView plan, PlanFormat format)
    {
        var missing = new List<string>();
        foreach (var c in plan.Chapters.Where(c => c.Mandatory && string.IsNullOrWhiteSpace(c.Text)))
            missing.Add(PlanWords.ChapterMissing(c.Title));
        if (plan.Priorities.Count == 0)
            missing.Add(PlanWords.NoPriority);
        var required = format.MandatoryMeasureFields.ToHashSet();
        foreach (var priority in plan.Priorities)
        {
            if (priority.Children.Count == 0)
                missing.Add(PlanWords.PriorityWithoutGoal(priority.Code, priority.Title));
            foreach (var goal in priority.Children)
            {
                if (goal.Children.Count == 0)
                    missing.Add(PlanWords.GoalWithoutMeasure(goal.Code, goal.Title));
                foreach (var measure in goal.Children)
                {
                    var lacks = new List<string>();
                    if (required.Contains(MeasureField.Responsible) && measure.Responsible is null) lacks.Add(PlanWords.Lacks.Responsible);
                    if (required.Contains(MeasureField.Partners) && measure.Partners is null) lacks.Add(PlanWords.Lacks.Partners);
                    if (required.Contains(MeasureField.Period) && (measure.FromYear is null || measure.ToYear is null)) lacks.Add(PlanWords.Lacks.Period);
                    if (required.Contains(MeasureField.Costs) && measure.Totals.Total == 0 && measure.Costs.Count == 0 && !measure.Children.Any(a => a.Costs.Count > 0))
                        lacks.Add(PlanWords.Lacks.Costs);
                    if (required.Contains(MeasureField.Indicators) && measure.Indicators.Count == 0 && !measure.Children.Any(a => a.Indicators.Count > 0))
                        lacks.Add(PlanWords.Lacks.Indicators);
                    if (required.Contains(MeasureField.WorkingGroup) && measure.WorkingGroup is null) lacks.Add(PlanWords.Lacks.WorkingGroup);
                    if (required.Contains(MeasureField.CapacityChanges) && measure.Changes.Count == 0 && !measure.Children.Any(a => a.Changes.Count > 0))
                        lacks.Add(PlanWords.Lacks.CapacityChanges);
                    if (lacks.Count > 0)
                        missing.Add(PlanWords.MeasureLacks(measure.Code, measure.Title, lacks));
                    // An activity is what someone does in given years: its own responsible party and period, where the
                    // format requires them of a measure (its money, indicators and changes may sit on the measure).
                    foreach (var activity in measure.Children)
                    {
                        var own = new List<string>();
                        if (required.Contains(MeasureField.Responsible) && activity.Responsible is null) own.Add(PlanWords.Lacks.Responsible);
                        if (required.Contains(MeasureField.Period) && (activity.FromYear is null || activity.ToYear is null)) own.Add(PlanWords.Lacks.Period);
                        if (own.Count > 0)
                            missing.Add(PlanWords.ActivityLacks(activity.Code, activity.Title, own));
                    }
                }
            }
        }
        return missing;
    }
}
