using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kpss.Host.Tests.Isolation;
using Microsoft.AspNetCore.Routing.Patterns;
using Xunit.Abstractions;

namespace Kpss.Host.Tests.Contract;

/// <summary>
/// The OpenAPI document is enough to use the API: every write is called with the body the document shows as its example
/// (only the ids of the kraj's data in the address, and a row's current <c>version</c>, which a client reads first), in
/// the order a kraj would work — a process, its group, members, a meeting from draft to cancelled, the catalogue, the
/// calendar, the complete draft from comments to approval and amendment, a public comment answered and its settlement
/// published, a new plan's items — and each answers 2xx;
/// each answer, and every read's, fits the schema the document gives for its status and content type.
/// </summary>
public sealed class ApiContractTests(ContractHost app, ITestOutputHelper output) : IClassFixture<ContractHost>
{
    /// <summary>One call of the walk: the operation, the kind of id its answer makes (used by the calls after it), the day
    /// it is made on, who makes it (the kraj's admin, or the provider's editor for a provider's own proposal), and which
    /// seeded plan it is about when not the draft (<c>commentedPlan</c>: the plan in comment with a public comment).</summary>
    private sealed record Step(string Operation, string? Makes = null, DateOnly? On = null, string Caller = SweepHost.Admin, string? PlanOf = null);

    private static readonly Step[] Walk =
    [
        new("CreateProcess", Makes: "process"),
        new("CreateGroup", Makes: "group"),
        new("AddMember"),
        new("ImportMembers"),
        new("CreateMeeting", Makes: "meeting"),
        new("ChangeMeeting"),
        new("ScheduleMeeting"),
        new("InviteGuests"),
        new("RecordAttendance"),
        new("SaveMinutes"),
        new("AdvanceMinutes"),
        new("CancelMeeting"),
        new("ImportCatalogue"),
        new("SetNetworkEntry"),
        new("ProposeServiceChange", Caller: SweepHost.ProviderEditor),
        new("DecideServiceChange"),
        new("CorrectKrajCalendar"),
        new("UncorrectKrajCalendar"),
        new("SetKrajPluginEnabled"),
        // The seeded draft is complete (ContractHost): its way from comments to amendment.
        new("OpenPlanComments"),
        new("EndPlanComments", On: new DateOnly(2027, 1, 30)),
        // The other plan's public comment answered, its comments ended, the settlement published.
        new("AnswerPlanComment"),
        new("EndPlanComments", PlanOf: "commentedPlan"),
        new("PublishPlanSettlement"),
        // Its action plan takes the year over from it.
        new("RefreshActionPlan"),
        new("CreatePlanHearing"),
        new("EndPlanHearing"),
        new("ApprovePlan"),
        new("AmendPlan"),
        // Its approved edition's year monitored; the seeded round's record reported.
        new("OpenMonitoringRound", Makes: "openedRound"),
        new("FillMonitoringRecord"),
        // A new plan, written item by item.
        new("CreatePlan", Makes: "plan"),
        new("AdoptPlanFormat"),
        new("SavePlanChapter"),
        new("AddPlanItem", Makes: "planItem"),
        new("ChangePlanItem"),
        new("MovePlanItem"),
        new("RemovePlanItem"),
    ];

    /// <summary>Writes outside a kraj's API: the one-click unsubscribe takes a signed link, which only a message gives.</summary>
    private static readonly HashSet<string> NotWalked = ["OneClickUnsubscribe"];

    /// <summary>Required query parameters the document names without a value a client could guess.</summary>
    private static readonly Dictionary<string, string> QueryValues = new() { ["od"] = "navrh", ["do"] = "navrh" };

    private static readonly string[] Writes = ["post", "put", "delete", "patch"];

