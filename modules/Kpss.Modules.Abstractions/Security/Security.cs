namespace Kpss.Modules.Abstractions.Security;

/// <summary>Scoped roles. A role assignment names its role and, except for the platform admin, its scope.</summary>
public static class KpssRoles
{
    public const string PlatformAdmin = "platform-admin";
    /// <summary>Scope: a kraj (NUTS 3 code).</summary>
    public const string RegionalAdmin = "regional-admin";
    /// <summary>Scope: a kraj, optionally narrowed to one planning process.</summary>
    public const string Coordinator = "coordinator";
    /// <summary>Scope: a kraj, optionally narrowed to one group.</summary>
    public const string Member = "member";
    /// <summary>Scope: a kraj, optionally narrowed to one provider.</summary>
    public const string ProviderEditor = "provider-editor";

    public static readonly IReadOnlyList<string> All = [PlatformAdmin, RegionalAdmin, Coordinator, Member, ProviderEditor];
}

public static class KpssClaimTypes
{
    /// <summary>
    /// One claim per role assignment: <c>platform-admin</c>, <c>regional-admin:CZ031</c>,
    /// <c>coordinator:CZ031</c> or <c>coordinator:CZ031:&lt;process id&gt;</c>.
    /// </summary>
    public const string Scope = "kpss:scope";

    public static string ScopeValue(string role, string? krajCode = null, string? scopeId = null) =>
        krajCode is null ? role : scopeId is null ? $"{role}:{krajCode}" : $"{role}:{krajCode}:{scopeId}";
}

/// <summary>Authorization policies every module may put on its pages and endpoints.</summary>
public static class KpssPolicies
{
    /// <summary>The platform admin.</summary>
    public const string PlatformAdmin = "kpss.platform-admin";

    /// <summary>The regional admin of the request's kraj, or the platform admin.</summary>
    public const string KrajAdmin = "kpss.kraj-admin";

    /// <summary>A coordinator or regional admin in the request's kraj, or the platform admin.</summary>
    public const string KrajCoordinator = "kpss.kraj-coordinator";

    /// <summary>
    /// A coordinator of the whole request's kraj (not narrowed to a planning process), its regional admin, or the platform
    /// admin: for the kraj-wide work such as the catalogue's imports and approvals.
    /// </summary>
    public const string KrajWideCoordinator = "kpss.kraj-wide-coordinator";

    /// <summary>Anyone holding any role in the request's kraj (member, provider editor, coordinator, admin).</summary>
    public const string KrajParticipant = "kpss.kraj-participant";
}

/// <summary>Reading a user's scoped roles.</summary>
public static class KpssScopes
{
    /// <summary>
    /// The scope ids (e.g. planning processes) within which the user holds <paramref name="role"/> in the kraj, or null when
    /// nothing narrows them there: the platform admin, the kraj's regional admin, or the role held for the whole kraj.
    /// An empty set: the user holds the role nowhere in the kraj.
    /// </summary>
    public static IReadOnlySet<string>? NarrowedTo(System.Security.Claims.ClaimsPrincipal user, string role, string krajCode)
    {
        var scopes = user.FindAll(KpssClaimTypes.Scope).Select(c => c.Value).ToList();
        var admin = KpssClaimTypes.ScopeValue(KpssRoles.RegionalAdmin, krajCode);
        var whole = KpssClaimTypes.ScopeValue(role, krajCode);
        if (scopes.Any(s => s == KpssRoles.PlatformAdmin || s == admin || s.StartsWith(admin + ":", StringComparison.Ordinal) || s == whole))
            return null;
        return scopes.Where(s => s.StartsWith(whole + ":", StringComparison.Ordinal)).Select(s => s[(whole.Length + 1)..]).ToHashSet();
    }
}
