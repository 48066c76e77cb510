using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Kpss.Modules.Abstractions;

/// <summary>Something was made: its id (and, on a 201, its address in Location).</summary>
public sealed record CreatedDto(int Id);

/// <summary>An example of a write's body (<see cref="ApiAnswers.WithExample(RouteHandlerBuilder, object)"/>): an object
/// written as JSON, or the text of a body in <paramref name="ContentType"/>.</summary>
public sealed record RequestExample(object Body, string ContentType);

/// <summary>
/// What a route answers, declared for the OpenAPI document the one way every module uses, beside the one mapping of a
/// use case's <see cref="OperationResult"/> (<see cref="OperationResults.ToHttpResult"/>). The answers every route shares
/// (401/403, a 400 for a body or query that cannot be read) the host adds to the document itself.
/// </summary>
public static class ApiAnswers
{
    /// <summary>A use case answered through <see cref="OperationResults.ToHttpResult"/>: 200 with the id, or a Czech refusal.</summary>
    public static RouteHandlerBuilder AnswersOutcome(this RouteHandlerBuilder route) =>
        route.Produces<OutcomeDto>().AnswersRefusals();

    /// <summary>A use case that makes something: 201 with its id and address (<see cref="ToCreatedResult"/>), or a Czech refusal.</summary>
    public static RouteHandlerBuilder AnswersCreated(this RouteHandlerBuilder route) =>
        route.Produces<CreatedDto>(StatusCodes.Status201Created).AnswersRefusals();

    /// <summary>A use case's refusals: 400 by field, 404 (nothing such in the kraj), 409 (changed meanwhile).</summary>
    public static RouteHandlerBuilder AnswersRefusals(this RouteHandlerBuilder route) =>
        route.ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    /// <summary>A read of one thing by its id: 404 when the kraj has no such thing.</summary>
    public static RouteHandlerBuilder AnswersNotFound(this RouteHandlerBuilder route) =>
        route.ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>The answer of a use case that makes something: 201 with its id at <paramref name="location"/>, or the refusal.</summary>
    public static IResult ToCreatedResult(this OperationResult result, Func<int, string> location) =>
        result.Ok ? Results.Created(location(result.Id!.Value), new CreatedDto(result.Id!.Value)) : result.ToHttpResult();

    /// <summary>
    /// A body this write accepts, shown in the OpenAPI document as the request's example: what an integrator copies to
    /// start from, and what the contract test and the sweeps send (with the ids of the data they seed).
    /// </summary>
    public static RouteHandlerBuilder WithExample(this RouteHandlerBuilder route, object body) =>
        route.WithMetadata(new RequestExample(body, "application/json"));

    /// <summary>A body that is not JSON (a CSV file, a register's own format), as its text.</summary>
    public static RouteHandlerBuilder WithExample(this RouteHandlerBuilder route, string contentType, string text) =>
        route.WithMetadata(new RequestExample(text, contentType));

    /// <summary>404 with a Czech problem document.</summary>
    public static IResult NotFound(string message) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Nenalezeno", detail: message);
}
