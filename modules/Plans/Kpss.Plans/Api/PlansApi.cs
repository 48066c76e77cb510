using Kpss.Modules.Abstractions;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Plans.Data;
using Kpss.Plans.Domain;
using Kpss.Plans.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Plans.Api;

/// <param name="FromParent">An action plan: take over the parent plan's measures and activities of its year (default yes).</param>
internal sealed record PlanDto(PlanKind Kind, string? Title, int? FromYear, int? ToYear, string? Area, string? ApprovingBody,
    int? ParentPlanId = null, int? ProcessId = null, bool FromParent = true);

internal sealed record ChapterDto(string? Text, int Version);

internal sealed record CostDto(int? Year, string? Source, long? Amount);

internal sealed record IndicatorDto(string? Name, string? Unit, decimal? Baseline, decimal? Target, int? Year);

/// <summary>A change of the network: kind (paragraph "44", "§ 44" or name), form (ambulantní, terénní, pobytová), ORP ČSÚ code, capacity ± with unit, úvazky ±.</summary>
internal sealed record PlanCapacityDto(string? Kind, string? Form, int? OrpCsuCode, int? Capacity, string? Unit, decimal? Staff);

/// <summary>A priority (no parent), goal, measure or activity; <c>Version</c> is the plan's version the writer started from.</summary>
internal sealed record ItemDto(int? ParentId, string? Title, string? Description = null, string? Category = null, string? TargetGroup = null,
    string? Responsible = null, string? ResponsibleIco = null, string? Partners = null, int? FromYear = null, int? ToYear = null,
    string? WorkingGroup = null, IReadOnlyList<CostDto>? Costs = null, int Version = 0, IReadOnlyList<IndicatorDto>? Indicators = null,
    IReadOnlyList<PlanCapacityDto>? Capacities = null);

internal sealed record PositionDto(int Position, int Version);

internal sealed record CommentPeriodDto(DateOnly? CommentsFrom, DateOnly? CommentsTo, int Version);

internal sealed record ApprovalDto(string? ApprovedBy, string? Resolution, DateOnly? ApprovedOn, int Version);

internal sealed record PlanVersionDto(int Version);

internal sealed record HearingDto(DateOnly? Date, TimeOnly? Start, TimeOnly? End, string? Place, int Version);

internal sealed record PlanFactsDto(string Markdown);

internal sealed record PlanSummaryDto(int Id, PlanKind Kind, string Title, int FromYear, int ToYear, PlanState State, int? ParentPlanId);


