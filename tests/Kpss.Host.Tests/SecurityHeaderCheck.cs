namespace Kpss.Host.Tests;

/// <summary>The security headers every answer of the platform carries (docs/security.md, V14): what an answer lacks.</summary>
public static class SecurityHeaderCheck
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Each header that is missing or says something else, as "name: what it said"; empty when all are right.</summary>
    public static IReadOnlyList<string> Wrong(HttpResponseMessage response, string policy = Policy)
    {
        string? Header(string name) =>
            response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
                ? string.Join(", ", values) : null;
        return new (string Name, string Value)[]
            {
                ("Content-Security-Policy", policy), ("X-Content-Type-Options", "nosniff"), ("X-Frame-Options", "DENY"),
                ("Referrer-Policy", "strict-origin-when-cross-origin"),
            }
            .Where(h => Header(h.Name) != h.Value)
            .Select(h => $"{h.Name}: {Header(h.Name) ?? "(none)"}")
            .ToList();
    }
}
