using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Plans.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Plans.UseCases.ViewPlan;

/// <summary>Read: one year of a frozen edition, as other modules read it through <see cref="IPlans.YearAsync"/> (monitoring of the year).</summary>
internal static class GetPlanYear
{
    public static void Map(RouteGroupBuilder plans) =>
        plans.MapGet("/{planId:int}/vydani/{edition:int}/rok/{year:int}", async (HttpContext http, int planId, int edition, int year, IPlans contract,
                CancellationToken ct) =>
                await contract.YearAsync(http.KrajCode(), planId, edition, year, ct) is { } items
                    ? Results.Ok(items)
                    : ApiAnswers.NotFound(PlanWords.NoEditionYear))
            .AnswersNotFound().WithName("GetPlanYear").Produces<PlanYear>()
            .WithSummary("Rok vydání plánu: položky, které v roce běží, s penězi roku po zdrojích (opatření včetně aktivit), ukazateli a změnami sítě");
}
