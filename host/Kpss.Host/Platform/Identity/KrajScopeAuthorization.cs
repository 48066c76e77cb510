using System.Security.Claims;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Authorization;

namespace Kpss.Host.Platform.Identity;

/// <summary>
/// The user holds one of <see cref="Roles"/> in the request's kraj: with any narrower scope within it, or, when
/// <see cref="WholeKraj"/>, for the whole kraj (the regional admin always is).
/// </summary>
internal sealed record KrajScopeRequirement(bool WholeKraj, params string[] Roles) : IAuthorizationRequirement
{
    public KrajScopeRequirement(params string[] roles) : this(false, roles)
    {
    }
}

internal sealed class KrajScopeHandler(ITenantContext tenant) : AuthorizationHandler<KrajScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, KrajScopeRequirement requirement)
    {
        if (context.User.IsPlatformAdmin() ||
            (tenant.KrajCode is { } kraj && requirement.Roles.Any(role => requirement.WholeKraj
                ? KpssScopes.NarrowedTo(context.User, role, kraj) is null
                : context.User.HasRoleIn(role, kraj))))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

public static class KpssClaimsPrincipalExtensions
{
    public static bool IsPlatformAdmin(this ClaimsPrincipal user) =>
        user.HasClaim(KpssClaimTypes.Scope, KpssRoles.PlatformAdmin);

    public static bool HasRoleIn(this ClaimsPrincipal user, string role, string krajCode)
    {
        var exact = KpssClaimTypes.ScopeValue(role, krajCode);
        return user.FindAll(KpssClaimTypes.Scope).Any(c =>
            c.Value == exact || c.Value.StartsWith(exact + ":", StringComparison.Ordinal));
    }

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.GivenName) ?? user.Identity?.Name ?? "";
}

/// <summary>
/// The fallback policy: an endpoint that says nothing about who may call it (no <c>[Authorize]</c>, no
/// <c>[AllowAnonymous]</c>) is closed to everyone, the platform admin too — a forgotten attribute must not open a page.
/// A request that matched no route passes: no endpoint, so that an unknown address stays a 404 (and the static files,
/// the OpenAPI document and the jobs dashboard keep their own checks), or the router's own refusal of a method or a
/// content type (405, 415: a bare <see cref="Endpoint"/>, never a <see cref="RouteEndpoint"/>), which answers nothing else.
/// </summary>
internal sealed class DeclaredAccessRequirement : AuthorizationHandler<DeclaredAccessRequirement>, IAuthorizationRequirement
{
    public static AuthorizationPolicy Policy { get; } = new AuthorizationPolicyBuilder().AddRequirements(new DeclaredAccessRequirement()).Build();

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, DeclaredAccessRequirement requirement)
    {
        if (context.Resource is HttpContext http && http.GetEndpoint() is not RouteEndpoint)
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
