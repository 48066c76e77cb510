using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Meetings.UseCases.ManageProcesses;

internal sealed record ProcessSummaryDto(int Id, string Name, AreaKind AreaKind, string AreaName, DateOnly PeriodFrom, DateOnly PeriodTo);

/// <summary>Read: the kraj's planning processes for the API (the Processes page lists the same).</summary>
internal static class ListProcesses
{
    public static void Map(RouteGroupBuilder kraj) =>
        kraj.MapGet("/procesy", async (HttpContext http, MeetingsDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await db.Processes.Where(p => p.KrajCode == http.KrajCode()).OrderBy(p => p.Name)
                    .Select(p => new ProcessSummaryDto(p.Id, p.Name, p.AreaKind, p.AreaName, p.PeriodFrom, p.PeriodTo)).ToListAsync(ct)))
            .WithName("ListProcesses").WithSummary("Plánovací procesy kraje");
}
