using System.Security.Claims;
using Kpss.Host.Platform.Data;
using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kpss.Host.Platform.Identity;

/// <summary>Puts the user's display name and one <see cref="KpssClaimTypes.Scope"/> claim per role assignment into the cookie.</summary>
internal sealed class KpssClaimsPrincipalFactory(
    UserManager<KpssUser> userManager,
    IOptions<IdentityOptions> options,
    PlatformDbContext db)
    : UserClaimsPrincipalFactory<KpssUser>(userManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(KpssUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.DisplayName))
            identity.AddClaim(new Claim(ClaimTypes.GivenName, user.DisplayName));
        var assignments = await db.RoleAssignments.AsNoTracking().Where(r => r.UserId == user.Id).ToListAsync();
        foreach (var a in assignments)
            identity.AddClaim(new Claim(KpssClaimTypes.Scope, KpssClaimTypes.ScopeValue(a.Role, a.KrajCode, a.ScopeId)));
        return identity;
    }
}
