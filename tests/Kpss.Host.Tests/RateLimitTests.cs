using System.Net;
using System.Text.Json;
using Kpss.Modules.Abstractions.Security;
using Kpss.Testing;

namespace Kpss.Host.Tests;

/// <summary>
/// The abuse limits with small numbers (3 sign-ins, 2 public form submissions, 5 public API reads a minute): the next
/// request is refused with 429, Retry-After and a Czech explanation (a page, or a problem document for the API); reading
/// a form is never refused; each limit counts on its own.
/// </summary>
[Trait(Runs.Key, Runs.Once)]
public sealed class RateLimitTests(RateLimitTests.Host app) : IClassFixture<RateLimitTests.Host>
{
    public sealed class Host : KpssAppFactory
    {
        public const string User = "omezeni@test.kpss.example";

        public Host()
        {
            Settings["RateLimits:SignInPerMinute"] = "3";
            Settings["RateLimits:PublicFormPerMinute"] = "2";
            Settings["RateLimits:PublicApiPerMinute"] = "5";
        }

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await CreateUserAsync(User, KpssRoles.Coordinator, "CZ031");
        }
    }

    private static int RetryAfter(HttpResponseMessage response)
    {
        Assert.True(response.Headers.RetryAfter?.Delta is not null, "no Retry-After in seconds");
        var seconds = (int)response.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
        Assert.InRange(seconds, 1, 60);
        return seconds;
    }

    [Fact]
    public async Task TheFourthSignInAMinute_IsRefused_WithACzechPageAndRetryAfter_WhileTheFormStillOpens()
    {
        var client = app.AnonymousClient();
        var tries = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            tries.Add((await KpssAppFactory.PostFormAsync(client, "/ucet/prihlaseni",
                new() { ["Input.Email"] = Host.User, ["Input.Password"] = "spatne-heslo-" + i })).StatusCode);
        var refused = await KpssAppFactory.PostFormAsync(client, "/ucet/prihlaseni", new() { ["Input.Email"] = Host.User, ["Input.Password"] = KpssAppFactory.Password });

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], tries); // wrong passwords, then refused
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Empty(SecurityHeaderCheck.Wrong(refused));
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Příliš mnoho požadavků", page);
        Assert.Contains($"Zkuste to prosím znovu za {RetryAfter(refused)} s.", page);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ucet/prihlaseni")).StatusCode);
        Assert.False(refused.Headers.Contains("Set-Cookie") && refused.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("kpss.auth=", StringComparison.Ordinal)),
            "a refused sign-in must not sign in");
    }

    [Fact]
    public async Task ThePublicSearchApi_RefusesTheSixthReadAMinute_WithACzechProblemDocument()
    {
        var client = app.AnonymousClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 6; i++)
            statuses.Add((last = await client.GetAsync("/api/kraje/jihocesky/katalog?q=domov")).StatusCode);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        Assert.Empty(SecurityHeaderCheck.Wrong(last));
        var problem = JsonDocument.Parse(await last.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Příliš mnoho požadavků", problem.GetProperty("title").GetString());
        Assert.Equal($"Z vaší adresy přišlo v krátké době příliš mnoho požadavků. Zkuste to znovu za {RetryAfter(last)} s.", problem.GetProperty("detail").GetString());
        // Another limit is counted on its own: the plans' public page still opens.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/jihocesky/plany")).StatusCode);
    }

    [Fact]
    public async Task APublicForm_IsRefusedAfterTwoSubmissionsAMinute_ButItsPageStillOpens()
    {
        var client = app.AnonymousClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            statuses.Add((await client.PostAsync("/pozvanka?t=neplatny", new FormUrlEncodedContent([]))).StatusCode);

        Assert.NotEqual(HttpStatusCode.TooManyRequests, statuses[0]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, statuses[1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.GetAsync("/pozvanka?t=neplatny")).StatusCode);
    }
}
