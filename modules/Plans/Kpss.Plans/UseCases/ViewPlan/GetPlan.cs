using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Plans.UseCases.ViewPlan;

/// <summary>Read: a plan with everything the PlanDetail page shows, for the API.</summary>
internal static class GetPlan
{
    public static void Map(RouteGroupBuilder plans) =>
        plans.MapGet("/{planId:int}", async (HttpContext http, int planId, PlanReader reader, CancellationToken ct) =>
                await reader.ReadWithNetworkAsync(http.KrajCode(), planId, ct) is { } plan
                    ? Results.Ok(plan)
                    : ApiAnswers.NotFound(PlanWords.NoPlan))
            .AnswersNotFound().WithName("GetPlan")
            .WithSummary("Plán: kapitoly, strategická část s kódy a součty, co chybí ke zveřejnění; u akčního plánu kraje síť služeb a její změny")
            .Produces<PlanView>();
}
