using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;
using Kpss.Plugins.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kpss.Plans.Jobs;

/// <summary>
/// Reminds a kraj's plan writers of the plan deadlines of the kraj's planning calendar (its enabled plugin's, with the
/// dates its regional admin announced): a comment period or an approval (e.g. the action plan to comment in April,
/// approved in June) is announced <see cref="LeadDays"/> days before it starts — or at once if it is already running —
/// to the kraj's coordinators of the whole kraj and its regional admins, once per occurrence, with the kraj's plans in
/// preparation. Coordinators narrowed to a planning process are left out: the kraj's deadlines bind the kraj's plans,
/// not an obec's. Each kraj in a scope and transaction of its own: the record that it was sent and the messages together.
/// </summary>
internal sealed class PlanDeadlines(IServiceScopeFactory scopes, IKrajDirectory kraje, KpssClock clock, ILogger<PlanDeadlines> logger)
{
    public const int LeadDays = 14;

    private static readonly KrajDeadlineKind[] PlanKinds = [KrajDeadlineKind.CommentPeriod, KrajDeadlineKind.Approval];

    /// <summary>Sends what is due in every kraj; returns how many messages were queued.</summary>
    public async Task<int> RemindAsync(CancellationToken ct)
    {
        var today = PragueTime.Today(clock);
        var queued = 0;
        foreach (var kraj in kraje.Kraje)
        {
            using var scope = scopes.CreateScope();
            scope.ServiceProvider.GetRequiredService<ITenantScopes>().ActIn(kraj.Code);
            queued += await scope.ServiceProvider.GetRequiredService<KrajPlanDeadlines>().RemindAsync(kraj, today, ct);
        }
        if (queued > 0) logger.LogInformation("Plan deadlines: {Count} reminders queued", queued);
        return queued;
    }

    /// <summary>The occurrences that are due to be reminded on <paramref name="today"/>.</summary>
    public static IEnumerable<KrajDeadline> Due(IEnumerable<KrajDeadline> upcoming, DateOnly today) =>
        upcoming.Where(d => PlanKinds.Contains(d.Kind) && d.Start.AddDays(-LeadDays) <= today && today <= d.End);
}

/// <summary>One occurrence to remind: a deadline of the kraj's calendar, or an action plan's own approval deadline.</summary>
internal sealed record DueOccurrence(string Key, int Year, DateOnly Start, string Title, string Kind, string When, bool Running, string? Note);

