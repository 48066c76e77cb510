using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Kpss.Host.Platform;

/// <summary>
/// Behind a reverse proxy (deploy/nginx): the client's address (<c>X-Forwarded-For</c>) and scheme
/// (<c>X-Forwarded-Proto</c>) are taken from the proxy's headers only when the connection comes from an address in
/// <c>ReverseProxy:TrustedProxies</c> (addresses and networks, comma-separated: <c>127.0.0.1, 10.0.0.0/24</c>). Nothing is
/// trusted by default — not even loopback, which ASP.NET Core would trust — so a client that sends the headers itself
/// changes nothing. With it, the abuse limits count each client on its own and a request that reached the proxy over
/// HTTPS gives Secure cookies and HSTS.
/// </summary>
internal static class ReverseProxy
{
    public const string Setting = "ReverseProxy:TrustedProxies";

    public static IServiceCollection AddKpssReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var (proxies, networks) = Parse(configuration[Setting]);
        return services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
                o.KnownProxies.Add(proxy);
            foreach (var network in networks)
                o.KnownIPNetworks.Add(network);
            // One proxy in front (the edge): its own X-Forwarded-For entry is the client; what the client wrote before it is not read.
            o.ForwardLimit = 1;
        });
    }

    /// <summary>First in the pipeline, so that everything after it (limits, cookies, HSTS, links) sees the client.</summary>
    public static void UseKpssReverseProxy(this WebApplication app)
    {
        if (!string.IsNullOrWhiteSpace(app.Configuration[Setting]))
            app.UseForwardedHeaders();
    }

    /// <summary>The trusted addresses and networks; a value that is neither stops the start with a Czech message.</summary>
    public static (IReadOnlyList<IPAddress> Proxies, IReadOnlyList<System.Net.IPNetwork> Networks) Parse(string? value)
    {
        var proxies = new List<IPAddress>();
        var networks = new List<System.Net.IPNetwork>();
        foreach (var entry in (value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (entry.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(entry, out var network))
                networks.Add(network);
            else if (IPAddress.TryParse(entry, out var address))
                proxies.Add(address);
            else
                throw new InvalidOperationException($"{Setting}: „{entry}“ není adresa IP ani síť (např. 127.0.0.1 nebo 10.0.0.0/24).");
        }
        return (proxies, networks);
    }
}
