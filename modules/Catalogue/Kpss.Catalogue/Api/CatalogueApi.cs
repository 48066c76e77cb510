using System.Globalization;
using System.Text;
using System.Text.Json;
using Kpss.Catalogue.Data;
using Kpss.Catalogue.Domain;
using Kpss.Catalogue.Search;
using Kpss.Modules.Abstractions;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Kpss.Plugins.Abstractions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Catalogue.Api;

internal sealed record FacilityDto(string? Name, string Address, string Obec, int? OrpCsuCode);

internal sealed record CapacityDto(string Form, int Value, string Unit);

internal sealed record NetworkDto(bool InNetwork, string? Part, int? Capacity, string? CapacityUnit, decimal? Fte);

internal sealed record ServiceDto(
    int Id, string RegisterId, string Name, string KindParagraph, string KindName, IReadOnlyList<string> Forms, IReadOnlyList<string> TargetGroups,
    int? AgeFrom, int? AgeTo, string? OpeningHours, string? Description, DateOnly ValidFrom, DateOnly? ValidTo, IReadOnlyList<string> Orp,
    string? Territory, ProviderDto Provider, IReadOnlyList<FacilityDto> Facilities, IReadOnlyList<CapacityDto> Capacities, NetworkDto? Network);

internal sealed record ProviderDto(string Ico, string Name, string? LegalForm, string? Seat, string? StatutoryBody, string? Email, string? Phone, string? Web);

internal sealed record DecisionInput(bool Approve, string? Reason);

internal sealed record ChangeRequestDto(int Id, int ServiceId, string ServiceName, ChangeRequestStatus Status, string ProposedBy,
    DateTime ProposedAtUtc, string? DecidedBy, string? RejectReason);

internal sealed record HistoryEntryDto(DateTime AtUtc, string UserName, string Source, string Summary);

internal sealed record ImportRunDetailDto(ImportRunDto Run, Import.ImportReport? Report, Import.ImportProgress? Progress);

internal sealed record ImportRunDto(
    Guid Id, string UserName, string FileName, string Format, bool DryRun, string Status, DateTime StartedAtUtc, DateTime? FinishedAtUtc,
    int Records, int Created, int Updated, int Unchanged, int Errors, string? Failure);

internal sealed record NetworkInput(bool InNetwork, string? Part, int? Capacity, string? CapacityUnit, decimal? Fte);

