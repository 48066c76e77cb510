using Kpss.Plans.Public;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Kpss.Plans.Public;

/// <summary>
/// The link from the confirmation e-mail. Opening it changes nothing (mail scanners open links); the button confirms.
/// </summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Kpss.Modules.Abstractions.Security.KpssRateLimits.PublicForm)]
internal sealed class ConfirmCommentModel(UseCases.CommentOnPlan.CommentOnPlan comments) : PlansPage
{
    public PlanComment? Comment { get; private set; }
    public bool Confirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        Comment = await comments.FindAsync(token, ct);
        if (Comment is null) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        var result = await comments.ConfirmAsync(token, ct);
        Comment = await comments.FindAsync(token, ct);
        if (!result.Ok) Show(result);
        Confirmed = result.Ok;
        return Page();
    }
}
