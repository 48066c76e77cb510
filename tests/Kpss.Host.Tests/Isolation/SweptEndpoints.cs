using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Host.Tests.Isolation;

/// <summary>
/// One request the sweep makes: a route of the running host with its method and, for a page, its handler
/// (<c>?handler=</c>). <see cref="Access"/> is what the endpoint's own metadata asks of a caller (see
/// <see cref="RouteAccess"/>); whether the sweep treats it as public is decided by the checked-in snapshot
/// (<see cref="RoutePolicySnapshot"/>), never by the code under test.
/// </summary>
public sealed record SweptCall(string Method, RoutePattern Route, string? Handler, bool IsPage, string Access, string DisplayName,
    Kpss.Modules.Abstractions.RequestExample? Example = null)
{
    public bool Writes => Method is not ("GET" or "HEAD");

    /// <summary>Public by the snapshot we own: a page or form anyone may use, whose answers are checked for what they show.</summary>
    public bool Anonymous => RoutePolicySnapshot.Expected.GetValueOrDefault(ToString()) == RouteAccess.Anonymous;

    /// <summary>The policy the snapshot gives this call (<see cref="RouteAccess"/>); the code's own if the snapshot lacks it
    /// (then <c>RoutePolicySnapshotTests</c> fails anyway).</summary>
    public string ExpectedAccess => RoutePolicySnapshot.Expected.GetValueOrDefault(ToString()) ?? Access;

    public override string ToString() => $"{Method} {Route.RawText}{(Handler is null ? "" : $"?handler={Handler}")}";
}

/// <summary>What an endpoint's authorization metadata asks: <see cref="Anonymous"/> for <c>[AllowAnonymous]</c>,
/// <see cref="Authenticated"/> for a bare <c>[Authorize]</c>, the policies' names, or <see cref="Fallback"/> when it says
/// nothing (the host's fallback policy then closes it to everyone).</summary>
public static class RouteAccess
{
    public const string Anonymous = "anonymous";
    public const string Authenticated = "authenticated";
    public const string Fallback = "fallback";

    public static string Of(EndpointMetadataCollection metadata)
    {
        if (metadata.GetMetadata<IAllowAnonymous>() is not null)
            return Anonymous;
        var data = metadata.GetOrderedMetadata<IAuthorizeData>();
        if (data.Count == 0 && metadata.GetOrderedMetadata<AuthorizationPolicy>().Count == 0)
            return Fallback;
        var parts = data.Select(d => d.Policy ?? (d.Roles is null ? Authenticated : "roles:" + d.Roles)).Distinct().OrderBy(p => p, StringComparer.Ordinal).ToList();
        if (metadata.GetOrderedMetadata<AuthorizationPolicy>().Count > 0)
            parts.Add("inline-policy");
        return string.Join(" + ", parts);
    }
}

/// <summary>
/// Every endpoint the running host has — its own, the modules' and the plugins' pages and APIs, as the endpoint data
/// source lists them — as the calls the sweep makes. A page's calls are its handler methods (read from the compiled
/// page), so a form handler added later is swept too.
/// </summary>
public static class SweptEndpoints
{
    public static async Task<IReadOnlyList<SweptCall>> ListAsync(IServiceProvider services)
    {
        var calls = new List<SweptCall>();
        var loader = services.GetRequiredService<PageLoader>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var name = endpoint.DisplayName ?? endpoint.RoutePattern.RawText ?? "?";
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                // The compiled page's metadata carries its model's attributes ([Authorize], [AllowAnonymous]).
                var pageAccess = RouteAccess.Of(new EndpointMetadataCollection(compiled.EndpointMetadata));
                // A page whose model has no handler answers GET by rendering itself.
                if (compiled.HandlerMethods.Count == 0)
                    calls.Add(new SweptCall("GET", endpoint.RoutePattern, null, true, pageAccess, name));
                foreach (var handler in compiled.HandlerMethods)
                    calls.Add(new SweptCall(handler.HttpMethod.ToUpperInvariant(), endpoint.RoutePattern, handler.Name, true, pageAccess, name));
                continue;
            }
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods.Where(m => m is not ("HEAD" or "OPTIONS")))
                calls.Add(new SweptCall(method, endpoint.RoutePattern, null, false, RouteAccess.Of(endpoint.Metadata), name,
                    endpoint.Metadata.GetMetadata<Kpss.Modules.Abstractions.RequestExample>()));
        }
        return calls.DistinctBy(c => c.ToString()).OrderBy(c => c.Route.RawText, StringComparer.Ordinal).ThenBy(c => c.Method).ThenBy(c => c.Handler).ToList();
    }
}
