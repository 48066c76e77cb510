using System.Text;
using Kpss.Meetings.Contracts;
using Kpss.Modules.Abstractions;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Time;
using Kpss.Plans.Data;
using Kpss.Plans.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Plans.Services;

/// <summary>A public hearing as the coordinator sets it: the day, the times, the place.</summary>
internal sealed record HearingInput(DateOnly? Date, TimeOnly? Start, TimeOnly? End, string? Place);

/// <summary>
/// What a plan takes from its planning process in the Meetings module (through <see cref="IPlanningProcesses"/>): the
/// facts the descriptive part states (meetings held by kind and group, participants by triad role, public hearings),
/// and its public hearing, created there as a meeting of that kind while the plan waits in "veřejné projednání".
/// </summary>
internal sealed class PlanningLinks(PlansDbContext db, DbSession session, IPlanningProcesses processes, PlanBook book, KpssClock clock)
{
    public static readonly string[] HearingAgenda = ["Představení návrhu plánu", "Vypořádání připomínek", "Diskuse a další postup"];

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

    /// <summary>Appends the facts to the descriptive chapter (<paramref name="chapterKey"/>), checked like any chapter save.</summary>
    public async Task<OperationResult> InsertFactsAsync(string krajCode, int planId, string chapterKey, int version, CancellationToken ct)
    {
        var facts = await FactsAsync(krajCode, planId, ct);
        if (facts is null) return OperationResult.Invalid("", "Plán není navázán na plánovací proces: platforma o něm nemá údaje.");
        var text = await db.Chapters.AsNoTracking().Where(c => c.PlanId == planId && c.Key == chapterKey).Select(c => c.Text).SingleOrDefaultAsync(ct) ?? "";
        return await book.SaveChapterAsync(krajCode, planId, chapterKey, (text.Length == 0 ? "" : text + "\n\n") + facts, version, ct);
    }

    /// <summary>
    /// Creates the plan's public hearing as a draft meeting of its process (the coordinator schedules it and the
    /// invitations go out from Meetings) and moves the plan to "veřejné projednání"; both in one transaction.
    /// </summary>
    public async Task<OperationResult> CreateHearingAsync(string krajCode, int planId, HearingInput input, string organizerEmail, string? organizerName,
        int version, CancellationToken ct)
    {
        var plan = await db.PlanAsync(krajCode, planId, ct);
        if (plan is null) return OperationResult.Missing(PlanWords.NoPlan);
        if (plan.ProcessId is null)
            return OperationResult.Invalid("", "Plán není navázán na plánovací proces: veřejné projednání vypište v modulu Jednání.");
        if (plan.State != PlanState.Navrh)
            return OperationResult.Invalid("", "Veřejné projednání lze vypsat jen u návrhu plánu (po připomínkování).");
        if (plan.Version != version) return OperationResult.Stale();

        await using var tx = await session.BeginTransactionAsync(ct);
        var created = await processes.CreateHearingAsync(krajCode, plan.ProcessId.Value,
            new HearingRequest($"Veřejné projednání: {plan.Title}", input.Date, input.Start, input.End, input.Place, HearingAgenda, organizerEmail, organizerName), ct);
        if (!created.Ok) return created;
        plan.State = PlanState.VerejneProjednani;
        plan.HearingMeetingId = created.Id;
        var saved = await book.TouchAndSaveAsync(plan, ct);
        if (!saved.Ok) return saved;
        await tx.CommitAsync(ct);
        return OperationResult.Success(created.Id);
    }

    /// <summary>After the hearing the plan is a draft again, to work in what was said (or it is approved as it is).</summary>
    public async Task<OperationResult> EndHearingAsync(string krajCode, int planId, int version, CancellationToken ct)
    {
        var plan = await db.PlanAsync(krajCode, planId, ct);
        if (plan is null) return OperationResult.Missing(PlanWords.NoPlan);
        if (plan.State != PlanState.VerejneProjednani) return OperationResult.Invalid("", "Plán není ve veřejném projednání.");
        if (plan.Version != version) return OperationResult.Stale();
        plan.State = PlanState.Navrh;
        return await book.TouchAndSaveAsync(plan, ct);
    }

    public Task<IReadOnlyList<PlanningProcessInfo>> ProcessesAsync(string krajCode, CancellationToken ct) => processes.ListAsync(krajCode, ct);

    public string MeetingPath(string krajSlug, int meetingId) => processes.MeetingPath(krajSlug, meetingId);
}
