using Kpss.Notifications.Messages;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Data;
using Kpss.Notifications.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Notifications.UseCases.ChangePreferences;

/// <summary>What a person wants to receive: reminders and digests on or off. Pozvánky (invitations) always go.</summary>
internal sealed record PreferencesInput(bool Reminders, bool Digests);

/// <summary>
/// A person turns reminders or digests off (or on again) from a link in any e-mail, without an account: the signed
/// token names the address. The settings page and the one-click unsubscribe of mail clients (RFC 8058) both come here.
/// </summary>
internal sealed class ChangePreferences(NotificationsDbContext db, PreferenceTokens tokens, KpssClock clock)
{
    /// <summary>The address a link's token names, or null for a tampered or foreign token.</summary>
    public string? Who(string? token) => tokens.Read(token);

    public async Task<PreferencesInput> CurrentAsync(string email, CancellationToken ct)
    {
        var pref = await db.Preferences.AsNoTracking().SingleOrDefaultAsync(p => p.Email == email, ct);
        return new PreferencesInput(pref is not { RemindersOff: true }, pref is not { DigestsOff: true });
    }

    /// <summary>Saves the choice for the token's address; false when the token names nobody (nothing written).</summary>
    public async Task<bool> SaveAsync(string? token, PreferencesInput input, CancellationToken ct)
    {
        if (Who(token) is not { } who)
            return false;
        var email = PreferenceTokens.Normalize(who);
        var pref = await db.Preferences.SingleOrDefaultAsync(p => p.Email == email, ct);
        if (pref is null)
            db.Preferences.Add(pref = new NotificationPreference { Email = email });
        pref.RemindersOff = !input.Reminders;
        pref.DigestsOff = !input.Digests;
        pref.ChangedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>RFC 8058 one-click unsubscribe (List-Unsubscribe-Post): mail clients POST here without showing a page.</summary>
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/oznameni/odhlasit", async (HttpRequest request, ChangePreferences preferences, CancellationToken ct) =>
                await preferences.SaveAsync(request.Query["t"], new PreferencesInput(Reminders: false, Digests: false), ct)
                    ? Results.Text(NotificationWords.UnsubscribedOneClick, "text/plain; charset=utf-8")
                    : Results.BadRequest(NotificationWords.LinkInvalid))
            .Produces<string>(StatusCodes.Status200OK, "text/plain").Produces<string>(StatusCodes.Status400BadRequest)
            .DisableAntiforgery()
            .AllowAnonymous()
            .WithName("OneClickUnsubscribe").WithTags("Oznámení");
}
