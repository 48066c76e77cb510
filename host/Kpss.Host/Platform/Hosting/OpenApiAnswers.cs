using System.Text.Json;
using System.Text.Json.Nodes;
using Kpss.Modules.Abstractions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Kpss.Host.Platform;

/// <summary>
/// The answers every route shares, written into the OpenAPI document once instead of on every route: a signed-in route
/// asks for the Bearer key and may answer 401 (no or a dead key) and 403 (another kraj, a role without the right); a route
/// under <c>{kraj}</c> may answer 404 for an unknown kraj; a route that binds a body or a query may answer 400 with the Czech validation problem of <see cref="ApiBadRequests"/>. A public route
/// carries no security requirement. What a use case itself answers (its body, 404, 409) each route declares.
/// </summary>
internal sealed class OpenApiAnswers : IOperationFilter
{
    public const string UnknownKraj = "Kraj v adrese neexistuje.";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        operation.Responses ??= [];
        if (!metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", context.Document)] = [] }];
            Add(operation, context, StatusCodes.Status401Unauthorized, "Nepřihlášeno: chybí klíč API nebo přihlášení, nebo klíč neplatí.");
            Add(operation, context, StatusCodes.Status403Forbidden, "Nepovoleno: jiný kraj, nebo role bez tohoto oprávnění.");
        }
        // An unknown kraj in the address: TenantMiddleware answers 404 before the route runs. (A route that reads a thing by
        // its id declares its own 404, which says more and is kept.)
        if (context.ApiDescription.RelativePath?.Contains("{kraj}", StringComparison.Ordinal) == true)
            Add(operation, context, StatusCodes.Status404NotFound, UnknownKraj);
        // An address that does not fit a route's constraints is not routed at all (404); a body or a query is bound and can fail.
        if (context.ApiDescription.ParameterDescriptions.Any(p => p.Source != Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Path))
            Add(operation, context, StatusCodes.Status400BadRequest, "Údaje nejsou v pořádku: chyby podle polí, česky.", typeof(HttpValidationProblemDetails));
        if (metadata.OfType<RequestExample>().FirstOrDefault() is { } example)
            AddExample(operation, example);
    }

    /// <summary>The write's example body (<see cref="ApiAnswers.WithExample(Microsoft.AspNetCore.Builder.RouteHandlerBuilder, object)"/>)
    /// under its media type, written with the API's own JSON options (enums by name, camelCase).</summary>
    private static void AddExample(OpenApiOperation operation, RequestExample example)
    {
        if (operation.RequestBody is not OpenApiRequestBody body || body.Content is null || !body.Content.TryGetValue(example.ContentType, out var media))
            throw new InvalidOperationException($"{operation.OperationId}: an example for {example.ContentType}, and no such request body.");
        media.Example = example.Body is string text && example.ContentType != "application/json"
            ? JsonValue.Create(text)
            : JsonSerializer.SerializeToNode(example.Body, ExampleJson);
    }

    private static readonly JsonSerializerOptions ExampleJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static void Add(OpenApiOperation operation, OperationFilterContext context, int status, string description, Type? body = null)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key))
            return;
        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = context.SchemaGenerator.GenerateSchema(body ?? typeof(ProblemDetails), context.SchemaRepository) },
            },
        };
    }
}
