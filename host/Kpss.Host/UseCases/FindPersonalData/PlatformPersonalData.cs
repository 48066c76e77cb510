using Kpss.Host.Platform.Data;
using Kpss.Modules.Abstractions.PersonalData;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Host.UseCases.FindPersonalData;

/// <summary>
/// What the platform itself holds about a person: their account (name, address, phone) and roles, roles they gave,
/// the kraj's calendar dates, plugin changes and API tokens they made. In a kraj, only what concerns that kraj: the account is
/// shown when it has a role there, and erasure takes its roles there — the account itself goes when no role is left
/// anywhere (platform-wide: always). The audit log keeps naming the account that made a change (accountability;
/// its personal fields were never in it).
/// </summary>
internal sealed class PlatformPersonalData(PlatformDbContext db, UserManager<KpssUser> users, ITenantContext tenant) : IPersonalData
{
    public string Title => "Účet a role na platformě";

    public async Task<IReadOnlyList<PersonalDataItem>> FindAsync(string email, CancellationToken ct)
    {
        var lower = PersonalDataWords.Normalise(email);
        var items = new List<PersonalDataItem>();
        if (await users.FindByEmailAsync(email.Trim()) is { } user)
        {
            var roles = await Roles(user.Id).AsNoTracking().OrderBy(r => r.CreatedAtUtc).ToListAsync(ct);
            if (tenant.IsPlatformWide || roles.Count > 0)
            {
                items.Add(new("Účet", $"{user.DisplayName} <{user.Email}>", new Dictionary<string, string?>
                {
                    ["Jméno"] = user.DisplayName, ["E-mail"] = user.Email, ["Telefon"] = user.PhoneNumber,
                    ["E-mail potvrzen"] = user.EmailConfirmed ? "ano" : "ne",
                }));
                foreach (var r in roles)
                    items.Add(new("Role", $"{r.Role}{(r.KrajCode is null ? "" : $" v kraji {r.KrajCode}")}{(r.ScopeId is null ? "" : $" (jen {r.ScopeId})")}",
                        new Dictionary<string, string?>
                        {
                            ["Role"] = r.Role, ["Kraj"] = r.KrajCode, ["Omezení"] = r.ScopeId, ["Od"] = PragueTime.Format(r.CreatedAtUtc), ["Udělil(a)"] = r.GrantedBy,
                        }));
            }
        }
        foreach (var r in await Granted(lower).AsNoTracking().ToListAsync(ct))
            items.Add(new("Udělená role", $"{r.Role}{(r.KrajCode is null ? "" : $" v kraji {r.KrajCode}")}, {PragueTime.Format(r.CreatedAtUtc)}",
                new Dictionary<string, string?> { ["Role"] = r.Role, ["Kraj"] = r.KrajCode, ["Udělil(a)"] = r.GrantedBy }));
        foreach (var c in await Corrections(lower).AsNoTracking().ToListAsync(ct))
            items.Add(new("Upřesněný termín kalendáře", $"{c.DeadlineKey} {c.Year}: {c.Start:d. M. yyyy}–{c.End:d. M. yyyy}", new Dictionary<string, string?>
            {
                ["Kraj"] = c.KrajCode, ["Termín"] = $"{c.PluginId}/{c.DeadlineKey}/{c.Year}", ["Upřesnil(a)"] = c.UpdatedBy, ["Kdy"] = PragueTime.Format(c.UpdatedAtUtc),
            }));
        foreach (var a in await PluginChanges(lower).AsNoTracking().ToListAsync(ct))
            items.Add(new("Změna pluginu kraje", $"{a.PluginId} {(a.Enabled ? "zapnut" : "vypnut")}, {PragueTime.Format(a.AtUtc)}", new Dictionary<string, string?>
            {
                ["Kraj"] = a.KrajCode, ["Plugin"] = a.PluginId, ["Zapnut"] = a.Enabled ? "ano" : "ne", ["Kdo"] = a.UserName, ["Kdy"] = PragueTime.Format(a.AtUtc),
            }));
        foreach (var t in await Tokens(lower).AsNoTracking().ToListAsync(ct))
            items.Add(new("Klíč API", $"„{t.Name}“ ({t.Prefix}…), vytvořen {PragueTime.Format(t.CreatedAtUtc)}", new Dictionary<string, string?>
            {
                ["Kraj"] = t.KrajCode, ["Klíč"] = t.Name, ["Vytvořil(a)"] = t.CreatedBy, ["Odvolal(a)"] = t.RevokedBy,
            }));
        return items;
    }

    public async Task<int> EraseAsync(string email, CancellationToken ct)
    {
        var lower = PersonalDataWords.Normalise(email);
        var changed = 0;
        foreach (var r in await Granted(lower).ToListAsync(ct))
        {
            db.Entry(r).Property(x => x.GrantedBy).CurrentValue = PersonalDataWords.Anonymised;
            changed++;
        }
        foreach (var c in await Corrections(lower).ToListAsync(ct))
        {
            c.UpdatedBy = PersonalDataWords.Anonymised;
            changed++;
        }
        foreach (var a in await PluginChanges(lower).ToListAsync(ct))
        {
            db.Entry(a).Property(x => x.UserName).CurrentValue = PersonalDataWords.Anonymised;
            changed++;
        }
        foreach (var t in await Tokens(lower).ToListAsync(ct))
        {
            if (t.CreatedBy.ToLowerInvariant() == lower) db.Entry(t).Property(x => x.CreatedBy).CurrentValue = PersonalDataWords.Anonymised;
            if (t.RevokedBy?.ToLowerInvariant() == lower) t.RevokedBy = PersonalDataWords.Anonymised;
            changed++;
        }
        await db.SaveChangesAsync(ct);

        if (await users.FindByEmailAsync(email.Trim()) is { } user)
        {
            var roles = await Roles(user.Id).ToListAsync(ct);
            db.RoleAssignments.RemoveRange(roles);
            changed += roles.Count;
            await db.SaveChangesAsync(ct);
            // The account goes with its last role (platform-wide, with all of them).
            if (tenant.IsPlatformWide || !await db.RoleAssignments.AnyAsync(r => r.UserId == user.Id, ct))
            {
                var deleted = await users.DeleteAsync(user);
                if (!deleted.Succeeded)
                    throw new InvalidOperationException("Účet se nepodařilo smazat: " + string.Join(" ", deleted.Errors.Select(e => e.Description)));
                changed++;
            }
        }
        return changed;
    }

    /// <summary>The account's roles in the scope's kraj (platform-wide: all of them).</summary>
    private IQueryable<RoleAssignment> Roles(string userId) =>
        db.RoleAssignments.Where(r => r.UserId == userId && (tenant.IsPlatformWide || r.KrajCode == tenant.KrajCode));

    private IQueryable<RoleAssignment> Granted(string lower) =>
        db.RoleAssignments.Where(r => r.GrantedBy != null && r.GrantedBy.ToLower() == lower && (tenant.IsPlatformWide || r.KrajCode == tenant.KrajCode));

    private IQueryable<CalendarCorrection> Corrections(string lower) => db.CalendarCorrections.Where(c => c.UpdatedBy.ToLower() == lower);

    private IQueryable<ApiToken> Tokens(string lower) =>
        db.ApiTokens.Where(t => t.CreatedBy.ToLower() == lower || (t.RevokedBy != null && t.RevokedBy.ToLower() == lower));

    private IQueryable<PluginAuditEntry> PluginChanges(string lower) => db.PluginAudit.Where(a => a.UserName.ToLower() == lower);
}
