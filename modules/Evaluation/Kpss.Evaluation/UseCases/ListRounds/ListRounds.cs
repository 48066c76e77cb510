using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Evaluation.UseCases.ListRounds;

/// <summary>Read: the kraj's monitoring rounds, newest year first (the RoundList page lists the same).</summary>
internal static class ListRounds
{
    public static void Map(RouteGroupBuilder evaluation) =>
        evaluation.MapGet("", async (HttpContext http, RoundReader reader, CancellationToken ct) => TypedResults.Ok(await reader.ListAsync(http.KrajCode(), ct)))
            .WithName("ListMonitoringRounds").WithSummary("Kola sledování plnění plánů kraje");
}
