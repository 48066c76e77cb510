using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Plans.UseCases.OpenComments;

/// <summary>The comment period (first and last day) and the plan's version the writer started from.</summary>
internal sealed record OpenCommentsInput(DateOnly? CommentsFrom, DateOnly? CommentsTo, int Version);

/// <summary>
/// Use case: put a complete draft to public comment (připomínkování) for a period of at most
/// <see cref="MaxCommentDays"/> days. The text is frozen as an edition for the period; the members of the plan's process
/// are told, in the same transaction. Page: ViewPlanStage, handler Comments.
/// </summary>
internal sealed class OpenComments(PlansDbContext db, PlanWrites writes, PlanReader reader, Snapshots snapshots, KpssClock clock, DbSession session,
    Kpss.Meetings.Contracts.IPlanningProcesses processes, INotificationOutbox outbox, IPublicUrls urls, ICurrentKraj kraj)
{
    public const int MaxCommentDays = 180;

    public static void Map(RouteGroupBuilder plans)
    {
        plans.MapPost("/{planId:int}/pripominkovani", async (HttpContext http, int planId, OpenCommentsInput input, OpenComments handler, CancellationToken ct) =>
            (await handler.OpenAsync(http.KrajCode(), planId, input, ct)).ToHttpResult())
            .AnswersOutcome().WithName("OpenPlanComments")
            .WithExample(new { commentsFrom = "2027-01-04", commentsTo = "2027-01-29", version = 1 }).WithSummary("Dá úplný návrh k veřejnému připomínkování (zmrazí ho na dané období)");
    }

    public async Task<OperationResult> OpenAsync(string krajCode, int planId, OpenCommentsInput input, CancellationToken ct)
    {
        var plan = await db.PlanAsync(krajCode, planId, ct);
        if (plan is null) return OperationResult.Missing(PlanWords.NoPlan);
        if (plan.State != PlanState.Navrh) return OperationResult.Invalid("", PlanWords.OnlyDraftToComments);
        var view = (await reader.ReadWithNetworkAsync(krajCode, planId, ct))!;
        var result = PlanReadiness.Check(view, PlanWords.ToComments);
        var today = PragueTime.Today(clock);
        var (from, to) = (input.CommentsFrom, input.CommentsTo);
        if (from is null) result.Add("CommentsFrom", PlanWords.CommentsFromMissing);
        else if (from < today) result.Add("CommentsFrom", PlanWords.CommentsFromPast);
        if (to is null) result.Add("CommentsTo", PlanWords.CommentsToMissing);
        else if (from is { } f && to < f) result.Add("CommentsTo", PlanWords.CommentsEndBeforeStart);
        else if (from is { } start && to.Value.DayNumber - start.DayNumber + 1 > MaxCommentDays)
            result.Add("CommentsTo", PlanWords.CommentsTooLong(MaxCommentDays));
        if (!result.Ok) return result;
        if (plan.Version != input.Version) return OperationResult.Stale();

        await using var tx = await session.BeginTransactionAsync(ct);
        plan.State = PlanState.Pripominkovani;
        plan.CommentsFrom = from;
        plan.CommentsTo = to;
        await snapshots.TakeAsync(plan, SnapshotStage.Pripominkovani, view with { State = PlanState.Pripominkovani }, clock.GetUtcNow().UtcDateTime, ct);
        // The members of the plan's process are told (a message they may switch off), in the same transaction.
        if (plan.ProcessId is { } processId)
        {
            var content = new PlanCommentsOpened(plan.Title, PlanWords.Date(from!.Value), PlanWords.Date(to!.Value),
                urls.Absolute($"/{kraj.SlugOf(krajCode)}/plany/{plan.Id}"));
            await outbox.EnqueueAsync((await processes.MembersAsync(krajCode, processId, today, ct))
                .Select(m => new NotificationRequest(krajCode, new Recipient(m.Email, m.Name), content, Key: $"plan:{plan.Id}:comments:{plan.Edition}:{m.Email}"))
                .ToList(), ct);
        }
        var saved = await writes.TouchAndSaveAsync(plan, ct);
        if (saved.Ok) await tx.CommitAsync(ct);
        return saved;
    }
}
