namespace Kpss.Plans.Shared;

/// <summary>A confirmed comment as the coordinator and the settlement show it.</summary>
internal sealed record CommentView(int Id, int Edition, string Target, string TargetTitle, string Text, string? AuthorName, string? Organisation,
    DateTime ConfirmedAtUtc, CommentAnswer Answer, string? Reason, int Version);

/// <summary>
/// Public comments on a plan, as the coordinator, the settlement, the document and the personal-data export read them.
/// Writing one is <c>UseCases/CommentOnPlan</c> (anyone, confirmed by e-mail), answering it <c>UseCases/AnswerComment</c>,
/// publishing the settlement <c>UseCases/PublishSettlement</c>.
/// </summary>
internal sealed class PlanComments(PlansDbContext db)
{
    public const int MaxText = 4000;

    /// <summary>How long the link that confirms a comment's address is valid; unconfirmed comments go after that.</summary>
    public static readonly TimeSpan ConfirmWithin = TimeSpan.FromHours(72);

    public static string AnswerName(CommentAnswer answer) => answer switch
    {
        CommentAnswer.Akceptovano => "akceptováno",
        CommentAnswer.CastecneAkceptovano => "částečně akceptováno",
        CommentAnswer.Neakceptovano => "neakceptováno",
        CommentAnswer.BereSeNaVedomi => "bere se na vědomí",
        _ => "zatím bez odpovědi",
    };

    /// <summary>The parts of a plan one can comment on, with their names: the whole plan, each chapter, each item by code.</summary>
    public static IReadOnlyList<(string Target, string Title)> Targets(PlanView plan) =>
    [
        ("", "Plán jako celek"),
        .. plan.Chapters.Select(c => ($"kapitola:{c.Key}", $"Kapitola {c.Title}")),
        .. plan.AllItems().Select(i => ($"polozka:{i.Code}", $"{ItemRules.LevelName(i.Level)} {i.Code} {i.Title}")),
    ];

    /// <summary>Confirmed comments on a plan (one edition, or all), in the order they were confirmed.</summary>
    public async Task<IReadOnlyList<CommentView>> ListAsync(int planId, int? edition, CancellationToken ct) =>
        await db.Comments.AsNoTracking()
            .Where(c => c.PlanId == planId && c.ConfirmedAtUtc != null && (edition == null || c.Edition == edition))
            .OrderBy(c => c.ConfirmedAtUtc).ThenBy(c => c.Id)
            .Select(c => new CommentView(c.Id, c.Edition, c.Target, c.TargetTitle, c.Text, c.AuthorName, c.Organisation, c.ConfirmedAtUtc!.Value,
                c.Answer, c.Reason, c.Version))
            .ToListAsync(ct);

    /// <summary>How many confirmed comments of the edition still wait for an answer.</summary>
    public Task<int> UnansweredAsync(int planId, int edition, CancellationToken ct) =>
        db.Comments.CountAsync(c => c.PlanId == planId && c.Edition == edition && c.ConfirmedAtUtc != null && c.Answer == CommentAnswer.Zadna, ct);

    /// <summary>The published settlement of an edition's comments, or null when it is not published (or no such plan here).</summary>
    public async Task<(string PlanTitle, DateTime PublishedAtUtc, IReadOnlyList<CommentView> Comments)?> SettlementAsync(string krajCode, int planId, int edition, CancellationToken ct)
    {
        var published = await db.Snapshots.AsNoTracking()
            .Where(s => s.PlanId == planId && s.Edition == edition && s.Stage == SnapshotStage.Pripominkovani && s.SettlementPublishedAtUtc != null)
            .Join(db.Plans.Where(p => p.KrajCode == krajCode), s => s.PlanId, p => p.Id, (s, p) => new { p.Title, s.SettlementPublishedAtUtc })
            .SingleOrDefaultAsync(ct);
        if (published is null) return null;
        return (published.Title, published.SettlementPublishedAtUtc!.Value, await ListAsync(planId, edition, ct));
    }
}
