using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Catalogue.UseCases.ImportRegister;

internal sealed record ImportRunDetailDto(ImportRunDto Run, ImportReport? Report, ImportProgress? Progress);

internal sealed record ImportRunDto(
    Guid Id, string UserName, string FileName, string Format, bool DryRun, string Status, DateTime StartedAtUtc, DateTime? FinishedAtUtc,
    int Records, int Created, int Updated, int Unchanged, int Errors, string? Failure);

/// <summary>
/// Use case: the kraj's coordinator imports the register's services (JSON or CSV; a dry run shows the changes; with an
/// error nothing is written; every run recorded); page Import, the work in <see cref="ImportJobs"/> and <see cref="RegisterImport"/>.
/// </summary>
internal static class ImportRegister
{
    public static void Map(RouteGroupBuilder kraj)
    {
        kraj.MapPost("/import", async (HttpContext http, string? format, bool? nanecisto, string? soubor, ImportJobs jobs, CancellationToken ct) =>
            {
                var dryRun = nanecisto ?? false;
                var (records, error) = await CatalogueImportFiles.ReadAsync(format ?? "json", http.Request.Body, ct);
                if (error is not null)
                    return Results.BadRequest(new ImportReport(dryRun, false, [error], []));
                var (id, report) = await jobs.RunAsync(http.KrajCode(), http.User.Identity!.Name!, soubor ?? "(API)", (format ?? "json").ToLowerInvariant(), dryRun, records, ct);
                http.Response.Headers.Location = $"/api/kraje/{http.GetRouteValue("kraj")}/katalog/importy/{id}";
                if (report is null)
                    return Results.Problem(CatalogueWords.ImportFailed, statusCode: StatusCodes.Status500InternalServerError);
                return report.Errors.Count > 0 ? Results.BadRequest(report) : Results.Ok(report);
            })
            .RequireAuthorization(KpssPolicies.KrajWideCoordinator)
            .Produces<ImportReport>().Produces<ImportReport>(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status500InternalServerError)
            .WithMetadata(new LargeBodyAttribute(BodyLimits.Import))
            .WithName("ImportCatalogue")
            .Accepts<System.Text.Json.JsonElement>("application/json", "text/csv")
            .WithExample("application/json", """
                {"sluzby": [{"identifikator": "9100002", "nazev": "Odlehčovací služba Jindřichův Hradec", "druhSocialniSluzby": "§ 44",
                  "poskytovatel": {"ico": "76543218", "nazev": "Spolek Řečice"},
                  "formy": [{"forma": "terénní", "kapacity": [{"hodnota": 5, "jednotka": "klient"}]}],
                  "zarizeni": [{"adresa": "Hlavní 2", "obec": "Jindřichův Hradec", "orp": "Jindřichův Hradec"}],
                  "ciloveSkupiny": ["senioři"], "platnostOd": "2020-01-01"}]}
                """)
            .WithSummary("Import služeb (format=json|csv); nanecisto=true jen ukáže změny; s chybou se nezapíše nic");

        kraj.MapGet("/importy", async (CatalogueDbContext db, CancellationToken ct) =>
                TypedResults.Ok((await ImportJobs.LatestAsync(db, 50, ct)).Select(ToRunDto).ToList()))
            .RequireAuthorization(KpssPolicies.KrajWideCoordinator)
            .WithName("ListCatalogueImports").WithSummary("Poslední importy do katalogu kraje (kdo, kdy, jaký soubor, s jakým výsledkem)");

        kraj.MapGet("/importy/{runId:guid}", async (Guid runId, CatalogueDbContext db, ImportJobs jobs, CancellationToken ct) =>
                await jobs.FindAsync(db, runId, ct) is { } view
                    ? Results.Ok(new ImportRunDetailDto(ToRunDto(view.Run), view.Report, view.Progress))
                    : ApiAnswers.NotFound("Import neexistuje."))
            .Produces<ImportRunDetailDto>().AnswersNotFound()
            .RequireAuthorization(KpssPolicies.KrajWideCoordinator)
            .WithName("GetCatalogueImport").WithSummary("Jeden import: stav, průběh, zpráva (chyby a změny, každých nejvýše 1000)");
    }

    private static ImportRunDto ToRunDto(ImportRun r) => new(
        r.Id, r.UserName, r.FileName, r.Format, r.DryRun, r.Status.ToString(), r.StartedAtUtc, r.FinishedAtUtc, r.Records,
        r.Created, r.Updated, r.Unchanged, r.ErrorCount, r.Failure);
}
