using Kpss.Notifications.Messages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kpss.Notifications.UseCases.ChangePreferences;

/// <summary>A person's notification settings, reached from any email without an account (the token names the address).</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
internal sealed class SettingsModel(ChangePreferences preferences) : PageModel
{
    [BindProperty(Name = "t", SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public bool Reminders { get; set; } = true;

    [BindProperty]
    public bool Digests { get; set; } = true;

    public string? Email { get; private set; }
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Email = preferences.Who(Token);
        if (Email is null)
            return Invalid();
        (Reminders, Digests) = await preferences.CurrentAsync(Email, ct);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SaveAsync(new PreferencesInput(Reminders, Digests), ct);

    public Task<IActionResult> OnPostVypnoutVseAsync(CancellationToken ct) => SaveAsync(new PreferencesInput(false, false), ct);

    private async Task<IActionResult> SaveAsync(PreferencesInput input, CancellationToken ct)
    {
        Email = preferences.Who(Token);
        if (!await preferences.SaveAsync(Token, input, ct))
            return Invalid();
        (Reminders, Digests) = (input.Reminders, input.Digests);
        Message = input.Reminders || input.Digests ? NotificationWords.Done.Saved : NotificationWords.Done.AllOff;
        return Page();
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
