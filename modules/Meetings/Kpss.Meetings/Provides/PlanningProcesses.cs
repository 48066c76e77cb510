using Kpss.Meetings.Contracts;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;

namespace Kpss.Meetings.Provides;

/// <summary>The Meetings side of <see cref="IPlanningProcesses"/>: three small queries for the facts, the use case for a hearing.</summary>
internal sealed class PlanningProcesses(MeetingsDbContext db, UseCases.CreateMeeting.CreateMeeting createMeeting, KpssClock clock) : IPlanningProcesses
{
    public async Task<IReadOnlyList<PlanningProcessInfo>> ListAsync(string krajCode, CancellationToken ct) =>
        await db.Processes.AsNoTracking().Where(p => p.KrajCode == krajCode).OrderBy(p => p.Name)
            .Select(p => new PlanningProcessInfo(p.Id, p.Name, p.AreaName)).ToListAsync(ct);

    public async Task<PlanningFacts?> FactsAsync(string krajCode, int processId, CancellationToken ct)
    {
        var process = await db.Processes.AsNoTracking().Where(p => p.Id == processId && p.KrajCode == krajCode).Select(p => p.Name).SingleOrDefaultAsync(ct);
        if (process is null) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        var meetings = await (from m in db.Meetings.AsNoTracking()
                              join g in db.Groups on m.GroupId equals g.Id
                              where g.ProcessId == processId && m.Status != MeetingStatus.Draft && m.Status != MeetingStatus.Cancelled
                              select new { m.Kind, Group = g.Name, m.StartUtc, m.EndUtc, m.Place, m.Title, m.Status }).ToListAsync(ct);
        var present = await (from i in db.Invitations.AsNoTracking()
                             join m in db.Meetings on i.MeetingId equals m.Id
                             join g in db.Groups on m.GroupId equals g.Id
                             where g.ProcessId == processId && i.Attendance == AttendanceMark.Present
                             select new { i.PersonId, i.Email, i.Role }).Distinct().ToListAsync(ct);
        bool Held(MeetingStatus status, DateTime end) => status is MeetingStatus.Held or MeetingStatus.MinutesPublished || end < now;
        return new PlanningFacts(process,
            meetings.Where(m => Held(m.Status, m.EndUtc)).GroupBy(m => (m.Kind, m.Group)).OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Group)
                .Select(g => new HeldMeetings(Labels.Of(g.Key.Kind), g.Key.Group, g.Count())).ToList(),
            present.GroupBy(p => p.Role ?? TriadRole.Verejnost).OrderBy(g => g.Key)
                .Select(g => new ParticipantsByRole(Labels.Of(g.Key), g.Select(p => p.PersonId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? p.Email).Distinct().Count()))
                .ToList(),
            meetings.Where(m => m.Kind == MeetingKind.PublicHearing).OrderBy(m => m.StartUtc)
                .Select(m => new HearingFact(m.StartUtc, m.Place, m.Title, Held(m.Status, m.EndUtc))).ToList());
    }

    public async Task<OperationResult> CreateHearingAsync(string krajCode, int processId, HearingRequest request, CancellationToken ct)
    {
        var group = await db.Groups.AsNoTracking().Where(g => g.ProcessId == processId && g.KrajCode == krajCode)
            .OrderBy(g => g.Kind != GroupKind.SteeringGroup).ThenBy(g => g.Id).Select(g => (int?)g.Id).FirstOrDefaultAsync(ct);
        if (group is null) return OperationResult.Missing(MeetingWords.NoProcessGroup);
        return await createMeeting.CreateAsync(krajCode, group.Value, MeetingInput.Of(MeetingKind.PublicHearing, request.Title, request.Date, request.Start,
            request.End, request.Place, barrierFree: true, request.Agenda.Select(a => new AgendaInput(a, null, null))),
            new Recipient(request.OrganizerEmail, request.OrganizerName), ct);
    }

    public async Task<IReadOnlyList<ProcessMember>> MembersAsync(string krajCode, int processId, DateOnly day, CancellationToken ct)
    {
        var rows = await (from m in db.Memberships.AsNoTracking()
                          join g in db.Groups on m.GroupId equals g.Id
                          join p in db.People on m.PersonId equals p.Id
                          where g.ProcessId == processId && g.KrajCode == krajCode && p.Email != null && m.From <= day && (m.To == null || m.To >= day)
                          select new { p.Email, p.Name }).ToListAsync(ct);
        return rows.GroupBy(r => r.Email!.ToLowerInvariant()).Select(g => new ProcessMember(g.First().Email!, g.First().Name)).OrderBy(m => m.Email).ToList();
    }

    public string MeetingPath(string krajSlug, int meetingId) => $"/{krajSlug}/jednani/{meetingId}";
}
