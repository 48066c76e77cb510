using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static Kpss.Catalogue.Shared.ServiceDtos;
using System.Globalization;
using Kpss.Modules.Abstractions.Time;
using Kpss.Plugins.Abstractions;

namespace Kpss.Catalogue.UseCases.SetNetworkEntry;

/// <summary>The outcome of a change of a service's place in the kraj's network.</summary>
internal sealed record NetworkSaveResult(bool NotFound, IReadOnlyDictionary<string, string[]> Errors, NetworkEntry? Entry)
{
    public bool Saved => Entry is not null;
}

/// <summary>The kraj's network data of a service as the admin enters it, and the day it takes effect (null: today).</summary>
internal sealed record NetworkInput(bool InNetwork, string? Part, int? Capacity, string? CapacityUnit, decimal? Fte, DateOnly? From = null);

/// <summary>
/// A kraj's network of social services: whether a service is in it, in which part (named by the kraj's plugin), with what
/// capacity and staff. The kraj admin edits it from the API and from the service's page; each change goes to the
/// service's history. The caller has checked the admin policy; the kraj filter keeps other kraje's services out.
/// </summary>
internal sealed class SetNetworkEntry(CatalogueDbContext db, IKrajPlugins plugins, KpssClock clock)
{
    public static void Map(RouteGroupBuilder kraj) =>
        kraj.MapPut("/{id:int}/sit", async Task<Results<Ok<NetworkDto>, ProblemHttpResult, ValidationProblem>> (
                HttpContext http, int id, NetworkInput input, SetNetworkEntry editor, CancellationToken ct) =>
            {
                var result = await editor.SaveAsync(http.KrajCode(), id, input, http.User.Identity!.Name!, ct);
                if (result.NotFound) return NoService();
                if (result.Entry is not { } entry)
                    return TypedResults.ValidationProblem(result.Errors, title: CatalogueWords.Network.Title);
                return TypedResults.Ok(new NetworkDto(entry.InNetwork, entry.Part, entry.Capacity, entry.CapacityUnit, entry.Fte));
            })
            .AnswersNotFound()
            .RequireAuthorization(KpssPolicies.KrajAdmin)
            .WithName("SetNetworkEntry")
            .WithExample(new { inNetwork = true, part = "základní", capacity = 10, capacityUnit = "klient", fte = 1.5m, from = "2027-01-01" }).WithSummary("Zařazení služby do sítě kraje (část, kapacita, úvazky)");

    /// <summary>The parts the kraj's enabled plugins name; empty when none does (then a service is only in or out).</summary>
    public async Task<IReadOnlyList<string>> PartsAsync(string krajCode, CancellationToken ct) =>
        (await plugins.EnabledAsync<INetworkParts>(krajCode, ct)).SelectMany(p => p.NetworkParts).Distinct().ToList();

