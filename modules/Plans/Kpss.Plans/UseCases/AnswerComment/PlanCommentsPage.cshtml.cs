using Kpss.Modules.Abstractions.Security;
using Kpss.Plans.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kpss.Plans.UseCases.AnswerComment;

/// <summary>The comments confirmed on a plan's edition: each answered with a reason, then the settlement published.</summary>
[Authorize(Policy = KpssPolicies.KrajCoordinator), NarrowToProcesses]
internal sealed class PlanCommentsPageModel(PlansDbContext db, PlanComments comments, AnswerComment answerComment) : PlansPage
{
    public int PlanId { get; private set; }
    public string PlanTitle { get; private set; } = "";
    public int Edition { get; private set; }
    public PlanState State { get; private set; }
    public DateTime? PublishedAtUtc { get; private set; }
    public IReadOnlyList<CommentView> Comments { get; private set; } = [];

    /// <summary>The comment whose answer was refused: its form keeps what was typed.</summary>
    public int? FailedId { get; private set; }
    public CommentAnswer TypedAnswer { get; private set; }
    public string? TypedReason { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? vydani, CancellationToken ct) =>
        await LoadAsync(id, vydani, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAnswerAsync(int id, int vydani, int commentId, CommentAnswer answer, string? reason, int version, CancellationToken ct)
    {
        var result = await answerComment.AnswerAsync(KrajCode, id, commentId, answer, reason, version, ct);
        if (result.Ok)
        {
            StatusMessage = PlanWords.Done.AnswerSaved;
            return Redirect($"/{Kraj.Slug}/plany/priprava/{id}/pripominky?vydani={vydani}#pripominka-{commentId}");
        }
        if (!await LoadAsync(id, vydani, ct)) return NotFound();
        (FailedId, TypedAnswer, TypedReason) = (commentId, answer, reason);
        Show(result);
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, int vydani, [FromServices] PublishSettlement.PublishSettlement publish, CancellationToken ct)
    {
        var result = await publish.PublishSettlementAsync(KrajCode, id, vydani, ct);
        if (result.Ok)
        {
            StatusMessage = PlanWords.Done.SettlementPublished;
            return Redirect($"/{Kraj.Slug}/plany/priprava/{id}/pripominky?vydani={vydani}");
        }
        if (!await LoadAsync(id, vydani, ct)) return NotFound();
        Show(result);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, int? edition, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == id && p.KrajCode == KrajCode)
            .Select(p => new { p.Id, p.Title, p.Edition, p.State }).SingleOrDefaultAsync(ct);
        if (plan is null) return false;
        (PlanId, PlanTitle, State) = (plan.Id, plan.Title, plan.State);
        Edition = edition ?? plan.Edition;
        PublishedAtUtc = await db.Snapshots.AsNoTracking()
            .Where(s => s.PlanId == id && s.Edition == Edition && s.Stage == SnapshotStage.Pripominkovani).Select(s => s.SettlementPublishedAtUtc).SingleOrDefaultAsync(ct);
        Comments = await comments.ListAsync(id, Edition, ct);
        return true;
    }
}
