using Kpss.Plans.Contracts;

namespace Kpss.Plans.Provides;

/// <summary>
/// Plans for other modules (<see cref="IPlans"/>): the kraj's plans in two queries (rows, then their approved editions
/// without their content), one year of a frozen edition read from its copy, comments counted by the database, and an
/// item carried over into the next action plan (<see cref="UseCases.CarryOverItem.CarryOverItem"/>).
/// </summary>
internal sealed class PlansContract(PlansDbContext db, Snapshots snapshots, UseCases.CarryOverItem.CarryOverItem carryOver) : IPlans
{
    public async Task<IReadOnlyList<PlanSummary>> ListAsync(string krajCode, DateOnly day, CancellationToken ct = default)
    {
        var plans = await db.Plans.AsNoTracking().Where(p => p.KrajCode == krajCode).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Kind, p.Title, p.FromYear, p.ToYear, p.Area, p.ParentPlanId, p.State, p.ProcessId }).ToListAsync(ct);
        var ids = plans.Select(p => p.Id).ToList();
        var approved = (await db.Snapshots.AsNoTracking().Where(s => s.Stage == SnapshotStage.Schvaleny && ids.Contains(s.PlanId))
                .Select(s => new { s.PlanId, s.Edition, s.ApprovedOn, s.ApprovedBy, s.Resolution }).ToListAsync(ct))
            .ToLookup(s => s.PlanId, s => new PlanEdition(s.Edition, s.ApprovedOn, s.ApprovedBy, s.Resolution));
        var periods = plans.Where(p => approved[p.Id].Any()).Select(p => new ApprovedPeriod(p.Id, p.Kind, p.Area, p.FromYear, p.ToYear)).ToList();
        return plans.Select(p => new PlanSummary(p.Id, p.Kind, p.Title, p.FromYear, p.ToYear, p.Area, p.ParentPlanId, p.State != PlanState.Schvaleny,
                approved[p.Id].Any() ? PlanValidities.Of(new ApprovedPeriod(p.Id, p.Kind, p.Area, p.FromYear, p.ToYear), periods, day) : null,
                approved[p.Id].OrderBy(e => e.Edition).ToList(), p.ProcessId))
            .ToList();
    }

    public async Task<PlanYear?> YearAsync(string krajCode, int planId, int edition, int year, CancellationToken ct = default)
    {
        var view = await snapshots.ReadAsync(krajCode, planId, edition, SnapshotStage.Schvaleny, ct)
                   ?? await snapshots.ReadAsync(krajCode, planId, edition, SnapshotStage.Pripominkovani, ct);
        if (view is null || year < view.FromYear || year > view.ToYear) return null;
        return new PlanYear(planId, edition, year, PlanYears.Items(view, year));
    }

    public async Task<IReadOnlyList<EditionComments>?> CommentsAsync(string krajCode, int planId, CancellationToken ct = default)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == planId && p.KrajCode == krajCode, ct)) return null;
        var counts = await db.Comments.AsNoTracking().Where(c => c.PlanId == planId && c.ConfirmedAtUtc != null)
            .GroupBy(c => new { c.Edition, c.Answer }).Select(g => new { g.Key.Edition, g.Key.Answer, Count = g.Count() }).ToListAsync(ct);
        var editions = await db.Snapshots.AsNoTracking().Where(s => s.PlanId == planId && s.Stage == SnapshotStage.Pripominkovani)
            .Select(s => s.Edition).ToListAsync(ct);
        return editions.Union(counts.Select(c => c.Edition)).Order().Select(e =>
        {
            int Of(CommentAnswer answer) => counts.Where(c => c.Edition == e && c.Answer == answer).Sum(c => c.Count);
            return new EditionComments(e, counts.Where(c => c.Edition == e).Sum(c => c.Count), Of(CommentAnswer.Akceptovano),
                Of(CommentAnswer.CastecneAkceptovano), Of(CommentAnswer.Neakceptovano), Of(CommentAnswer.BereSeNaVedomi), Of(CommentAnswer.Zadna));
        }).ToList();
    }

    public Task<OperationResult> CarryOverAsync(string krajCode, int fromPlanId, string code, int toPlanId, CancellationToken ct = default) =>
        carryOver.CarryAsync(krajCode, fromPlanId, code, toPlanId, ct);
}

/// <summary>One year of a plan as read (a frozen edition): what runs in it, with the year's money, indicators and changes.</summary>
internal static class PlanYears
{
    public static IReadOnlyList<YearItem> Items(PlanView view, int year)
    {
        static bool Runs(ItemView i, int year) => (i.FromYear <= year && i.ToYear >= year) || i.Costs.Any(c => c.Year == year) || i.Changes.Any(c => c.Year == year);
        bool Carried(ItemView i) => i.Level is ItemLevel.Opatreni or ItemLevel.Aktivita ? Runs(i, year) || i.Children.Any(Carried) : i.Children.Any(Carried);
        var items = new List<YearItem>();
        void Walk(IEnumerable<ItemView> level)
        {
            foreach (var i in level.Where(Carried))
            {
                var costs = i.Level == ItemLevel.Opatreni ? i.Costs.Concat(i.Children.SelectMany(a => a.Costs)) : i.Level == ItemLevel.Aktivita ? i.Costs : [];
                var money = costs.Where(c => c.Year == year).GroupBy(c => c.Source).OrderBy(g => g.Key).Select(g => new YearMoney(g.Key, g.Sum(c => c.Amount))).ToList();
                var indicators = i.Indicators.Select((x, n) => (x, Order: x.Order > 0 ? x.Order : n + 1)).Where(x => x.x.Year == year)
                    .Select(x => new YearIndicator($"{i.Code}/{x.Order}", x.x.Name, x.x.Unit, x.x.Baseline, x.x.Target)).ToList();
                var changes = i.Changes.Where(c => c.Year == year).Select(c => new YearNetworkChange(c.Paragraph, c.Form, c.OrpCsuCode, c.Capacity, c.Unit, c.Staff)).ToList();
                items.Add(new YearItem(i.Code, i.Level, i.Title, i.Responsible, i.ResponsibleIco, money, indicators, changes));
                Walk(i.Children);
            }
        }
        Walk(view.Priorities);
        return items;
    }
}
