using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Meetings.UseCases.InviteGuests;

/// <summary>Use case: invite further addresses to a scheduled meeting. Page: MeetingDetail, handler Invite.</summary>
internal sealed class InviteGuests(MeetingsDbContext db, DbSession session, INotificationOutbox outbox, MeetingNotices notices)
{
    public static void Map(RouteGroupBuilder kraj)
    {
        kraj.MapPost("/jednani/{meetingId:int}/pozvat", async (HttpContext http, int meetingId, EmailsDto dto, InviteGuests handler, CancellationToken ct) =>
            (await handler.InviteAsync(http.KrajCode(), meetingId, dto.Emails ?? [], ct)).ToHttpResult())
            .AnswersOutcome().WithName("InviteGuests")
            .WithExample(new { emails = new[] { "host@example.org" } }).WithSummary("Pozve další hosty");
    }

    public async Task<OperationResult> InviteAsync(string krajCode, int meetingId, IReadOnlyCollection<string> emails, CancellationToken ct)
    {
        var meeting = await db.MeetingAsync(krajCode, meetingId, ct);
        if (meeting is null)
            return OperationResult.Missing(MeetingWords.NoMeeting);
        var result = new OperationResult();
        if (meeting.Status != MeetingStatus.Scheduled)
            result.Add("", MeetingWords.InviteOnlyScheduled);
        var clean = MeetingInputs.CleanEmails(emails, result);
        if (clean.Count == 0 && result.Ok)
            result.Add("Emails", MeetingWords.EmailsMissing);
        if (!result.Ok) return result;

        var existing = (await db.Invitations.Where(i => i.MeetingId == meeting.Id && i.Email != null).Select(i => i.Email!).ToListAsync(ct))
            .Select(e => e.ToLowerInvariant()).ToHashSet();
        var added = clean.Where(e => existing.Add(e.ToLowerInvariant()))
            .Select(e => new Invitation { KrajCode = krajCode, MeetingId = meeting.Id, Name = e, Email = e }).ToList();
        if (added.Count == 0)
            return OperationResult.Success(meeting.Id);

        await using var tx = await session.BeginTransactionAsync(ct);
        db.Invitations.AddRange(added);
        await db.SaveChangesAsync(ct);
        var group = await db.Groups.SingleAsync(g => g.Id == meeting.GroupId, ct);
        await outbox.EnqueueAsync((await notices.InvitationsAsync(meeting, group, added, InvitationChange.New, ct, withFeeds: false))
            .Concat(notices.Reminders(meeting, group, added)).ToList(), ct);
        await tx.CommitAsync(ct);
        return OperationResult.Success(meeting.Id);
    }
}
