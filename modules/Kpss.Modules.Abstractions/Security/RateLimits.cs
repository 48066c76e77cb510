namespace Kpss.Modules.Abstractions.Security;

/// <summary>
/// The platform's abuse limits per client address (ASP.NET Core rate limiting, configured by the host under
/// <c>RateLimits</c>): a page model or endpoint names one with <c>[EnableRateLimiting(…)]</c> or
/// <c>RequireRateLimiting(…)</c>. Refused requests get 429 with <c>Retry-After</c> and a Czech page or problem document.
/// </summary>
public static class KpssRateLimits
{
    /// <summary>Sign-in, forgotten password, password reset: only the submitted forms count (reading the form never does).</summary>
    public const string SignIn = "kpss.sign-in";

    /// <summary>Public forms anyone may submit: answers to invitations, comments on plans, survey answers (submissions only).</summary>
    public const string PublicForm = "kpss.public-form";

    /// <summary>The public read API (e.g. the catalogue's search).</summary>
    public const string PublicApi = "kpss.public-api";
}
