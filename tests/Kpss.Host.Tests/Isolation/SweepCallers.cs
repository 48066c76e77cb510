using Kpss.Modules.Abstractions.Security;

namespace Kpss.Host.Tests.Isolation;

/// <summary>
/// Who calls in the sweep: their role, the kraj they hold it in (by its slug), whether it is narrowed to a process of
/// their own, and whether they call with an API key (read only under <c>/api</c>: on a page its bearer is nobody).
/// </summary>
public sealed record SweepCaller(string Name, string? Kraj, string? Role, bool Narrowed = false, bool Token = false)
{
    public bool SignedIn => Role is not null;

    /// <summary>How the host sees this caller on <paramref name="call"/>: nobody, when anonymous or a key on a page.</summary>
    public bool NobodyOn(SweptCall call) => !SignedIn || Token && call.IsPage;

    public override string ToString() => Name;
}

/// <summary>
/// Who the snapshot's access lets through (docs/roles.md), decided here for each caller — never from the endpoint's
/// own metadata. A policy this does not know fails the sweep with its name.
/// </summary>
public static class Admission
{
    public static bool Admits(SweepCaller caller, SweptCall call, string? routeKraj)
    {
        var access = call.ExpectedAccess;
        if (access == RouteAccess.Anonymous)
            return true;
        if (caller.NobodyOn(call))
            return false;
        return access.Split(" + ").All(policy => policy switch
        {
            RouteAccess.Authenticated => true,
            RouteAccess.Fallback or KpssPolicies.PlatformAdmin => false,
            _ => routeKraj is not null && routeKraj == caller.Kraj && Passes(policy, caller),
        });
    }

    private static bool Passes(string policy, SweepCaller c) => policy switch
    {
        KpssPolicies.KrajAdmin => c.Role == KpssRoles.RegionalAdmin,
        KpssPolicies.KrajCoordinator => c.Role is KpssRoles.RegionalAdmin or KpssRoles.Coordinator,
        KpssPolicies.KrajWideCoordinator => c.Role == KpssRoles.RegionalAdmin || c.Role == KpssRoles.Coordinator && !c.Narrowed,
        KpssPolicies.KrajParticipant => c.Role is KpssRoles.RegionalAdmin or KpssRoles.Coordinator or KpssRoles.Member or KpssRoles.ProviderEditor,
        _ => throw new InvalidOperationException($"the sweep does not know the policy '{policy}': say in Admission who passes it"),
    };
}
