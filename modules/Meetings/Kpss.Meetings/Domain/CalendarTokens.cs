using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace Kpss.Meetings.Domain;

/// <summary>The secret part of a group's or a person's calendar feed link (/kalendar/{token}.ics).</summary>
internal static class CalendarTokens
{
    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(24));
}
