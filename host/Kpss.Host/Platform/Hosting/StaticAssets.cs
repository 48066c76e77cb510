using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Kpss.Host.Platform;

/// <summary>
/// Static files with long cache lifetimes, and the design system's stylesheet compressed at build time
/// (frontend/build.mjs writes gov.css.br and gov.css.gz beside it): no compression work when a page is served.
/// </summary>
internal static class StaticAssets
{
    private const string PrecompressedKey = "kpss.precompressed";
    private static readonly string[] Precompressed = ["/gov/gov.css"];

    public static WebApplication UseKpssStaticFiles(this WebApplication app)
    {
        var webRoot = app.Environment.WebRootFileProvider;
        app.Use((context, next) =>
        {
            var path = context.Request.Path.Value;
            if (path is not null && Precompressed.Contains(path, StringComparer.Ordinal))
            {
                var accepted = context.Request.Headers.AcceptEncoding.ToString();
                var (suffix, encoding) = accepted.Contains("br", StringComparison.OrdinalIgnoreCase) ? (".br", "br")
                    : accepted.Contains("gzip", StringComparison.OrdinalIgnoreCase) ? (".gz", "gzip") : (null, null);
                context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
                if (suffix is not null && webRoot.GetFileInfo(path + suffix).Exists)
                {
                    context.Request.Path = path + suffix;
                    context.Items[PrecompressedKey] = encoding;
                }
            }
            return next(context);
        });

        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".br"] = "application/octet-stream";
        types.Mappings[".gz"] = "application/octet-stream";
        app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = types,
            OnPrepareResponse = file =>
            {
                var context = file.Context;
                if (context.Items[PrecompressedKey] is string encoding)
                {
                    context.Response.Headers.ContentEncoding = encoding;
                    context.Response.ContentType = "text/css; charset=utf-8";
                }
                // A versioned address (asp-append-version) never changes its content; the design system's fonts and
                // icons change only with its package version; our own files may change with any release.
                context.Response.Headers.CacheControl = context.Request.Query.ContainsKey("v")
                    ? "public, max-age=31536000, immutable"
                    : context.Request.Path.StartsWithSegments("/gov") ? "public, max-age=2592000" : "public, max-age=3600";
            },
        });
        return app;
    }
}
