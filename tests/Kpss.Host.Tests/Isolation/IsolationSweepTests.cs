using System.Net;
using System.Net.Http.Json;
using System.Text;
using Kpss.Testing;

namespace Kpss.Host.Tests.Isolation;

/// <summary>
/// Every endpoint the running host has, called with the seeded kraj's real ids by those who must not reach its data:
/// another kraj's regional admin and coordinator, and an anonymous visitor. Each call is made for the seeded kraj
/// (<c>/jihocesky/…</c>) and, signed in, also for the caller's own kraj with the seeded kraj's ids
/// (<c>/jihomoravsky/jednani/{a Jihočeský meeting}</c>). The rules, for every call:
/// <list type="bullet">
/// <item>never a server error;</item>
/// <item>no answer carries a non-public text of the seeded kraj (they all contain <see cref="SweepHost.Secret"/>), and
/// no file (DOCX, ICS) is handed out;</item>
/// <item>a write leaves every table of the database as it was;</item>
/// <item>an endpoint that is not public refuses: 403 or 404 to the signed-in, a sign-in (401, or the login page) to the
/// anonymous.</item>
/// </list>
/// Endpoints come from the endpoint data source, so a module or plugin added later is swept without a new test.
/// </summary>
public sealed class IsolationSweepTests(SweepHost app) : IClassFixture<SweepHost>
{
    public static TheoryData<string> Callers => new() { SweepHost.OtherAdmin, SweepHost.OtherCoordinator, "anonym" };

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task NoEndpoint_GivesAnotherKrajsPeopleOrTheAnonymousTheSeededKrajsData_OrLetsThemChangeIt(string caller)
    {
        var anonymous = caller == "anonym";
        var client = anonymous ? app.AnonymousClient() : await app.SignedInClientAsync(caller);
        var antiforgery = KpssAppFactory.AntiforgeryToken(await client.GetStringAsync("/ucet/zapomenute-heslo"));
        var calls = await SweptEndpoints.ListAsync(app.Services);
        var failures = new List<string>();
        var made = 0;
        var last = await DatabaseFingerprint.TakeAsync(app.Database);

        foreach (var call in calls.Where(Swept))
        {
            var krajs = !RouteValues.HasKraj(call.Route) ? [SweepHost.Kraj]
                : anonymous || !RouteValues.HasEntityIds(call.Route) ? [SweepHost.Kraj] : new[] { SweepHost.Kraj, SweepHost.OtherKraj };
            foreach (var kraj in krajs)
            {
                var path = RouteValues.Fill(call.Route, kraj, app.Ids, out var unknown);
                if (path is null)
                {
                    failures.Add($"{call}: the sweep does not know {unknown}; add it to RouteValues");
                    continue;
                }
                var url = Url(call, path);
                using var response = await SendAsync(client, call, url, antiforgery);
                made++;
                var what = $"{call.Method} {url}";
                var status = (int)response.StatusCode;
                var body = await response.Content.ReadAsByteArrayAsync();
                var type = response.Content.Headers.ContentType?.MediaType ?? "";

                if (status >= 500)
                    failures.Add($"{what}: {status}");
                if (IsText(type) && Encoding.UTF8.GetString(body).Contains(SweepHost.Secret, StringComparison.OrdinalIgnoreCase))
                    failures.Add($"{what}: {status} shows the seeded kraj's non-public data");
                else if (!IsText(type) && body.Length > 0 && status < 300)
                    failures.Add($"{what}: {status} hands out a file ({type})");
                // The seeded kraj's own route: unless the endpoint is public, the caller is turned away at the door.
                if (kraj == SweepHost.Kraj && RouteValues.HasKraj(call.Route) && !call.Anonymous && !Refused(response, anonymous))
                    failures.Add($"{what}: {status} — another kraj's or an anonymous caller must be refused");
                // The caller's own kraj with the seeded kraj's ids: those rows are not there. (A page's form, sent empty,
                // may also be refused as incomplete: the import page's upload does not read the run in its route.)
                if (kraj == SweepHost.OtherKraj && response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
                    && !(call.IsPage && call.Writes && response.StatusCode == HttpStatusCode.BadRequest))
                    failures.Add($"{what}: {status} — the seeded kraj's ids must not be found in another kraj");
                if (call.Writes || call.Handler is not null)
                {
                    var now = await DatabaseFingerprint.TakeAsync(app.Database);
                    var changes = DatabaseFingerprint.Changes(last, now);
                    if (changes.Count > 0)
                        failures.Add($"{what}: {status} changed the database: {string.Join("; ", changes)}");
                    last = now;
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {made} calls as {caller} broke the rules:\n" + string.Join("\n", failures));
        // The sweep reached every module: these are some of the endpoints it must have called.
        Assert.True(made > 100, $"only {made} calls were made");
        foreach (var route in new[] { "api/kraje/{kraj}/jednani/{meetingId:int}", "api/kraje/{kraj}/katalog/navrhy", "{kraj}/plany/priprava/{id:int}", "{kraj}/admin/uzivatele" })
            Assert.Contains(calls, c => c.Route.RawText!.TrimStart('/') == route);
        Assert.Empty(DatabaseFingerprint.Changes(last, await DatabaseFingerprint.TakeAsync(app.Database)));
    }

    /// <summary>The sweep's searches mean something only if the seeded kraj's non-public data is where it looks: its own
    /// admin finds it on these pages and API answers (and none of it on the public ones).</summary>
    [Fact]
    public async Task TheSeededKrajsOwnAdmin_FindsItsNonPublicData_WhereTheSweepLooksForIt()
    {
        var admin = await app.SignedInClientAsync(SweepHost.Admin);
        var shown = new List<string>();
        foreach (var call in (await SweptEndpoints.ListAsync(app.Services)).Where(c => !c.Writes && c.Handler is null))
        {
            var path = RouteValues.Fill(call.Route, SweepHost.Kraj, app.Ids, out _);
            if (path is null) continue;
            var body = await admin.GetStringAsync(Url(call, path)).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "");
            if (body.Contains(SweepHost.Secret, StringComparison.OrdinalIgnoreCase))
                shown.Add(call.Route.RawText!.TrimStart('/'));
        }

        var expected = new[]
        {
            "api/kraje/{kraj}/jednani/{meetingId:int}", "api/kraje/{kraj}/skupiny/{groupId:int}", "api/kraje/{kraj}/procesy",
            "api/kraje/{kraj}/katalog/importy/{runId:guid}", "api/kraje/{kraj}/plany/{planId:int}",
            "{kraj}/jednani/{id:int}", "{kraj}/jednani/{id:int}/dochazka", "{kraj}/jednani/{id:int}/zapis", "{kraj}/skupiny/{id:int}",
            "{kraj}/procesy/{id:int}", "{kraj}/katalog/navrhy", "{kraj}/katalog/import/{job:guid?}", "{kraj}/oznameni/dorucovani",
            "{kraj}/plany/priprava/{id:int}", "{kraj}/plany/priprava/{id:int}/polozka/{itemId:int}", "{kraj}/plany/priprava/{id:int}/porovnani",
            "{kraj}/prehled",
        };
        Assert.True(expected.All(shown.Contains), "not shown to its own admin: " + string.Join(", ", expected.Except(shown)));
        Assert.DoesNotContain("{kraj}", shown);
        Assert.DoesNotContain("{kraj}/verejne", shown);
        Assert.DoesNotContain("{kraj}/plany", shown);
        // The public side is not empty: the group's public hearing is listed there, without the group's people.
        Assert.Contains("Veřejné projednání komunitního plánu", await app.AnonymousClient().GetStringAsync($"/{SweepHost.Kraj}/verejne"));
    }

    [Fact]
    public async Task EveryJsonWrite_HasASampleBody_SoThatItIsRefusedForItsCallerNotItsBody()
    {
        var writes = (await SweptEndpoints.ListAsync(app.Services))
            .Where(c => !c.IsPage && c.Writes && RouteValues.HasEntityIds(c.Route)).Select(c => c.ToString()).ToList();

        var missing = writes.Where(w => !SampleBodies.Json.ContainsKey(w) && !SampleBodies.Other.ContainsKey(w)
            && !w.StartsWith("DELETE", StringComparison.Ordinal)).ToList();

        Assert.True(writes.Count > 20, $"only {writes.Count} JSON writes with ids found");
        Assert.True(missing.Count == 0, "JSON writes without a sample body in SampleBodies:\n" + string.Join("\n", missing));
    }

    /// <summary>What the sweep calls: every endpoint with a kraj or an id in its route, and the others' pages (read
    /// only: their forms are the account's own — sign-in, sign-out, password — and change nothing of a kraj).</summary>
    private static bool Swept(SweptCall call) =>
        RouteValues.HasKraj(call.Route) || RouteValues.HasEntityIds(call.Route) || !call.Writes && call.Handler is null
        && !call.Route.RawText!.TrimStart('/').StartsWith("ucet/", StringComparison.Ordinal);

    private static string Url(SweptCall call, string path)
    {
        var query = new List<string>();
        if (call.Handler is not null)
            query.Add($"handler={call.Handler}");
        if (SampleBodies.Query.TryGetValue(call.ToString(), out var extra))
            query.Add(extra);
        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, SweptCall call, string url, string antiforgery)
    {
        var request = new HttpRequestMessage(new HttpMethod(call.Method), url);
        if (call.Writes && call.IsPage)
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery });
        else if (call.Writes && SampleBodies.Other.TryGetValue(call.ToString(), out var other))
            request.Content = new StringContent(other.Text, Encoding.UTF8, other.ContentType);
        else if (call.Writes && call.Method != "DELETE")
            request.Content = JsonContent.Create(SampleBodies.Json.GetValueOrDefault(call.ToString()) ?? new { });
        return client.SendAsync(request);
    }

    private static bool Refused(HttpResponseMessage response, bool anonymous) => response.StatusCode switch
    {
        HttpStatusCode.Forbidden or HttpStatusCode.NotFound => true,
        HttpStatusCode.Unauthorized => anonymous,
        HttpStatusCode.Redirect or HttpStatusCode.Found => anonymous && response.Headers.Location?.OriginalString.Contains("/ucet/prihlaseni") == true,
        _ => false,
    };

    private static bool IsText(string mediaType) =>
        mediaType.StartsWith("text/", StringComparison.Ordinal) || mediaType.Contains("json", StringComparison.Ordinal) || mediaType.Length == 0;
}
