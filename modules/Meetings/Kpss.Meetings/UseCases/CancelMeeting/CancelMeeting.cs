using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Meetings.UseCases.CancelMeeting;

/// <summary>The version of the meeting the coordinator saw when cancelling it.</summary>
internal sealed record VersionDto(int Version);

/// <summary>
/// Use case: cancel a draft or scheduled meeting — invitees of a scheduled one get METHOD:CANCEL; every pending reminder
/// is withdrawn. Page: MeetingDetail, handler Cancel.
/// </summary>
internal sealed class CancelMeeting(MeetingsDbContext db, DbSession session, INotificationOutbox outbox, MeetingNotices notices)
{
    public static void Map(RouteGroupBuilder kraj)
    {
        kraj.MapPost("/jednani/{meetingId:int}/zrusit", async (HttpContext http, int meetingId, VersionDto dto, CancelMeeting handler, CancellationToken ct) =>
            (await handler.CancelAsync(http.KrajCode(), meetingId, dto.Version, ct)).ToHttpResult())
            .AnswersOutcome().WithName("CancelMeeting")
            .WithExample(new { version = 1 }).WithSummary("Zruší jednání; pozvaným odejde zrušení");
    }

    public async Task<OperationResult> CancelAsync(string krajCode, int meetingId, int version, CancellationToken ct)
    {
        var meeting = await db.MeetingAsync(krajCode, meetingId, ct);
        if (meeting is null)
            return OperationResult.Missing(MeetingWords.NoMeeting);
        if (meeting.Version != version)
            return OperationResult.Stale();
        if (meeting.Status is not (MeetingStatus.Draft or MeetingStatus.Scheduled))
            return new OperationResult().Add("", MeetingWords.CancelOnlyDraftOrScheduled);

        try
        {
            await CancelInTransactionAsync(meeting, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult.Stale();
        }
        return OperationResult.Success(meeting.Id);
    }

    private async Task CancelInTransactionAsync(Meeting meeting, CancellationToken ct)
    {
        await using var tx = await session.BeginTransactionAsync(ct);
        var wasScheduled = meeting.Status == MeetingStatus.Scheduled;
        meeting.Status = MeetingStatus.Cancelled;
        meeting.Version++;
        await outbox.CancelAsync($"meeting:{meeting.Id}:", ct);
        if (wasScheduled)
        {
            meeting.Sequence++;
            var group = await db.Groups.SingleAsync(g => g.Id == meeting.GroupId, ct);
            var invitations = await db.Invitations.Where(i => i.MeetingId == meeting.Id).ToListAsync(ct);
            await outbox.EnqueueAsync(await notices.InvitationsAsync(meeting, group, invitations, InvitationChange.Cancel, ct, withFeeds: false), ct);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
