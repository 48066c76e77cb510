using Kpss.Meetings.Api;
using Kpss.Meetings.Domain;
using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Notifications.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using static Kpss.Meetings.Api.MeetingsApi;

namespace Kpss.Meetings.Services;

/// <summary>Use case: cancel a meeting — cancellations to the invitees, reminders withdrawn.</summary>
internal sealed partial class MeetingPlanner
{
    /// <summary>The endpoint (on the page: MeetingDetail, handler Cancel).</summary>
    public static void MapCancelMeeting(RouteGroupBuilder kraj)
    {
        kraj.MapPost("/jednani/{meetingId:int}/zrusit", async (HttpContext http, int meetingId, VersionDto dto, MeetingPlanner planner, CancellationToken ct) =>
            ToResult(await planner.CancelAsync(http.KrajCode(), meetingId, dto.Version, ct)))
            .AnswersOutcome().WithName("CancelMeeting").WithSummary("Zruší jednání; pozvaným odejde zrušení");
    }

    /// <summary>Cancels a meeting: invitees of a scheduled one get METHOD:CANCEL; every pending reminder is withdrawn.</summary>
    public async Task<OperationResult> CancelAsync(string krajCode, int meetingId, int version, CancellationToken ct)
    {
        var meeting = await LoadAsync(krajCode, meetingId, ct);
        if (meeting is null)
            return OperationResult.Missing("Jednání neexistuje.");
        if (meeting.Version != version)
            return OperationResult.Stale();
        if (meeting.Status is not (MeetingStatus.Draft or MeetingStatus.Scheduled))
            return new OperationResult().Add("", "Zrušit lze jen návrh nebo naplánované jednání.");

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
            await outbox.EnqueueAsync(InvitationMessages(meeting, group, invitations, InvitationChange.Cancel, new Dictionary<int, string>()).ToList(), ct);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
