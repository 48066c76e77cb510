using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Plans.UseCases.WriteChapter;

/// <summary>A chapter's text (Markdown) and the plan's version it was written on.</summary>
internal sealed record ChapterInput(string? Text, int Version);

/// <summary>Use case: a coordinator writes a chapter of a draft plan (one of the kraj's format). Page: ViewPlan (PlanDetail), handler Chapter.</summary>
internal sealed class WriteChapter(PlansDbContext db, PlanFormats formats, PlanWrites writes)
{
    public const int MaxChapterLength = 200_000;

    public static void Map(RouteGroupBuilder plans) =>
        plans.MapPut("/{planId:int}/kapitoly/{key}", async (HttpContext http, int planId, string key, ChapterInput input, WriteChapter handler, CancellationToken ct) =>
                (await handler.SaveChapterAsync(http.KrajCode(), planId, key, input.Text, input.Version, ct)).ToHttpResult())
            .AnswersOutcome().WithName("SavePlanChapter")
            .WithExample(new { text = "Text kapitoly.", version = 1 }).WithSummary("Uloží text kapitoly (Markdown)");

    /// <summary>Writes a chapter's Markdown; the chapter must be one of the plan's format.</summary>
    public async Task<OperationResult> SaveChapterAsync(string krajCode, int planId, string key, string? text, int version, CancellationToken ct)
    {
        var plan = await db.Plans.Include(p => p.Chapters).SingleOrDefaultAsync(p => p.Id == planId && p.KrajCode == krajCode, ct);
        if (plan is null) return OperationResult.Missing(PlanWords.NoPlan);
        var format = await formats.OfAsync(plan, ct);
        var chapter = format.Chapters.FirstOrDefault(c => c.Key == key);
        if (chapter is null) return OperationResult.Missing(PlanWords.UnknownChapter(key));
        var result = PlanWrites.Editable(plan);
        if ((text?.Length ?? 0) > MaxChapterLength)
            result.Add("Text", PlanWords.ChapterTooLong(chapter.Title, MaxChapterLength));
        if (!result.Ok) return result;
        if (plan.Version != version) return OperationResult.Stale();

        var stored = plan.Chapters.FirstOrDefault(c => c.Key == key);
        if (stored is null) plan.Chapters.Add(stored = new PlanChapter { Key = key });
        stored.Text = (text ?? "").Trim();
        return await writes.TouchAndSaveAsync(plan, ct);
    }
}