/// <summary>The catalogue's JSON API: the same search as the public page, a service's detail, open data, the kraj's network.</summary>
internal static class CatalogueApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var kraj = app.MapGroup("/api/kraje/{kraj}/katalog").WithTags("Katalog");
        MapImport(kraj);
        MapSelfService(kraj);

        kraj.MapGet("/", async Task<Results<Ok<SearchResult>, ValidationProblem>> (HttpContext http, CatalogueSearch search, IKrajDirectory kraje,
                string? q, string? druh, string? skupina, string? forma, string? orp, string? obec, string? strana, string? velikost, string? sit, CancellationToken ct) =>
            {
                var (query, errors) = ParseSearch(http.KrajCode(), kraje, q, druh, skupina, forma, orp, obec, strana, velikost, sit);
                if (query is null)
                    return TypedResults.ValidationProblem(errors, title: "Parametry hledání nejsou v pořádku");
                return TypedResults.Ok(await search.SearchAsync(http.KrajCode(), query, ct));
            })
            .AllowAnonymous()
            .WithName("SearchCatalogue")
            .RequireRateLimiting(Kpss.Modules.Abstractions.Security.KpssRateLimits.PublicApi)
            .WithSummary("Hledání v katalogu kraje: bez ohledu na diakritiku a velikost písmen, filtry druh (§), skupina, forma, orp, obec, sit (jen služby v síti kraje), stránkování");

        kraj.MapGet("/{id:int}", async Task<Results<Ok<ServiceDto>, ProblemHttpResult>> (HttpContext http, int id, CatalogueDbContext db, IKrajDirectory kraje, CancellationToken ct) =>
            {
                var service = await Load(db).SingleOrDefaultAsync(s => s.Id == id, ct);
                if (service is null) return NoService();
                var network = await db.Network.AsNoTracking().SingleOrDefaultAsync(n => n.ServiceId == id, ct);
                return TypedResults.Ok(ToDto(service, network, kraje));
            })
            .AnswersNotFound().AllowAnonymous().WithName("GetCatalogueService").WithSummary("Detail služby");

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

        kraj.MapPut("/{id:int}/sit", async Task<Results<Ok<NetworkDto>, ProblemHttpResult, ValidationProblem>> (
                HttpContext http, int id, NetworkInput input, Network.NetworkEditor editor, CancellationToken ct) =>
            {
                var result = await editor.SaveAsync(http.KrajCode(), id, input, http.User.Identity!.Name!, ct);
                if (result.NotFound) return NoService();
                if (result.Entry is not { } entry)
                    return TypedResults.ValidationProblem(result.Errors, title: "Údaje o síti nejsou v pořádku");
                return TypedResults.Ok(new NetworkDto(entry.InNetwork, entry.Part, entry.Capacity, entry.CapacityUnit, entry.Fte));
            })
            .AnswersNotFound()
            .RequireAuthorization(KpssPolicies.KrajAdmin)
            .WithName("SetNetworkEntry").WithSummary("Zařazení služby do sítě kraje (část, kapacita, úvazky)");
    }

    internal static void MapSelfService(RouteGroupBuilder kraj)
    {
        kraj.MapPost("/{id:int}/navrhy", async (HttpContext http, int id, SelfService.ProposalInput input, SelfService.ProviderEdits edits, CancellationToken ct) =>
                ToResult(await edits.ProposeAsync(http.KrajCode(), id, input, http.User, ct)))
            .AnswersOutcome()
            .RequireAuthorization(KpssPolicies.KrajParticipant)
            .WithName("ProposeServiceChange").WithSummary("Editor poskytovatele navrhne změnu své služby (popis, provozní doba, cílové skupiny, kontakty, věk klientů; kapacity, pokud je uvede); platí až po schválení krajem");

        kraj.MapGet("/navrhy", async (HttpContext http, CatalogueDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await db.ChangeRequests.AsNoTracking().Where(r => r.KrajCode == http.KrajCode()).OrderByDescending(r => r.Id)
                    .Select(r => new ChangeRequestDto(r.Id, r.ServiceId, r.Service!.Name, r.Status, r.ProposedBy, r.ProposedAtUtc, r.DecidedBy, r.RejectReason))
                    .Take(200).ToListAsync(ct)))
            .RequireAuthorization(KpssPolicies.KrajWideCoordinator)
            .WithName("ListServiceChangeRequests").WithSummary("Návrhy změn od poskytovatelů");

        kraj.MapPost("/navrhy/{requestId:int}/rozhodnuti", async (HttpContext http, int requestId, DecisionInput input, SelfService.ProviderEdits edits, CancellationToken ct) =>
                ToResult(await edits.DecideAsync(http.KrajCode(), requestId, input.Approve, input.Reason, http.User.Identity!.Name!, ct)))
            .AnswersOutcome()
            .RequireAuthorization(KpssPolicies.KrajWideCoordinator)
            .WithName("DecideServiceChange").WithSummary("Schválí (změna se použije) nebo zamítne (s důvodem) návrh změny");

        kraj.MapGet("/{id:int}/historie", async Task<Results<Ok<List<HistoryEntryDto>>, ProblemHttpResult>> (HttpContext http, int id, CatalogueDbContext db, CancellationToken ct) =>
                await db.Services.AnyAsync(s => s.Id == id && s.KrajCode == http.KrajCode(), ct)
                    ? TypedResults.Ok(await db.History.AsNoTracking().Where(h => h.ServiceId == id && h.KrajCode == http.KrajCode()).OrderBy(h => h.Id)
                        .Select(h => new HistoryEntryDto(h.AtUtc, h.UserName, h.Source, h.Summary)).ToListAsync(ct))
                    : NoService())
            .AnswersNotFound()
            .RequireAuthorization(KpssPolicies.KrajParticipant)
            .WithName("ServiceHistory").WithSummary("Historie změn služby (kdo, kdy, co)");
    }

    private static IResult ToResult(OperationResult result) => result.ToHttpResult();

    private static ProblemHttpResult NoService() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Nenalezeno", detail: "Služba v katalogu kraje neexistuje.");

    internal static void MapImport(RouteGroupBuilder kraj)
    {
        kraj.MapPost("/import", async (HttpContext http, string? format, bool? nanecisto, string? soubor, Import.ImportJobs jobs, CancellationToken ct) =>
            {
                var dryRun = nanecisto ?? false;
                var (records, error) = await Features.Catalogue.CatalogueImportFiles.ReadAsync(format ?? "json", http.Request.Body, ct);
                if (error is not null)
                    return Results.BadRequest(new Import.ImportReport(dryRun, false, [error], []));
                var (id, report) = await jobs.RunAsync(http.KrajCode(), http.User.Identity!.Name!, soubor ?? "(API)", (format ?? "json").ToLowerInvariant(), dryRun, records, ct);
                http.Response.Headers.Location = $"/api/kraje/{http.GetRouteValue("kraj")}/katalog/importy/{id}";
                if (report is null)
                    return Results.Problem("Import selhal a nic nezapsal. Zkuste to prosím znovu; chyba je zaznamenána.", statusCode: StatusCodes.Status500InternalServerError);
                return report.Errors.Count > 0 ? Results.BadRequest(report) : Results.Ok(report);
            })
            .RequireAuthorization(KpssPolicies.KrajWideCoordinator)
            .Produces<Import.ImportReport>().Produces<Import.ImportReport>(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status500InternalServerError)
            .WithMetadata(new LargeBodyAttribute(BodyLimits.Import))
            .WithName("ImportCatalogue")
            .WithSummary("Import služeb (format=json|csv); nanecisto=true jen ukáže změny; s chybou se nezapíše nic");

        kraj.MapGet("/importy", async (CatalogueDbContext db, CancellationToken ct) =>
                TypedResults.Ok((await Import.ImportJobs.LatestAsync(db, 50, ct)).Select(ToRunDto).ToList()))
            .RequireAuthorization(KpssPolicies.KrajWideCoordinator)
            .WithName("ListCatalogueImports").WithSummary("Poslední importy do katalogu kraje (kdo, kdy, jaký soubor, s jakým výsledkem)");

        kraj.MapGet("/importy/{runId:guid}", async (Guid runId, CatalogueDbContext db, Import.ImportJobs jobs, CancellationToken ct) =>
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

    /// <summary>The API's search parameters, each checked: an unknown filter is an error, not a silently wider search.</summary>
    internal static (SearchQuery? Query, Dictionary<string, string[]> Errors) ParseSearch(string krajCode, IKrajDirectory kraje, string? q, string? druh,
        string? skupina, string? forma, string? orp, string? obec, string? strana, string? velikost, string? sit)
    {
        var errors = new Dictionary<string, string[]>();
        static bool Given(string? value) => !string.IsNullOrWhiteSpace(value);
        var kind = ServiceKinds.Find(druh);
        if (Given(druh) && kind is null)
            errors["druh"] = [$"Neznámý druh sociální služby „{druh}“: použijte číslo paragrafu (např. 40) nebo název druhu."];
        var group = TargetGroups.Find(skupina);
        if (Given(skupina) && group is null)
            errors["skupina"] = [$"Neznámá cílová skupina „{skupina}“."];
        var form = FormNames.Find(forma);
        if (Given(forma) && form is null)
            errors["forma"] = [$"Neznámá forma „{forma}“: ambulantní, terénní nebo pobytová."];
        int? orpCode = null;
        if (Given(orp))
        {
            var found = int.TryParse(orp, out var code) ? kraje.FindOrp(code) : kraje.FindOrpByName(orp!.Trim());
            if (found is null || found.KrajCode != krajCode)
                errors["orp"] = [$"ORP „{orp}“ není v tomto kraji: použijte kód ČSÚ nebo název ORP kraje."];
            else
                orpCode = found.CsuCode;
        }
        var page = 1;
        if (Given(strana) && (!int.TryParse(strana, out page) || page < 1))
            errors["strana"] = [$"Strana „{strana}“ musí být celé číslo od 1."];
        var size = 20;
        if (Given(velikost) && (!int.TryParse(velikost, out size) || size is < 1 or > CatalogueSearch.MaxPageSize))
            errors["velikost"] = [$"Velikost strany „{velikost}“ musí být celé číslo od 1 do {CatalogueSearch.MaxPageSize}."];
        var networkOnly = false;
        if (Given(sit))
        {
            if (sit!.Trim().ToLowerInvariant() is "ano" or "true" or "1") networkOnly = true;
            else if (sit.Trim().ToLowerInvariant() is not ("ne" or "false" or "0")) errors["sit"] = [$"Parametr sit „{sit}“ musí být ano nebo ne."];
        }
        if (q?.Length > 200)
            errors["q"] = ["Hledaný text může mít nejvýše 200 znaků."];
        if (errors.Count > 0)
            return (null, errors);
        return (new SearchQuery(q, kind?.Paragraph, group, form, orpCode, page, size, Given(obec) ? obec!.Trim() : null, networkOnly), errors);
    }

    private static IQueryable<Service> Load(CatalogueDbContext db) =>
        db.Services.AsNoTracking().AsSplitQuery().Include(s => s.Provider).Include(s => s.Facilities).Include(s => s.Capacities);

    private static async Task<(List<Service>, Dictionary<int, NetworkEntry>)> ExportAsync(CatalogueDbContext db, CancellationToken ct) =>
        (await Load(db).OrderBy(s => s.SortKey).ToListAsync(ct), await db.Network.AsNoTracking().ToDictionaryAsync(n => n.ServiceId, ct));

    internal static ServiceDto ToDto(Service s, NetworkEntry? n, IKrajDirectory kraje) => new(
        s.Id, s.RegisterId, s.Name, s.KindParagraph, ServiceKinds.Find(s.KindParagraph)?.Name ?? "",
        FormNames.All.Where(f => s.Forms.HasFlag(f.Form)).Select(f => f.Name).ToList(), s.TargetGroupList.ToList(), s.AgeFrom, s.AgeTo,
        s.OpeningHours, s.Description, s.ValidFrom, s.ValidTo, s.OrpList.Select(c => kraje.FindOrp(c)?.Name ?? c.ToString(CultureInfo.InvariantCulture)).ToList(),
        s.Territory,
        new ProviderDto(s.Provider!.Ico, s.Provider.Name, s.Provider.LegalForm, s.Provider.Seat, s.Provider.StatutoryBody, s.Provider.Email, s.Provider.Phone, s.Provider.Web),
        s.Facilities.Select(f => new FacilityDto(f.Name, f.Address, f.Obec, f.OrpCsuCode)).ToList(),
        s.Capacities.Select(c => new CapacityDto(FormNames.Describe(c.Form), c.Value, c.Unit)).ToList(),
        n is null ? null : new NetworkDto(n.InNetwork, n.Part, n.Capacity, n.CapacityUnit, n.Fte));

    /// <summary>A cell of the open-data CSV: quoted when it must be; text a spreadsheet would run as a formula neutralised.</summary>
    private static string Csv(string? value)
    {
        if (value is null) return "";
        value = Kpss.Modules.Abstractions.Text.SpreadsheetCsv.Neutralise(value);
        return value.IndexOfAny([';', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

}
