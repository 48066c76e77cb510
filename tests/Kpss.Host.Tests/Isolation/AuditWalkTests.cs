using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Kpss.Host.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Kpss.Host.Tests.Isolation;

/// <summary>
/// Every JSON write of the running host, called by the seeded kraj's own regional admin with the example body its
/// module declares (<see cref="SampleBodies.JsonOf"/>): each one that succeeds leaves at least one record in the audit log, naming the admin,
/// the kraj and what it came from (the request; a catalogue import's own run) — so a module's write cannot bypass the
/// log, today or later. A write its state refuses (a plan not complete enough for comments) writes nothing.
/// </summary>
public sealed class AuditWalkTests(SweepHost app, ITestOutputHelper output) : IClassFixture<SweepHost>
{
    [Fact]
    public async Task EveryJsonWriteThatSucceeds_LeavesARecordInTheAuditLog()
    {
        var admin = await app.SignedInClientAsync(SweepHost.Admin);
        var writes = (await SweptEndpoints.ListAsync(app.Services))
            .Where(c => !c.IsPage && c.Writes && RouteValues.HasKraj(c.Route))
            .OrderBy(c => c.Method == "DELETE").ToList(); // deletions last: the rows stay for the other writes
        var failures = new List<string>();
        var recorded = 0;

        foreach (var call in writes)
        {
            var path = RouteValues.Fill(call.Route, SweepHost.Kraj, app.Ids, out var unknown);
            if (path is null)
            {
                failures.Add($"{call}: the sweep does not know {unknown}");
                continue;
            }
            var url = SampleBodies.Query.TryGetValue(call.ToString(), out var query) ? $"{path}?{query}" : path;
            if (url.Contains("verze=", StringComparison.Ordinal) && await SampleBodies.CurrentVersionAsync(admin, call, app.Ids) is { } v)
                url = url.Replace("verze=1", $"verze={v}", StringComparison.Ordinal);
            var last = await LastIdAsync();
            var before = await DatabaseFingerprint.TakeAsync(app.Database);
            using var response = await admin.SendAsync(await RequestAsync(admin, call, url));
            var status = (int)response.StatusCode;
            var records = await RecordsAfterAsync(last);
            var changed = Audited(DatabaseFingerprint.Changes(before, await DatabaseFingerprint.TakeAsync(app.Database)));
            output.WriteLine($"{status} {call.Method} {url}: {records.Count} records; changed: {string.Join("; ", changed)}");
            // A refusal (the plan is not complete enough to be put out for comments, the meeting is no longer a draft)
            // writes nothing; what succeeds and changes a row must be in the log (a switch set as it already was changes none).
            if (status is >= 200 and < 300)
            {
                if (records.Count == 0 && changed.Count > 0)
                    failures.Add($"{call.Method} {url}: {status}, changed {string.Join("; ", changed)} and no record in the audit log");
                else if (records.Any(r => r.Actor != SweepHost.Admin || r.KrajCode is not (null or "CZ031") || r.Source is null))
                    failures.Add($"{call.Method} {url}: records that do not name the admin, the kraj and the request: " +
                        string.Join("; ", records.Select(r => $"{r.Actor} {r.KrajCode} {r.Source} {r.Entity}")));
                else
                    recorded++;
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(recorded >= 20, $"only {recorded} of {writes.Count} writes succeeded: the walk must reach most of them");
    }

    /// <summary>
    /// Every page form of the running host, posted by its owner with the fields its page shows them (<see cref="PageForms"/>):
    /// each that succeeds — the page sends the browser on (302), as every form does after it changed something — leaves
    /// records naming its owner and the page's handler. The public forms (a comment, an answer to an invitation) are
    /// sent empty by the sweeps and are written by their own tests.
    /// </summary>
    [Fact]
    public async Task EveryPageFormThatSucceeds_LeavesARecordInTheAuditLog()
    {
        var calls = await SweptEndpoints.ListAsync(app.Services);
        var forms = await app.OwnerFormsAsync(calls);
        var failures = new List<string>();
        var succeeded = new List<string>();
        var posts = calls.Where(c => c.IsPage && c.Writes && !c.Anonymous && forms.ContainsKey(c.ToString()))
            .OrderBy(c => c.Handler is "Remove" or "Revoke" or "Erase").ToList();

        foreach (var call in posts)
        {
            var email = SweepHost.OwnerOf(call);
            var owner = await app.OwnerAsync(email);
            var url = IsolationSweepTests.Url(call, RouteValues.Fill(call.Route, SweepHost.Kraj, app.Ids, out _)!);
            var last = await LastIdAsync();
            var before = await DatabaseFingerprint.TakeAsync(app.Database);
            using var response = await IsolationSweepTests.SendAsync(owner.Client, call, url, owner.Antiforgery, forms[call.ToString()]);
            var records = await RecordsAfterAsync(last);
            // The rows it changed, besides the log itself and what is not audited (the outbox, the scheduler's keys).
            var changed = Audited(DatabaseFingerprint.Changes(before, await DatabaseFingerprint.TakeAsync(app.Database)));
            output.WriteLine($"{(int)response.StatusCode} POST {url}: {records.Count} records; changed: {string.Join("; ", changed)}");
            if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("/ucet/prihlaseni") == true)
                continue;
            succeeded.Add(call.ToString());
            // A form sent back as the page showed it may change nothing (the attendance as it was): then there is nothing to record.
            if (records.Count == 0 && changed.Count > 0)
                failures.Add($"POST {url}: it changed {string.Join("; ", changed)} and left no record in the audit log");
            else if (records.Any(r => r.Actor != email || r.Source is null || !r.Source.Contains("POST", StringComparison.Ordinal)))
                failures.Add($"POST {url}: records that do not name {email} and the request: " +
                    string.Join("; ", records.Select(r => $"{r.Actor} {r.Source} {r.Entity}")));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // The rest are refused by the seeded state or ask for what their page did not fill in (a new role's e-mail).
        Assert.True(succeeded.Count >= 10, $"only {succeeded.Count} of {posts.Count} page forms succeeded:\n" + string.Join("\n", succeeded));
    }

    /// <summary>The changed tables the audit log answers for: not the log itself, nor what is marked not audited (the
    /// outbox's messages, an import run's bookkeeping, the data-protection keys).</summary>
    private static List<string> Audited(IReadOnlyList<string> changes) =>
        changes.Where(c => !c.Contains("audit_log", StringComparison.Ordinal) && !c.Contains("outbox_messages", StringComparison.Ordinal)
                           && !c.Contains("import_runs", StringComparison.Ordinal) && !c.Contains("data_protection", StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The example body, with the current version of the row it changes where the body carries one.</summary>
    private async Task<HttpRequestMessage> RequestAsync(HttpClient admin, SweptCall call, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(call.Method), url);
        if (SampleBodies.OtherOf(call) is { } other)
            request.Content = new StringContent(other.Text, Encoding.UTF8, other.ContentType);
        else if (SampleBodies.JsonOf(call) is { } sample)
        {
            var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(sample, System.Text.Json.JsonSerializerOptions.Web))!.AsObject();
            if (body.ContainsKey("version") && await SampleBodies.CurrentVersionAsync(admin, call, app.Ids) is { } version)
                body["version"] = version;
            // Attendance: every invitation of the meeting marked.
            if (body.ContainsKey("marks"))
            {
                var meeting = await admin.GetFromJsonAsync<JsonObject>($"/api/kraje/{SweepHost.Kraj}/jednani/{app.Ids["meeting"]}");
                body["marks"] = new JsonObject(meeting!["invitations"]!.AsArray()
                    .Select(i => KeyValuePair.Create(i!["id"]!.ToString(), (JsonNode?)JsonValue.Create("Excused"))));
            }
            request.Content = JsonContent.Create(body);
        }
        else if (call.Method != "DELETE")
            request.Content = JsonContent.Create(new { });
        return request;
    }

    private Task<long> LastIdAsync() => app.InKrajAsync(null, sp =>
        sp.GetRequiredService<PlatformDbContext>().AuditLog.Select(a => (long?)a.Id).MaxAsync().ContinueWith(t => t.Result ?? 0));

    private Task<List<AuditRecord>> RecordsAfterAsync(long id) => app.InKrajAsync(null, sp =>
        sp.GetRequiredService<PlatformDbContext>().AuditLog.AsNoTracking().Where(a => a.Id > id).ToListAsync());
}
