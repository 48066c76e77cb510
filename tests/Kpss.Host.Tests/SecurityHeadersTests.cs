using System.Net;
using Kpss.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kpss.Host.Tests;

/// <summary>
/// Security headers on every kind of answer — public and signed-in pages, a form, error pages, the JSON API and its
/// problem documents, static files — a strict Content-Security-Policy (no inline scripts or styles, never framed), no MIME
/// sniffing, the origin only as referrer; HSTS and Secure cookies over HTTPS; the jobs dashboard with its own policy.
/// </summary>
public sealed class SecurityHeadersTests(SharedHost app) : IClassFixture<SharedHost>
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static void AssertHeaders(HttpResponseMessage response, string what, string policy = Policy)
    {
        string Header(string name) =>
            response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
                ? string.Join(", ", values) : $"(no {name} on {what})";
        Assert.Equal(policy, Header("Content-Security-Policy"));
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("DENY", Header("X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header("Referrer-Policy"));
    }

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/jihocesky", HttpStatusCode.OK)]
    [InlineData("/jihocesky/katalog", HttpStatusCode.OK)]
    [InlineData("/jihocesky/plany", HttpStatusCode.OK)]
    [InlineData("/ucet/prihlaseni", HttpStatusCode.OK)]
    [InlineData("/neexistujici-stranka", HttpStatusCode.NotFound)]
    [InlineData("/jihocesky/prehled", HttpStatusCode.Redirect)]
    [InlineData("/api/kraje", HttpStatusCode.OK)]
    [InlineData("/api/kraje/jihocesky/katalog/999999", HttpStatusCode.NotFound)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/js/kpss.js", HttpStatusCode.OK)]
    [InlineData("/openapi/v1.json", HttpStatusCode.OK)]
    public async Task EveryKindOfAnswer_CarriesTheSecurityHeaders(string url, HttpStatusCode status)
    {
        var response = await app.AnonymousClient().GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        AssertHeaders(response, url);
    }

    [Fact]
    public async Task SignedInPages_AndTheJobsDashboard_CarryThemToo()
    {
        var coordinator = await app.SignedInClientAsync(SharedHost.JihoceskyCoordinator);
        var admin = await app.SignedInClientAsync(SharedHost.PlatformAdmin);

        AssertHeaders(await coordinator.GetAsync("/jihocesky/prehled"), "the desk");
        AssertHeaders(await coordinator.GetAsync("/jihomoravsky/prehled"), "a forbidden page");
        var dashboard = await admin.GetAsync("/admin/ulohy");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("'unsafe-inline'", string.Join(" ", dashboard.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("frame-ancestors 'none'", string.Join(" ", dashboard.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task NoPageHasAnInlineScriptHandlerOrStyle()
    {
        var coordinator = await app.SignedInClientAsync(SharedHost.JihoceskyCoordinator);
        foreach (var url in new[] { "/", "/jihocesky", "/jihocesky/katalog", "/jihocesky/katalog/tisk", "/jihocesky/plany", "/jihocesky/prehled", "/ucet/prihlaseni" })
        {
            var html = await coordinator.GetStringAsync(url);
            Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)", html);
            Assert.DoesNotMatch("\\son[a-z]+=\"", html);
            Assert.DoesNotMatch("\\sstyle=\"", html);
            Assert.DoesNotContain("<style", html);
        }
    }

    [Fact]
    public async Task OverHttps_HstsIsSent_AndTheCookiesAreSecureHttpOnlyAndSameSite()
    {
        var https = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://kpss.example"), AllowAutoRedirect = false });
        var http = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://kpss.example"), AllowAutoRedirect = false });

        var form = await https.GetAsync("/ucet/prihlaseni");
        var antiforgery = Assert.Single(form.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        var signIn = await KpssAppFactory.PostFormAsync(https, "/ucet/prihlaseni",
            new() { ["Input.Email"] = SharedHost.JihoceskyCoordinator, ["Input.Password"] = KpssAppFactory.Password });
        var auth = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("kpss.auth=", StringComparison.Ordinal));

        Assert.Equal("max-age=31536000", string.Join("", form.Headers.GetValues("Strict-Transport-Security")));
        Assert.False((await http.GetAsync("/")).Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        foreach (var (cookie, sameSite) in new[] { (antiforgery, "samesite=strict"), (auth, "samesite=lax") })
        {
            var attributes = cookie.ToLowerInvariant();
            Assert.Contains("secure", attributes);
            Assert.Contains("httponly", attributes);
            Assert.Contains(sameSite, attributes);
        }
    }
}
