using Kpss.Modules.Abstractions.Pages;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Time;

namespace Kpss.Meetings.Desk;

/// <summary>
/// The Meetings module's part of a coordinator's desk: drafts not yet scheduled, the meetings of the coming week with
/// their answers so far, meetings that ended without published minutes, (within 90 days) and open tasks from minutes due within two
/// weeks. A coordinator narrowed to planning processes sees only theirs.
/// </summary>
internal sealed class MeetingsDesk(MeetingsDbContext db) : IDeskContributor
{
    public const int TaskHorizonDays = 14;

    /// <summary>A meeting without published minutes stays on the desk this long after it ended.</summary>
    public const int MinutesHorizonDays = 90;

    public async Task<IReadOnlyList<DeskSection>> SectionsAsync(DeskContext desk, CancellationToken ct)
    {
        var narrowed = KpssScopes.NarrowedTo(desk.User, KpssRoles.Coordinator, desk.KrajCode);
        if (narrowed is { Count: 0 })
            return [];
        var processes = narrowed?.Select(int.Parse).ToArray();
        var groups = db.Groups.Where(g => processes == null || processes.Contains(g.ProcessId)).Select(g => g.Id);
        var weekEnd = desk.NowUtc.AddDays(7);
        var since = desk.NowUtc.AddDays(-MinutesHorizonDays);

        // One query for every meeting the desk may show (drafts, the coming week, ended without minutes), with answers.
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => groups.Contains(m.GroupId)
                && (m.Status == MeetingStatus.Draft
                    || (m.Status == MeetingStatus.Scheduled && m.StartUtc < weekEnd && m.EndUtc >= since)
                    || (m.Status == MeetingStatus.Held && m.EndUtc >= since)))
            .OrderBy(m => m.StartUtc)
            .Select(m => new
            {
                m.Id, m.Title, m.Status, m.StartUtc, m.EndUtc,
                Accepted = db.Invitations.Count(i => i.MeetingId == m.Id && i.Answer == RsvpAnswer.Accepted),
                Declined = db.Invitations.Count(i => i.MeetingId == m.Id && i.Answer == RsvpAnswer.Declined),
                Tentative = db.Invitations.Count(i => i.MeetingId == m.Id && i.Answer == RsvpAnswer.Tentative),
                Invited = db.Invitations.Count(i => i.MeetingId == m.Id),
            })
            .Take(200)
            .ToListAsync(ct);
        var taskDue = desk.Today.AddDays(TaskHorizonDays);
        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => !t.Done && t.DueDate <= taskDue)
            .Join(db.Minutes, t => t.MinutesId, mi => mi.Id, (t, mi) => new { t, mi.MeetingId })
            .Join(db.Meetings.Where(m => groups.Contains(m.GroupId)), x => x.MeetingId, m => m.Id, (x, m) => new { x.t.Title, x.t.OwnerName, x.t.DueDate, MeetingId = m.Id, Meeting = m.Title })
            .OrderBy(x => x.DueDate).Take(50)
            .ToListAsync(ct);

        string Href(int id, string rest = "") => $"/{desk.KrajSlug}/jednani/{id}{rest}";
        static DateOnly Day(DateTime utc) => DateOnly.FromDateTime(PragueTime.FromUtc(utc));

        var drafts = meetings.Where(m => m.Status == MeetingStatus.Draft)
            .Select(m => new DeskItem(m.Title, $"Návrh na {PragueTime.Format(m.StartUtc)}; pozvánky se rozešlou až po naplánování.",
                Href(m.Id), "Naplánovat", Day(m.StartUtc), m.StartUtc < weekEnd ? DeskUrgency.Now : DeskUrgency.Soon))
            .ToList();
        var week = meetings.Where(m => m.Status == MeetingStatus.Scheduled && m.EndUtc >= desk.NowUtc)
            .Select(m => new DeskItem(m.Title,
                $"{PragueTime.Format(m.StartUtc)} · pozváno {m.Invited}: přijde {m.Accepted}, možná {m.Tentative}, nepřijde {m.Declined}, bez odpovědi {m.Invited - m.Accepted - m.Tentative - m.Declined}",
                Href(m.Id), "Otevřít", Day(m.StartUtc), DeskUrgency.Soon))
            .ToList();
        var noMinutes = meetings.Where(m => m.EndUtc < desk.NowUtc && m.Status is MeetingStatus.Scheduled or MeetingStatus.Held)
            .Select(m => new DeskItem(m.Title, $"Konalo se {PragueTime.Format(m.StartUtc)}; zápis ještě není zveřejněn.",
                Href(m.Id, "/zapis"), "Napsat zápis", Day(m.EndUtc), DeskUrgency.Now))
            .ToList();
        var due = tasks.Select(t => new DeskItem(t.Title, $"Odpovídá {t.OwnerName} · ze zápisu „{t.Meeting}“",
                Href(t.MeetingId, "/zapis"), "Otevřít zápis", t.DueDate, t.DueDate < desk.Today ? DeskUrgency.Now : DeskUrgency.Soon))
            .ToList();

        return
        [
            new DeskSection("meetings.drafts", MeetingWords.Desk.Drafts, 10, drafts,
                MeetingWords.Desk.NoDrafts, new Crumb(MeetingWords.Pages.ProcessesAndGroups, $"/{desk.KrajSlug}/procesy")),
            new DeskSection("meetings.week", MeetingWords.Desk.Week, 20, week,
                MeetingWords.Desk.NoneThisWeek, new Crumb(MeetingWords.Pages.ProcessesAndGroups, $"/{desk.KrajSlug}/procesy")),
            new DeskSection("meetings.minutes", MeetingWords.Desk.MissingMinutes, 30, noMinutes, MeetingWords.Desk.NoMissingMinutes),
            new DeskSection("meetings.tasks", MeetingWords.Desk.Tasks, 40, due, MeetingWords.Desk.NoTasks(TaskHorizonDays)),
        ];
    }
}
