using System.Text.Json;

namespace Kpss.Plans.Shared;

/// <summary>A frozen edition of a plan as listed: which edition, for what, when, and the approval.</summary>
internal sealed record SnapshotInfo(int Edition, SnapshotStage Stage, DateTime CreatedAtUtc, string? ApprovedBy, string? Resolution, DateOnly? ApprovedOn);

/// <summary>Frozen copies of a plan (to comment, approved): written once, read back exactly as they were.</summary>
internal sealed class Snapshots(PlansDbContext db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(PlanView view) => JsonSerializer.Serialize(view, Json);

    /// <summary>
    /// The purposes of the chapters every format had before purposes existed (the platform's keys, which the plugins
    /// kept): what a chapter frozen then was for.
    /// </summary>
    private static readonly Dictionary<string, Kpss.Plugins.Abstractions.ChapterPurpose> PurposesBeforeTheyExisted = new()
    {
        ["popisna"] = Kpss.Plugins.Abstractions.ChapterPurpose.ProcessDescription, ["analyticka"] = Kpss.Plugins.Abstractions.ChapterPurpose.Analytical,
        ["vyhodnoceni"] = Kpss.Plugins.Abstractions.ChapterPurpose.PreviousPlanEvaluation, ["strategicka"] = Kpss.Plugins.Abstractions.ChapterPurpose.Strategic,
        ["sit"] = Kpss.Plugins.Abstractions.ChapterPurpose.Network,
    };

    /// <summary>The frozen plan. In a copy frozen before chapters had purposes, each chapter gets the purpose its key had;
    /// a change of the network frozen before changes had a year takes effect in the plan's first year, as the migration
    /// <c>ActionPlanYears</c> decided for the stored ones.</summary>
    public static PlanView Deserialize(string json)
    {
        var view = JsonSerializer.Deserialize<PlanView>(json, Json)!;
        if (view.Chapters.Any(c => c.Purpose is null))
            view = view with
            {
                Chapters = view.Chapters.Select(c => c.Purpose is null
                    ? c with { Purpose = PurposesBeforeTheyExisted.GetValueOrDefault(c.Key, Kpss.Plugins.Abstractions.ChapterPurpose.Other) }
                    : c).ToList(),
            };
        if (!view.AllItems().Any(i => i.Changes.Any(c => c.Year == 0))) return view;
        ItemView Dated(ItemView item) => item with
        {
            Capacities = item.Changes.Select(c => c.Year == 0 ? c with { Year = view.FromYear } : c).ToList(), Children = item.Children.Select(Dated).ToList(),
        };
        return view with { Priorities = view.Priorities.Select(Dated).ToList() };
    }

    /// <summary>Freezes the plan as read now; a copy of the same edition and stage (comments opened again) is replaced.</summary>
    public async Task TakeAsync(Plan plan, SnapshotStage stage, PlanView view, DateTime nowUtc, CancellationToken ct, Action<PlanSnapshot>? approval = null)
    {
        var snapshot = await db.Snapshots.SingleOrDefaultAsync(s => s.PlanId == plan.Id && s.Edition == plan.Edition && s.Stage == stage, ct);
        if (snapshot is null) db.Snapshots.Add(snapshot = new PlanSnapshot { PlanId = plan.Id, Edition = plan.Edition, Stage = stage });
        snapshot.Content = Serialize(view);
        snapshot.CreatedAtUtc = nowUtc;
        approval?.Invoke(snapshot);
    }

    public async Task<IReadOnlyList<SnapshotInfo>> ListAsync(int planId, CancellationToken ct) =>
        await db.Snapshots.AsNoTracking().Where(s => s.PlanId == planId).OrderBy(s => s.Edition).ThenBy(s => s.Stage)
            .Select(s => new SnapshotInfo(s.Edition, s.Stage, s.CreatedAtUtc, s.ApprovedBy, s.Resolution, s.ApprovedOn)).ToListAsync(ct);

    /// <summary>The frozen plan, or null (no such plan in this kraj, or no such copy).</summary>
    public async Task<PlanView?> ReadAsync(string krajCode, int planId, int edition, SnapshotStage stage, CancellationToken ct)
    {
        var content = await db.Snapshots.AsNoTracking()
            .Where(s => s.PlanId == planId && s.Edition == edition && s.Stage == stage && db.Plans.Any(p => p.Id == planId && p.KrajCode == krajCode))
            .Select(s => s.Content).SingleOrDefaultAsync(ct);
        return content is null ? null : Deserialize(content);
    }
}
