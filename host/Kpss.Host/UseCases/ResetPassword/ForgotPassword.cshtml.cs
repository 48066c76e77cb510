using System.ComponentModel.DataAnnotations;
using Kpss.Host.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Kpss.Host.Shared;

namespace Kpss.Host.UseCases.ResetPassword;

/// <summary>Sends a password-reset link. The answer is the same whether the account exists or not.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Kpss.Modules.Abstractions.Security.KpssRateLimits.SignIn)]
public sealed class ForgotPasswordModel(UserManager<KpssUser> users, AccountMails mails, ILogger<ForgotPasswordModel> logger) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public string? EmailError { get; private set; }
    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Email = Email?.Trim() ?? "";
        if (Email.Length == 0 || !new EmailAddressAttribute().IsValid(Email))
        {
            EmailError = "Zadejte platnou e-mailovou adresu.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var user = await users.FindByEmailAsync(Email);
        if (user is not null)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            await mails.SendPasswordResetAsync(user, token, ct);
            logger.LogInformation("Password reset link sent to user {UserId}", user.Id);
        }
        Sent = true;
        return Page();
    }
}
