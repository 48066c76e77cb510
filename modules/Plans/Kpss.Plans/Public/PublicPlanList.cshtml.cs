using Kpss.Plans.Public;
using Microsoft.AspNetCore.Mvc;

namespace Kpss.Plans.Public;

/// <summary>The kraj's plans for the public: those in comment (with the comment form one click away) and those in force.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
internal sealed class PublicPlanListModel(PublicPlans plans) : PlansPage
{
    public IReadOnlyList<PublicPlanRow> Plans { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Plans = await plans.ListAsync(KrajCode, ct);
        return Page();
    }

    public bool Open(PublicPlanRow row) => plans.Open(row);
}
