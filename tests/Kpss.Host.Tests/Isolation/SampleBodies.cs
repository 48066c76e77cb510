namespace Kpss.Host.Tests.Isolation;

/// <summary>
/// What the sweeps send besides the address: each JSON write's body is the example its module declares for the OpenAPI
/// document (<c>.WithExample</c>), which the seeded kraj's own admin would have accepted, so that a call from elsewhere
/// is refused for whom it comes from and not for a malformed body; <see cref="IsolationSweepTests"/> fails for a write
/// without one. Here: the page forms' extra fields, the query strings some calls need, the current version of a row.
/// </summary>
public static class SampleBodies
{
    /// <summary>The body a JSON write declares as its example (<c>.WithExample</c>, shown in the OpenAPI document); null
    /// for a write without one, or whose example is not a JSON object (<see cref="OtherOf"/>).</summary>
    public static object? JsonOf(SweptCall call) => call.Example is { ContentType: "application/json", Body: not string } e ? e.Body : null;

    /// <summary>A write's example that is a text in its own content type (a CSV of members, a register's file).</summary>
    public static (string ContentType, string Text)? OtherOf(SweptCall call) => call.Example is { Body: string text } e ? (e.ContentType, text) : null;

    /// <summary>Writes that take no body (their input is the address: a signed link, a plan's edition).</summary>
    public static readonly IReadOnlySet<string> NoBody = new HashSet<string>
    {
        "POST /oznameni/odhlasit", "POST /api/kraje/{kraj}/plany/{planId:int}/vydani/{edition:int}/vyporadani",
    };

    /// <summary>A seeded member's address: the personal-data desks find them, and would hand out or erase their data.</summary>
    public static readonly string SeededPerson = $"jana.{SweepHost.Secret.ToLowerInvariant()}@members.test.example";

    /// <summary>The fields of page forms (besides the antiforgery token) whose refusal must be for the caller, not an empty form.</summary>
    public static readonly IReadOnlyDictionary<string, Dictionary<string, string>> Form = new Dictionary<string, Dictionary<string, string>>
    {
        ["POST {kraj}/admin/osobni-udaje?handler=Erase"] = new() { ["email"] = SeededPerson, ["potvrzeni"] = SeededPerson },
        ["POST admin/osobni-udaje?handler=Erase"] = new() { ["email"] = SeededPerson, ["potvrzeni"] = SeededPerson },
    };

    /// <summary>Query strings some calls need besides the route (a deletion's plan version, the person a desk looks up).</summary>
    public static readonly IReadOnlyDictionary<string, string> Query = new Dictionary<string, string>
    {
        ["GET {kraj}/admin/osobni-udaje"] = "email=" + Uri.EscapeDataString(SeededPerson),
        ["GET {kraj}/admin/osobni-udaje?handler=Json"] = "email=" + Uri.EscapeDataString(SeededPerson),
        ["GET {kraj}/admin/osobni-udaje?handler=Text"] = "email=" + Uri.EscapeDataString(SeededPerson),
        ["GET admin/osobni-udaje"] = "email=" + Uri.EscapeDataString(SeededPerson),
        ["GET admin/osobni-udaje?handler=Json"] = "email=" + Uri.EscapeDataString(SeededPerson),
        ["GET admin/osobni-udaje?handler=Text"] = "email=" + Uri.EscapeDataString(SeededPerson),
        ["DELETE /api/kraje/{kraj}/plany/{planId:int}/polozky/{itemId:int}"] = "verze=1",
        ["GET /api/kraje/{kraj}/plany/{planId:int}/porovnani"] = "od=navrh&do=navrh",
        ["GET {kraj}/plany/priprava/{id:int}/porovnani"] = "od=navrh&do=navrh",
    };

    /// <summary>
    /// The current version of the plan, meeting, minutes, comment or monitoring record a write changes (what its body's <c>version</c> must
    /// say), read as the seeded kraj's admin; null where the route changes none of them.
    /// </summary>
    public static Task<int?> CurrentVersionAsync(HttpClient admin, SweptCall call, IReadOnlyDictionary<string, string> ids) =>
        CurrentVersionAsync(admin, call.Route.RawText!, ids);

    /// <summary>The same for a route's text as the endpoint or the OpenAPI document writes it (<c>{planId:int}</c> or <c>{planId}</c>).</summary>
    public static async Task<int?> CurrentVersionAsync(HttpClient admin, string route, IReadOnlyDictionary<string, string> ids)
    {
        if (route.Contains("/zapis", StringComparison.Ordinal))
        {
            // The minutes' version is in their page's form (the API shows the meeting's).
            var path = $"/{SweepHost.Kraj}/jednani/{ids["meeting"]}/zapis";
            var form = PageForms.Find(await admin.GetStringAsync(path), path, "Save");
            var field = form?.FirstOrDefault(f => f.Key.EndsWith("version", StringComparison.OrdinalIgnoreCase)).Value;
            return int.TryParse(field, out var minutes) ? minutes : null;
        }
        if (route.Contains("{commentId", StringComparison.Ordinal))
        {
            // A comment's own version, from the list of its plan's comments.
            var comments = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>(admin,
                $"/api/kraje/{SweepHost.Kraj}/plany/{ids["commentedPlan"]}/pripominky");
            return comments?.FirstOrDefault(c => c?["id"]?.ToString() == ids["comment"])?["version"]?.GetValue<int>();
        }
        if (route.Contains("{recordId", StringComparison.Ordinal))
        {
            // A monitoring record's own version, from its round.
            var round = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>(admin,
                $"/api/kraje/{SweepHost.Kraj}/hodnoceni/kola/{ids["round"]}");
            return round?["records"]?.AsArray().FirstOrDefault(r => r?["id"]?.ToString() == ids["record"])?["version"]?.GetValue<int>();
        }
        var read = route.Contains("/z-nadrazeneho", StringComparison.Ordinal) ? $"/api/kraje/{SweepHost.Kraj}/plany/{ids["actionPlan"]}"
            : route.Contains("{planId", StringComparison.Ordinal) ? $"/api/kraje/{SweepHost.Kraj}/plany/{ids["plan"]}"
            : route.Contains("{meetingId", StringComparison.Ordinal) ? $"/api/kraje/{SweepHost.Kraj}/jednani/{ids["meeting"]}" : null;
        if (read is null) return null;
        var json = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>(admin, read);
        return json?["version"]?.GetValue<int>();
    }
}
