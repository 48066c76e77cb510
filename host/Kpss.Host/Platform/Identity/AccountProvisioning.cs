using Kpss.Modules.Abstractions.Time;
using Kpss.Host.Platform.Data;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Host.Platform.Identity;

/// <summary>Taking a role away: whether the role was there (in that kraj), and why it was refused if it was.</summary>
public sealed record RoleRemoval(bool Found, string? Error);

public sealed record ProvisionResult(bool Succeeded, bool Created, IReadOnlyList<string> Errors)
{
    public KpssUser? User { get; init; }

    public static ProvisionResult Fail(params string[] errors) => new(false, false, errors);
}

/// <summary>Creates accounts and gives them scoped roles (the <c>create-admin</c> verb, demo data, later an admin UI).</summary>
public sealed class AccountProvisioning(
    UserManager<KpssUser> users,
    PlatformDbContext db,
    IKrajDirectory kraje,
    KpssClock clock)
{
    /// <summary>
    /// Makes sure an account with <paramref name="email"/> exists and holds the role. An existing account keeps its
    /// data; a given password replaces its password. Either everything is saved or nothing.
    /// </summary>
    public async Task<ProvisionResult> EnsureAsync(
        string email, string? password, string? displayName, string role, string? krajCode, string? scopeId = null,
        CancellationToken ct = default, string? grantedBy = null, bool invite = false)
    {
        email = email.Trim();
        if (!System.Net.Mail.MailAddress.TryCreate(email, out var address) || address.Address != email || !email.Contains('.', StringComparison.Ordinal))
            return ProvisionResult.Fail($"E-mail „{email}“ není platná adresa.");
        if (!KpssRoles.All.Contains(role))
            return ProvisionResult.Fail($"Neznámá role „{role}“. Možné role: {string.Join(", ", KpssRoles.All)}.");
        if (role == KpssRoles.PlatformAdmin && krajCode is not null)
            return ProvisionResult.Fail("Správce platformy nemá kraj: vynechte kraj.");
        if (role != KpssRoles.PlatformAdmin)
        {
            if (string.IsNullOrWhiteSpace(krajCode))
                return ProvisionResult.Fail("Zadejte kraj (kód NUTS, např. CZ031, nebo název v adrese, např. jihocesky).");
            var kraj = kraje.Find(krajCode);
            if (kraj is null)
                return ProvisionResult.Fail($"Kraj „{krajCode}“ neexistuje.");
            krajCode = kraj.Code;
        }
        if (scopeId is not null && ScopeError(role, scopeId = scopeId.Trim()) is { } scopeError)
            return ProvisionResult.Fail(scopeError);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var user = await users.FindByEmailAsync(email);
        var created = false;
        if (user is null)
        {
            if (string.IsNullOrEmpty(password) && !invite)
                return ProvisionResult.Fail("Nový účet potřebuje heslo.");
            if (invite && string.IsNullOrWhiteSpace(displayName))
                return ProvisionResult.Fail("Zadejte jméno nového uživatele.");
            user = new KpssUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName?.Trim() ?? "" };
            // An invited account has no password until its owner sets one from the emailed link.
            var result = string.IsNullOrEmpty(password) ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
            if (!result.Succeeded)
                return ProvisionResult.Fail(result.Errors.Select(e => e.Description).ToArray());
            created = true;
        }
        else if (!string.IsNullOrEmpty(password))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var result = await users.ResetPasswordAsync(user, token, password);
            if (!result.Succeeded)
                return ProvisionResult.Fail(result.Errors.Select(e => e.Description).ToArray());
        }

        var has = await db.RoleAssignments.AnyAsync(
            r => r.UserId == user.Id && r.Role == role && r.KrajCode == krajCode && r.ScopeId == scopeId, ct);
        if (!has)
        {
            db.RoleAssignments.Add(new RoleAssignment
            {
                UserId = user.Id, Role = role, KrajCode = krajCode, ScopeId = scopeId,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime, GrantedBy = grantedBy,
            });
            // Signed-in sessions pick the new role up at their next security-stamp check (every 5 minutes), which
            // rebuilds their claims; nobody is signed out for getting a role.
            await db.SaveChangesAsync(ct);
        }
        else if (invite && !created)
        {
            return ProvisionResult.Fail($"Uživatel {email} už tuto roli má.");
        }
        await tx.CommitAsync(ct);
        return new ProvisionResult(true, created, []) { User = user };
    }

    /// <summary>
    /// Takes one role in a kraj away (the regional admin's page). The new security stamp signs the user's sessions out at
    /// their next check (within 5 minutes). A regional admin cannot take away their own admin role.
    /// </summary>
    public async Task<RoleRemoval> RemoveRoleAsync(string krajCode, long assignmentId, string actingUserId, CancellationToken ct)
    {
        var assignment = await db.RoleAssignments.SingleOrDefaultAsync(r => r.Id == assignmentId && r.KrajCode == krajCode, ct);
        if (assignment is null) return new(false, null);
        if (assignment.UserId == actingUserId && assignment.Role == KpssRoles.RegionalAdmin)
            return new(true, "Vlastní roli správce kraje odebrat nemůžete; požádejte jiného správce kraje nebo správce platformy.");
        db.RoleAssignments.Remove(assignment);
        await db.SaveChangesAsync(ct);
        if (await users.FindByIdAsync(assignment.UserId) is { } user)
            await users.UpdateSecurityStampAsync(user);
        return new(true, null);
    }

    /// <summary>
    /// A narrower scope within the kraj: a coordinator's planning process or a member's group (their number), a provider
    /// editor's provider (its IČO). The admins' roles have none.
    /// </summary>
    private static string? ScopeError(string role, string scopeId) => role switch
    {
        KpssRoles.Coordinator when !IsPositiveNumber(scopeId) => $"Rozsah koordinátora je číslo plánovacího procesu, ne „{scopeId}“.",
        KpssRoles.Member when !IsPositiveNumber(scopeId) => $"Rozsah člena je číslo skupiny, ne „{scopeId}“.",
        KpssRoles.ProviderEditor when scopeId.Length != 8 || !scopeId.All(char.IsAsciiDigit) => $"Rozsah editora poskytovatele je IČO (8 číslic), ne „{scopeId}“.",
        KpssRoles.PlatformAdmin or KpssRoles.RegionalAdmin => $"Role {role} nemá užší rozsah: vynechte rozsah.",
        _ => null,
    };

    private static bool IsPositiveNumber(string value) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0;
}
