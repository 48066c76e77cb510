namespace Kpss.Modules.Abstractions.Security;

/// <summary>A person holding a role in a kraj; <see cref="ScopeId"/> narrows it (a planning process, a group), null: the whole kraj.</summary>
public sealed record RoleHolder(string Email, string Name, string Role, string? ScopeId);

/// <summary>
/// Who holds which role in a kraj (the host owns the accounts): for modules that write to them, e.g. the plans'
/// deadlines to the kraj's coordinators.
/// </summary>
public interface IRoleHolders
{
    /// <summary>The accounts holding any of <paramref name="roles"/> in the kraj, one row per role assignment, by e-mail.</summary>
    Task<IReadOnlyList<RoleHolder>> InKrajAsync(string krajCode, IReadOnlyCollection<string> roles, CancellationToken ct = default);
}
