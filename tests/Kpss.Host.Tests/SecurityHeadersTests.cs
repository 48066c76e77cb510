using System.Net;
using Kpss.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kpss.Host.Tests;

/// <summary>
/// Security headers on every kind of answer — public and signed-in pages, a form, error pages, the JSON API and its
/// problem documents, static files — a strict Content-Security-Policy (no inline scripts or styles, never framed), no MIME
/// sniffing, the origin only as referrer; HSTS and Secure cookies over HTTPS; the jobs dashboard with its own policy.
/// </summary>
[Trait(Runs.Key, Runs.Once)]
public sealed class SecurityHeadersTests(SharedHost app) : IClassFixture<SharedHost>
{
    private static void AssertHeaders(HttpResponseMessage response, string what, string policy = SecurityHeaderCheck.Policy)
    {
        var wrong = SecurityHeaderCheck.Wrong(response, policy);
        Assert.True(wrong.Count == 0, $"{what} ({(int)response.StatusCode}): {string.Join("; ", wrong)}");
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
    public async Task TheApisRefusals_AndFileDownloads_CarryThemToo()
    {
        var otherKraj = await app.SignedInClientAsync(SharedHost.JihomoravskyAdmin);
        var admin = await app.SignedInClientAsync(SharedHost.JihoceskyAdmin);
        var tooBig = new StringContent("{\"name\":\"" + new string('x', 1_100_000) + "\"}", System.Text.Encoding.UTF8, "application/json");

        AssertHeaders(await app.AnonymousClient().GetAsync("/api/kraje/jihocesky/procesy"), "401 from the API");
        AssertHeaders(await otherKraj.GetAsync("/api/kraje/jihocesky/procesy"), "403 from the API");
        AssertHeaders(await admin.PostAsync("/api/kraje/jihocesky/procesy", tooBig), "413 from the API");
        AssertHeaders(await admin.PostAsync("/api/kraje/jihocesky/procesy", new StringContent("{", System.Text.Encoding.UTF8, "application/json")), "400 from the API");
        AssertHeaders(await app.AnonymousClient().GetAsync("/api/kraje/jihocesky/katalog/export.csv"), "the open-data CSV");
        AssertHeaders(await admin.GetAsync("/jihocesky/admin/zaznam-zmen?handler=Csv"), "the audit log's CSV");
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
