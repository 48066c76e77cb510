using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Kpss.Meetings.UseCases.ScheduleMeeting;

/// <summary>
/// Use case: schedule a draft meeting — invitations to the group's members (as of the meeting day) and the extra
/// addresses, their reminders, the recorder's minutes reminders; one transaction. Page: MeetingDetail, handler Schedule.
/// </summary>
internal sealed class ScheduleMeeting(
    MeetingsDbContext db, DbSession session, INotificationOutbox outbox, MeetingNotices notices, KpssClock clock, ILogger<ScheduleMeeting> logger)
{
    public static void Map(RouteGroupBuilder kraj)
    {
        kraj.MapPost("/jednani/{meetingId:int}/naplanovat", async (HttpContext http, int meetingId, EmailsDto? dto, ScheduleMeeting handler, CancellationToken ct) =>
            (await handler.ScheduleAsync(http.KrajCode(), meetingId, dto?.Emails ?? [], ct)).ToHttpResult())
            .AnswersOutcome().WithName("ScheduleMeeting")
            .WithExample(new { emails = Array.Empty<string>() }).WithSummary("Naplánuje jednání a rozešle pozvánky");
    }

    public async Task<OperationResult> ScheduleAsync(string krajCode, int meetingId, IReadOnlyCollection<string> extraEmails, CancellationToken ct)
    {
        var meeting = await db.MeetingAsync(krajCode, meetingId, ct);
        if (meeting is null)
            return OperationResult.Missing(MeetingWords.NoMeeting);
        var result = new OperationResult();
        if (meeting.Status != MeetingStatus.Draft)
            result.Add("", MeetingWords.ScheduleOnlyDraft);
        if (meeting.StartUtc <= clock.GetUtcNow().UtcDateTime)
            result.Add("Date", MeetingWords.ScheduleInPast);
        var extras = MeetingInputs.CleanEmails(extraEmails, result);
        if (!result.Ok) return result;

        var group = await db.Groups.SingleAsync(g => g.Id == meeting.GroupId, ct);
        var day = DateOnly.FromDateTime(PragueTime.FromUtc(meeting.StartUtc));
        var members = await (from m in db.Memberships
                             join p in db.People on m.PersonId equals p.Id
                             where m.GroupId == meeting.GroupId && m.From <= day && (m.To == null || m.To >= day)
                             select new { p.Id, p.Name, p.Email, m.Role }).ToListAsync(ct);
        var invitations = members
            .GroupBy(m => m.Id).Select(g => g.First())
            .Select(m => new Invitation { KrajCode = krajCode, MeetingId = meeting.Id, PersonId = m.Id, Name = m.Name, Email = m.Email, Role = m.Role })
            .ToList();
        var known = invitations.Where(i => i.Email is not null).Select(i => i.Email!.ToLowerInvariant()).ToHashSet();
        invitations.AddRange(extras.Where(e => known.Add(e.ToLowerInvariant()))
            .Select(e => new Invitation { KrajCode = krajCode, MeetingId = meeting.Id, Name = e, Email = e }));

        await using var tx = await session.BeginTransactionAsync(ct);
        meeting.Status = MeetingStatus.Scheduled;
        meeting.Version++;
        db.Invitations.AddRange(invitations);
        await db.SaveChangesAsync(ct);
        var messages = (await notices.InvitationsAsync(meeting, group, invitations, InvitationChange.New, ct))
            .Concat(notices.Reminders(meeting, group, invitations))
            .Concat(await notices.MinutesRemindersAsync(meeting, group, ct))
            .ToList();
        await outbox.EnqueueAsync(messages, ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Meeting {MeetingId} scheduled: {Invitees} invitees, {Messages} messages queued",
            meeting.Id, invitations.Count, messages.Count);
        return OperationResult.Success(meeting.Id);
    }
}
