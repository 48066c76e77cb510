using Microsoft.AspNetCore.Http;

namespace Kpss.Modules.Abstractions;

/// <summary>A use case that went through: the id of what it concerns, when it has one, and what the user should know
/// of it (null when nothing).</summary>
public sealed record OutcomeDto(int? Id, IReadOnlyList<string>? Warnings = null);

public static class OperationResults
{
    extension(OperationResult result)
    {
        /// <summary>The status code a page or an endpoint answers with.</summary>
        public int HttpStatus => result.Ok ? StatusCodes.Status200OK
            : result.NotFound ? StatusCodes.Status404NotFound
            : result.Forbidden ? StatusCodes.Status403Forbidden
            : result.Conflict ? StatusCodes.Status409Conflict
            : StatusCodes.Status400BadRequest;
    }

    /// <summary>The API's answer: 200 with the id, or a problem document in Czech (validation problems by field).</summary>
    public static IResult ToHttpResult(this OperationResult result) => result switch
    {
        { Ok: true } => Results.Ok(new OutcomeDto(result.Id, result.Warnings.Count > 0 ? result.Warnings : null)),
        { NotFound: true } => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Nenalezeno", detail: result.AllMessages.First()),
        { Forbidden: true } => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Nepovoleno", detail: result.AllMessages.First()),
        { Conflict: true } => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Konflikt úprav", detail: result.AllMessages.First()),
        _ => Results.ValidationProblem(result.ToDictionary(), title: "Údaje nejsou v pořádku"),
    };
}
