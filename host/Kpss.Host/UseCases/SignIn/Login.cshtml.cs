using Kpss.Host.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kpss.Host.UseCases.SignIn;

[Microsoft.AspNetCore.Authorization.AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Kpss.Modules.Abstractions.Security.KpssRateLimits.SignIn)]
public sealed class LoginModel(SignInManager<KpssUser> signIn, ILogger<LoginModel> logger) : PageModel
{
    public sealed class InputModel
    {
        // Empty form fields bind as null.
        public string? Email { get; set; }
        public string? Password { get; set; }
        public bool RememberMe { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(Name = "zpet", SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }
    public string? EmailError { get; private set; }
    public string? PasswordError { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.Email = Input.Email?.Trim() ?? "";
        if (Input.Email.Length == 0) EmailError = "Zadejte e-mail.";
        if (string.IsNullOrEmpty(Input.Password)) PasswordError = "Zadejte heslo.";
        if (EmailError is not null || PasswordError is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var user = await signIn.UserManager.FindByEmailAsync(Input.Email);
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password!, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {Email} signed in", Input.Email);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/prehled");
        }
        Error = result.IsLockedOut
            ? "Účet je po opakovaných neúspěšných pokusech na 15 minut zablokován. Zkuste to později nebo si obnovte heslo."
            : "E-mail nebo heslo nejsou správné.";
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
