using System.Globalization;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kpss.Catalogue.Shared;

internal sealed record FacilityDto(string? Name, string Address, string Obec, int? OrpCsuCode);

internal sealed record CapacityDto(string Form, int Value, string Unit);

internal sealed record NetworkDto(bool InNetwork, string? Part, int? Capacity, string? CapacityUnit, decimal? Fte);

internal sealed record ServiceDto(
    int Id, string RegisterId, string Name, string KindParagraph, string KindName, IReadOnlyList<string> Forms, IReadOnlyList<string> TargetGroups,
    int? AgeFrom, int? AgeTo, string? OpeningHours, string? Description, DateOnly ValidFrom, DateOnly? ValidTo, IReadOnlyList<string> Orp,
    string? Territory, ProviderDto Provider, IReadOnlyList<FacilityDto> Facilities, IReadOnlyList<CapacityDto> Capacities, NetworkDto? Network);

internal sealed record ProviderDto(string Ico, string Name, string? LegalForm, string? Seat, string? StatutoryBody, string? Email, string? Phone, string? Web);

/// <summary>A service as the API and the open data show it, read in one place.</summary>
internal static class ServiceDtos
{
    /// <summary>Services with their provider, facilities and capacities (no tracking; split queries).</summary>
    public static IQueryable<Service> Load(CatalogueDbContext db) =>
        db.Services.AsNoTracking().AsSplitQuery().Include(s => s.Provider).Include(s => s.Facilities).Include(s => s.Capacities);

    public static ServiceDto ToDto(Service s, NetworkEntry? n, IKrajDirectory kraje) => new(
        s.Id, s.RegisterId, s.Name, s.KindParagraph, ServiceKinds.Find(s.KindParagraph)?.Name ?? "",
        FormNames.All.Where(f => s.Forms.HasFlag(f.Form)).Select(f => f.Name).ToList(), s.TargetGroupList.ToList(), s.AgeFrom, s.AgeTo,
        s.OpeningHours, s.Description, s.ValidFrom, s.ValidTo, s.OrpList.Select(c => kraje.FindOrp(c)?.Name ?? c.ToString(CultureInfo.InvariantCulture)).ToList(),
        s.Territory,
        new ProviderDto(s.Provider!.Ico, s.Provider.Name, s.Provider.LegalForm, s.Provider.Seat, s.Provider.StatutoryBody, s.Provider.Email, s.Provider.Phone, s.Provider.Web),
        s.Facilities.Select(f => new FacilityDto(f.Name, f.Address, f.Obec, f.OrpCsuCode)).ToList(),
        s.Capacities.Select(c => new CapacityDto(FormNames.Describe(c.Form), c.Value, c.Unit)).ToList(),
        n is null ? null : new NetworkDto(n.InNetwork, n.Part, n.Capacity, n.CapacityUnit, n.Fte));

    public static ProblemHttpResult NoService() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Nenalezeno", detail: CatalogueWords.NoService);
}
