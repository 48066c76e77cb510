using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Evaluation.Api;

/// <summary>
/// The coordinators' JSON API of the evaluation: one route group (its policy, narrowing to the coordinator's processes
/// and tag); each use case maps its own endpoint beside its input and handler (UseCases/).
/// </summary>
internal static class EvaluationApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var evaluation = app.MapGroup("/api/kraje/{kraj}/hodnoceni").RequireAuthorization(KpssPolicies.KrajCoordinator)
            .WithMetadata(new NarrowToProcessesAttribute()).WithTags("Hodnocení");

        UseCases.ListRounds.ListRounds.Map(evaluation);
        UseCases.OpenRound.OpenRound.Map(evaluation);
        UseCases.ViewRound.ViewRound.Map(evaluation);
        UseCases.FillRecord.FillRecord.Map(evaluation);
    }
}
