using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Meetings.UseCases.ChangeMeeting;

/// <summary>
/// Use case: move or change a draft or scheduled meeting. For a scheduled one every invitee with an address gets an
/// update with a higher SEQUENCE, and the reminders move with it. Page: MeetingDetail, handler Change.
/// </summary>
internal sealed class ChangeMeeting(MeetingsDbContext db, DbSession session, INotificationOutbox outbox, MeetingNotices notices, KpssClock clock)
{
    public static void Map(RouteGroupBuilder kraj)
    {
        kraj.MapPut("/jednani/{meetingId:int}", async (HttpContext http, int meetingId, MeetingInput input, ChangeMeeting handler, CancellationToken ct) =>
            (await handler.ChangeAsync(http.KrajCode(), meetingId, input, ct)).ToHttpResult())
            .AnswersOutcome().WithName("ChangeMeeting")
            .WithExample(new
            {
                kind = "WorkingGroup", title = "Pracovní skupina Senioři: 2. jednání", date = "2027-02-10", startTime = "15:00", endTime = "17:00",
                place = "MěÚ Jindřichův Hradec, zasedací místnost", barrierFree = true, version = 1, agenda = Array.Empty<object>(),
            }).WithSummary("Změní jednání; pozvaným odejde aktualizace");
    }

    public async Task<OperationResult> ChangeAsync(string krajCode, int meetingId, MeetingInput input, CancellationToken ct)
    {
        var errors = new OperationResult();
        var read = MeetingInputs.Read(input, errors);
        if (!errors.Ok) return errors;
        var meeting = await db.MeetingAsync(krajCode, meetingId, ct);
        if (meeting is null)
            return OperationResult.Missing(MeetingWords.NoMeeting);
        if (meeting.Version != input.Version)
            return OperationResult.Stale();
        var result = new OperationResult();
        if (meeting.Status is not (MeetingStatus.Draft or MeetingStatus.Scheduled))
            result.Add("", MeetingWords.ChangeOnlyDraftOrScheduled);
        var times = MeetingInputs.Validate(input, read, result);
        if (times is { } t && meeting.Status == MeetingStatus.Scheduled && t.Start <= clock.GetUtcNow().UtcDateTime)
            result.Add("Date", MeetingWords.MoveToPast);
        if (!result.Ok) return result;

        try
        {
            await ChangeInTransactionAsync(meeting, input, read, times!.Value, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult.Stale();
        }
        return OperationResult.Success(meeting.Id);
    }

    private async Task ChangeInTransactionAsync(Meeting meeting, MeetingInput input, MeetingTimes read, (DateTime Start, DateTime End) times, CancellationToken ct)
    {
        await using var tx = await session.BeginTransactionAsync(ct);
        db.AgendaItems.RemoveRange(meeting.Agenda);
        meeting.Agenda.Clear();
        MeetingInputs.Apply(meeting, input, read, times);
        meeting.Version++;
        if (meeting.Status == MeetingStatus.Scheduled)
        {
            meeting.Sequence++;
            var group = await db.Groups.SingleAsync(g => g.Id == meeting.GroupId, ct);
            var invitations = await db.Invitations.Where(i => i.MeetingId == meeting.Id).ToListAsync(ct);
            if (!meeting.ReminderEnabled)
                await outbox.CancelAsync(MeetingReminders.Prefix(meeting), ct);
            var messages = (await notices.InvitationsAsync(meeting, group, invitations, InvitationChange.Update, ct))
                .Concat(notices.Reminders(meeting, group, invitations))
                .Concat(await notices.MinutesRemindersAsync(meeting, group, ct))
                .ToList();
            await db.SaveChangesAsync(ct);
            await outbox.EnqueueAsync(messages, ct);
        }
        else
        {
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
    }
}
