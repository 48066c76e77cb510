using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kpss.Host.Tests.Isolation;

/// <summary>
/// Every JSON write of the running host, called by the seeded kraj's own regional admin with its sample body spoiled
/// one way at a time: not JSON, not an object, each field of the wrong type, an unknown value where a list of values
/// is expected, a number negative or beyond any range, a huge text, a script. Never a server error; every refusal a
/// problem document in Czech that leaves every table as it was; and what a refusal must be (the body unreadable, a
/// wrong type, an unknown value, an overflow) is never accepted.
/// </summary>
public sealed class BadInputSweepTests(SweepHost app) : IClassFixture<SweepHost>
{
    /// <summary>Fields whose values come from a fixed list.</summary>
    private static readonly HashSet<string> ListFields = ["kind", "areaKind", "role", "function", "to", "category", "part"];

    private const string CzechLetters = "ěščřžýáíéůúťďňĚŠČŘŽÝÁÍÉŮÚ";

    private sealed record Spoiled(string What, Func<JsonObject, string> Make, bool MustBeRefused);

    private const string Script = "<script>alert('kpss')</script>";
    private const string Formula = "=HYPERLINK(\"http://zlo.example\",\"klik\")";

    [Fact]
    public async Task EveryJsonWrite_RefusesBadInputInCzech_NeverFails_AndWritesNothingWhenItRefuses()
    {
        var admin = await app.SignedInClientAsync(SweepHost.Admin);
        var calls = await SweptEndpoints.ListAsync(app.Services);
        var writes = calls.Where(c => !c.IsPage && c.Writes && RouteValues.HasKraj(c.Route) && SampleBodies.Json.ContainsKey(c.ToString())).ToList();
        var failures = new List<string>();
        var sent = 0;
        var last = await DatabaseFingerprint.TakeAsync(app.Database);

        foreach (var call in writes)
        {
            var path = RouteValues.Fill(call.Route, SweepHost.Kraj, app.Ids, out _)!;
            var sample = JsonSerializer.Serialize(SampleBodies.Json[call.ToString()], JsonSerializerOptions.Web);
            foreach (var spoiled in Spoil(sample))
            {
                // The current version in the body, so that a spoiled field meets its own check, not a stale version's.
                var current = JsonNode.Parse(sample)!.AsObject();
                if (current.ContainsKey("version") && await SampleBodies.CurrentVersionAsync(admin, call, app.Ids) is { } version)
                    current["version"] = version;
                var request = new HttpRequestMessage(new HttpMethod(call.Method), path)
                {
                    Content = new StringContent(spoiled.Make(current), Encoding.UTF8, "application/json"),
                };
                using var response = await admin.SendAsync(request);
                sent++;
                var status = (int)response.StatusCode;
                var body = await response.Content.ReadAsStringAsync();
                var what = $"{call.Method} {path} with {spoiled.What}";
                if (status >= 500 || status is >= 200 and < 300)
                {
                    if (status >= 500 || spoiled.MustBeRefused)
                        failures.Add($"{what}: {status}{(status < 300 ? ", accepted" : "")}");
                    last = await DatabaseFingerprint.TakeAsync(app.Database); // an accepted write may write
                    continue;
                }
                if (response.Content.Headers.ContentType?.MediaType != "application/problem+json" || !body.Any(CzechLetters.Contains))
                    failures.Add($"{what}: {status} without a Czech problem document: {Cut(body)}");
                var now = await DatabaseFingerprint.TakeAsync(app.Database);
                var changes = DatabaseFingerprint.Changes(last, now);
                if (changes.Count > 0)
                    failures.Add($"{what}: {status}, but the database changed: {string.Join("; ", changes)}");
                last = now;
            }
        }

        // The scripts and formulas that were accepted are inert wherever the kraj's pages and files show them.
        foreach (var call in calls.Where(c => !c.Writes && RouteValues.HasKraj(c.Route)))
        {
            var path = RouteValues.Fill(call.Route, SweepHost.Kraj, app.Ids, out _);
            if (path is null) continue;
            using var response = await admin.GetAsync(call.Handler is null ? path : $"{path}?handler={call.Handler}");
            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            var text = await response.Content.ReadAsStringAsync();
            if (type == "text/html" && text.Contains(Script, StringComparison.Ordinal))
                failures.Add($"GET {path}: a script someone wrote is in the page as a script");
            if (type == "text/csv" && text.Split('\n').Any(line => line.Split(';').Any(cell => cell.TrimStart('"').StartsWith('='))))
                failures.Add($"GET {path}: a CSV cell a spreadsheet would run as a formula");
        }

        // In the e-mails the accepted texts went out in (a scheduled meeting changed), the HTML part carries them encoded.
        var holding = await DatabaseFingerprint.WhereAsync(app.Database, Script);
        if (holding.Any(c => c.EndsWith("outbox_messages.HtmlBody", StringComparison.Ordinal)))
            failures.Add("an e-mail's HTML part carries a script someone wrote as a script");

        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} calls broke the rules:\n" + string.Join("\n", failures));
        Assert.Contains(holding, c => c.EndsWith("outbox_messages.TextBody", StringComparison.Ordinal)); // the check above saw such an e-mail
        Assert.True(writes.Count >= 20 && sent > 300, $"only {writes.Count} writes and {sent} calls");
        // The inertness check saw what it looks for: the accepted scripts are shown, encoded, on the kraj's pages.
        var processes = await admin.GetStringAsync($"/{SweepHost.Kraj}/procesy");
        Assert.Contains("&lt;script&gt;alert(", processes);
    }

    /// <summary>The sample body spoiled one way at a time.</summary>
    private static IEnumerable<Spoiled> Spoil(string sample)
    {
        yield return new("a body that is not JSON", body => body.ToJsonString()[..(body.ToJsonString().Length / 2)], true);
        yield return new("an array instead of an object", _ => "[1, 2, 3]", true);
        foreach (var (name, kind) in JsonNode.Parse(sample)!.AsObject().Select(p => (p.Key, Kind: p.Value?.GetValueKind())).ToList())
        {
            Func<JsonObject, string> With(Func<JsonNode?> value) => body =>
            {
                var copy = JsonNode.Parse(body.ToJsonString())!.AsObject();
                copy[name] = value();
                return copy.ToJsonString();
            };
            Func<JsonObject, string> WithRaw(string raw) => body =>
            {
                var copy = JsonNode.Parse(body.ToJsonString())!.AsObject();
                copy[name] = "@@";
                return copy.ToJsonString().Replace("\"@@\"", raw, StringComparison.Ordinal);
            };
            switch (kind)
            {
                case JsonValueKind.String:
                    yield return new($"{name} as a number", With(() => 12345), true);
                    yield return new($"{name} as an object", WithRaw("{\"a\":1}"), true);
                    yield return new($"{name} of 100 000 characters", With(() => new string('ž', 100_000)), false);
                    yield return new($"{name} as a script", With(() => Script), false);
                    yield return new($"{name} as a formula", With(() => Formula), false);
                    if (ListFields.Contains(name))
                        yield return new($"{name} not one of its values", With(() => "NeznamaHodnota"), true);
                    break;
                case JsonValueKind.Number:
                    yield return new($"{name} as text", With(() => "dvanáct"), true);
                    yield return new($"{name} negative", With(() => -1), false);
                    yield return new($"{name} beyond any range", WithRaw("1e40"), true);
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    yield return new($"{name} as text", With(() => "ano"), true);
                    break;
                case JsonValueKind.Array:
                    yield return new($"{name} as text", With(() => "text"), true);
                    break;
            }
        }
    }

    private static string Cut(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
