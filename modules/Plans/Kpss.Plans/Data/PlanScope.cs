using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Http;

namespace Kpss.Plans.Data;

/// <summary>
/// The plans a coordinator may write. A coordinator narrowed to planning processes (<c>coordinator:CZ031:&lt;process
/// id&gt;</c>) sees and changes, on the coordinators' pages and API (each marked <see cref="NarrowToProcessesAttribute"/>),
/// only the plans tied to those processes, and founds plans only for them. Kraj-wide coordinators, regional admins and
/// the platform admin are not narrowed; nor is anything public (the public pages show only published copies).
/// </summary>
internal sealed class PlanScope(IHttpContextAccessor http, ITenantContext tenant)
{
    private bool _known;
    private int[]? _allowed;

    /// <summary>The processes whose plans this request may see, or null when it is not narrowed.</summary>
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

    /// <summary>The processes a coordinator is narrowed to in a kraj, or null when they are not narrowed.</summary>
    public static int[]? ProcessesOf(System.Security.Claims.ClaimsPrincipal user, string krajCode) =>
        KpssScopes.NarrowedTo(user, KpssRoles.Coordinator, krajCode)?
            .Select(s => int.TryParse(s, out var id) ? id : 0).Where(id => id > 0).Distinct().ToArray();
}

/// <summary>On a coordinators' page model or endpoint group of Plans: the plans it reads and changes are narrowed (<see cref="PlanScope"/>).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
internal sealed class NarrowToProcessesAttribute : Attribute;
