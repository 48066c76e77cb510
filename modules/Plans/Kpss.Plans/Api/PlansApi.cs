using Kpss.Modules.Abstractions;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Plans.Data;
using Kpss.Plans.Domain;
using Kpss.Plans.Services;
using Kpss.Plans.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Plans.Api;

/// <param name="FromParent">An action plan: take over the parent plan's measures and activities of its year (default yes).</param>
internal sealed record PlanDto(PlanKind Kind, string? Title, int? FromYear, int? ToYear, string? Area, string? ApprovingBody,
    int? ParentPlanId = null, int? ProcessId = null, bool FromParent = true);

internal sealed record ChapterDto(string? Text, int Version);

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

        UseCases.AddItem.AddItem.Map(kraj);
        UseCases.ChangeItem.ChangeItem.Map(kraj);
        UseCases.RemoveItem.RemoveItem.Map(kraj);
        UseCases.MoveItem.MoveItem.Map(kraj);

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
        UseCases.OpenComments.OpenComments.Map(kraj);
        UseCases.EndComments.EndComments.Map(kraj);
        UseCases.ApprovePlan.ApprovePlan.Map(kraj);
        UseCases.AmendPlan.AmendPlan.Map(kraj);

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

}
