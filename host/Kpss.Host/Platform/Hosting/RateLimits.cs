using System.Globalization;
using System.Threading.RateLimiting;
using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.RateLimiting;

namespace Kpss.Host.Platform;

/// <summary>How many requests one client address may make per minute under each limit (<see cref="KpssRateLimits"/>).</summary>
public sealed class RateLimitOptions
{
    public int SignInPerMinute { get; set; } = 10;
    public int PublicFormPerMinute { get; set; } = 10;
    public int PublicApiPerMinute { get; set; } = 300;
}

/// <summary>
/// The abuse limits (OWASP ASVS 11.1.4, 2.2.1): fixed one-minute windows per client address, no queue. Behind a reverse
/// proxy the operator forwards the client's address (X-Forwarded-For), else every client shares the proxy's limit.
/// Submissions only for the form limits: reading a form is never refused. A refusal is 429 with Retry-After and, for a
/// page, the Czech status page; for the API a Czech problem document.
/// </summary>
internal static class RateLimits
{
    public static IServiceCollection AddKpssRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions();
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(KpssRateLimits.SignIn, http => PerAddress(http, "sign-in", options.SignInPerMinute, submissionsOnly: true));
            o.AddPolicy(KpssRateLimits.PublicForm, http => PerAddress(http, "form", options.PublicFormPerMinute, submissionsOnly: true));
            o.AddPolicy(KpssRateLimits.PublicApi, http => PerAddress(http, "api", options.PublicApiPerMinute, submissionsOnly: false));
            o.OnRejected = async (context, ct) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? (int)Math.Ceiling(after.TotalSeconds) : 60;
                var response = context.HttpContext.Response;
                response.Headers.RetryAfter = Math.Max(1, seconds).ToString(CultureInfo.InvariantCulture);
                if (PlatformServices.IsApi(context.HttpContext.Request))
                {
                    await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Příliš mnoho požadavků",
                        detail: $"Z vaší adresy přišlo v krátké době příliš mnoho požadavků. Zkuste to znovu za {Math.Max(1, seconds)} s.")
                        .ExecuteAsync(context.HttpContext);
                }
                // A page: the status-code pages show the Czech explanation (Public/Status).
            };
        });
    }

    private static RateLimitPartition<string> PerAddress(HttpContext http, string limit, int perMinute, bool submissionsOnly)
    {
        if (submissionsOnly && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)))
            return RateLimitPartition.GetNoLimiter("");
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter($"{limit}:{address}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, perMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
        });
    }
}
