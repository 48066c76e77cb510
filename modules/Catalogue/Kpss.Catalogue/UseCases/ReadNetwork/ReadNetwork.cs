using System.Globalization;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Catalogue.UseCases.ReadNetwork;

/// <summary>
/// Read: the kraj's network of social services on a day, and what changed in it between two days, from its history
/// (<see cref="ICatalogueNetwork"/>, the same the plans read). Public, as a service's page shows its place in the network.
/// </summary>
internal static class ReadNetwork
{
    public static void Map(RouteGroupBuilder kraj)
    {
        kraj.MapGet("/sit", async Task<Results<Ok<IReadOnlyList<NetworkService>>, ValidationProblem>> (HttpContext http, ICatalogueNetwork network, KpssClock clock,
                string? den, CancellationToken ct) =>
            {
                var errors = new Dictionary<string, string[]>();
                var day = Day(den, "den", PragueTime.Today(clock), errors);
                return errors.Count > 0
                    ? TypedResults.ValidationProblem(errors, title: CatalogueWords.Network.Title)
                    : TypedResults.Ok(await network.InNetworkAsync(http.KrajCode(), day, ct));
            })
            .AllowAnonymous().RequireRateLimiting(Kpss.Modules.Abstractions.Security.KpssRateLimits.PublicApi).WithName("ReadNetwork")
            .WithSummary("Síť sociálních služeb kraje ke dni (den=RRRR-MM-DD, bez něj dnes): služby, části, kapacity, úvazky, formy, ORP");

        kraj.MapGet("/sit/zmeny", async Task<Results<Ok<IReadOnlyList<NetworkChange>>, ValidationProblem>> (HttpContext http, ICatalogueNetwork network,
                KpssClock clock, string? od, string? @do, CancellationToken ct) =>
            {
                var errors = new Dictionary<string, string[]>();
                var today = PragueTime.Today(clock);
                var from = Day(od, "od", new DateOnly(today.Year, 1, 1), errors);
                var to = Day(@do, "do", today, errors);
                if (errors.Count == 0 && to < from) errors["do"] = [CatalogueWords.Network.ToBeforeFrom];
                return errors.Count > 0
                    ? TypedResults.ValidationProblem(errors, title: CatalogueWords.Network.Title)
                    : TypedResults.Ok(await network.ChangesAsync(http.KrajCode(), from, to, ct));
            })
            .AllowAnonymous().RequireRateLimiting(Kpss.Modules.Abstractions.Security.KpssRateLimits.PublicApi).WithName("ReadNetworkChanges")
            .WithSummary("Změny sítě kraje mezi dvěma dny (od=RRRR-MM-DD, bez něj 1. ledna letošního roku; do=RRRR-MM-DD, bez něj dnes): zařazené, vyřazené a změněné služby");
    }

    /// <summary>A day as the API takes it (RRRR-MM-DD), <paramref name="otherwise"/> when not given; a Czech error otherwise.</summary>
    private static DateOnly Day(string? text, string field, DateOnly otherwise, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return otherwise;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 2000 and <= 2100)
            return day;
        errors[field] = [CatalogueWords.Network.BadDay(field, text)];
        return otherwise;
    }
}
