using Kpss.Host.Platform.Data;
using Kpss.Modules.Abstractions.Security;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Host.Platform.Identity;

/// <summary>
/// Who holds which role in a kraj, for the modules (<see cref="IRoleHolders"/>). Role assignments carry no tenant filter:
/// the query names the kraj itself. Only accounts with a confirmed address.
/// </summary>
internal sealed class RoleHolders(PlatformDbContext db) : IRoleHolders
{
    public async Task<IReadOnlyList<RoleHolder>> InKrajAsync(string krajCode, IReadOnlyCollection<string> roles, CancellationToken ct = default)
    {
        var wanted = roles.ToList();
        return await db.RoleAssignments.AsNoTracking()
            .Where(r => r.KrajCode == krajCode && wanted.Contains(r.Role))
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new { r, u })
            .Where(x => x.u.Email != null && x.u.EmailConfirmed)
            .OrderBy(x => x.u.Email).ThenBy(x => x.r.Role).ThenBy(x => x.r.ScopeId)
            .Select(x => new RoleHolder(x.u.Email!, x.u.DisplayName, x.r.Role, x.r.ScopeId))
            .ToListAsync(ct);
    }
}
