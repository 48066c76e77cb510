using System.Net;
using System.Text;
using Kpss.Testing;

namespace Kpss.Host.Tests;

/// <summary>
/// Why cookie-authenticated JSON API calls that change data need no antiforgery token (docs/security.md, V4): the
/// sign-in cookie is SameSite=Lax, so another site's page cannot send it with a POST, PUT or DELETE; the API takes
/// only <c>application/json</c> bodies, which a cross-site form cannot send (text/plain, form-encoded and multipart are
/// refused with 415 and change nothing); and the platform grants no CORS, so another site's script gets no preflight
/// permission for a JSON body.
/// </summary>
[Trait(Runs.Key, Runs.Once)]
public sealed class CrossSiteApiTests(SharedHost app) : IClassFixture<SharedHost>
{
    private const string Plan = "{\"kind\":\"Sprss\",\"title\":\"Podvržený plán\",\"fromYear\":2026,\"toYear\":2028,\"area\":\"kraj\",\"approvingBody\":\"Rada\"}";

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task AWriteWithABodyACrossSiteFormCouldSend_IsRefused_AndChangesNothing(string contentType)
    {
        var coordinator = await app.SignedInClientAsync(SharedHost.JihoceskyCoordinator);
        var content = new StringContent(Plan, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        var response = await coordinator.PostAsync("/api/kraje/jihocesky/plany", content);
        var list = await coordinator.GetStringAsync("/api/kraje/jihocesky/plany");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.DoesNotContain("Podvržený plán", list);
    }

    [Fact]
    public async Task AnotherSitesPreflight_GetsNoCorsPermission()
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/kraje/jihocesky/plany");
        request.Headers.Add("Origin", "https://zly.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");

        var response = await app.AnonymousClient().SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Methods"));
    }
}
