using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;

namespace Kpss.Meetings.UseCases.AnswerInvitation;

/// <summary>
/// Use case: an invitee answers from the signed link in the e-mail (accept, decline, maybe); declining withdraws the
/// person's reminder, accepting again restores it. Page: Rsvp (/pozvanka).
/// </summary>
internal sealed class AnswerInvitation(MeetingsDbContext db, DbSession session, INotificationOutbox outbox, MeetingNotices notices, KpssClock clock)
{
    public async Task<OperationResult> AnswerAsync(int invitationId, RsvpAnswer answer, CancellationToken ct)
    {
        // The signed link is the authority here, not a kraj route: the query names the invitation itself.
        var invitation = await db.Invitations.IgnoreQueryFilters().SingleOrDefaultAsync(i => i.Id == invitationId, ct);
        if (invitation is null)
            return OperationResult.Missing(MeetingWords.NoInvitation);
        var meeting = await db.Meetings.IgnoreQueryFilters().Include(m => m.Agenda).SingleAsync(m => m.Id == invitation.MeetingId, ct);
        var result = new OperationResult();
        if (meeting.Status == MeetingStatus.Cancelled)
            result.Add("", MeetingWords.AnswerToCancelled);
        else if (meeting.EndUtc <= clock.GetUtcNow().UtcDateTime)
            result.Add("", MeetingWords.AnswerToHeld);
        if (!result.Ok) return result;

        await using var tx = await session.BeginTransactionAsync(ct);
        invitation.Answer = answer;
        invitation.AnsweredAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        if (answer == RsvpAnswer.Declined)
        {
            await outbox.CancelAsync(MeetingReminders.Key(meeting, invitation), ct);
        }
        else
        {
            var group = await db.Groups.IgnoreQueryFilters().SingleAsync(g => g.Id == meeting.GroupId, ct);
            await outbox.EnqueueAsync(notices.Reminders(meeting, group, [invitation]).ToList(), ct);
        }
        await tx.CommitAsync(ct);
        return OperationResult.Success(invitation.Id);
    }
}
