using System.Text;
using Kpss.Host.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Kpss.Host.UseCases.ResetPassword;

/// <summary>Sets a new password from an emailed link (<c>?uzivatel=…&amp;kod=…</c>).</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Kpss.Modules.Abstractions.Security.KpssRateLimits.SignIn)]
public sealed class ResetPasswordModel(UserManager<KpssUser> users) : PageModel
{
    [BindProperty(Name = "uzivatel", SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(Name = "kod", SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirm { get; set; }

    public bool LinkInvalid { get; private set; }
    public bool Done { get; private set; }
    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var (user, token) = await ResolveAsync();
        if (user is null || token is null || !await users.VerifyUserTokenAsync(
                user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<KpssUser>.ResetPasswordTokenPurpose, token))
        {
            LinkInvalid = true;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (user, token) = await ResolveAsync();
        if (user is null || token is null)
        {
            LinkInvalid = true;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (string.IsNullOrEmpty(Password))
            Errors.Add("Zadejte nové heslo.");
        else if (Password != Confirm)
            Errors.Add("Hesla se neshodují.");
        if (Errors.Count == 0)
        {
            var result = await users.ResetPasswordAsync(user, token, Password!);
            if (result.Succeeded)
            {
                Done = true;
                return Page();
            }
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
                LinkInvalid = true;
            Errors.AddRange(result.Errors.Select(e => e.Description));
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<(KpssUser?, string?)> ResolveAsync()
    {
        if (string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Code)) return (null, null);
        var user = await users.FindByIdAsync(UserId);
        try
        {
            return (user, Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Code)));
        }
        catch (FormatException)
        {
            return (user, null);
        }
    }
}
