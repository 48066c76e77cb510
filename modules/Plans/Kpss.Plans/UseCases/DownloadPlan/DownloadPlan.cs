using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Plans.UseCases.DownloadPlan;

/// <summary>
/// Read: a plan as a DOCX in the kraj's format (<see cref="PlanDocuments"/>): for coordinators the draft or any edition,
/// for the public only what is published (an approved edition, or the copy in comment).
/// </summary>
internal static class DownloadPlan
{
    public static void Map(RouteGroupBuilder plans, IEndpointRouteBuilder app)
    {
        plans.MapGet("/{planId:int}/dokument", async (HttpContext http, int planId, string? vydani, PlanDocuments documents, CancellationToken ct) =>
                await documents.ForCoordinatorAsync(http.KrajCode(), planId, vydani, ct) is { } file
                    ? Results.File(file.Content, PlanDocx.DocxType, file.FileName)
                    : ApiAnswers.NotFound(PlanWords.NoEdition))
            .AnswersNotFound().WithName("PlanDocument").WithSummary("Plán jako DOCX ve formátu kraje (vydani=navrh nebo číslo vydání)")
            .Produces<Stream>(StatusCodes.Status200OK, PlanDocx.DocxType);

        app.MapGet("/{kraj}/plany/{planId:int}/dokument", async (HttpContext http, int planId, int? vydani, PlanDocuments documents, CancellationToken ct) =>
                await documents.ForPublicAsync(http.KrajCode(), planId, vydani, ct) is { } file
                    ? Results.File(file.Content, PlanDocx.DocxType, file.FileName)
                    : Results.NotFound())
            .AllowAnonymous().WithName("PublicPlanDocument").WithTags("Plány").ExcludeFromDescription();
    }
}
