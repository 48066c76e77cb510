using Kpss.Modules.Abstractions;

namespace Kpss.Host.Platform;

internal sealed class PublicUrls(IConfiguration configuration, IHttpContextAccessor http) : IPublicUrls
{
    public string Absolute(string pathAndQuery)
    {
        var configured = configuration["Platform:PublicUrl"];
        string baseUrl;
        if (!string.IsNullOrWhiteSpace(configured))
            baseUrl = configured.TrimEnd('/');
        else if (http.HttpContext?.Request is { } request)
            baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}";
        else
            baseUrl = "http://localhost:5080";
        return baseUrl + (pathAndQuery.StartsWith('/') ? pathAndQuery : "/" + pathAndQuery);
    }
}
