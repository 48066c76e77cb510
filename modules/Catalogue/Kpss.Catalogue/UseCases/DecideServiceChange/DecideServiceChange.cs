using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Catalogue.UseCases.DecideServiceChange;

internal sealed record DecisionInput(bool Approve, string? Reason);

internal sealed record ChangeRequestDto(int Id, int ServiceId, string ServiceName, ChangeRequestStatus Status, string ProposedBy,
    DateTime ProposedAtUtc, string? DecidedBy, string? RejectReason);

/// <summary>
/// Use case: the kraj's coordinator approves a provider's proposed change (it applies, with history) or rejects it with a
/// reason (page Approvals; the rules in <see cref="ProviderEdits"/>).
/// </summary>
internal static class DecideServiceChange
{
    public static void Map(RouteGroupBuilder kraj)
    {
        kraj.MapGet("/navrhy", async (HttpContext http, CatalogueDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await db.ChangeRequests.AsNoTracking().Where(r => r.KrajCode == http.KrajCode()).OrderByDescending(r => r.Id)
                    .Select(r => new ChangeRequestDto(r.Id, r.ServiceId, r.Service!.Name, r.Status, r.ProposedBy, r.ProposedAtUtc, r.DecidedBy, r.RejectReason))
                    .Take(200).ToListAsync(ct)))
            .RequireAuthorization(KpssPolicies.KrajWideCoordinator)
            .WithName("ListServiceChangeRequests").WithSummary("Návrhy změn od poskytovatelů");

        kraj.MapPost("/navrhy/{requestId:int}/rozhodnuti", async (HttpContext http, int requestId, DecisionInput input, ProviderEdits edits, CancellationToken ct) =>
                (await edits.DecideAsync(http.KrajCode(), requestId, input.Approve, input.Reason, http.User.Identity!.Name!, ct)).ToHttpResult())
            .AnswersOutcome()
            .RequireAuthorization(KpssPolicies.KrajWideCoordinator)
            .WithName("DecideServiceChange")
            .WithExample(new { approve = true }).WithSummary("Schválí (změna se použije) nebo zamítne (s důvodem) návrh změny");
    }
}
