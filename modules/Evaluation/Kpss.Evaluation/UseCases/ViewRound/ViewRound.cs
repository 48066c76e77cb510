using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Evaluation.UseCases.ViewRound;

/// <summary>Read: a round with its records (the RoundDetail page shows the same).</summary>
internal static class ViewRound
{
    public static void Map(RouteGroupBuilder evaluation) =>
        evaluation.MapGet("/kola/{roundId:int}", async (HttpContext http, int roundId, RoundReader reader, CancellationToken ct) =>
                await reader.ReadAsync(http.KrajCode(), roundId, ct) is { } round ? Results.Ok(round) : ApiAnswers.NotFound(EvaluationWords.NoRound))
            .AnswersNotFound().Produces<MonitoringRoundView>().WithName("GetMonitoringRound")
            .WithSummary("Kolo sledování plnění se záznamy: stav, ukazatele (cíl a dosaženo), peníze (plán a skutečnost), změny sítě");
}
