using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static Kpss.Catalogue.Shared.ServiceDtos;

namespace Kpss.Catalogue.UseCases.ViewService;

internal sealed record HistoryEntryDto(DateTime AtUtc, string UserName, string Source, string Summary);

/// <summary>Read: a service's detail (anyone) and its history of changes (the kraj's participants); the ServiceDetail page shows the same.</summary>
internal static class GetService
{
    public static void Map(RouteGroupBuilder kraj)
    {
        kraj.MapGet("/{id:int}", async Task<Results<Ok<ServiceDto>, ProblemHttpResult>> (HttpContext http, int id, CatalogueDbContext db, IKrajDirectory kraje, CancellationToken ct) =>
            {
                var service = await Load(db).SingleOrDefaultAsync(s => s.Id == id, ct);
                if (service is null) return NoService();
                var network = await db.Network.AsNoTracking().SingleOrDefaultAsync(n => n.ServiceId == id, ct);
                return TypedResults.Ok(ToDto(service, network, kraje));
            })
            .AnswersNotFound().AllowAnonymous().WithName("GetCatalogueService").WithSummary("Detail služby");
    }

    public static void MapHistory(RouteGroupBuilder kraj)
    {
        kraj.MapGet("/{id:int}/historie", async Task<Results<Ok<List<HistoryEntryDto>>, ProblemHttpResult>> (HttpContext http, int id, CatalogueDbContext db, CancellationToken ct) =>
                await db.Services.AnyAsync(s => s.Id == id && s.KrajCode == http.KrajCode(), ct)
                    ? TypedResults.Ok(await db.History.AsNoTracking().Where(h => h.ServiceId == id && h.KrajCode == http.KrajCode()).OrderBy(h => h.Id)
                        .Select(h => new HistoryEntryDto(h.AtUtc, h.UserName, h.Source, h.Summary)).ToListAsync(ct))
                    : NoService())
            .AnswersNotFound()
            .RequireAuthorization(KpssPolicies.KrajParticipant)
            .WithName("ServiceHistory").WithSummary("Historie změn služby (kdo, kdy, co)");
    }
}
