using System.Security.Cryptography;
using System.Text;
using Kpss.Modules.Abstractions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Kpss.Notifications.Shared;

/// <summary>
/// The signed token in every email's settings link: it names the email address and works without an account, on any
/// host (the data-protection keys are shared through the database).
/// </summary>
internal sealed class PreferenceTokens(IDataProtectionProvider protection, IPublicUrls urls)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Kpss.Notifications.Preferences.v1");

    public string Create(string email) =>
        WebEncoders.Base64UrlEncode(_protector.Protect(Encoding.UTF8.GetBytes(Normalize(email))));

    /// <summary>The email address in a token, or null when the token is damaged or forged.</summary>
    public string? Read(string? token)
    {
        if (string.IsNullOrEmpty(token)) return null;
        try
        {
            return Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token)));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
    }

    public string SettingsUrl(string email) => urls.Absolute("/oznameni/nastaveni?t=" + Create(email));

    public string OneClickUnsubscribeUrl(string email) => urls.Absolute("/oznameni/odhlasit?t=" + Create(email));

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
