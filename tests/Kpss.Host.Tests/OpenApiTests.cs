using System.Text.Json;
using Kpss.Testing;

namespace Kpss.Host.Tests;

/// <summary>
/// The OpenAPI document tells integrators the truth about every route: each answer's body (success and refusal) has a
/// schema, and enums are described by the names the API reads and writes (a number is refused with 400).
/// </summary>
[Trait(Runs.Key, Runs.Once)]
public sealed class OpenApiTests(SharedHost app) : IClassFixture<SharedHost>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private async Task<JsonDocument> DocumentAsync() =>
        JsonDocument.Parse(await app.AnonymousClient().GetStringAsync("/openapi/v1.json"));

    private static IEnumerable<(string Call, JsonElement Operation)> Operations(JsonDocument document) =>
        from path in document.RootElement.GetProperty("paths").EnumerateObject()
        from operation in path.Value.EnumerateObject()
        where Methods.Contains(operation.Name)
        select ($"{operation.Name.ToUpperInvariant()} {path.Name}", operation.Value);

    private static bool HasBody(JsonElement response) =>
        response.TryGetProperty("content", out var content) && content.EnumerateObject().Any(c => c.Value.TryGetProperty("schema", out _));

    [Fact]
    public async Task EveryEnum_IsDescribedByItsNames()
    {
        using var document = await DocumentAsync();
        var enums = document.RootElement.GetProperty("components").GetProperty("schemas").EnumerateObject()
            .Where(s => s.Value.TryGetProperty("enum", out _)).ToList();

        Assert.Contains(enums, s => s.Name == "PlanKind");
        var numeric = enums.Where(s => s.Value.GetProperty("type").GetString() != "string"
            || s.Value.GetProperty("enum").EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String)).Select(s => s.Name).ToList();
        Assert.True(numeric.Count == 0, "described as numbers: " + string.Join(", ", numeric));
        var planKind = enums.Single(s => s.Name == "PlanKind").Value.GetProperty("enum").EnumerateArray().Select(v => v.GetString());
        Assert.Contains("Komunitni", planKind);
    }

    [Fact]
    public async Task EveryRoute_DescribesItsAnswer_AndItsRefusals()
    {
        using var document = await DocumentAsync();
        var wrong = new List<string>();
        foreach (var (call, operation) in Operations(document))
        {
            var responses = operation.GetProperty("responses").EnumerateObject().ToDictionary(r => r.Name, r => r.Value);
            var success = responses.Where(r => r.Key.StartsWith('2')).ToList();
            if (success.Count == 0)
                wrong.Add($"{call}: no 2xx answer");
            else if (!success.Any(r => r.Key == "204" || HasBody(r.Value)))
                wrong.Add($"{call}: no body for {string.Join("/", success.Select(r => r.Key))}");
            var refusals = responses.Where(r => r.Key.StartsWith('4')).ToList();
            var anonymous = !operation.TryGetProperty("security", out _);
            if (refusals.Count == 0 && !(anonymous && !operation.TryGetProperty("parameters", out _)))
                wrong.Add($"{call}: no 4xx answer");
            foreach (var (status, response) in refusals)
                if (!HasBody(response))
                    wrong.Add($"{call}: no problem document for {status}");
            if (!anonymous && !(responses.ContainsKey("401") && responses.ContainsKey("403")))
                wrong.Add($"{call}: signed-in route without 401/403");
            // The 404 of a thing read by its id is the route's own, not only the host's for an unknown kraj.
            if ((call.Contains("id}", StringComparison.OrdinalIgnoreCase) || call.Contains("{token}"))
                && !(responses.TryGetValue("404", out var notFound) && notFound.GetProperty("description").GetString() != Kpss.Host.Platform.OpenApiAnswers.UnknownKraj))
                wrong.Add($"{call}: an id in the address and no 404 of its own");
            if (operation.TryGetProperty("requestBody", out _) && !responses.ContainsKey("400"))
                wrong.Add($"{call}: a body and no 400");
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} gaps:\n" + string.Join("\n", wrong));
    }
}