    public async Task<NetworkSaveResult> SaveAsync(string krajCode, int serviceId, NetworkInput input, string user, CancellationToken ct)
    {
        if (!await db.Services.AnyAsync(s => s.Id == serviceId, ct))
            return new(true, new Dictionary<string, string[]>(), null);
        var parts = await PartsAsync(krajCode, ct);
        var errors = new Dictionary<string, string[]>();
        var part = string.IsNullOrWhiteSpace(input.Part) ? null : input.Part.Trim();
        if (part is not null && !parts.Contains(part))
            errors["part"] = [CatalogueWords.Network.UnknownPart(parts)];
        if (input.InNetwork && parts.Count > 0 && part is null)
            errors["part"] = [CatalogueWords.Network.PartMissing(parts)];
        if (input.Capacity is < 0) errors["capacity"] = [CatalogueWords.Network.NegativeCapacity];
        var unit = CapacityUnits.Find(input.CapacityUnit);
        if (input.Capacity is not null && unit is null)
            errors["capacityUnit"] = [CatalogueWords.CapacityUnitUnknown];
        if (input.Fte is < 0 or > 1000) errors["fte"] = [CatalogueWords.Network.FteOutOfRange];
        var today = PragueTime.Today(clock);
        var from = input.From ?? today;
        if (from.Year < 2000 || from > today.AddYears(3)) errors["from"] = [CatalogueWords.Network.FromOutOfRange];
        var open = await db.NetworkPeriods.Where(p => p.ServiceId == serviceId && p.KrajCode == krajCode).OrderByDescending(p => p.From).FirstOrDefaultAsync(ct);
        if (open is not null && from < open.From && !errors.ContainsKey("from"))
            errors["from"] = [CatalogueWords.Network.FromBeforeLastChange(open.From)];
        if (errors.Count > 0)
            return new(false, errors, null);

        var entry = await db.Network.SingleOrDefaultAsync(n => n.ServiceId == serviceId && n.KrajCode == krajCode, ct);
        var before = entry is null ? "nezařazena" : Describe(entry);
        if (entry is null)
            db.Network.Add(entry = new NetworkEntry { KrajCode = krajCode, ServiceId = serviceId, UpdatedBy = "" });
        entry.InNetwork = input.InNetwork;
        entry.Part = input.InNetwork ? part : null;
        entry.Capacity = input.Capacity;
        entry.CapacityUnit = input.Capacity is null ? null : unit;
        entry.Fte = input.Fte;
        var after = Describe(entry);
        if (after != before)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            Record(krajCode, serviceId, entry, open, from);
            entry.UpdatedAtUtc = now;
            entry.UpdatedBy = user;
            db.History.Add(new ServiceChange
            {
                KrajCode = krajCode, ServiceId = serviceId, AtUtc = now, UserName = user, Source = "síť kraje",
                Summary = $"síť kraje: {before} → {after}{(from == today ? "" : $" (platí od {from.ToString("d. M. yyyy", PragueTime.Culture)})")}",
            });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException) when (db.Entry(entry).State == EntityState.Added)
            {
                // Another admin placed the same service in the network at the same moment: theirs stands.
                return new(false, new Dictionary<string, string[]> { [""] = [CatalogueWords.Network.Stale] }, null);
            }
        }
        return new(false, errors, entry);
    }

    /// <summary>
    /// The network's history: the latest spell (<paramref name="last"/>) ends the day before <paramref name="from"/> and,
    /// while the service stays in, a new one begins then; a change on the day the latest spell began replaces it.
    /// </summary>
    private void Record(string krajCode, int serviceId, NetworkEntry entry, NetworkPeriod? last, DateOnly from)
    {
        if (last is not null && last.From == from) db.NetworkPeriods.Remove(last);
        else if (last is not null && (last.To is null || last.To >= from)) last.To = from.AddDays(-1);
        if (entry.InNetwork)
            db.NetworkPeriods.Add(new NetworkPeriod
            {
                KrajCode = krajCode, ServiceId = serviceId, From = from, Part = entry.Part, Capacity = entry.Capacity, CapacityUnit = entry.CapacityUnit,
                Fte = entry.Fte,
            });
    }

    /// <summary>"v síti, část: základní, kapacita 12 lůžek, úvazky 6,5" – for the service's page and its history.</summary>
    public static string Describe(NetworkEntry n)
    {
        var text = n.InNetwork ? "v síti" : "mimo síť";
        if (n.Part is not null) text += $", část: {n.Part}";
        if (n.Capacity is { } c && n.CapacityUnit is { } u) text += $", kapacita {CapacityUnits.Count(c, u)}";
        if (n.Fte is { } fte) text += $", úvazky {FormatFte(fte)}";
        return text;
    }

    /// <summary>Úvazky as Czech write them: "6,5".</summary>
    public static string FormatFte(decimal fte) => fte.ToString("0.##", PragueTime.Culture);

    /// <summary>Úvazky as people type them: "6,5" or "6.5"; null when empty; false when not a number.</summary>
    public static bool TryParseFte(string? text, out decimal? fte)
    {
        fte = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            fte = value;
            return true;
        }
        return false;
    }
}
