namespace Kpss.Modules.Abstractions.Security;

/// <summary>One thing a role can be narrowed to: a planning process, a group, a provider.</summary>
public sealed record RoleScopeOption(string Id, string Label);

/// <summary>
/// A module that owns what a role is narrowed to (Meetings: a coordinator's processes, a member's groups; Catalogue: a
/// provider editor's providers) lists the choices in a kraj, so the regional admin picks one instead of typing a number,
/// and the host can refuse a scope that does not exist.
/// </summary>
public interface IRoleScopeSource
{
    /// <summary>The role this source narrows (one of <see cref="KpssRoles"/>).</summary>
    string Role { get; }

    /// <summary>Czech name of the thing, e.g. "plánovací proces".</summary>
    string ScopeName { get; }

    /// <summary>The choices in the kraj, in the order to show them. Runs in a request of that kraj.</summary>
    Task<IReadOnlyList<RoleScopeOption>> OptionsAsync(string krajCode, CancellationToken ct);
}
