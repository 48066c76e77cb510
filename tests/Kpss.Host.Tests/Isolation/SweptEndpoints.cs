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
/// (<c>?handler=</c>). <see cref="Anonymous"/>: the endpoint lets anyone in (no authorization metadata, or
/// <c>[AllowAnonymous]</c>) — a public page or form, whose answers are checked for what they show.
/// </summary>
public sealed record SweptCall(string Method, RoutePattern Route, string? Handler, bool IsPage, bool Anonymous, string DisplayName)
{
    public bool Writes => Method is not ("GET" or "HEAD");

    public override string ToString() => $"{Method} {Route.RawText}{(Handler is null ? "" : $"?handler={Handler}")}";
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
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
                || endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0
                   && endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>().Count == 0;
            var name = endpoint.DisplayName ?? endpoint.RoutePattern.RawText ?? "?";
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                // A page whose model has no handler answers GET by rendering itself.
                if (compiled.HandlerMethods.Count == 0)
                    calls.Add(new SweptCall("GET", endpoint.RoutePattern, null, true, anonymous, name));
                foreach (var handler in compiled.HandlerMethods)
                    calls.Add(new SweptCall(handler.HttpMethod.ToUpperInvariant(), endpoint.RoutePattern, handler.Name, true, anonymous, name));
                continue;
            }
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods.Where(m => m is not ("HEAD" or "OPTIONS")))
                calls.Add(new SweptCall(method, endpoint.RoutePattern, null, false, anonymous, name));
        }
        return calls.DistinctBy(c => c.ToString()).OrderBy(c => c.Route.RawText, StringComparer.Ordinal).ThenBy(c => c.Method).ToList();
    }
}
