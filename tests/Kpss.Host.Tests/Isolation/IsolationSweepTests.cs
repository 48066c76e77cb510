using System.Net;
using System.Net.Http.Json;
using System.Text;
using Kpss.Testing;

namespace Kpss.Host.Tests.Isolation;

/// <summary>
/// Every endpoint the running host has, called with the seeded kraj's real ids by everyone who must not reach its data,
/// or may reach only some of it: another kraj's regional admin, coordinator and API key, an anonymous visitor, and
/// within the kraj a coordinator narrowed to another process, a provider's editor and the kraj's own API keys (which
/// must never open a page). Each call with a kraj is made for the seeded kraj (<c>/jihocesky/…</c>) and, by those of
/// another kraj, also for their own kraj with the seeded kraj's ids (<c>/jihomoravsky/jednani/{a Jihočeský meeting}</c>).
/// Whether a caller may make a call is decided by <see cref="Admission"/> from the checked-in snapshot's access, never
/// from the endpoint's metadata. The rules, for every call:
/// <list type="bullet">
/// <item>never a server error;</item>
/// <item>a call the caller may not make is refused: 403 or 404 to the signed-in, a sign-in (401, or the login page) to
/// nobody; it shows none of the seeded kraj's non-public texts (they all contain <see cref="SweepHost.Secret"/>),
/// hands out no file (DOCX, ICS, JSON download) and leaves every table as it was;</item>
/// <item>the seeded kraj's ids are not found in another kraj, and a narrowed coordinator does not find another
/// process's rows (nor sees its texts in lists);</item>
/// <item>public calls show no non-public text and, as writes, change nothing (their forms are sent empty).</item>
/// </list>
/// Writes the caller is allowed to make are not sent here (they would change the seeded data the other checks need):
/// <see cref="IsolationControlTests"/> makes them as the owner. Endpoints come from the endpoint data source, so a module
/// or plugin added later is swept without a new test.
/// </summary>
public sealed class IsolationSweepTests(SweepHost app) : IClassFixture<SweepHost>
{
    public static TheoryData<string> Callers => new(SweepHost.Callers.Select(c => c.Name));

