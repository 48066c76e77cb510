using Kpss.Plans.UseCases.CommentOnPlan;
using Microsoft.AspNetCore.Mvc;

namespace Kpss.Plans.Public;

/// <summary>
/// A published plan for anyone: the text in comment (with the comment form while the period runs) or the edition in
/// force, the approved editions, the settlements of comments. A draft is not public: 404.
/// </summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Kpss.Modules.Abstractions.Security.KpssRateLimits.PublicForm)]
internal sealed class PublicPlanModel(PublicPlans plans, CommentOnPlan comments) : PlansPage
{
    public PublicPlan Plan { get; private set; } = null!;
    public bool CommentsOpen { get; private set; }
    public bool Sent { get; private set; }

    [BindProperty]
    public CommentInput Comment { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, string? cast, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Comment.Target = cast ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var result = await comments.SubmitAsync(id, Comment, ct);
        if (!await LoadAsync(id, ct)) return NotFound();
        if (result.Ok)
        {
            Sent = true;
            Comment = new CommentInput { Email = Comment.Email };
            return Page();
        }
        Show(result);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var plan = await plans.ReadAsync(KrajCode, id, ct);
        if (plan is null) return false;
        Plan = plan;
        CommentsOpen = plan.TextInComment && plans.Open(plan.Row);
        return true;
    }
}
