using Kpss.Modules.Abstractions;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Notifications.Contracts;
using Kpss.Plans.Messages;
using Kpss.Modules.Abstractions.Time;
using Kpss.Plans.Data;
using Kpss.Plans.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Plans.Services;

/// <summary>The approval as recorded by the regional admin: the body (the plan's own when empty), resolution, date.</summary>
internal sealed record ApprovalInput(string? ApprovedBy, string? Resolution, DateOnly? ApprovedOn);

/// <summary>
/// A plan's way from draft to force: návrh → připomínkování (a frozen copy put to public comment for a period) → návrh
/// again (the comments worked in) → schválený (frozen, with the body's resolution; in force for its period) → a new
/// edition by amendment (aktualizace), while the approved one stays published until the next is approved.
/// Each step checks the state, the version the writer started from, and what the plan must contain.
/// </summary>
internal sealed class Lifecycle(PlansDbContext db, PlanBook book, PlanReader reader, Snapshots snapshots, KpssClock clock, DbSession session,
    Kpss.Meetings.Contracts.IPlanningProcesses processes, INotificationOutbox outbox, IPublicUrls urls, ICurrentKraj kraj)
{
    public const int MaxCommentDays = 180;

    public async Task<OperationResult> OpenCommentsAsync(string krajCode, int planId, DateOnly? from, DateOnly? to, int version, CancellationToken ct)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == planId && p.KrajCode == krajCode, ct);
        if (plan is null) return OperationResult.Missing(PlanWords.NoPlan);
        if (plan.State != PlanState.Navrh) return OperationResult.Invalid("", "K připomínkám lze dát jen návrh plánu.");
        var view = (await reader.ReadWithNetworkAsync(krajCode, planId, ct))!;
        var result = Complete(view, "k připomínkám");
        var today = PragueTime.Today(clock);
        if (from is null) result.Add("CommentsFrom", "Zadejte první den připomínkování.");
        else if (from < today) result.Add("CommentsFrom", "Připomínkování nemůže začít v minulosti.");
        if (to is null) result.Add("CommentsTo", "Zadejte poslední den připomínkování.");
        else if (from is { } f && to < f) result.Add("CommentsTo", "Připomínkování nemůže skončit dřív, než začne.");
        else if (from is { } start && to.Value.DayNumber - start.DayNumber + 1 > MaxCommentDays)
            result.Add("CommentsTo", $"Připomínkování může trvat nejvýše {MaxCommentDays} dní.");
        if (!result.Ok) return result;
        if (plan.Version != version) return OperationResult.Stale();

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
        var saved = await book.TouchAndSaveAsync(plan, ct);
        if (saved.Ok) await tx.CommitAsync(ct);
        return saved;
    }

    /// <summary>Ends the comment period once its last day is over: the plan is a draft again, to work the comments in.</summary>
    public async Task<OperationResult> EndCommentsAsync(string krajCode, int planId, int version, CancellationToken ct)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == planId && p.KrajCode == krajCode, ct);
        if (plan is null) return OperationResult.Missing(PlanWords.NoPlan);
        if (plan.State != PlanState.Pripominkovani) return OperationResult.Invalid("", "Plán není v připomínkování.");
        if (plan.CommentsTo is { } to && PragueTime.Today(clock) <= to)
            return OperationResult.Invalid("", $"Připomínkování trvá do {PlanWords.Date(to)}; ukončit ho lze až potom.");
        if (plan.Version != version) return OperationResult.Stale();
        plan.State = PlanState.Navrh;
        return await book.TouchAndSaveAsync(plan, ct);
    }

    public async Task<OperationResult> ApproveAsync(string krajCode, int planId, ApprovalInput input, int version, CancellationToken ct)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == planId && p.KrajCode == krajCode, ct);
        if (plan is null) return OperationResult.Missing(PlanWords.NoPlan);
        if (plan.State == PlanState.Pripominkovani)
            return OperationResult.Invalid("", "Plán je v připomínkování: schválit ho lze, až připomínkování skončí a připomínky budou vypořádány.");
        if (plan.State is not (PlanState.Navrh or PlanState.VerejneProjednani))
            return OperationResult.Invalid("", "Tato verze plánu už je schválená; změny přinese aktualizace.");
        var view = (await reader.ReadWithNetworkAsync(krajCode, planId, ct))!;
        var result = Complete(view, "ke schválení");
        Check.Optional(result, "ApprovedBy", input.ApprovedBy, "orgán, který plán schválil", 300);
        Check.Required(result, "Resolution", input.Resolution, "číslo usnesení", 100);
        if (input.ApprovedOn is not { } on) result.Add("ApprovedOn", "Zadejte datum schválení.");
        else if (on > PragueTime.Today(clock)) result.Add("ApprovedOn", "Datum schválení nemůže být v budoucnosti.");
        else if (on.Year < 2000) result.Add("ApprovedOn", "Datum schválení musí být po roce 2000.");
        var unanswered = await db.Comments.CountAsync(c => c.PlanId == planId && c.Edition == plan.Edition && c.ConfirmedAtUtc != null
            && c.Answer == CommentAnswer.Zadna, ct);
        if (unanswered > 0)
            result.Add("", $"Připomínky k plánu nejsou vypořádány: {unanswered} bez odpovědi. Schválit lze až vypořádaný plán.");
        if (!result.Ok) return result;
        if (plan.Version != version) return OperationResult.Stale();

        plan.State = PlanState.Schvaleny;
        var body = Check.Clean(input.ApprovedBy) ?? plan.ApprovingBody;
        await snapshots.TakeAsync(plan, SnapshotStage.Schvaleny, view with { State = PlanState.Schvaleny }, clock.GetUtcNow().UtcDateTime, ct, s =>
        {
            s.ApprovedBy = body;
            s.Resolution = input.Resolution!.Trim();
            s.ApprovedOn = input.ApprovedOn;
        });
        return await book.TouchAndSaveAsync(plan, ct);
    }

    /// <summary>Starts the next edition (aktualizace) of an approved plan as a draft; the approved edition stays in force.</summary>
    public async Task<OperationResult> AmendAsync(string krajCode, int planId, int version, CancellationToken ct)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == planId && p.KrajCode == krajCode, ct);
        if (plan is null) return OperationResult.Missing(PlanWords.NoPlan);
        if (plan.State != PlanState.Schvaleny) return OperationResult.Invalid("", "Aktualizaci lze začít jen u schváleného plánu.");
        if (plan.Version != version) return OperationResult.Stale();
        plan.State = PlanState.Navrh;
        plan.Edition++;
        plan.CommentsFrom = plan.CommentsTo = null;
        return await book.TouchAndSaveAsync(plan, ct);
    }

    private static OperationResult Complete(PlanView view, string purpose)
    {
        var result = new OperationResult();
        foreach (var missing in view.Missing)
            result.Add("", $"Plán ještě nelze dát {purpose}: {char.ToLowerInvariant(missing[0])}{missing[1..]}");
        return result;
    }
}
