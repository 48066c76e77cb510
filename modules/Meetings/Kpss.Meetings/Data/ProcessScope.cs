using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Http;

namespace Kpss.Meetings.Data;

/// <summary>
/// The planning processes a coordinator may work with. A coordinator role may be narrowed to one or more processes
/// (<c>coordinator:CZ031:&lt;process id&gt;</c>); on the coordinators' pages and API, each of which says so with
/// <see cref="NarrowToProcessesAttribute"/>, such a user sees and changes only those processes, their groups, meetings,
/// invitations and minutes. Everywhere else (public pages, answers from an email, calendar feeds, scheduled work) and
/// for kraj-wide coordinators, regional admins and the platform admin nothing is narrowed.
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
        if (context.GetEndpoint()?.Metadata.GetMetadata<NarrowToProcessesAttribute>() is null) return null;
        var scopes = KpssScopes.NarrowedTo(context.User, KpssRoles.Coordinator, kraj);
        return scopes?.Select(s => int.TryParse(s, out var id) ? id : 0).Where(id => id > 0).Distinct().ToArray();
    }
}

/// <summary>
/// On a page model or an endpoint (group): the Meetings data it reads and changes is narrowed to the processes of a
/// coordinator who is narrowed to some (<see cref="ProcessScope"/>). Put it wherever the coordinators' policy is.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
internal sealed class NarrowToProcessesAttribute : Attribute;
