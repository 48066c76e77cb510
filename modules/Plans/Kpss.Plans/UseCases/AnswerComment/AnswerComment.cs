using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Plans.UseCases.AnswerComment;

/// <summary>An answer to a comment: how it is settled, why (required unless accepted whole), and the comment's version.</summary>
internal sealed record AnswerInput(CommentAnswer? Answer, string? Reason, int Version);

/// <summary>
/// Use case: the coordinator answers a confirmed comment (vypořádání), until the settlement is published. Page:
/// PlanCommentsPage, handler Answer; API: the plan's comments and the answer to one.
/// </summary>
internal sealed class AnswerComment(PlansDbContext db, KpssClock clock)
{
    public static void Map(RouteGroupBuilder plans)
    {
        plans.MapGet("/{planId:int}/pripominky", async (HttpContext http, int planId, int? vydani, PlansDbContext db, PlanComments comments, CancellationToken ct) =>
                await db.Plans.AnyAsync(p => p.Id == planId && p.KrajCode == http.KrajCode(), ct)
                    ? Results.Ok(await comments.ListAsync(planId, vydani, ct))
                    : ApiAnswers.NotFound(PlanWords.NoPlan))
            .Produces<List<CommentView>>().AnswersNotFound().WithName("ListPlanComments")
            .WithSummary("Potvrzené připomínky k plánu s jejich vypořádáním (vydani=číslo vydání; bez něj ke všem vydáním)");

        plans.MapPut("/{planId:int}/pripominky/{commentId:int}", async (HttpContext http, int planId, int commentId, AnswerInput input, AnswerComment handler, CancellationToken ct) =>
                (await handler.AnswerAsync(http.KrajCode(), planId, commentId, input.Answer ?? CommentAnswer.Zadna, input.Reason, input.Version, ct)).ToHttpResult())
            .AnswersOutcome().WithName("AnswerPlanComment")
            .WithExample(new { answer = "CastecneAkceptovano", reason = "Terénní službu v Kardašově Řečici zajistí od roku 2027 opatření 1.1.1.", version = 1 })
            .WithSummary("Vypořádá připomínku: akceptováno, částečně, neakceptováno, nebo bere se na vědomí (u všech kromě akceptované s odůvodněním)");
    }

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
