using Kpss.Modules.Abstractions.Time;

namespace Kpss.Plans.Public;

/// <summary>A plan as the public lists it: the edition in force (if any), its validity today, and the comment period (if one is
/// open or coming).</summary>
internal sealed record PublicPlanRow(int Id, PlanKind Kind, string Title, int FromYear, int ToYear, SnapshotInfo? InForce,
    DateOnly? CommentsFrom, DateOnly? CommentsTo, IReadOnlyList<SnapshotInfo> Approved, PlanValidity? Validity = null)
{
    public bool InComment => CommentsFrom is not null;

    /// <summary>Ended or replaced: the history, listed after what is in force and in comment.</summary>
    public bool Past => Validity is PlanValidity.Nahrazeny or PlanValidity.Ukonceny;

    /// <summary>The order the public reads them in: the plans in force, those in comment, those approved for later, the history.</summary>
    public int Rank => Validity == PlanValidity.Platny ? 0 : InComment ? 1 : Validity == PlanValidity.Schvaleny ? 2 : 3;
}

/// <summary>A published plan: the text the public reads (the copy in comment, else the edition in force) and its editions.</summary>
internal sealed record PublicPlan(PublicPlanRow Row, PlanView Text, bool TextInComment);

/// <summary>
/// What the public sees of a kraj's plans: only frozen copies — the approved editions and the copy put to comment — never
/// a draft — with each approved plan's validity today (<see cref="PlanValidities"/>). Two queries for the list (plans,
/// then their editions without their content); a plan's text reads the kraj's short plan rows, which plans are approved,
/// its own editions, then its copy.
/// </summary>
internal sealed class PublicPlans(PlansDbContext db, KpssClock clock)
{
    public Task<IReadOnlyList<PublicPlanRow>> ListAsync(string krajCode, CancellationToken ct) => RowsAsync(krajCode, null, ct);

    /// <summary>The kraj's published plans, or only the one asked for (a plan's page does not read the whole list).</summary>
    private async Task<IReadOnlyList<PublicPlanRow>> RowsAsync(string krajCode, int? planId, CancellationToken ct)
    {
        // All the kraj's plans (a few dozen short rows): a plan's validity depends on the others of its kind and area.
        var plans = await db.Plans.AsNoTracking().Where(p => p.KrajCode == krajCode)
            .Select(p => new { p.Id, p.Kind, p.Title, p.Area, p.FromYear, p.ToYear, p.State, p.Edition, p.CommentsFrom, p.CommentsTo }).ToListAsync(ct);
        var ids = planId is { } one ? [one] : plans.Select(p => p.Id).ToList();
        var editions = (await db.Snapshots.AsNoTracking().Where(s => ids.Contains(s.PlanId))
                .Select(s => new { s.PlanId, Info = new SnapshotInfo(s.Edition, s.Stage, s.CreatedAtUtc, s.ApprovedBy, s.Resolution, s.ApprovedOn) })
                .ToListAsync(ct))
            .ToLookup(s => s.PlanId, s => s.Info);
        var approvedIds = planId is null
            ? editions.Where(g => g.Any(e => e.Stage == SnapshotStage.Schvaleny)).Select(g => g.Key).ToHashSet()
            : (await db.Snapshots.AsNoTracking().Where(s => s.Stage == SnapshotStage.Schvaleny && db.Plans.Any(p => p.Id == s.PlanId && p.KrajCode == krajCode))
                .Select(s => s.PlanId).Distinct().ToListAsync(ct)).ToHashSet();
        var periods = plans.Where(p => approvedIds.Contains(p.Id)).Select(p => new ApprovedPeriod(p.Id, p.Kind, p.Area, p.FromYear, p.ToYear)).ToList();
        var today = PragueTime.Today(clock);
        return plans
            .Where(p => ids.Contains(p.Id))
            .Select(p =>
            {
                var approved = editions[p.Id].Where(e => e.Stage == SnapshotStage.Schvaleny).OrderByDescending(e => e.Edition).ToList();
                var inComment = p.State == PlanState.Pripominkovani;
                var validity = approved.Count == 0 ? (PlanValidity?)null
                    : PlanValidities.Of(new ApprovedPeriod(p.Id, p.Kind, p.Area, p.FromYear, p.ToYear), periods, today);
                return new PublicPlanRow(p.Id, p.Kind, p.Title, p.FromYear, p.ToYear, approved.FirstOrDefault(),
                    inComment ? p.CommentsFrom : null, inComment ? p.CommentsTo : null, approved, validity);
            })
            .Where(r => r.InForce is not null || r.InComment)
            .OrderBy(r => r.Rank).ThenByDescending(r => r.FromYear).ThenBy(r => r.Kind).ThenBy(r => r.Title)
            .ToList();
    }

    /// <summary>The plan's public text: the copy in comment while comments are open, else the edition in force; null for a draft.</summary>
    public async Task<PublicPlan?> ReadAsync(string krajCode, int planId, CancellationToken ct)
    {
        var row = (await RowsAsync(krajCode, planId, ct)).SingleOrDefault();
        if (row is null) return null;
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => new { p.Edition }).SingleAsync(ct);
        var (edition, stage) = row.InComment ? (plan.Edition, SnapshotStage.Pripominkovani) : (row.InForce!.Edition, SnapshotStage.Schvaleny);
        var content = await db.Snapshots.AsNoTracking().Where(s => s.PlanId == planId && s.Edition == edition && s.Stage == stage)
            .Select(s => s.Content).SingleAsync(ct);
        return new PublicPlan(row, Snapshots.Deserialize(content), row.InComment);
    }

    /// <summary>An approved edition, as approved; null if the plan has no such approved edition in this kraj.</summary>
    public async Task<PlanView?> ApprovedAsync(string krajCode, int planId, int edition, CancellationToken ct)
    {
        var content = await db.Snapshots.AsNoTracking()
            .Where(s => s.PlanId == planId && s.Edition == edition && s.Stage == SnapshotStage.Schvaleny && db.Plans.Any(p => p.Id == planId && p.KrajCode == krajCode))
            .Select(s => s.Content).SingleOrDefaultAsync(ct);
        return content is null ? null : Snapshots.Deserialize(content);
    }

    /// <summary>Whether comments are taken today (Prague date, first and last day included).</summary>
    public bool Open(PublicPlanRow row) => row.CommentsFrom is { } from && row.CommentsTo is { } to && PragueTime.Today(clock) is var today && today >= from && today <= to;
}
