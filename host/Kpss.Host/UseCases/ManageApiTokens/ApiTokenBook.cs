using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kpss.Host.Platform.Data;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Time;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Host.UseCases.ManageApiTokens;

/// <summary>
/// The kraj's API tokens: made by its regional admin (a name, a role, an optional expiry; the token shown once, its
/// hash stored), listed, revoked; and checked on every API call that brings one (<see cref="ApiTokenAuthentication"/>).
/// </summary>
public sealed class ApiTokenBook(PlatformDbContext db, KpssClock clock)
{
    public const string Prefix = "kpss_";

    /// <summary>The roles a token may act with, and their Czech names.</summary>
    public static readonly IReadOnlyDictionary<string, string> Roles = new Dictionary<string, string>
    {
        [KpssRoles.Coordinator] = "koordinátor (celý kraj)",
        [KpssRoles.RegionalAdmin] = "krajský administrátor",
    };

    public sealed record Made(ApiToken? Token, string? Secret, Dictionary<string, string> Errors);

    public async Task<Made> MakeAsync(string krajCode, string? name, string? role, string? expires, string createdBy, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        name = name?.Trim();
        if (string.IsNullOrEmpty(name)) errors["Name"] = "Pojmenujte klíč: k čemu slouží.";
        else if (name.Length > 100) errors["Name"] = "Název může mít nejvýše 100 znaků.";
        if (role is null || !Roles.ContainsKey(role)) errors["Role"] = "Vyberte roli, se kterou klíč jedná.";
        DateTime? expiresAt = null;
        var today = PragueTime.Today(clock);
        if (!string.IsNullOrWhiteSpace(expires))
        {
            if (!DateOnly.TryParseExact(expires.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                && !DateOnly.TryParse(expires.Trim(), PragueTime.Culture, DateTimeStyles.None, out day))
                errors["Expires"] = $"Datum „{expires.Trim()}“ neznám: zadejte např. 31. 12. 2027.";
            else if (day <= today)
                errors["Expires"] = "Platnost musí skončit nejdříve zítra.";
            else if (day > today.AddYears(2))
                errors["Expires"] = "Platnost může být nejvýše dva roky.";
            else
                expiresAt = PragueTime.ToUtc(day.AddDays(1), TimeOnly.MinValue);
        }
        if (errors.Count > 0) return new(null, null, errors);

        var secret = Prefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            KrajCode = krajCode, Name = name!, Role = role!, Prefix = secret[..12], Hash = HashOf(secret), CreatedBy = createdBy,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime, ExpiresAtUtc = expiresAt,
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return new(token, secret, errors);
    }

    public async Task<IReadOnlyList<ApiToken>> ListAsync(CancellationToken ct) =>
        await db.ApiTokens.AsNoTracking().OrderByDescending(t => t.CreatedAtUtc).ThenByDescending(t => t.Id).ToListAsync(ct);

    public async Task<bool> RevokeAsync(long id, string by, CancellationToken ct)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (token is null || token.RevokedAtUtc is not null) return false;
        (token.RevokedAtUtc, token.RevokedBy) = (clock.GetUtcNow().UtcDateTime, by);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The live token this secret belongs to (any kraj: authentication runs before the request's kraj is known).</summary>
    public async Task<ApiToken?> FindLiveAsync(string secret, CancellationToken ct)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > 100) return null;
        var hash = HashOf(secret);
        var now = clock.GetUtcNow().UtcDateTime;
        var token = await db.ApiTokens.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(t => t.Hash == hash, ct);
        if (token is null || token.RevokedAtUtc is not null || token.ExpiresAtUtc <= now) return null;
        // The last use, at most once a minute (a bookkeeping write the audit log need not see).
        if (token.LastUsedAtUtc is null || token.LastUsedAtUtc < now.AddMinutes(-1))
            await db.ApiTokens.IgnoreQueryFilters().Where(t => t.Id == token.Id).ExecuteUpdateAsync(u => u.SetProperty(t => t.LastUsedAtUtc, now), ct);
        return token;
    }

    public static string HashOf(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
