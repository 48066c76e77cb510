using Kpss.Modules.Abstractions.Tenancy;

namespace Kpss.Host.Platform.Tenancy;

/// <summary>
/// Every route with a <c>{kraj}</c> parameter acts in that kraj: an unknown kraj is a 404 before any page or endpoint
/// runs, and a known one becomes the request's tenant for authorization and for the query filters.
/// </summary>
internal sealed class TenantMiddleware(RequestDelegate next)
{
    public const string RouteKey = "kraj";

    public async Task InvokeAsync(HttpContext context, IKrajDirectory directory, TenantContext tenant)
    {
        if (context.GetRouteValue(RouteKey) is string value)
        {
            var kraj = directory.Find(value);
            if (kraj is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            tenant.SetKraj(kraj.Code);
            context.Items[typeof(KrajInfo)] = kraj;
        }
        await next(context);
    }
}

public static class TenantHttpContextExtensions
{
    /// <summary>The kraj of the current route; only valid on routes with a <c>{kraj}</c> parameter.</summary>
    public static KrajInfo Kraj(this HttpContext context) =>
        context.Items[typeof(KrajInfo)] as KrajInfo
        ?? throw new InvalidOperationException("This route has no {kraj} parameter.");
}
