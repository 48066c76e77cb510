using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Kpss.Meetings.Data;

/// <summary>
/// The planning processes a coordinator may work with. A coordinator role may be narrowed to one or more processes
/// (<c>coordinator:CZ031:&lt;process id&gt;</c>); on the coordinators' pages and API (whatever carries the
/// <see cref="KpssPolicies.KrajCoordinator"/> policy) such a user sees and changes only those processes, their groups,
/// meetings, invitations and minutes. Everywhere else (public pages, answers from an email, calendar feeds, scheduled
/// work) and for kraj-wide coordinators, regional admins and the platform admin nothing is narrowed.
/// </summary>
internal sealed class ProcessScope(IHttpContextAccessor http, ITenantContext tenant)
{
    private bool _known;
    private int[]? _allowed;

    /// <summary>The processes this request may see, or null when it is not narrowed.</summary>
    public int[]? Allowed
    {
        get
        {
            if (!_known)
            {
                _allowed = Compute();
                _known = true;
            }
            return _allowed;
        }
    }

    public bool IsNarrowed => Allowed is not null;

    private int[]? Compute()
    {
        var context = http.HttpContext;
        if (context is null || tenant.KrajCode is not { } kraj) return null;
        var coordinatorsOnly = context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>()
            .Any(a => a.Policy == KpssPolicies.KrajCoordinator) == true;
        if (!coordinatorsOnly) return null;
        var scopes = KpssScopes.NarrowedTo(context.User, KpssRoles.Coordinator, kraj);
        return scopes?.Select(s => int.TryParse(s, out var id) ? id : 0).Where(id => id > 0).Distinct().ToArray();
    }
}
