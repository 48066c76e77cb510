using System.Security.Claims;
using System.Text.Encodings.Web;
using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Kpss.Host.UseCases.ManageApiTokens;

/// <summary>
/// <c>Authorization: Bearer kpss_…</c> on the JSON API: the token's role in its kraj, as a signed-in account's would be
/// (so every policy and the audit log treat it alike: the actor is "klíč API „name“"). Only under <c>/api</c> — pages
/// never look at the header (<see cref="SchemeSelector"/>).
/// </summary>
public sealed class ApiTokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiTokenBook tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "KpssApiToken";

    /// <summary>The default scheme: a bearer token on the API, the sign-in cookie everywhere else.</summary>
    public const string SchemeSelector = "Kpss";

    private const string Refused = "Klíč API neplatí: neznámý, odvolaný nebo s prošlou platností.";

    public static string? Select(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api")
        && http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? SchemeName : null;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        var token = await tokens.FindLiveAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (token is null)
            return AuthenticateResult.Fail(Refused);
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, $"api-token:{token.Id}"),
            new Claim(ClaimTypes.Name, $"klíč API „{token.Name}“ ({token.Prefix}…)"),
            new Claim(KpssClaimTypes.Scope, KpssClaimTypes.ScopeValue(token.Role, token.KrajCode)),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(statusCode: 401, title: "Nepřihlášeno", detail: Refused).ExecuteAsync(Context);
    }
}
