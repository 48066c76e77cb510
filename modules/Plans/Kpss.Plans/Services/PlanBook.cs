using Kpss.Modules.Abstractions;
using Kpss.Modules.Abstractions.Time;
using Kpss.Plans.Data;
using Kpss.Plans.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Plans.Services;

/// <summary>A plan as entered (years as numbers; the text fields trimmed when stored).</summary>
internal sealed record PlanInput(PlanKind Kind, string? Title, int? FromYear, int? ToYear, string? Area, string? ApprovingBody, int? ParentPlanId, int? ProcessId);

/// <summary>Plans of a kraj and their chapters: creating a plan, writing a chapter, the vision.</summary>
internal sealed class PlanBook(PlansDbContext db, PlanFormats formats, KpssClock clock)
{
    public const int MaxChapterLength = 200_000;

    public async Task<OperationResult> CreateAsync(string krajCode, PlanInput input, CancellationToken ct)
    {
        var result = new OperationResult();
        Check.Required(result, "Title", input.Title, "název plánu", 300);
        Check.Required(result, "Area", input.Area, "území plánu", 300);
        Check.Required(result, "ApprovingBody", input.ApprovingBody, "orgán, který plán schvaluje", 300);
        if (input.FromYear is null) result.Add("FromYear", "Zadejte první rok období plánu.");
        else if (input.FromYear is < 2000 or > 2100) result.Add("FromYear", "Rok musí být mezi 2000 a 2100.");
        if (input.ToYear is null) result.Add("ToYear", "Zadejte poslední rok období plánu.");
        else if (input.ToYear is < 2000 or > 2100) result.Add("ToYear", "Rok musí být mezi 2000 a 2100.");
        if (input.FromYear is { } from && input.ToYear is { } to && to < from)
            result.Add("ToYear", "Období plánu nemůže končit dřív, než začíná.");
        if (!Enum.IsDefined(input.Kind)) result.Add("Kind", "Neznámý druh plánu: střednědobý, komunitní nebo akční.");

        Plan? parent = null;
        if (input.Kind == PlanKind.Akcni)
        {
            if (input.ParentPlanId is null)
                result.Add("ParentPlanId", "Akční plán patří k plánu, který provádí: vyberte ho.");
            else if ((parent = await db.Plans.SingleOrDefaultAsync(p => p.Id == input.ParentPlanId && p.KrajCode == krajCode, ct)) is null)
                result.Add("ParentPlanId", "Plán, ke kterému akční plán patří, v tomto kraji neexistuje.");
            else if (parent.Kind == PlanKind.Akcni)
                result.Add("ParentPlanId", "Akční plán patří ke střednědobému nebo komunitnímu plánu, ne k jinému akčnímu plánu.");
            if (input.FromYear is { } f && input.ToYear is { } t && f != t)
                result.Add("ToYear", "Akční plán je na jeden rok: první a poslední rok musí být stejný.");
            if (parent is not null && input.FromYear is { } year && (year < parent.FromYear || year > parent.ToYear))
                result.Add("FromYear", $"Rok akčního plánu musí ležet v období plánu, který provádí ({parent.FromYear}–{parent.ToYear}).");
        }
        else if (input.ParentPlanId is not null)
            result.Add("ParentPlanId", "Nadřazený plán má jen akční plán.");
        if (!result.Ok) return result;

        var now = clock.GetUtcNow().UtcDateTime;
        var format = await formats.ForAsync(krajCode, ct);
        var plan = new Plan
        {
            KrajCode = krajCode, Kind = input.Kind, Title = input.Title!.Trim(), FromYear = input.FromYear!.Value, ToYear = input.ToYear!.Value,
            Area = input.Area!.Trim(), ApprovingBody = input.ApprovingBody!.Trim(), ParentPlanId = parent?.Id, ProcessId = input.ProcessId,
            State = PlanState.Navrh, Version = 1, CreatedAtUtc = now, UpdatedAtUtc = now,
            // Every chapter of the kraj's format, empty, so the writer sees what the plan must contain.
            Chapters = format.Chapters.Select(c => new PlanChapter { Key = c.Key, Text = "" }).ToList(),
        };
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(plan.Id);
    }

    /// <summary>Writes a chapter's Markdown; the chapter must be one of the kraj's format.</summary>
    public async Task<OperationResult> SaveChapterAsync(string krajCode, int planId, string key, string? text, int version, CancellationToken ct)
    {
        var plan = await db.Plans.Include(p => p.Chapters).SingleOrDefaultAsync(p => p.Id == planId && p.KrajCode == krajCode, ct);
        if (plan is null) return OperationResult.Missing("Plán neexistuje.");
        var format = await formats.ForAsync(krajCode, ct);
        var chapter = format.Chapters.FirstOrDefault(c => c.Key == key);
        if (chapter is null) return OperationResult.Missing($"Kapitolu „{key}“ formát plánů tohoto kraje nezná.");
        var result = Editable(plan);
        if ((text?.Length ?? 0) > MaxChapterLength)
            result.Add("Text", $"Kapitola „{chapter.Title}“ může mít nejvýše {MaxChapterLength:N0} znaků.".Replace(',', ' '));
        if (!result.Ok) return result;
        if (plan.Version != version) return OperationResult.Stale();

        var stored = plan.Chapters.FirstOrDefault(c => c.Key == key);
        if (stored is null) plan.Chapters.Add(stored = new PlanChapter { Key = key });
        stored.Text = (text ?? "").Trim();
        return await TouchAndSaveAsync(plan, ct);
    }

    /// <summary>Only a draft is written in; a plan in comments or later changes by a new version (aktualizace).</summary>
    internal static OperationResult Editable(Plan plan) => plan.State == PlanState.Navrh
        ? new OperationResult()
        : OperationResult.Invalid("", "Plán už není návrh: měnit ho lze jen novou verzí (aktualizací).");

    internal async Task<OperationResult> TouchAndSaveAsync(Plan plan, CancellationToken ct)
    {
        plan.Version++;
        plan.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult.Stale();
        }
        return OperationResult.Success(plan.Id);
    }
}