    /// <summary>Served by middleware, not endpoints (not in the snapshot): the platform admin's jobs dashboard.</summary>
    private static readonly string[] PlatformAdminPaths = ["/admin/ulohy", "/admin/ulohy/jobs/failed", "/admin/ulohy/recurring"];

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task NoEndpoint_GivesACallerWhatTheirRoleDoesNotReach_OrLetsThemChangeIt(string name)
    {
        var caller = SweepHost.Caller(name);
        var client = await app.ClientOfAsync(caller);
        var antiforgery = KpssAppFactory.AntiforgeryToken(await client.GetStringAsync("/ucet/zapomenute-heslo"));
        var calls = await SweptEndpoints.ListAsync(app.Services);
        var forms = await app.OwnerFormsAsync(calls);
        var failures = new List<string>();
        var (made, refused) = (0, 0);
        var last = await DatabaseFingerprint.TakeAsync(app.Database);

        foreach (var call in calls.Where(Swept))
        {
            string?[] krajs = !RouteValues.HasKraj(call.Route) ? [null]
                : caller.Kraj is { } own && own != SweepHost.Kraj && RouteValues.HasEntityIds(call.Route) ? [SweepHost.Kraj, own] : [SweepHost.Kraj];
            foreach (var kraj in krajs)
            {
                var admitted = Admission.Admits(caller, call, kraj);
                var foreignIds = kraj is not null && kraj != SweepHost.Kraj;
                var otherProcess = caller.Narrowed && admitted && !call.Anonymous && RouteValues.IsOfAProcess(call.Route);
                var mustRefuse = !admitted || foreignIds || otherProcess && RouteValues.HasEntityIds(call.Route);
                // A write the caller may make would change the seeded data: the control test makes it.
                if (call.Writes && admitted && !call.Anonymous && !mustRefuse)
                    continue;
                var path = RouteValues.Fill(call.Route, kraj ?? SweepHost.Kraj, app.Ids, out var unknown);
                if (path is null)
                {
                    failures.Add($"{call}: the sweep does not know {unknown}; add it to RouteValues");
                    continue;
                }
                var url = Url(call, path);
                using var response = await SendAsync(client, call, url, antiforgery, call.Anonymous ? null : forms.GetValueOrDefault(call.ToString()));
                made++;
                var what = $"{call.Method} {url}";
                var status = (int)response.StatusCode;
                var body = await response.Content.ReadAsByteArrayAsync();
                var type = response.Content.Headers.ContentType?.MediaType ?? "";
                var guarded = mustRefuse || call.Anonymous || otherProcess;

                if (status >= 500)
                    failures.Add($"{what}: {status}");
                if (SecurityHeaderCheck.Wrong(response) is { Count: > 0 } headers)
                    failures.Add($"{what}: {status} without its security headers: {string.Join("; ", headers)}");
                if (guarded && IsText(type) && Encoding.UTF8.GetString(body).Contains(SweepHost.Secret, StringComparison.OrdinalIgnoreCase))
                    failures.Add($"{what}: {status} shows the seeded kraj's non-public data");
                else if (guarded && !call.Anonymous && (!IsText(type) || response.Content.Headers.ContentDisposition is not null) && body.Length > 0 && status < 300)
                    failures.Add($"{what}: {status} hands out a file ({type})");
                if (!admitted && !Refused(response, caller.NobodyOn(call)))
                    failures.Add($"{what}: {status} — {call.ExpectedAccess} must refuse this caller");
                // The caller's own kraj with the seeded kraj's ids, or another process's rows: not there. (A page's form, sent
                // empty, may also be refused as incomplete: the import page's upload does not read the run in its route.)
                else if (admitted && mustRefuse && !Refused(response, caller.NobodyOn(call))
                         && !(call.IsPage && call.Writes && response.StatusCode == HttpStatusCode.BadRequest))
                    failures.Add($"{what}: {status} — {(foreignIds ? "the seeded kraj's ids must not be found in another kraj" : "another process's rows must not be found")}");
                if (!admitted || mustRefuse)
                    refused++;
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
        foreach (var path in PlatformAdminPaths)
        {
            using var response = await client.GetAsync(path);
            made++;
            if (response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
                && !Refused(response, nobody: true))
                failures.Add($"GET {path}: {(int)response.StatusCode} — only the platform admin may open the jobs dashboard");
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {made} calls as {caller} broke the rules:\n" + string.Join("\n", failures));
        // The sweep reached every module and refused where it must: these are some of the endpoints it must have called.
        Assert.True(made > 100 && refused > 50, $"only {made} calls were made, {refused} of them to be refused");
        foreach (var route in new[] { "api/kraje/{kraj}/jednani/{meetingId:int}", "api/kraje/{kraj}/katalog/navrhy", "{kraj}/plany/priprava/{id:int}", "{kraj}/admin/uzivatele", "admin/osobni-udaje" })
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
    public async Task EveryJsonWrite_HasAnExampleBody_SoThatItIsRefusedForItsCallerNotItsBody()
    {
        var writes = (await SweptEndpoints.ListAsync(app.Services)).Where(c => !c.IsPage && c.Writes).ToList();

        var missing = writes.Where(w => w.Example is null && !SampleBodies.NoBody.Contains(w.ToString()) && w.Method != "DELETE")
            .Select(w => w.ToString()).ToList();

        Assert.True(writes.Count > 30, $"only {writes.Count} JSON writes found");
        Assert.True(missing.Count == 0, "JSON writes without an example body (.WithExample in the module's mapping):\n" + string.Join("\n", missing));
    }

    /// <summary>What the sweep calls: every endpoint, but the account's own public forms (sign-in, sign-out, password:
    /// they change nothing of a kraj, and signing out would end the sweep's session).</summary>
    internal static bool Swept(SweptCall call) =>
        !(call.Anonymous && call.Writes && call.Route.RawText!.TrimStart('/').StartsWith("ucet/", StringComparison.Ordinal));

    internal static string Url(SweptCall call, string path)
    {
        var query = new List<string>();
        if (call.Handler is not null)
            query.Add($"handler={call.Handler}");
        if (SampleBodies.Query.TryGetValue(call.ToString(), out var extra))
            query.Add(extra);
        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    /// <summary>The call as the sweep makes it: a page form with <paramref name="form"/>'s fields (the owner's, see
    /// <see cref="PageForms"/>; public forms are sent empty), a JSON write with its example body.</summary>
    internal static Task<HttpResponseMessage> SendAsync(HttpClient client, SweptCall call, string url, string antiforgery, Dictionary<string, string>? form)
    {
        var request = new HttpRequestMessage(new HttpMethod(call.Method), url);
        if (call.Writes && call.IsPage)
            request.Content = new FormUrlEncodedContent((form ?? []).Append(new("__RequestVerificationToken", antiforgery)));
        else if (call.Writes && SampleBodies.OtherOf(call) is { } other)
            request.Content = new StringContent(other.Text, Encoding.UTF8, other.ContentType);
        else if (call.Writes && call.Method != "DELETE")
            request.Content = JsonContent.Create(SampleBodies.JsonOf(call) ?? new { });
        return client.SendAsync(request);
    }

    internal static bool Refused(HttpResponseMessage response, bool nobody) => response.StatusCode switch
    {
        HttpStatusCode.Forbidden or HttpStatusCode.NotFound => true,
        HttpStatusCode.Unauthorized => nobody,
        HttpStatusCode.Redirect or HttpStatusCode.Found => nobody && response.Headers.Location?.OriginalString.Contains("/ucet/prihlaseni") == true,
        _ => false,
    };

    private static bool IsText(string mediaType) =>
        mediaType.StartsWith("text/", StringComparison.Ordinal) || mediaType.Contains("json", StringComparison.Ordinal) || mediaType.Length == 0;
}
