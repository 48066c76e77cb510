using Kpss.Modules.Abstractions.Time;

namespace Kpss.Plans.UseCases.AnswerComment;

/// <summary>Use case: the coordinator answers a confirmed comment (vypořádání), until the settlement is published. Page: PlanCommentsPage, handler Answer.</summary>
internal sealed class AnswerComment(PlansDbContext db, KpssClock clock)
{
    /// <summary>The coordinator's answer; a reason is required unless the comment is simply accepted.</summary>
    public async Task<OperationResult> AnswerAsync(string krajCode, int planId, int commentId, CommentAnswer answer, string? reason, int version, CancellationToken ct)
    {
        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == commentId && c.PlanId == planId && c.ConfirmedAtUtc != null
            && db.Plans.Any(p => p.Id == planId && p.KrajCode == krajCode), ct);
        if (comment is null) return OperationResult.Missing(PlanWords.NoComment);
        var result = new OperationResult();
        if (!Enum.IsDefined(answer) || answer == CommentAnswer.Zadna)
            result.Add("Answer", PlanWords.AnswerMissing);
        Check.Optional(result, "Reason", reason, "odůvodnění", PlanComments.MaxText);
        if (answer is CommentAnswer.CastecneAkceptovano or CommentAnswer.Neakceptovano && string.IsNullOrWhiteSpace(reason))
            result.Add("Reason", PlanWords.ReasonMissing);
        if (await db.Snapshots.AnyAsync(s => s.PlanId == planId && s.Edition == comment.Edition && s.Stage == SnapshotStage.Pripominkovani
                && s.SettlementPublishedAtUtc != null, ct))
            result.Add("", PlanWords.SettlementFrozen);
        if (!result.Ok) return result;
        if (comment.Version != version) return OperationResult.Stale();
        comment.Answer = answer;
        comment.Reason = Check.Clean(reason);
        comment.AnsweredAtUtc = clock.GetUtcNow().UtcDateTime;
        comment.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult.Stale();
        }
        return OperationResult.Success(comment.Id);
    }
}
