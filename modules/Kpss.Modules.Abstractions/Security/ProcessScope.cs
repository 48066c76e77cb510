using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Http;

namespace Kpss.Modules.Abstractions.Security;

/// <summary>
/// The planning processes a coordinator may work with, for every module that holds data of processes (Meetings: the
/// processes, their groups, meetings, invitations and minutes; Plans: the plans tied to them). A coordinator role may be
/// narrowed to one or more processes (<c>coordinator:CZ031:&lt;process id&gt;</c>); on the coordinators' pages and API,
/// each of which says so with <see cref="NarrowToProcessesAttribute"/>, such a user sees and changes only those. Everywhere
/// else (public pages, answers from an e-mail, calendar feeds, scheduled work) and for kraj-wide coordinators, regional
/// admins and the platform admin nothing is narrowed. A module's DbContext takes it and filters by <see cref="Allowed"/>.
/// </summary>
public sealed class ProcessScope(IHttpContextAccessor http, ITenantContext tenant)
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
        return ProcessesOf(context.User, kraj);
    }

    /// <summary>The processes a coordinator is narrowed to in a kraj, or null when they are not narrowed (e.g. for the desk).</summary>
    public static int[]? ProcessesOf(System.Security.Claims.ClaimsPrincipal user, string krajCode) =>
        KpssScopes.NarrowedTo(user, KpssRoles.Coordinator, krajCode)?
            .Select(s => int.TryParse(s, out var id) ? id : 0).Where(id => id > 0).Distinct().ToArray();
}

/// <summary>
/// On a coordinators' page model or endpoint (group): the data it reads and changes is narrowed to the processes of a
/// coordinator who is narrowed to some (<see cref="ProcessScope"/>). Put it wherever the coordinators' policy is.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class NarrowToProcessesAttribute : Attribute;
