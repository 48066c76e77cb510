using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Data;
using Kpss.Notifications.Preferences;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Notifications.Features.Notifications;

/// <summary>A person's notification settings, reached from any email without an account (the token names the address).</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
internal sealed class SettingsModel(NotificationsDbContext db, PreferenceTokens tokens, KpssClock clock) : PageModel
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
        Email = tokens.Read(Token);
        if (Email is null)
            return Invalid();
        var pref = await db.Preferences.AsNoTracking().SingleOrDefaultAsync(p => p.Email == Email, ct);
        Reminders = pref is not { RemindersOff: true };
        Digests = pref is not { DigestsOff: true };
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SaveAsync(Reminders, Digests, ct);

    public Task<IActionResult> OnPostVypnoutVseAsync(CancellationToken ct) => SaveAsync(false, false, ct);

    private async Task<IActionResult> SaveAsync(bool reminders, bool digests, CancellationToken ct)
    {
        Email = tokens.Read(Token);
        if (Email is null)
            return Invalid();
        await PreferenceStore.SetAsync(db, Email, !reminders, !digests, clock, ct);
        (Reminders, Digests) = (reminders, digests);
        Message = reminders || digests ? "Nastavení je uloženo." : "Připomínky a souhrny jsou vypnuté. Pozvánky na jednání vám budou chodit dál.";
        return Page();
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}

internal static class PreferenceStore
{
    public static async Task SetAsync(NotificationsDbContext db, string email, bool remindersOff, bool digestsOff, KpssClock clock, CancellationToken ct)
    {
        email = PreferenceTokens.Normalize(email);
        var pref = await db.Preferences.SingleOrDefaultAsync(p => p.Email == email, ct);
        if (pref is null)
            db.Preferences.Add(pref = new NotificationPreference { Email = email });
        pref.RemindersOff = remindersOff;
        pref.DigestsOff = digestsOff;
        pref.ChangedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }
}
