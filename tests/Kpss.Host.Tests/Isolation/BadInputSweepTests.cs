using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kpss.Host.Tests.Isolation;

/// <summary>
/// Every JSON write of the running host, called by the seeded kraj's own regional admin with its example body spoiled
/// one way at a time: not JSON, not an object, each field of the wrong type, an unknown value where a list of values
/// is expected, a number negative or beyond any range, a huge text, a script. Never a server error; every refusal a
/// problem document in Czech that leaves every table as it was; and what a refusal must be (the body unreadable, a
/// wrong type, an unknown value, an overflow) is never accepted.
/// </summary>
public sealed class BadInputSweepTests(SweepHost app, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<SweepHost>
{
    /// <summary>Writes whose untouched sample the seeded state refuses (their spoiled copies meet that refusal too, unless
    /// the binder refuses them first): the seeded meeting is already scheduled; the seeded plan is a draft that lacks
    /// chapters, so it can be put neither to comments nor to approval, it is not in comments, and an amendment needs an
    /// approved plan; and a plan's monitoring is opened only for an approved plan.</summary>
    private static readonly string[] RefusedByTheSeededState =
    [
        "POST /api/kraje/{kraj}/jednani/{meetingId:int}/naplanovat", "POST /api/kraje/{kraj}/plany/{planId:int}/aktualizace",
        "POST /api/kraje/{kraj}/plany/{planId:int}/pripominkovani", "POST /api/kraje/{kraj}/plany/{planId:int}/pripominkovani/konec",
        "POST /api/kraje/{kraj}/plany/{planId:int}/schvaleni", "POST /api/kraje/{kraj}/hodnoceni/plany/{planId:int}/kola",
    ];

    /// <summary>Fields whose values come from a fixed list.</summary>
    private static readonly HashSet<string> ListFields = ["kind", "areaKind", "role", "function", "to", "category", "part"];

    private const string CzechLetters = "ěščřžýáíéůúťďňĚŠČŘŽÝÁÍÉŮÚ";

    /// <summary>One spoiling of the sample: <see cref="Field"/> is the field it spoils (null: the whole body), which a
    /// refusal must name in its <c>errors</c>.</summary>
    private sealed record Spoiled(string What, Func<JsonObject, string> Make, bool MustBeRefused, string? Field = null);

    private const string Script = "<script>alert('kpss')</script>";
    private const string Formula = "=HYPERLINK(\"http://zlo.example\",\"klik\")";

    [Fact]
    public async Task EveryJsonWrite_RefusesBadInputInCzech_NeverFails_AndWritesNothingWhenItRefuses()
    {
        var admin = await app.SignedInClientAsync(SweepHost.Admin);
        var editor = await app.SignedInClientAsync(SweepHost.ProviderEditor);
        var stateRefused = new List<string>();
        var calls = await SweptEndpoints.ListAsync(app.Services);
        var writes = calls.Where(c => !c.IsPage && c.Writes && RouteValues.HasKraj(c.Route) && SampleBodies.JsonOf(c) is not null).ToList();
        var failures = new List<string>();
        var sent = 0;
        var last = await DatabaseFingerprint.TakeAsync(app.Database);

        foreach (var call in writes)
        {
            var path = RouteValues.Fill(call.Route, SweepHost.Kraj, app.Ids, out _)!;
            var sample = JsonSerializer.Serialize(SampleBodies.JsonOf(call), JsonSerializerOptions.Web);
            var client = SweepHost.OwnerOf(call) == SweepHost.ProviderEditor ? editor : admin;
            // The untouched sample first: taken, or refused for the row's state (a plan not complete enough, a version
            // already moved on) — never for one of its fields, or the spoiled copies would prove nothing.
            using (var untouched = await client.SendAsync(await SampleRequestAsync(client, call, path, sample, s => s.ToJsonString())))
            {
                var text = await untouched.Content.ReadAsStringAsync();
                if ((int)untouched.StatusCode >= 500 || untouched.StatusCode == HttpStatusCode.BadRequest && NamesAnyField(text))
                    failures.Add($"{call.Method} {path} with its untouched sample: {(int)untouched.StatusCode} {Cut(text)}");
                else if (!untouched.IsSuccessStatusCode)
                    stateRefused.Add($"{call} ({(int)untouched.StatusCode})");
                last = await DatabaseFingerprint.TakeAsync(app.Database);
            }
            foreach (var spoiled in Spoil(sample))
            {
                using var response = await client.SendAsync(await SampleRequestAsync(client, call, path, sample, spoiled.Make));
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
                // A value the binder cannot take is refused for that field, and the refusal says which and why.
                else if (spoiled.MustBeRefused && spoiled.Field is { } field && !NamesField(body, field))
                    failures.Add($"{what}: {status} does not say what is wrong with {field}: {Cut(body)}");
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
        output.WriteLine("untouched samples refused for their row's state:\n" + string.Join("\n", stateRefused));
        var unexpected = stateRefused.Select(c => c[..c.LastIndexOf(" (", StringComparison.Ordinal)]).Except(RefusedByTheSeededState).ToList();
        Assert.True(unexpected.Count == 0, "untouched samples refused (make them valid, or say why the seeded state refuses them):\n" + string.Join("\n", unexpected));
        Assert.Contains(holding, c => c.EndsWith("outbox_messages.TextBody", StringComparison.Ordinal)); // the check above saw such an e-mail
        Assert.True(writes.Count >= 20 && sent > 300, $"only {writes.Count} writes and {sent} calls");
        // The inertness check saw what it looks for: the accepted scripts are shown, encoded, on the kraj's pages.
        var processes = await admin.GetStringAsync($"/{SweepHost.Kraj}/procesy");
        Assert.Contains("&lt;script&gt;alert(", processes);
    }

    /// <summary>The sample with the current version of its row (so that a spoiled field meets its own check, not a
    /// stale version's), made into a body by <paramref name="make"/>.</summary>
    private async Task<HttpRequestMessage> SampleRequestAsync(HttpClient client, SweptCall call, string path, string sample, Func<JsonObject, string> make)
    {
        var current = JsonNode.Parse(sample)!.AsObject();
        if (current.ContainsKey("version") && await SampleBodies.CurrentVersionAsync(client, call, app.Ids) is { } version)
            current["version"] = version;
        return new HttpRequestMessage(new HttpMethod(call.Method), path) { Content = new StringContent(make(current), Encoding.UTF8, "application/json") };
    }

    /// <summary>Whether a problem document's <c>errors</c> name a field (not only the whole request, <c>""</c>).</summary>
    private static bool NamesAnyField(string problem)
    {
        try
        {
            using var document = JsonDocument.Parse(problem);
            return document.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
                && errors.EnumerateObject().Any(e => e.Name.Length > 0);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The example body spoiled one way at a time.</summary>
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
                    yield return new($"{name} as a number", With(() => 12345), true, name);
                    yield return new($"{name} as an object", WithRaw("{\"a\":1}"), true, name);
                    yield return new($"{name} of 100 000 characters", With(() => new string('ž', 100_000)), false, name);
                    yield return new($"{name} as a script", With(() => Script), false, name);
                    yield return new($"{name} as a formula", With(() => Formula), false, name);
                    if (ListFields.Contains(name))
                        yield return new($"{name} not one of its values", With(() => "NeznamaHodnota"), true, name);
                    break;
                case JsonValueKind.Number:
                    yield return new($"{name} as text", With(() => "dvanáct"), true, name);
                    yield return new($"{name} negative", With(() => -1), false, name);
                    yield return new($"{name} beyond any range", WithRaw("1e40"), true, name);
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    yield return new($"{name} as text", With(() => "ano"), true, name);
                    break;
                case JsonValueKind.Array:
                    yield return new($"{name} as text", With(() => "text"), true, name);
                    break;
            }
        }
    }

    /// <summary>Whether the problem document's <c>errors</c> name <paramref name="field"/> (any case, or a part of it)
    /// with a Czech message.</summary>
    private static bool NamesField(string problem, string field)
    {
        using var document = JsonDocument.Parse(problem);
        if (!document.RootElement.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Object)
            return false;
        return errors.EnumerateObject().Any(e =>
            (e.Name.Equals(field, StringComparison.OrdinalIgnoreCase) || e.Name.StartsWith(field + ".", StringComparison.OrdinalIgnoreCase)
             || e.Name.StartsWith(field + "[", StringComparison.OrdinalIgnoreCase))
            && e.Value.EnumerateArray().Any(m => m.GetString()?.Any(CzechLetters.Contains) == true || m.GetString()?.Contains(' ') == true));
    }

    private static string Cut(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
