using Kpss.Modules.Abstractions.Audit;

namespace Kpss.Host.Platform;

/// <summary>
/// Names the request's actor for the audit log (<see cref="AuditScope"/>): the signed-in account; else a signed link
/// from an e-mail (a <c>{token}</c> in the route, or <c>t</c> in the query or a plain form — an invitation's answer, a
/// comment's confirmation, notification settings); else a visitor of a public form. With the client's address and the
/// request's method and path.
/// </summary>
internal sealed class AuditActorMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, AuditScope scope)
    {
        var address = http.Connection.RemoteIpAddress?.ToString();
        // The page handler too (a form's "remove" is another use case than its "save"); never the rest of the query.
        var handler = http.Request.Query["handler"].ToString();
        var source = $"{http.Request.Method} {http.Request.Path}{(handler.Length is > 0 and <= 40 ? $"?handler={handler}" : "")}";
        if (http.User.Identity is { IsAuthenticated: true, Name: { } name })
            scope.Set(AuditActorKind.Account, name, address, source);
        else if (await HasSignedLinkAsync(http))
            scope.Set(AuditActorKind.SignedLink, "odkaz z e-mailu", address, source);
        else
            scope.Set(AuditActorKind.Visitor, "návštěvník", address, source);
        await next(http);
    }

    private static async Task<bool> HasSignedLinkAsync(HttpContext http)
    {
        if (http.GetRouteValue("token") is not null || http.Request.Query.ContainsKey("t"))
            return true;
        // Only a plain form is read here (the page reads it again from the buffer); an upload never comes anonymously.
        if (HttpMethods.IsPost(http.Request.Method) && http.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
            return (await http.Request.ReadFormAsync(http.RequestAborted)).ContainsKey("t");
        return false;
    }
}
