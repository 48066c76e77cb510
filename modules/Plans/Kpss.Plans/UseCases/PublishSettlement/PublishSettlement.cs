using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Plans.UseCases.PublishSettlement;

/// <summary>
/// Use case: the coordinator publishes the settlement (vypořádání) of an edition's comments, and every writer is
/// e-mailed their answer. Page: PlanCommentsPage, handler Publish; API: a POST to the edition's settlement.
/// </summary>
internal sealed class PublishSettlement(PlansDbContext db, PlanComments comments, INotificationOutbox outbox, IPublicUrls urls, ICurrentKraj kraj, KpssClock clock)
{
    public static void Map(RouteGroupBuilder plans) =>
        plans.MapPost("/{planId:int}/vydani/{edition:int}/vyporadani", async (HttpContext http, int planId, int edition, PublishSettlement handler, CancellationToken ct) =>
                (await handler.PublishSettlementAsync(http.KrajCode(), planId, edition, ct)).ToHttpResult())
            .AnswersOutcome().WithName("PublishPlanSettlement")
            .WithSummary("Zveřejní vypořádání připomínek k vydání plánu (až po připomínkování a se všemi odpověďmi); každý pisatel dostane e-mail s odpovědí");

    /// <summary>
    /// Publishes the settlement of the edition's comments once every one is answered and the comment period is over,
    /// and e-mails each writer their answer (in the same transaction: all or nothing).
    /// </summary>
    public async Task<OperationResult> PublishSettlementAsync(string krajCode, int planId, int edition, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId && p.KrajCode == krajCode, ct);
        var snapshot = plan is null ? null
            : await db.Snapshots.SingleOrDefaultAsync(s => s.PlanId == planId && s.Edition == edition && s.Stage == SnapshotStage.Pripominkovani, ct);
        if (plan is null || snapshot is null) return OperationResult.Missing(PlanWords.NoCommentPeriod);
        if (snapshot.SettlementPublishedAtUtc is not null) return OperationResult.Invalid("", PlanWords.SettlementAlreadyPublished);
        if (plan.Edition == edition && plan.State == PlanState.Pripominkovani)
            return OperationResult.Invalid("", PlanWords.CommentsNotEnded);
        var unanswered = await comments.UnansweredAsync(planId, edition, ct);
        if (unanswered > 0)
            return OperationResult.Invalid("", PlanWords.CommentsStillUnanswered(unanswered));

        var now = clock.GetUtcNow().UtcDateTime;
        snapshot.SettlementPublishedAtUtc = now;
        var answered = await db.Comments.Where(c => c.PlanId == planId && c.Edition == edition && c.ConfirmedAtUtc != null).ToListAsync(ct);
        var url = urls.Absolute($"/{kraj.Kraj.Slug}/plany/{planId}/vyporadani/{edition}");
        await outbox.EnqueueAsync(answered.Select(c => new NotificationRequest(krajCode, new Recipient(c.Email, c.AuthorName),
            new PlanCommentAnswered(plan.Title, c.TargetTitle, c.Text, PlanComments.AnswerName(c.Answer), c.Reason, url), Key: $"plan:{planId}:comment:{c.Id}:answer")).ToList(), ct);
        foreach (var c in answered) c.NotifiedAtUtc = now;
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(planId);
    }
}
