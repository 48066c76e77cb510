using Kpss.Plans.Public;
using Microsoft.AspNetCore.Mvc;

namespace Kpss.Plans.Public;

/// <summary>A published plan laid out for printing: its edition, a table of contents, the chapters, the strategic tables
/// and the settlement of comments once published. What the public may read, nothing more (a draft is 404).</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
internal sealed class PrintPlanModel(PublicPlans plans, PlanComments comments) : PlansPage
{
    public PublicPlan Plan { get; private set; } = null!;
    public IReadOnlyList<CommentView>? Settlement { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var plan = await plans.ReadAsync(KrajCode, id, ct);
        if (plan is null) return NotFound();
        Plan = plan;
        var edition = plan.TextInComment ? plan.Text.Edition : plan.Row.InForce!.Edition;
        Settlement = (await comments.SettlementAsync(KrajCode, id, edition, ct))?.Comments;
        return Page();
    }
}
