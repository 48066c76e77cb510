using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Kpss.Meetings.Shared;

internal enum TokenState { Valid, Expired, Invalid }

/// <summary>
/// The signed part of the "Přijdu / Nepřijdu / Možná" links: an invitation id and an expiry (30 days after the
/// meeting), protected by the platform's shared data-protection keys. A changed or forged token does not decrypt.
/// </summary>
internal sealed class RsvpTokens(IDataProtectionProvider protection, IPublicUrls urls, KpssClock clock)
{
    public static readonly TimeSpan ValidAfterMeeting = TimeSpan.FromDays(30);

    private readonly IDataProtector _protector = protection.CreateProtector("Kpss.Meetings.Rsvp.v1");

    public string Create(int invitationId, DateTime meetingEndUtc)
    {
        var expires = meetingEndUtc.Add(ValidAfterMeeting).Ticks;
        var payload = $"{invitationId.ToString(CultureInfo.InvariantCulture)}|{expires.ToString(CultureInfo.InvariantCulture)}";
        return WebEncoders.Base64UrlEncode(_protector.Protect(Encoding.UTF8.GetBytes(payload)));
    }

    public (TokenState State, int InvitationId) Read(string? token)
    {
        if (string.IsNullOrEmpty(token)) return (TokenState.Invalid, 0);
        string payload;
        try
        {
            payload = Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token)));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return (TokenState.Invalid, 0);
        }
        var parts = payload.Split('|');
        if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var id) ||
            !long.TryParse(parts[1], CultureInfo.InvariantCulture, out var ticks))
            return (TokenState.Invalid, 0);
        return clock.GetUtcNow().UtcDateTime.Ticks > ticks ? (TokenState.Expired, id) : (TokenState.Valid, id);
    }

    public RsvpLinks Links(Invitation invitation, Meeting meeting)
    {
        var token = Create(invitation.Id, meeting.EndUtc);
        string Link(string answer) => urls.Absolute($"/pozvanka?t={token}&odpoved={answer}");
        return new RsvpLinks(Link(AnswerSlug(RsvpAnswer.Accepted)), Link(AnswerSlug(RsvpAnswer.Declined)), Link(AnswerSlug(RsvpAnswer.Tentative)));
    }

    public static string AnswerSlug(RsvpAnswer answer) => answer switch
    {
        RsvpAnswer.Accepted => "prijdu",
        RsvpAnswer.Declined => "neprijdu",
        RsvpAnswer.Tentative => "mozna",
        _ => "",
    };

    public static RsvpAnswer? ParseSlug(string? slug) => slug switch
    {
        "prijdu" => RsvpAnswer.Accepted,
        "neprijdu" => RsvpAnswer.Declined,
        "mozna" => RsvpAnswer.Tentative,
        _ => null,
    };
}
