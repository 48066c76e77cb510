using System.Security.Claims;
using Kpss.Notifications.Contracts;

namespace Kpss.Meetings.Shared;

/// <summary>The signed-in coordinator as the organizer of the meetings they create (the invitations' ORGANIZER).</summary>
internal static class Organizers
{
    public static Recipient Of(ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.Email) ?? user.Identity!.Name!, user.FindFirstValue(ClaimTypes.GivenName) ?? user.Identity!.Name);
}
