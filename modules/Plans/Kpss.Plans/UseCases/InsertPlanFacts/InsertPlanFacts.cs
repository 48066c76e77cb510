using System.Text;
using Kpss.Meetings.Contracts;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Kpss.Plugins.Abstractions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Plans.UseCases.InsertPlanFacts;

internal sealed record PlanFactsDto(string Markdown);

/// <summary>
/// Use case: the descriptive part states what the plan's planning process did, taken from the Meetings module (through
/// <see cref="IPlanningProcesses"/>): meetings held by kind and group, participants by triad role, public hearings.
/// The API reads the facts; the PlanDetail page (handler Facts) appends them to the descriptive chapter.
/// </summary>
internal sealed class InsertPlanFacts(PlansDbContext db, IPlanningProcesses processes, WriteChapter.WriteChapter chapters, KpssClock clock, PlanFormats formats)
{
    public static void Map(RouteGroupBuilder plans) =>
        plans.MapGet("/{planId:int}/fakta", async (HttpContext http, int planId, InsertPlanFacts handler, CancellationToken ct) =>
                await handler.FactsAsync(http.KrajCode(), planId, ct) is { } markdown
                    ? Results.Ok(new PlanFactsDto(markdown))
                    : ApiAnswers.NotFound(PlanWords.NoPlanWithProcess))
            .Produces<PlanFactsDto>().AnswersNotFound().WithName("PlanFacts").WithSummary("Údaje z plánovacího procesu pro popisnou část (Markdown)");

    /// <summary>The facts as Markdown, ready to insert into the descriptive part; null when the plan has no process.</summary>
    public async Task<string?> FactsAsync(string krajCode, int planId, CancellationToken ct)
    {
        var processId = await db.Plans.AsNoTracking().Where(p => p.Id == planId && p.KrajCode == krajCode).Select(p => p.ProcessId).SingleOrDefaultAsync(ct);
        if (processId is null || await processes.FactsAsync(krajCode, processId.Value, ct) is not { } facts) return null;
        var md = new StringBuilder();
        md.Append($"### Jak probíhalo plánování\n\nÚdaje platformy k {PlanWords.Date(PragueTime.Today(clock))}, plánovací proces {facts.ProcessName}.\n\n");
        if (facts.Meetings.Count == 0) md.Append("Zatím neproběhlo žádné jednání.\n\n");
        else
        {
            md.Append("Proběhlá jednání:\n\n");
            foreach (var m in facts.Meetings) md.Append($"- {m.Kind}, {m.Group}: {m.Count}\n");
            md.Append('\n');
        }
        if (facts.Participants.Count > 0)
            md.Append($"Účastníci jednání podle role: {string.Join(", ", facts.Participants.Select(p => $"{p.Role} {p.People}"))}.\n\n");
        if (facts.Hearings.Count > 0)
        {
            md.Append("Veřejná projednání:\n\n");
            foreach (var h in facts.Hearings)
                md.Append($"- {PragueTime.Format(h.StartUtc)}{(h.Place is null ? "" : $", {h.Place}")}{(h.Held ? "" : " (připravuje se)")}\n");
        }
        return md.ToString().TrimEnd() + "\n";
    }

    /// <summary>Appends the facts to the plan's chapter that describes the process (by its purpose in the plan's format),
    /// checked like any chapter save.</summary>
    public async Task<OperationResult> InsertFactsAsync(string krajCode, int planId, int version, CancellationToken ct)
    {
        var facts = await FactsAsync(krajCode, planId, ct);
        if (facts is null) return OperationResult.Invalid("", PlanWords.NoProcessFacts);
        if (PlanFormats.ChapterFor(await formats.OfAsync(krajCode, planId, ct), ChapterPurpose.ProcessDescription)?.Key is not { } chapterKey)
            return OperationResult.Invalid("", PlanWords.NoProcessChapter);
        var text = await db.Chapters.AsNoTracking().Where(c => c.PlanId == planId && c.Key == chapterKey).Select(c => c.Text).SingleOrDefaultAsync(ct) ?? "";
        return await chapters.SaveChapterAsync(krajCode, planId, chapterKey, (text.Length == 0 ? "" : text + "\n\n") + facts, version, ct);
    }
}
