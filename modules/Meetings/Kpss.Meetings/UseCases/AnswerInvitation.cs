using Kpss.Modules.Abstractions;
using Kpss.Meetings.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Meetings.Services;

/// <summary>Use case (page: Rsvp (/pozvanka), from the signed link in the e-mail): an invitee answers from the e-mail (accept, decline, maybe); a decliner gets no reminder.</summary>
internal sealed partial class MeetingPlanner
{
    /// <summary>Records an answer from an RSVP link. Declining withdraws the person's reminder; accepting again restores it.</summary>
    public async Task<OperationResult> AnswerAsync(int invitationId, RsvpAnswer answer, CancellationToken ct)
    {
        // The signed link is the authority here, not a kraj route: the query names the invitation itself.
        var invitation = await db.Invitations.IgnoreQueryFilters().SingleOrDefaultAsync(i => i.Id == invitationId, ct);
        if (invitation is null)
            return OperationResult.Missing("Pozvánka neexistuje.");
        var meeting = await db.Meetings.IgnoreQueryFilters().Include(m => m.Agenda).SingleAsync(m => m.Id == invitation.MeetingId, ct);
        var result = new OperationResult();
        if (meeting.Status == MeetingStatus.Cancelled)
            result.Add("", "Jednání bylo zrušeno, odpověď už není potřeba.");
        else if (meeting.EndUtc <= clock.GetUtcNow().UtcDateTime)
            result.Add("", "Jednání už proběhlo, odpověď už nelze změnit.");
        if (!result.Ok) return result;

        await using var tx = await session.BeginTransactionAsync(ct);
        invitation.Answer = answer;
        invitation.AnsweredAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        if (answer == RsvpAnswer.Declined)
        {
            await outbox.CancelAsync(ReminderKey(meeting, invitation), ct);
        }
        else
        {
            var group = await db.Groups.IgnoreQueryFilters().SingleAsync(g => g.Id == meeting.GroupId, ct);
            await outbox.EnqueueAsync(ReminderMessages(meeting, group, [invitation]).ToList(), ct);
        }
        await tx.CommitAsync(ct);
        return OperationResult.Success(invitation.Id);
    }
}
