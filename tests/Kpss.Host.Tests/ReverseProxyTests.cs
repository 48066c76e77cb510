using System.Net;
using System.Text.RegularExpressions;
using Kpss.Host.Tests.Infrastructure;
using Kpss.Modules.Abstractions.Security;
using Kpss.Testing;

namespace Kpss.Host.Tests;

/// <summary>
/// The host behind Debian's nginx with the site the repository ships (deploy/nginx/kpss.conf): TLS ends in nginx, the
/// host on Kestrel trusts only 127.0.0.1 (<c>ReverseProxy:TrustedProxies</c>). Clients come from other loopback addresses
/// (127.0.0.3, .4, …), so the host tells them apart only by what the proxy forwards; a direct caller from 127.0.0.2 is
/// not the proxy, and what it writes into X-Forwarded-* is not believed.
/// </summary>
[Trait(Runs.Key, Runs.Once)]
public sealed class ReverseProxyTests(ReverseProxyTests.Proxied app) : IClassFixture<ReverseProxyTests.Proxied>
{
    public sealed class Proxied : KpssAppFactory
    {
        public const string User = "uzivatel@proxy.test.example";
        public const string PublicUrl = "https://planovani.kraj-test.example";
        public const int ApiPerMinute = 3;

        private static readonly int Port = Nginx.FreePort();

        public Proxied()
        {
            Settings["ReverseProxy:TrustedProxies"] = "127.0.0.1";
            Settings["RateLimits:PublicApiPerMinute"] = ApiPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Settings["Platform:PublicUrl"] = PublicUrl;
            UseKestrel(o => o.Listen(IPAddress.Loopback, Port));
        }

        public Nginx Proxy { get; private set; } = null!;

        /// <summary>The host itself, not through the proxy.</summary>
        public string DirectUrl => $"http://{Nginx.SiteName}:{Port}";

        protected override void StartHost() => StartServer();

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await CreateUserAsync(User, KpssRoles.Coordinator, "CZ031");
            Proxy = await Nginx.StartAsync(Port);
        }

        public override async ValueTask DisposeAsync()
        {
            if (Proxy is not null)
                await Proxy.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    private const string Search = "/api/kraje/jihocesky/katalog/?q=pecovatelska";

    private static async Task<List<HttpStatusCode>> SearchesAsync(HttpClient client, int count, Action<HttpRequestMessage>? headers = null)
    {
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, Search);
            headers?.Invoke(request);
            using var response = await client.SendAsync(request);
            answers.Add(response.StatusCode);
        }
        return answers;
    }

    private static readonly HttpStatusCode[] ThreeThenRefused = [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests];

    [Fact]
    public async Task ThroughTheProxy_TwoClientAddresses_HaveALimitEach()
    {
        using var first = app.Proxy.ClientFrom("127.0.0.3");
        using var second = app.Proxy.ClientFrom("127.0.0.4");

        Assert.Equal(ThreeThenRefused, await SearchesAsync(first, Proxied.ApiPerMinute + 1));
        Assert.Equal(HttpStatusCode.OK, (await SearchesAsync(second, 1)).Single());
    }

    [Fact]
    public async Task ForwardedHeaders_FromAnAddressThatIsNotTheProxy_AreIgnored()
    {
        using var direct = Nginx.ClientFrom("127.0.0.2", null, app.DirectUrl);
        var n = 0;

        // Another made-up client address each time: were it believed, each would get a limit of its own.
        var answers = await SearchesAsync(direct, Proxied.ApiPerMinute + 1, r =>
        {
            r.Headers.Add("X-Forwarded-For", $"198.51.100.{++n}");
            r.Headers.Add("X-Forwarded-Proto", "https");
        });
        using var page = await direct.GetAsync("/ucet/prihlaseni");

        Assert.Equal(ThreeThenRefused, answers);
        Assert.False(page.Headers.Contains("Strict-Transport-Security"), "HSTS for a request that was plain HTTP");
    }

    [Fact]
    public async Task WhatAClientWritesIntoXForwardedFor_DoesNotGetPastTheProxy()
    {
        using var client = app.Proxy.ClientFrom("127.0.0.5");
        var n = 0;

        var answers = await SearchesAsync(client, Proxied.ApiPerMinute + 1, r => r.Headers.Add("X-Forwarded-For", $"198.51.100.{100 + ++n}"));

        Assert.Equal(ThreeThenRefused, answers);
    }

    [Fact]
    public async Task HttpsSeenThroughTheProxy_GivesSecureCookiesAndHsts_AndPlainHttpIsSentToHttps()
    {
        using var client = app.Proxy.ClientFrom("127.0.0.6");
        using var plain = app.Proxy.ClientFrom("127.0.0.6", app.Proxy.HttpUrl);
        using var direct = Nginx.ClientFrom("127.0.0.1", null, app.DirectUrl);

        var signIn = await KpssAppFactory.PostFormAsync(client, "/ucet/prihlaseni", new() { ["Input.Email"] = Proxied.User, ["Input.Password"] = KpssAppFactory.Password });
        var cookies = signIn.Headers.GetValues("Set-Cookie").ToList();
        var redirect = await plain.GetAsync("/ucet/prihlaseni");
        var directSignIn = await KpssAppFactory.PostFormAsync(direct, "/ucet/prihlaseni", new() { ["Input.Email"] = Proxied.User, ["Input.Password"] = KpssAppFactory.Password });

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var auth = Assert.Single(cookies, c => c.StartsWith("kpss.auth=", StringComparison.Ordinal));
        Assert.Contains("; secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=31536000", signIn.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ucet/moje-udaje")).StatusCode);
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal($"https://{Nginx.SiteName}/ucet/prihlaseni", redirect.Headers.Location!.OriginalString);
        // The control: the same host answering plain HTTP (the proxy's own address, no X-Forwarded-Proto) sets neither.
        Assert.Equal(HttpStatusCode.Redirect, directSignIn.StatusCode);
        Assert.DoesNotContain("; secure", directSignIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("kpss.auth=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
        Assert.False(directSignIn.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task ALinkInAnEmail_AskedForThroughTheProxy_StartsWithThePublicUrl()
    {
        using var client = app.Proxy.ClientFrom("127.0.0.7");

        var response = await KpssAppFactory.PostFormAsync(client, "/ucet/zapomenute-heslo", new() { ["Email"] = Proxied.User });

        Assert.Contains("poslali jsme na ni odkaz", await response.Content.ReadAsStringAsync());
        var mail = EmlMessage.Load(Assert.Single(app.MailsTo(Proxied.User)));
        var link = Regex.Match(mail.Text("text/plain"), @"https?://\S+/ucet/nove-heslo\S*").Value;
        Assert.StartsWith(Proxied.PublicUrl + "/ucet/nove-heslo?", link);
    }
}