    [Fact]
    public async Task EveryWrite_SucceedsWithItsDocumentedExample_AndAnswersAsDocumented()
    {
        using var document = await DocumentAsync();
        var schemas = new OpenApiSchemas(document);
        var operations = Operations(document);
        var writes = operations.Values.Where(o => Writes.Contains(o.Method)).Select(o => o.Id).ToHashSet();
        var unwalked = writes.Except(Walk.Select(s => s.Operation)).Except(NotWalked).ToList();
        Assert.True(unwalked.Count == 0, "writes the walk does not make (add each where a kraj would make it): " + string.Join(", ", unwalked));

        var ids = new Dictionary<string, string>(app.Ids);
        var failures = new List<string>();
        foreach (var step in Walk)
        {
            if (step.On is { } day)
                app.Clock!.Set(day.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc));
            var operation = operations[step.Operation];
            var client = await app.OwnerAsync(step.Caller);
            var stepIds = step.PlanOf is null ? ids : new Dictionary<string, string>(ids) { ["plan"] = ids[step.PlanOf] };
            using var request = await RequestAsync(client.Client, operation, stepIds, failures, schemas);
            if (request is null) continue;
            using var response = await client.Client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            output.WriteLine($"{(int)response.StatusCode} {request.Method} {request.RequestUri}: {Shorten(text)}");
            if ((int)response.StatusCode is < 200 or >= 300)
            {
                failures.Add($"{step.Operation}: {request.Method} {request.RequestUri} answered {(int)response.StatusCode}: {Shorten(text)}");
                continue;
            }
            failures.AddRange(AnswerAsDocumented(schemas, operation, response, text));
            if (step.Makes is { } kind)
                ids[kind] = JsonDocument.Parse(text).RootElement.GetProperty("id").GetRawText().Trim('"');
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {Walk.Length} writes:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task EveryRead_AnswersAsDocumented()
    {
        using var document = await DocumentAsync();
        var schemas = new OpenApiSchemas(document);
        var failures = new List<string>();
        var read = 0;
        foreach (var operation in Operations(document).Values.Where(o => o.Method == "get" && o.Path.StartsWith("/api/", StringComparison.Ordinal)))
        {
            // The installed plugins are the platform's, read by its admin; the rest are the kraj's.
            var caller = operation.Path.StartsWith("/api/pluginy", StringComparison.Ordinal) ? SweepHost.PlatformAdmin : SweepHost.Admin;
            var client = (await app.OwnerAsync(caller)).Client;
            using var request = await RequestAsync(client, operation, app.Ids, failures, schemas);
            if (request is null) continue;
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            output.WriteLine($"{(int)response.StatusCode} GET {request.RequestUri}: {Shorten(text)}");
            if (response.StatusCode != HttpStatusCode.OK)
                failures.Add($"{operation.Id}: GET {request.RequestUri} answered {(int)response.StatusCode}: {Shorten(text)}");
            else
                failures.AddRange(AnswerAsDocumented(schemas, operation, response, text));
            read++;
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(read >= 20, $"only {read} reads made");
    }

    /// <summary>The schema check can fail: an answer with a field the schema does not have, or a text for a number, is caught.</summary>
    [Fact]
    public async Task TheSchemaCheck_CatchesAnAnswerThatDoesNotFit()
    {
        using var document = await DocumentAsync();
        var schemas = new OpenApiSchemas(document);
        var schema = document.RootElement.GetProperty("paths").GetProperty("/api/kraje/{kraj}/plany").GetProperty("post")
            .GetProperty("responses").GetProperty("201").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.Empty(schemas.Check(schema, JsonDocument.Parse("""{"id": 7}""").RootElement));
        Assert.NotEmpty(schemas.Check(schema, JsonDocument.Parse("""{"id": "7"}""").RootElement));
        Assert.NotEmpty(schemas.Check(schema, JsonDocument.Parse("""{"id": 7, "planId": 7}""").RootElement));
    }

    private sealed record Operation(string Id, string Method, string Path, JsonElement Element);

    private async Task<JsonDocument> DocumentAsync() =>
        JsonDocument.Parse(await app.AnonymousClient().GetStringAsync("/openapi/v1.json"));

    private static Dictionary<string, Operation> Operations(JsonDocument document) =>
        (from path in document.RootElement.GetProperty("paths").EnumerateObject()
         from method in path.Value.EnumerateObject()
         where method.Value.ValueKind == JsonValueKind.Object && method.Value.TryGetProperty("operationId", out _)
         select new Operation(method.Value.GetProperty("operationId").GetString()!, method.Name, path.Name, method.Value))
        .ToDictionary(o => o.Id);

    /// <summary>The call as a client builds it from the document: the address with the kraj's ids, the required query
    /// parameters, the example body (which must fit the body's schema); a row's <c>version</c> as it is now. Null (and a failure) when something is missing.</summary>
    private static async Task<HttpRequestMessage?> RequestAsync(HttpClient client, Operation operation, IReadOnlyDictionary<string, string> ids,
        List<string> failures, OpenApiSchemas schemas)
    {
        var path = RouteValues.Fill(RoutePatternFactory.Parse(operation.Path), SweepHost.Kraj, ids, out var unknown);
        if (path is null)
        {
            failures.Add($"{operation.Id}: no value for {unknown}");
            return null;
        }
        var version = await CurrentVersionAsync(client, operation.Path, ids);
        var query = new List<string>();
        foreach (var parameter in operation.Element.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray() : default)
        {
            if (parameter.GetProperty("in").GetString() != "query" || !(parameter.TryGetProperty("required", out var r) && r.GetBoolean()))
                continue;
            var name = parameter.GetProperty("name").GetString()!;
            var value = name == "verze" ? version?.ToString(System.Globalization.CultureInfo.InvariantCulture) : QueryValues.GetValueOrDefault(name);
            if (value is null)
            {
                failures.Add($"{operation.Id}: no value for the required query parameter {name}");
                return null;
            }
            query.Add($"{name}={Uri.EscapeDataString(value)}");
        }
        var request = new HttpRequestMessage(new HttpMethod(operation.Method.ToUpperInvariant()), query.Count == 0 ? path : $"{path}?{string.Join('&', query)}");
        if (!operation.Element.TryGetProperty("requestBody", out var body))
            return request;
        var (mediaType, media) = body.GetProperty("content").EnumerateObject().Select(c => (c.Name, c.Value)).First();
        if (!media.TryGetProperty("example", out var example))
        {
            failures.Add($"{operation.Id}: a body and no example of it in the document");
            return null;
        }
        // The example is what the schema describes (a misspelt field is caught here: the API would ignore it).
        if (media.TryGetProperty("schema", out var schema) && mediaType.Contains("json", StringComparison.Ordinal))
            failures.AddRange(schemas.Check(schema, example).Select(e => $"{operation.Id}: its example does not fit its schema at {e}"));
        if (example.ValueKind == JsonValueKind.String)
            request.Content = new StringContent(example.GetString()!, Encoding.UTF8, mediaType);
        else
        {
            var json = JsonNode.Parse(example.GetRawText())!;
            if (json is JsonObject fields && fields.ContainsKey("version") && version is { } v)
                fields["version"] = v;
            request.Content = new StringContent(json.ToJsonString(), Encoding.UTF8, mediaType);
        }
        return request;
    }

    /// <summary>The current version of the plan, meeting or minutes a path names (null for others).</summary>
    private static Task<int?> CurrentVersionAsync(HttpClient client, string path, IReadOnlyDictionary<string, string> ids) =>
        SampleBodies.CurrentVersionAsync(client, path, ids);

    /// <summary>Whether the answer's status and content type are in the document for this route and its body fits the schema.</summary>
    private static IEnumerable<string> AnswerAsDocumented(OpenApiSchemas schemas, Operation operation, HttpResponseMessage response, string text)
    {
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!operation.Element.GetProperty("responses").TryGetProperty(status, out var declared))
        {
            yield return $"{operation.Id}: answered {status}, which the document does not list";
            yield break;
        }
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is null || text.Length == 0)
        {
            if (declared.TryGetProperty("content", out _) && status != "204")
                yield return $"{operation.Id}: {status} without a body, and the document shows one";
            yield break;
        }
        if (!declared.TryGetProperty("content", out var content) || !content.TryGetProperty(mediaType, out var media))
        {
            yield return $"{operation.Id}: {status} in {mediaType}, which the document does not list for it";
            yield break;
        }
        if (!mediaType.Contains("json", StringComparison.Ordinal) || !media.TryGetProperty("schema", out var schema))
            yield break;
        foreach (var error in schemas.Check(schema, JsonDocument.Parse(text).RootElement))
            yield return $"{operation.Id}: {status} does not fit its schema at {error}";
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
