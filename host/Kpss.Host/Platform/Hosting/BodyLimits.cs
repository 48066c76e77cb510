using System.Globalization;
using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Http.Features;

namespace Kpss.Host.Platform;

/// <summary>
/// The request body limit of the endpoint: <see cref="LargeBodyAttribute"/> where an endpoint takes files, else
/// <c>Limits:RequestBodyKb</c> (1024). A declared length over it is refused at once — 413 with a Czech page or problem
/// document, nothing read — and the server stops a body sent without a length at the same size (Kestrel's
/// <see cref="IHttpMaxRequestBodySizeFeature"/>; the exception handler answers that with 413 too).
/// </summary>
internal sealed class BodyLimitMiddleware(RequestDelegate next, IConfiguration configuration)
{
    private readonly long _default = Math.Max(16, configuration.GetValue("Limits:RequestBodyKb", 1024)) * 1024L;

    public async Task InvokeAsync(HttpContext http)
    {
        // The Czech error page for a refusal runs with the same request: let it through.
        if (http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            await next(http);
            return;
        }
        var limit = http.GetEndpoint()?.Metadata.GetMetadata<LargeBodyAttribute>()?.Bytes ?? _default;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = limit;
        if (http.Request.ContentLength is { } length && length > limit)
        {
            await RefuseAsync(http, limit);
            return;
        }
        await next(http);
    }

    public static string Message(long limit) =>
        $"Požadavek je příliš velký: nejvýše {(limit >= 1024 * 1024 ? $"{limit / (1024 * 1024)} MB" : $"{limit / 1024} kB")}.";

    private static async Task RefuseAsync(HttpContext http, long limit)
    {
        http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        if (PlatformServices.IsApi(http.Request))
            await Results.Problem(statusCode: 413, title: "Příliš velký požadavek", detail: Message(limit)).ExecuteAsync(http);
        // Pages: the status code page says it in Czech.
    }
}
