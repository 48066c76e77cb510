using Kpss.Meetings.Data;
using Kpss.Meetings.Domain;
using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;
using Kpss.Plugins.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kpss.Meetings.Services;

/// <summary>
/// Meetings from draft to cancellation, and everything the invitees are told: invitations with a calendar part,
/// updates with a higher SEQUENCE, cancellations, reminders (moved with the meeting, never to decliners, never for a
/// cancelled meeting) and the recorder's reminders about missing minutes. Each step commits the meeting and its
/// messages in one transaction. One file per use case in UseCases/ (CreateMeeting, ScheduleMeeting,
/// ChangeMeeting, CancelMeeting, InviteGuests, AnswerInvitation): its logic and its API endpoint, and the page whose
/// handler calls it. This file holds what they share.
/// </summary>
internal sealed partial class MeetingPlanner(
    MeetingsDbContext db,
    DbSession session,
    INotificationOutbox outbox,
    RsvpTokens rsvp,
    IPublicUrls urls,
    IKrajPlugins plugins,
    IKrajDirectory kraje,
    IOptions<MeetingsOptions> options,
    KpssClock clock,
    ILogger<MeetingPlanner> logger)
{
    public static readonly TimeOnly DefaultReminderTime = new(9, 0);
    public const int DefaultReminderDaysBefore = 2;

    public async Task<Meeting?> LoadAsync(string krajCode, int meetingId, CancellationToken ct) =>
        await db.Meetings.Include(m => m.Agenda).SingleOrDefaultAsync(m => m.Id == meetingId && m.KrajCode == krajCode, ct);

    /// <summary>When the meeting's reminder goes: N days before the meeting day at the set Prague time (DST-proof).</summary>
    public static DateTime? ReminderDueUtc(Meeting m)
    {
        var day = DateOnly.FromDateTime(PragueTime.FromUtc(m.StartUtc)).AddDays(-m.ReminderDaysBefore);
        return PragueTime.ToUtc(day, m.ReminderTime) ?? PragueTime.ToUtc(day, m.ReminderTime.AddHours(1));
    }

    public static string ReminderPrefix(Meeting m) => $"meeting:{m.Id}:reminder:";

    /// <summary>Keys end with ':' so that one key is never the prefix of another (7 of 70).</summary>
    public static string ReminderKey(Meeting m, Invitation i) => ReminderPrefix(m) + i.Id + ":";

    public MeetingDetails Details(Meeting m, Group g) => new(
        m.Uid, m.Sequence, m.Title, g.Name, Labels.Of(m.Kind), m.StartUtc, m.EndUtc, m.Place, m.BarrierFree, m.OnlineUrl,
        m.Agenda.OrderBy(a => a.Order).Select(a => new AgendaLine(a.Title, a.Presenter, a.Minutes)).ToList(),
        new Recipient(m.OrganizerEmail, m.OrganizerName),
        m.IsPublic ? urls.Absolute($"/{KrajSlug(m)}/verejne#jednani-{m.Id}") : null);

    /// <summary>Invitations, updates or cancellations; <paramref name="feeds"/> maps person ids to their calendar tokens.</summary>
    private IEnumerable<NotificationRequest> InvitationMessages(Meeting m, Group g, IEnumerable<Invitation> invitations, InvitationChange change,
        IReadOnlyDictionary<int, string> feeds)
    {
        var details = Details(m, g);
        foreach (var i in invitations.Where(i => i.Email is not null))
        {
            var links = change == InvitationChange.Cancel ? null : rsvp.Links(i, m);
            var feed = feeds.TryGetValue(i.PersonId ?? 0, out var token) ? urls.Absolute($"/kalendar/{token}.ics") : null;
            yield return new NotificationRequest(m.KrajCode, new Recipient(i.Email!, i.Name), new MeetingInvitation(details, change, links, feed));
        }
    }

    /// <summary>The calendar-feed tokens of the invited members, in one query.</summary>
    private async Task<IReadOnlyDictionary<int, string>> FeedTokensAsync(IEnumerable<Invitation> invitations, CancellationToken ct)
    {
        var ids = invitations.Where(i => i.PersonId is not null).Select(i => i.PersonId!.Value).Distinct().ToList();
        return await db.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.CalendarToken, ct);
    }

    /// <summary>A reminder for each invitee with an address who has not declined (replacing any earlier one).</summary>
    private IEnumerable<NotificationRequest> ReminderMessages(Meeting m, Group g, IEnumerable<Invitation> invitations)
    {
        if (!m.ReminderEnabled || m.Status != MeetingStatus.Scheduled) yield break;
        var due = ReminderDueUtc(m);
        if (due is null || due <= clock.GetUtcNow().UtcDateTime || due >= m.StartUtc) yield break;
        var details = Details(m, g);
        foreach (var i in invitations.Where(i => i.Email is not null && i.Answer != RsvpAnswer.Declined))
            yield return new NotificationRequest(m.KrajCode, new Recipient(i.Email!, i.Name),
                new MeetingReminder(details, rsvp.Links(i, m)), due, ReminderKey(m, i));
    }

    /// <summary>Reminders to the group's recorders (or the organizer) N days after the meeting, withdrawn once minutes exist.</summary>
    private async Task<IEnumerable<NotificationRequest>> MinutesReminderMessagesAsync(Meeting m, Group g, CancellationToken ct)
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
                PragueTime.ToUtc(endDay.AddDays(n), DefaultReminderTime), $"meeting:{m.Id}:minutes:{n}:{r.Email.ToLowerInvariant()}:")));
    }

    private string KrajSlug(Meeting m) => kraje.SlugOf(m.KrajCode);

    private static List<string> CleanEmails(IEnumerable<string> emails, OperationResult result)
    {
        var clean = new List<string>();
        foreach (var raw in emails.Select(e => e.Trim()).Where(e => e.Length > 0))
        {
            if (Check.IsEmail(raw)) clean.Add(raw);
            else result.Add("Emails", $"Adresa „{raw}“ není platná e-mailová adresa.");
        }
        return clean;
    }

    private static void Apply(Meeting m, MeetingInput input, (DateTime Start, DateTime End) times)
    {
        m.Kind = input.Kind;
        m.Title = input.Title!.Trim();
        m.StartUtc = times.Start;
        m.EndUtc = times.End;
        m.Place = Check.Clean(input.Place);
        m.BarrierFree = input.BarrierFree;
        m.OnlineUrl = Check.Clean(input.OnlineUrl);
        m.ReminderEnabled = input.ReminderEnabled;
        if (input.ReminderDaysBefore is { } days) m.ReminderDaysBefore = days;
        if (input.ReminderTime is { } time) m.ReminderTime = time;
        var order = 1;
        foreach (var a in input.Agenda.Where(a => !string.IsNullOrWhiteSpace(a.Title)))
            m.Agenda.Add(new AgendaItem { Order = order++, Title = a.Title!.Trim(), Presenter = Check.Clean(a.Presenter), Minutes = a.Minutes });
    }

    /// <summary>Checks a meeting as entered; returns its UTC start and end when valid.</summary>
    internal static (DateTime Start, DateTime End)? Validate(MeetingInput input, OperationResult result)
    {
        Check.Required(result, "Title", input.Title, "název jednání", 300);
        if (input.Date is null) result.Add("Date", "Zadejte datum jednání.");
        if (input.StartTime is null) result.Add("StartTime", "Zadejte čas začátku.");
        if (input.EndTime is null) result.Add("EndTime", "Zadejte čas konce.");
        if (input.StartTime is { } s && input.EndTime is { } e && e <= s)
            result.Add("EndTime", "Konec jednání musí být po jeho začátku.");
        if (string.IsNullOrWhiteSpace(input.Place) && string.IsNullOrWhiteSpace(input.OnlineUrl))
            result.Add("Place", "Zadejte místo konání nebo odkaz na online jednání.");
        Check.Optional(result, "Place", input.Place, "místo konání", 500);
        if (!string.IsNullOrWhiteSpace(input.OnlineUrl) && !Check.IsWebUrl(input.OnlineUrl.Trim()))
            result.Add("OnlineUrl", "Odkaz na online jednání musí být webová adresa (https://…).");
        if (input.ReminderDaysBefore is < 0 or > 14)
            result.Add("ReminderDaysBefore", "Připomínka může jít 0 až 14 dní předem.");
        var n = 0;
        foreach (var item in input.Agenda)
        {
            n++;
            if (string.IsNullOrWhiteSpace(item.Title))
            {
                if (!string.IsNullOrWhiteSpace(item.Presenter) || item.Minutes is not null)
                    result.Add($"Agenda[{n - 1}].Title", $"Bod programu {n}: vyplňte název.");
                continue;
            }
            Check.Optional(result, $"Agenda[{n - 1}].Title", item.Title, $"bod programu {n}", 300);
            if (item.Minutes is < 1 or > 600)
                result.Add($"Agenda[{n - 1}].Minutes", $"Bod programu {n}: délka musí být 1 až 600 minut.");
        }
        if (input.Date is not { } date || input.StartTime is not { } start || input.EndTime is not { } end || end <= start)
            return null;
        var startUtc = PragueTime.ToUtc(date, start);
        var endUtc = PragueTime.ToUtc(date, end);
        if (startUtc is null || endUtc is null)
        {
            result.Add("StartTime", "Tento čas v Praze neexistuje (přechod na letní čas). Zvolte jiný.");
            return null;
        }
        return result.Ok ? (startUtc.Value, endUtc.Value) : null;
    }
}