/// <summary>
/// One kraj's reminders, in its tenant scope: the deadlines of its calendar, and each of its action plans still a draft
/// whose approval deadline nears (<see cref="ApprovalDue"/>: the kraj's approval month and usual comment length, from the
/// plan's own format) — <see cref="PlanDeadlines.LeadDays"/> days before the last day it can go to comment, once per plan.
/// </summary>
internal sealed class KrajPlanDeadlines(PlansDbContext db, IKrajCalendar calendar, IRoleHolders people, INotificationOutbox outbox, DbSession session,
    IPublicUrls urls, KpssClock clock, PlanFormats formats)
{
    public async Task<int> RemindAsync(KrajInfo kraj, DateOnly today, CancellationToken ct)
    {
        var open = await db.Plans.AsNoTracking()
            .Where(p => p.KrajCode == kraj.Code && p.ProcessId == null
                && (p.State == PlanState.Navrh || p.State == PlanState.Pripominkovani || p.State == PlanState.VerejneProjednani))
            .OrderBy(p => p.FromYear).ThenBy(p => p.Title)
            .Select(p => new { p.Id, p.Kind, p.Title, p.FromYear, p.ToYear, p.State, p.CommentsFrom, p.CommentsTo, p.Format })
            .ToListAsync(ct);
        PlanFormat? current = null;
        var approval = new Dictionary<int, ApprovalDeadline>();
        foreach (var p in open.Where(p => p.Kind == PlanKind.Akcni))
        {
            var format = p.Format is { } json ? PlanFormats.Deserialize(json) : current ??= await formats.CurrentAsync(kraj.Code, ct);
            if (ApprovalDue.Of(p.Kind, p.FromYear, format.ActionPlanApprovalMonth, format.CommentPeriodDays) is { } deadline) approval[p.Id] = deadline;
        }

        var due = PlanDeadlines.Due(await calendar.UpcomingAsync(kraj.Code, today, ct), today)
            .Select(d => new DueOccurrence(d.Key, d.Year, d.Start, d.Title, Kind(d.Kind), d.Label, d.Start <= today, d.Note))
            .Concat(open.Where(p => p.State == PlanState.Navrh && approval.ContainsKey(p.Id)
                    && approval[p.Id].CommentsBy.AddDays(-PlanDeadlines.LeadDays) <= today && today <= approval[p.Id].By)
                .Select(p => new DueOccurrence($"action-plan-approval:{p.Id}", p.FromYear, approval[p.Id].CommentsBy, PlanWords.ActionPlanApprovalDeadline(p.Title),
                    Kind(KrajDeadlineKind.Approval), PlanWords.ApprovalBy(approval[p.Id].By), approval[p.Id].CommentsBy <= today,
                    PlanWords.ApprovalDueText(approval[p.Id], today, draft: true))))
            .ToList();
        if (due.Count == 0) return 0;
        var keys = due.Select(d => d.Key).ToList();
        var years = due.Select(d => d.Year).Distinct().ToList();
        var sent = (await db.DeadlineReminders.AsNoTracking()
                .Where(r => r.KrajCode == kraj.Code && keys.Contains(r.DeadlineKey) && years.Contains(r.Year))
                .Select(r => new { r.DeadlineKey, r.Year }).ToListAsync(ct))
            .Select(r => (r.DeadlineKey, r.Year)).ToHashSet();
        due.RemoveAll(d => sent.Contains((d.Key, d.Year)));
        if (due.Count == 0) return 0;

        var recipients = (await people.InKrajAsync(kraj.Code, [KpssRoles.Coordinator, KpssRoles.RegionalAdmin], ct))
            .Where(p => p.ScopeId is null)
            .DistinctBy(p => p.Email, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var plans = open
            .Select(p => $"{p.Title} ({(p.FromYear == p.ToYear ? $"{p.FromYear}" : $"{p.FromYear}–{p.ToYear}")}): {PlanWords.State(p.State)}" +
                (p is { State: PlanState.Pripominkovani, CommentsFrom: { } from, CommentsTo: { } to } ? $" od {PlanWords.Date(from)} do {PlanWords.Date(to)}" : "") +
                (approval.TryGetValue(p.Id, out var by) ? $", {PlanWords.ApprovalBy(by.By)}" : ""))
            .ToList();

        var queued = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var deadline in due)
        {
            var content = new PlanDeadlineReminder(deadline.Title, deadline.Kind, deadline.When, deadline.Running, deadline.Note, plans,
                urls.Absolute($"/{kraj.Slug}/plany/priprava"), urls.Absolute($"/{kraj.Slug}#kalendar"));
            await using var tx = await session.BeginTransactionAsync(ct);
            db.DeadlineReminders.Add(new DeadlineReminder
            {
                KrajCode = kraj.Code, DeadlineKey = deadline.Key, Year = deadline.Year, Start = deadline.Start, Recipients = recipients.Count, SentAtUtc = now,
            });
            await outbox.EnqueueAsync(recipients
                .Select(p => new NotificationRequest(kraj.Code, new Recipient(p.Email, p.Name is { Length: > 0 } name ? name : null), content,
                    Key: $"plans:deadline:{deadline.Key}:{deadline.Year}:{p.Email}"))
                .ToList(), ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            queued += recipients.Count;
        }
        return queued;
    }

    private static string Kind(KrajDeadlineKind kind) => kind == KrajDeadlineKind.Approval ? "schválení" : "připomínkování";
}

/// <summary>The scheduler's hourly run of <see cref="PlanDeadlines"/>.</summary>
internal sealed class PlanDeadlinesJob(PlanDeadlines deadlines) : IKpssJob
{
    public const string Name = "plans.deadline-reminders";

    public async Task RunAsync(string? argument, CancellationToken ct) => await deadlines.RemindAsync(ct);
}
