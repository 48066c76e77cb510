namespace Kpss.Host.Platform;

/// <summary>
/// Security headers on every answer (OWASP ASVS 14.4): a Content-Security-Policy that allows scripts, styles, fonts and
/// images only from the platform itself (no inline scripts, handlers or style attributes: the pages have none, their
/// few behaviours are in <c>/js/kpss.js</c>), no framing by other sites, no MIME sniffing, the origin only as the referrer
/// to other sites (links carry signed tokens), and HSTS when served over HTTPS (outside development). Set when the answer
/// starts, so that error pages and re-executed status pages carry them too.
/// </summary>
internal static class SecurityHeaders
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The jobs dashboard is Hangfire's own pages (the platform admin's only), which need inline scripts and styles: the
    /// same policy with those allowed, and still never framed.
    /// </summary>
    public const string DashboardPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    public static void UseKpssSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var dashboard = context.Request.Path.StartsWithSegments(JobScheduling.DashboardPath);
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = dashboard ? DashboardPolicy : Policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = ReferrerPolicy;
                return Task.CompletedTask;
            });
            return next(context);
        });
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
    }
}
