using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;
using Microsoft.Extensions.Options;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Meetings.UseCases.AdvanceMinutes;

/// <summary>The state the minutes move to, and the minutes' version the recorder saw.</summary>
internal sealed record MinutesStatusDto(MinutesStatus To, int Version);

/// <summary>
/// Use case: the minutes move one step — draft → for comments (the draft goes to those who were present) → approved →
/// published (the meeting then shows them publicly). Page: Minutes, handler Advance.
/// </summary>
internal sealed class AdvanceMinutes(MeetingsDbContext db, DbSession session, INotificationOutbox outbox, MeetingNotices notices, KpssClock clock)
{
    public static void Map(RouteGroupBuilder kraj)
    {
        kraj.MapPost("/jednani/{meetingId:int}/zapis/stav", async (HttpContext http, int meetingId, MinutesStatusDto dto, AdvanceMinutes handler, CancellationToken ct) =>
            (await handler.AdvanceAsync(http.KrajCode(), meetingId, dto.Version, dto.To, ct)).ToHttpResult())
            .AnswersOutcome().WithName("AdvanceMinutes")
            .WithExample(new { to = "SentForComments", version = 1 }).WithSummary("Posune zápis: k připomínkám, schválený, zveřejněný");
    }

    /// <summary>Moves the minutes one step: draft → for comments → approved → published (the meeting then shows them publicly).</summary>
    public async Task<OperationResult> AdvanceAsync(string krajCode, int meetingId, int version, MinutesStatus to, CancellationToken ct)
    {
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId && m.KrajCode == krajCode, ct);
        var minutes = await db.Minutes.Include(m => m.Tasks).SingleOrDefaultAsync(m => m.MeetingId == meetingId, ct);
        if (meeting is null || minutes is null)
            return OperationResult.Missing(MeetingWords.NoMinutes);
        if (minutes.Version != version)
            return OperationResult.Stale();
        var allowed = (minutes.Status, to) switch
        {
            (MinutesStatus.Draft, MinutesStatus.SentForComments) => true,
            (MinutesStatus.Draft or MinutesStatus.SentForComments, MinutesStatus.Approved) => true,
            (MinutesStatus.SentForComments, MinutesStatus.Draft) => true,
            (MinutesStatus.Approved, MinutesStatus.Published) => true,
            _ => false,
        };
        if (!allowed)
            return new OperationResult().Add("", MeetingWords.MinutesCannotMove(Labels.Of(minutes.Status), Labels.Of(to)));
        if (to == MinutesStatus.Published && string.IsNullOrWhiteSpace(minutes.Proceedings) && string.IsNullOrWhiteSpace(minutes.Outputs))
            return new OperationResult().Add("", MeetingWords.EmptyMinutes);

        minutes.Status = to;
        minutes.Version++;
        minutes.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        if (to == MinutesStatus.Published)
        {
            minutes.PublishedAtUtc = minutes.UpdatedAtUtc;
            meeting.Status = MeetingStatus.MinutesPublished;
            meeting.Version++;
        }
        else if (meeting.Status == MeetingStatus.Scheduled && meeting.EndUtc <= clock.GetUtcNow().UtcDateTime)
        {
            meeting.Status = MeetingStatus.Held;
            meeting.Version++;
        }
        await using var tx = await session.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult.Stale();
        }
        if (to == MinutesStatus.SentForComments)
            await SendForCommentsAsync(meeting, minutes, ct);
        await tx.CommitAsync(ct);
        return OperationResult.Success(minutes.Id);
    }

    /// <summary>The draft goes to those who were present (to every invitee when attendance was not recorded).</summary>
    private async Task SendForCommentsAsync(Meeting meeting, Minutes minutes, CancellationToken ct)
    {
        var invitations = await db.Invitations.Where(i => i.MeetingId == meeting.Id && i.Email != null).ToListAsync(ct);
        var recipients = invitations.Any(i => i.Attendance == AttendanceMark.Present)
            ? invitations.Where(i => i.Attendance == AttendanceMark.Present).ToList()
            : invitations;
        var group = await db.Groups.SingleAsync(g => g.Id == meeting.GroupId, ct);
        var loaded = await db.Meetings.Include(m => m.Agenda).SingleAsync(m => m.Id == meeting.Id, ct);
        var details = notices.Details(loaded, group);
        var text = new System.Text.StringBuilder();
        foreach (var (title, body) in new[] { ("Průběh jednání", minutes.Proceedings), ("Výstupy", minutes.Outputs), ("Rozhodnutí", minutes.Decisions) })
            if (!string.IsNullOrWhiteSpace(body))
                text.Append(title).Append(":\n").Append(body.Trim()).Append("\n\n");
        if (minutes.Tasks.Count > 0)
        {
            text.Append("Úkoly:\n");
            foreach (var t in minutes.Tasks.OrderBy(t => t.DueDate))
                text.Append("- ").Append(t.Title).Append(" (").Append(t.OwnerName).Append(", termín ")
                    .Append(t.DueDate.ToString("d. M. yyyy", PragueTime.Culture)).Append(")\n");
        }
        var recorder = string.IsNullOrWhiteSpace(minutes.Recorder) ? meeting.OrganizerName : minutes.Recorder;
        await outbox.EnqueueAsync(recipients.Select(i => new NotificationRequest(meeting.KrajCode, new Recipient(i.Email!, i.Name),
            new MinutesForComments(details, recorder, text.ToString()))).ToList(), ct);
    }
}
