using Kpss.Host.Platform.Data;
using Kpss.Host.Platform.Tenancy;
using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kpss.Host.UseCases.ManageApiTokens;

/// <summary>The kraj's API tokens for its regional admin: make one (shown once), see when each was last used, revoke.</summary>
[Authorize(Policy = KpssPolicies.KrajAdmin)]
public sealed class KrajApiTokensModel(ApiTokenBook book) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? Expires { get; set; }

    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];
    public Dictionary<string, string> Errors { get; private set; } = [];

    /// <summary>The token just made: on this one answer only, never stored.</summary>
    public string? Secret { get; private set; }

    [TempData] public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Tokens = await book.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var made = await book.MakeAsync(HttpContext.Kraj().Code, Name, Role, Expires, User.Identity!.Name!, ct);
        Errors = made.Errors;
        if (made.Secret is null)
            Response.StatusCode = StatusCodes.Status400BadRequest;
        else
            (Secret, Name, Role, Expires) = (made.Secret, null, null, null);
        // The answer itself shows the token: no redirect, and nothing a browser should keep.
        Response.Headers.CacheControl = "no-store";
        Tokens = await book.ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long id, CancellationToken ct)
    {
        if (!await book.RevokeAsync(id, User.Identity!.Name!, ct))
            return NotFound();
        Done = "Klíč je odvolán: od této chvíle neplatí.";
        return RedirectToPage();
    }
}
