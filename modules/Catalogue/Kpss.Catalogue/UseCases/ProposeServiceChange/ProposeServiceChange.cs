using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Catalogue.UseCases.ProposeServiceChange;

/// <summary>
/// Use case: a provider's editor proposes a change of their own service (page MyServices; the rules in
/// <see cref="ProviderEdits"/>); it applies only once the kraj approves it (DecideServiceChange).
/// </summary>
internal static class ProposeServiceChange
{
    public static void Map(RouteGroupBuilder kraj) =>
        kraj.MapPost("/{id:int}/navrhy", async (HttpContext http, int id, ProposalInput input, ProviderEdits edits, CancellationToken ct) =>
                (await edits.ProposeAsync(http.KrajCode(), id, input, http.User, ct)).ToHttpResult())
            .AnswersOutcome()
            .RequireAuthorization(KpssPolicies.KrajParticipant)
            .WithName("ProposeServiceChange")
            .WithExample(new
            {
                description = "Nový popis", openingHours = "po–pá 7:00–15:30", targetGroups = new[] { "senioři" },
                email = "sluzba@example.org", phone = "+420 384 000 111", web = "https://example.org",
            }).WithSummary("Editor poskytovatele navrhne změnu své služby (popis, provozní doba, cílové skupiny, kontakty, věk klientů; kapacity, pokud je uvede); platí až po schválení krajem");
}
