using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Plans.UseCases.AdoptPlanFormat;

/// <summary>A plan's format beside the kraj's current one: where each comes from, what taking it over would change.</summary>
internal sealed record FormatReview(int PlanId, string Source, string CurrentSource, bool Differs, IReadOnlyList<string> Changes, IReadOnlyList<string> Warnings,
    bool Editable, int Version);

/// <summary>
/// Use case: a plan keeps the format it was created with; its coordinator sees how the kraj's current format differs
/// (<see cref="ReviewAsync"/>) and takes it over on purpose (<see cref="AdoptAsync"/>), a draft only. No text is lost: a
/// written chapter the new format lacks stays as an optional chapter. Page: PlanFormatPage.
/// </summary>
internal sealed class AdoptPlanFormat(PlansDbContext db, PlanFormats formats, PlanWrites writes)
{
    public static void Map(RouteGroupBuilder plans)
    {
        plans.MapGet("/{planId:int}/format", async (HttpContext http, int planId, AdoptPlanFormat handler, CancellationToken ct) =>
                await handler.ReviewAsync(http.KrajCode(), planId, ct) is { } review ? Results.Ok(review) : ApiAnswers.NotFound(PlanWords.NoPlan))
            .AnswersNotFound().WithName("ReviewPlanFormat")
            .WithSummary("Formát plánu a současný formát kraje: odkud jsou a co by převzetí změnilo").Produces<FormatReview>();

        plans.MapPost("/{planId:int}/format", async (HttpContext http, int planId, PlanVersionDto input, AdoptPlanFormat handler, CancellationToken ct) =>
                (await handler.AdoptAsync(http.KrajCode(), planId, input.Version, ct)).ToHttpResult())
            .AnswersOutcome().WithName("AdoptPlanFormat")
            .WithExample(new { version = 1 }).WithSummary("Převezme do návrhu plánu současný formát kraje (texty kapitol zůstanou)");
    }

    public async Task<FormatReview?> ReviewAsync(string krajCode, int planId, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().Include(p => p.Chapters).SingleOrDefaultAsync(p => p.Id == planId && p.KrajCode == krajCode, ct);
        if (plan is null) return null;
        var (mine, current) = (await formats.OfAsync(plan, ct), await formats.CurrentAsync(krajCode, ct));
        var written = Written(plan);
        var difference = FormatComparison.Compare(mine, current, written, await CategoriesAsync(planId, ct));
        var differs = FormatComparison.WouldChange(mine, current, written);
        return new FormatReview(plan.Id, mine.Source, current.Source, differs, difference.Changes, difference.Warnings, plan.State == PlanState.Navrh, plan.Version);
    }

    public async Task<OperationResult> AdoptAsync(string krajCode, int planId, int version, CancellationToken ct)
    {
        var plan = await db.Plans.Include(p => p.Chapters).SingleOrDefaultAsync(p => p.Id == planId && p.KrajCode == krajCode, ct);
        if (plan is null) return OperationResult.Missing(PlanWords.NoPlan);
        var result = PlanWrites.Editable(plan);
        if (!result.Ok) return result;
        if (plan.Version != version) return OperationResult.Stale();
        var (mine, current) = (await formats.OfAsync(plan, ct), await formats.CurrentAsync(krajCode, ct));
        var written = Written(plan);
        var difference = FormatComparison.Compare(mine, current, written, await CategoriesAsync(planId, ct));
        var adopted = FormatComparison.Merge(mine, current, written);
        plan.Format = PlanFormats.Serialize(adopted);
        foreach (var chapter in adopted.Chapters.Where(c => plan.Chapters.All(p => p.Key != c.Key)))
            plan.Chapters.Add(new PlanChapter { Key = chapter.Key, Text = "" });
        var saved = await writes.TouchAndSaveAsync(plan, ct);
        return saved.Ok ? saved.Warn(difference.Warnings) : saved;
    }

    private static HashSet<string> Written(Plan plan) => plan.Chapters.Where(c => !string.IsNullOrWhiteSpace(c.Text)).Select(c => c.Key).ToHashSet();

    private async Task<HashSet<string>> CategoriesAsync(int planId, CancellationToken ct) =>
        (await db.Items.AsNoTracking().Where(i => i.PlanId == planId && i.Category != null).Select(i => i.Category!).Distinct().ToListAsync(ct)).ToHashSet();
}
