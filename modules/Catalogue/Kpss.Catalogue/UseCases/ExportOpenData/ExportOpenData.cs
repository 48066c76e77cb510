using System.Globalization;
using System.Text;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Kpss.Catalogue.Shared.ServiceDtos;

namespace Kpss.Catalogue.UseCases.ExportOpenData;

/// <summary>Read: the kraj's catalogue as open data (JSON, CSV), for anyone.</summary>
internal static class ExportOpenData
{
    public static void Map(RouteGroupBuilder kraj)
    {
        kraj.MapGet("/export.json", async (HttpContext http, CatalogueDbContext db, IKrajDirectory kraje, CancellationToken ct) =>
            {
                var (services, network) = await ExportAsync(db, ct);
                var dtos = services.Select(s => ToDto(s, network.GetValueOrDefault(s.Id), kraje));
                return Results.Json(dtos, contentType: "application/json; charset=utf-8");
            })
            .Produces<IEnumerable<ServiceDto>>().AllowAnonymous().WithName("ExportCatalogueJson").WithSummary("Otevřená data katalogu kraje (JSON)");

        kraj.MapGet("/export.csv", async (HttpContext http, CatalogueDbContext db, IKrajDirectory kraje, CancellationToken ct) =>
            {
                var (services, network) = await ExportAsync(db, ct);
                var csv = new StringBuilder("identifikator;nazev;druh_paragraf;druh;formy;cilove_skupiny;ico;poskytovatel;orp;v_siti;cast_site;kapacita;jednotka;uvazky\n");
                foreach (var s in services)
                {
                    var n = network.GetValueOrDefault(s.Id);
                    csv.AppendJoin(';', new[]
                    {
                        s.RegisterId, s.Name, s.KindParagraph, ServiceKinds.Find(s.KindParagraph)?.Name, FormNames.Describe(s.Forms),
                        string.Join(", ", s.TargetGroupList), s.Provider!.Ico, s.Provider.Name,
                        string.Join(", ", s.OrpList.Select(c => kraje.FindOrp(c)?.Name)), n is null ? "" : n.InNetwork ? "ano" : "ne", n?.Part,
                        n?.Capacity?.ToString(CultureInfo.InvariantCulture), n?.CapacityUnit, n?.Fte?.ToString(CultureInfo.InvariantCulture),
                    }.Select(Csv)).Append('\n');
                }
                return Results.Text(csv.ToString(), "text/csv; charset=utf-8", Encoding.UTF8);
            })
            .Produces<string>(StatusCodes.Status200OK, "text/csv").AllowAnonymous().WithName("ExportCatalogueCsv").WithSummary("Otevřená data katalogu kraje (CSV, oddělovač středník)");
    }

    private static async Task<(List<Service>, Dictionary<int, NetworkEntry>)> ExportAsync(CatalogueDbContext db, CancellationToken ct) =>
        (await Load(db).OrderBy(s => s.SortKey).ToListAsync(ct), await db.Network.AsNoTracking().ToDictionaryAsync(n => n.ServiceId, ct));

    /// <summary>A cell of the open-data CSV: quoted when it must be; text a spreadsheet would run as a formula neutralised.</summary>
    private static string Csv(string? value)
    {
        if (value is null) return "";
        value = Kpss.Modules.Abstractions.Text.SpreadsheetCsv.Neutralise(value);
        return value.IndexOfAny([';', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
