using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;
using Microsoft.Extensions.Options;

namespace Kpss.Meetings.Shared;

/// <summary>
/// What the invitees of a meeting are told, for every use case that changes a meeting (schedule, change, cancel, invite,
/// an answer): invitations with a calendar part, updates with a higher SEQUENCE, cancellations, reminders (moved with the
/// meeting, never to decliners, never for a cancelled meeting) and the recorder's reminders about missing minutes. The use
/// case queues them in the same transaction as its change.
/// </summary>
internal sealed class MeetingNotices(
    MeetingsDbContext db, RsvpTokens rsvp, IPublicUrls urls, IKrajDirectory kraje, IOptions<MeetingsOptions> options, KpssClock clock)
{
    public MeetingDetails Details(Meeting m, Group g) => new(
        m.Uid, m.Sequence, m.Title, g.Name, Labels.Of(m.Kind), m.StartUtc, m.EndUtc, m.Place, m.BarrierFree, m.OnlineUrl,
        m.Agenda.OrderBy(a => a.Order).Select(a => new AgendaLine(a.Title, a.Presenter, a.Minutes)).ToList(),
        new Recipient(m.OrganizerEmail, m.OrganizerName),
        m.IsPublic ? urls.Absolute($"/{KrajSlug(m)}/verejne#jednani-{m.Id}") : null);

    /// <summary>Invitations, updates or cancellations; members get the link to their own calendar feed unless it is a cancellation.</summary>
    public async Task<IReadOnlyList<NotificationRequest>> InvitationsAsync(Meeting m, Group g, IReadOnlyCollection<Invitation> invitations,
        InvitationChange change, CancellationToken ct, bool withFeeds = true)
    {
        var feeds = withFeeds ? await FeedTokensAsync(invitations, ct) : new Dictionary<int, string>();
        var details = Details(m, g);
        return invitations.Where(i => i.Email is not null).Select(i =>
        {
            var links = change == InvitationChange.Cancel ? null : rsvp.Links(i, m);
            var feed = feeds.TryGetValue(i.PersonId ?? 0, out var token) ? urls.Absolute($"/kalendar/{token}.ics") : null;
            return new NotificationRequest(m.KrajCode, new Recipient(i.Email!, i.Name), new MeetingInvitation(details, change, links, feed));
        }).ToList();
    }

    /// <summary>A reminder for each invitee with an address who has not declined (replacing any earlier one).</summary>
    public IEnumerable<NotificationRequest> Reminders(Meeting m, Group g, IEnumerable<Invitation> invitations)
    {
        if (!m.ReminderEnabled || m.Status != MeetingStatus.Scheduled) yield break;
        var due = MeetingReminders.DueUtc(m);
        if (due is null || due <= clock.GetUtcNow().UtcDateTime || due >= m.StartUtc) yield break;
        var details = Details(m, g);
        foreach (var i in invitations.Where(i => i.Email is not null && i.Answer != RsvpAnswer.Declined))
            yield return new NotificationRequest(m.KrajCode, new Recipient(i.Email!, i.Name),
                new MeetingReminder(details, rsvp.Links(i, m)), due, MeetingReminders.Key(m, i));
    }

    /// <summary>Reminders to the group's recorders (or the organizer) N days after the meeting, withdrawn once minutes exist.</summary>
    public async Task<IEnumerable<NotificationRequest>> MinutesRemindersAsync(Meeting m, Group g, CancellationToken ct)
    {
        var day = DateOnly.FromDateTime(PragueTime.FromUtc(m.StartUtc));
        var recorders = await (from ms in db.Memberships
                               join p in db.People on ms.PersonId equals p.Id
                               where ms.GroupId == g.Id && ms.Function == MemberFunction.Recorder && p.Email != null
                                     && ms.From <= day && (ms.To == null || ms.To >= day)
                               select new Recipient(p.Email!, p.Name)).ToListAsync(ct);
        if (recorders.Count == 0)
            recorders.Add(new Recipient(m.OrganizerEmail, m.OrganizerName));
        var details = Details(m, g);
        var endDay = DateOnly.FromDateTime(PragueTime.FromUtc(m.EndUtc));
        var url = urls.Absolute($"/{KrajSlug(m)}/jednani/{m.Id}/zapis");
        return options.Value.MinutesReminderDays.Distinct().SelectMany(n => recorders.Select(r =>
            new NotificationRequest(m.KrajCode, r, new MinutesReminder(details, n, url),
                PragueTime.ToUtc(endDay.AddDays(n), MeetingReminders.DefaultTime), $"meeting:{m.Id}:minutes:{n}:{r.Email.ToLowerInvariant()}:")));
    }

    /// <summary>The calendar-feed tokens of the invited members, in one query.</summary>
    private async Task<IReadOnlyDictionary<int, string>> FeedTokensAsync(IEnumerable<Invitation> invitations, CancellationToken ct)
    {
        var ids = invitations.Where(i => i.PersonId is not null).Select(i => i.PersonId!.Value).Distinct().ToList();
        return await db.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.CalendarToken, ct);
    }

    private string KrajSlug(Meeting m) => kraje.SlugOf(m.KrajCode);
}
