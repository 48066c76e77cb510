using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Kpss.Host.Tests.Contract;

/// <summary>
/// The schemas of an OpenAPI 3.0 document as JSON Schema (2020-12), so that an answer can be read against the schema its
/// route declares. What differs between the two is translated: <c>nullable: true</c> becomes a type that allows null,
/// a reference to <c>#/components/schemas/X</c> one to <c>#/$defs/X</c> (the components carried along). Formats stay
/// annotations (an <c>int32</c> is not checked for its range).
/// </summary>
public sealed class OpenApiSchemas(JsonDocument document)
{
    private readonly JsonObject _defs = Translate(JsonNode.Parse(document.RootElement.GetProperty("components").GetProperty("schemas").GetRawText())!).AsObject();
    private readonly Dictionary<string, JsonSchema> _built = [];

    /// <summary>The schema of a body as the document declares it (an inline schema or a reference), ready to evaluate.</summary>
    public JsonSchema For(JsonElement schema)
    {
        var key = schema.GetRawText();
        if (_built.TryGetValue(key, out var built)) return built;
        var root = Translate(JsonNode.Parse(key)!).AsObject();
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        root["$defs"] = _defs.DeepClone();
        built = JsonSchema.FromText(root.ToJsonString(), baseUri: new Uri($"https://kpss.test.example/openapi/{Guid.NewGuid():N}"));
        return _built[key] = built;
    }

    /// <summary>Where <paramref name="answer"/> differs from <paramref name="schema"/>, one line each; empty when it fits.</summary>
    public IReadOnlyList<string> Check(JsonElement schema, JsonElement answer)
    {
        var results = For(schema).Evaluate(answer, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return [];
        return (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} — {e.Value}"))
            .DefaultIfEmpty("the answer does not fit its schema")
            .ToList();
    }

    /// <summary>One node of OpenAPI 3.0 schema translated to JSON Schema 2020-12.</summary>
    internal static JsonNode Translate(JsonNode node)
    {
        switch (node)
        {
            case JsonArray array:
                return new JsonArray(array.Select(item => item is null ? null : Translate(item)).ToArray());
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (name, value) in obj)
                {
                    if (name == "nullable") continue;
                    if (name == "$ref" && value?.GetValue<string>() is { } reference)
                        copy[name] = reference.Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
                    else if (name is "example")
                        continue;
                    else if (name is "properties" && value is JsonObject properties)
                        // A map of field names to schemas: a field called "nullable" or "example" is a field.
                        copy[name] = new JsonObject(properties.Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Translate(p.Value))));
                    else
                        copy[name] = value is null ? null : Translate(value);
                }
                if (obj["nullable"]?.GetValue<bool>() != true) return copy;
                if (copy["type"] is JsonValue type)
                {
                    copy["type"] = new JsonArray(type.GetValue<string>(), "null");
                    if (copy["enum"] is JsonArray values) values.Add(null);
                    return copy;
                }
                // A nullable reference or composition: null, or what it says.
                return new JsonObject { ["anyOf"] = new JsonArray(copy, new JsonObject { ["type"] = "null" }) };
            default:
                return node.DeepClone();
        }
    }
}