/// <summary>The coordinators' JSON API for a kraj's plans: the plan, its chapters, its strategic part.</summary>
internal static class PlansApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var kraj = app.MapGroup("/api/kraje/{kraj}/plany").RequireAuthorization(KpssPolicies.KrajCoordinator)
            .WithMetadata(new NarrowToProcessesAttribute()).WithTags("Plány");

        kraj.MapGet("", async (HttpContext http, PlansDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Plans.AsNoTracking().Where(p => p.KrajCode == http.KrajCode())
                .OrderByDescending(p => p.FromYear).ThenBy(p => p.Kind).ThenBy(p => p.Id)
                .Select(p => new PlanSummaryDto(p.Id, p.Kind, p.Title, p.FromYear, p.ToYear, p.State, p.ParentPlanId)).ToListAsync(ct)))
            .WithName("ListPlans").WithSummary("Plány kraje");

        kraj.MapPost("", async (HttpContext http, PlanDto dto, PlanBook book, CancellationToken ct) =>
        {
            var result = await book.CreateAsync(http.KrajCode(),
                new PlanInput(dto.Kind, dto.Title, dto.FromYear, dto.ToYear, dto.Area, dto.ApprovingBody, dto.ParentPlanId, dto.ProcessId, dto.FromParent), ct);
            return result.ToCreatedResult(id => $"/api/kraje/{http.KrajCode()}/plany/{id}");
        }).AnswersCreated().WithName("CreatePlan").WithSummary("Založí návrh plánu s kapitolami podle formátu kraje");

        kraj.MapGet("/{planId:int}", async (HttpContext http, int planId, PlanReader reader, CancellationToken ct) =>
            await reader.ReadWithNetworkAsync(http.KrajCode(), planId, ct) is { } plan
                ? Results.Ok(plan)
                : ApiAnswers.NotFound(PlanWords.NoPlan))
            .AnswersNotFound().WithName("GetPlan").WithSummary("Plán: kapitoly, strategická část s kódy a součty, co chybí ke zveřejnění; u akčního plánu kraje síť služeb a její změny")
            .Produces<PlanView>();

        kraj.MapPut("/{planId:int}/kapitoly/{key}", async (HttpContext http, int planId, string key, ChapterDto dto, PlanBook book, CancellationToken ct) =>
            (await book.SaveChapterAsync(http.KrajCode(), planId, key, dto.Text, dto.Version, ct)).ToHttpResult())
            .AnswersOutcome().WithName("SavePlanChapter").WithSummary("Uloží text kapitoly (Markdown)");

        kraj.MapPost("/{planId:int}/polozky", async (HttpContext http, int planId, ItemDto dto, Strategy strategy, CancellationToken ct) =>
            (await strategy.AddAsync(http.KrajCode(), planId, Input(dto), dto.Version, ct)).ToHttpResult())
            .AnswersOutcome().WithName("AddPlanItem").WithSummary("Přidá prioritu, cíl, opatření nebo aktivitu");

        kraj.MapPut("/{planId:int}/polozky/{itemId:int}", async (HttpContext http, int planId, int itemId, ItemDto dto, Strategy strategy, CancellationToken ct) =>
            (await strategy.ChangeAsync(http.KrajCode(), planId, itemId, Input(dto), dto.Version, ct)).ToHttpResult())
            .AnswersOutcome().WithName("ChangePlanItem").WithSummary("Změní položku strategické části a její financování");

        kraj.MapDelete("/{planId:int}/polozky/{itemId:int}", async (HttpContext http, int planId, int itemId, int verze, Strategy strategy, CancellationToken ct) =>
            (await strategy.RemoveAsync(http.KrajCode(), planId, itemId, verze, ct)).ToHttpResult())
            .AnswersOutcome().WithName("RemovePlanItem").WithSummary("Odebere položku bez podřízených položek (verze plánu v ?verze=)");

        kraj.MapPost("/{planId:int}/polozky/{itemId:int}/poradi", async (HttpContext http, int planId, int itemId, PositionDto dto, Strategy strategy, CancellationToken ct) =>
            (await strategy.MoveAsync(http.KrajCode(), planId, itemId, dto.Position, dto.Version, ct)).ToHttpResult())
            .AnswersOutcome().WithName("MovePlanItem").WithSummary("Přesune položku mezi sourozenci; kódy se nemění");

        MapLifecycle(kraj);

        kraj.MapGet("/{planId:int}/dokument", async (HttpContext http, int planId, string? vydani, Export.PlanDocuments documents, CancellationToken ct) =>
            await documents.ForCoordinatorAsync(http.KrajCode(), planId, vydani, ct) is { } file
                ? Results.File(file.Content, Export.PlanFile.DocxType, file.FileName)
                : ApiAnswers.NotFound("Plán nebo jeho vydání neexistuje."))
            .AnswersNotFound().WithName("PlanDocument").WithSummary("Plán jako DOCX ve formátu kraje (vydani=navrh nebo číslo vydání)")
            .Produces<Stream>(StatusCodes.Status200OK, Export.PlanFile.DocxType);

        // The public download: only what is published (an approved edition, or the copy in comment).
        app.MapGet("/{kraj}/plany/{planId:int}/dokument", async (HttpContext http, int planId, int? vydani, Export.PlanDocuments documents, CancellationToken ct) =>
            await documents.ForPublicAsync(http.KrajCode(), planId, vydani, ct) is { } file
                ? Results.File(file.Content, Export.PlanFile.DocxType, file.FileName)
                : Results.NotFound())
            .AllowAnonymous().WithName("PublicPlanDocument").WithTags("Plány").ExcludeFromDescription();
    }

    /// <summary>The way from draft to force, the frozen editions and their comparison.</summary>
    private static void MapLifecycle(RouteGroupBuilder kraj)
    {
        kraj.MapPost("/{planId:int}/pripominkovani", async (HttpContext http, int planId, CommentPeriodDto dto, Lifecycle lifecycle, CancellationToken ct) =>
            (await lifecycle.OpenCommentsAsync(http.KrajCode(), planId, dto.CommentsFrom, dto.CommentsTo, dto.Version, ct)).ToHttpResult())
            .AnswersOutcome().WithName("OpenPlanComments").WithSummary("Dá úplný návrh k veřejnému připomínkování (zmrazí ho na dané období)");

        kraj.MapPost("/{planId:int}/pripominkovani/konec", async (HttpContext http, int planId, PlanVersionDto dto, Lifecycle lifecycle, CancellationToken ct) =>
            (await lifecycle.EndCommentsAsync(http.KrajCode(), planId, dto.Version, ct)).ToHttpResult())
            .AnswersOutcome().WithName("EndPlanComments").WithSummary("Po posledním dni připomínkování vrátí plán do návrhu k zapracování připomínek");

        kraj.MapPost("/{planId:int}/schvaleni", async (HttpContext http, int planId, ApprovalDto dto, Lifecycle lifecycle, CancellationToken ct) =>
            (await lifecycle.ApproveAsync(http.KrajCode(), planId, new ApprovalInput(dto.ApprovedBy, dto.Resolution, dto.ApprovedOn), dto.Version, ct)).ToHttpResult())
            .RequireAuthorization(KpssPolicies.KrajAdmin)
            .AnswersOutcome().WithName("ApprovePlan").WithSummary("Zaznamená schválení (orgán, usnesení, datum); schválené vydání se zmrazí");

        kraj.MapPost("/{planId:int}/aktualizace", async (HttpContext http, int planId, PlanVersionDto dto, Lifecycle lifecycle, CancellationToken ct) =>
            (await lifecycle.AmendAsync(http.KrajCode(), planId, dto.Version, ct)).ToHttpResult())
            .AnswersOutcome().WithName("AmendPlan").WithSummary("Začne další vydání (aktualizaci) schváleného plánu jako návrh");

        kraj.MapPost("/{planId:int}/projednani", async (HttpContext http, int planId, HearingDto dto, PlanningLinks links, CancellationToken ct) =>
        {
            var email = http.User.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value ?? http.User.Identity?.Name ?? "";
            var result = await links.CreateHearingAsync(http.KrajCode(), planId, new HearingInput(dto.Date, dto.Start, dto.End, dto.Place), email,
                http.User.Identity?.Name, dto.Version, ct);
            return result.Ok ? Results.Ok(new CreatedDto(result.Id!.Value)) : result.ToHttpResult();
        }).Produces<CreatedDto>().AnswersRefusals().WithName("CreatePlanHearing").WithSummary("Vypíše veřejné projednání plánu jako jednání plánovacího procesu (návrh, rozešle se v Jednáních)");

        kraj.MapPost("/{planId:int}/projednani/konec", async (HttpContext http, int planId, PlanVersionDto dto, PlanningLinks links, CancellationToken ct) =>
            (await links.EndHearingAsync(http.KrajCode(), planId, dto.Version, ct)).ToHttpResult())
            .AnswersOutcome().WithName("EndPlanHearing").WithSummary("Po veřejném projednání vrátí plán do návrhu");

        kraj.MapGet("/{planId:int}/fakta", async (HttpContext http, int planId, PlanningLinks links, CancellationToken ct) =>
            await links.FactsAsync(http.KrajCode(), planId, ct) is { } markdown
                ? Results.Ok(new PlanFactsDto(markdown))
                : ApiAnswers.NotFound("Plán neexistuje nebo není navázán na plánovací proces."))
            .Produces<PlanFactsDto>().AnswersNotFound().WithName("PlanFacts").WithSummary("Údaje z plánovacího procesu pro popisnou část (Markdown)");

        kraj.MapGet("/{planId:int}/vydani", async (HttpContext http, int planId, PlansDbContext db, Snapshots snapshots, CancellationToken ct) =>
            await db.Plans.AnyAsync(p => p.Id == planId && p.KrajCode == http.KrajCode(), ct)
                ? Results.Ok(await snapshots.ListAsync(planId, ct))
                : ApiAnswers.NotFound(PlanWords.NoPlan))
            .AnswersNotFound().WithName("ListPlanEditions").WithSummary("Zmrazená vydání plánu (k připomínkám, schválená)")
            .Produces<IReadOnlyList<SnapshotInfo>>();

        kraj.MapGet("/{planId:int}/porovnani", async (HttpContext http, int planId, string od, string @do, Editions editions, CancellationToken ct) =>
        {
            var older = await editions.ReadAsync(http.KrajCode(), planId, od, ct);
            var newer = await editions.ReadAsync(http.KrajCode(), planId, @do, ct);
            return older is null || newer is null
                ? ApiAnswers.NotFound("Plán nebo jeho vydání neexistuje (od/do: číslo vydání, nebo „navrh“ pro rozpracovaný návrh).")
                : Results.Ok(PlanComparison.Compare(older, newer));
        }).WithName("ComparePlanEditions").WithSummary("Co se změnilo mezi dvěma vydáními (nebo vydáním a návrhem): položky podle kódů, peníze, kapitoly")
            .Produces<PlanDifference>().AnswersNotFound();
    }

    private static ItemInput Input(ItemDto dto) => new(dto.ParentId, dto.Title, dto.Description, dto.Category, dto.TargetGroup, dto.Responsible,
        dto.ResponsibleIco, dto.Partners, dto.FromYear, dto.ToYear, dto.WorkingGroup,
        dto.Costs?.Select(c => new CostInput(c.Year, c.Source, c.Amount)).ToList(),
        dto.Indicators?.Select(i => new IndicatorInput(i.Name, i.Unit, i.Baseline, i.Target, i.Year)).ToList(),
        dto.Capacities?.Select(c => new CapacityInput(c.Kind, c.Form, c.OrpCsuCode, c.Capacity, c.Unit, c.Staff)).ToList());
}
