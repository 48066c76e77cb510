using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Meetings.UseCases.RecordAttendance;

/// <summary>Who was there: a mark for each invitation id.</summary>
internal sealed record AttendanceDto(IReadOnlyDictionary<int, AttendanceMark> Marks);

/// <summary>
/// Use case: after (or at) a meeting, who was there — present, excused, absent — for each invitee; a scheduled meeting
/// that has begun counts as held from then on. Page: Attendance (the attendance sheet to print is beside it).
/// </summary>
internal sealed class RecordAttendance(MeetingsDbContext db, KpssClock clock)
{
    public static void Map(RouteGroupBuilder kraj)
    {
        kraj.MapPut("/jednani/{meetingId:int}/dochazka", async (HttpContext http, int meetingId, AttendanceDto dto, RecordAttendance handler, CancellationToken ct) =>
            (await handler.RecordAttendanceAsync(http.KrajCode(), meetingId, dto.Marks, ct)).ToHttpResult())
            .AnswersOutcome().WithName("RecordAttendance")
            .WithExample(new { marks = new Dictionary<string, string>() }).WithSummary("Zapíše docházku");
    }

    public async Task<OperationResult> RecordAttendanceAsync(string krajCode, int meetingId, IReadOnlyDictionary<int, AttendanceMark> marks, CancellationToken ct)
    {
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId && m.KrajCode == krajCode, ct);
        if (meeting is null)
            return OperationResult.Missing(MeetingWords.NoMeeting);
        if (meeting.Status is MeetingStatus.Draft or MeetingStatus.Cancelled)
            return new OperationResult().Add("", MeetingWords.AttendanceOnlyScheduledOrHeld);
        var invitations = await db.Invitations.Where(i => i.MeetingId == meetingId).ToListAsync(ct);
        var unknown = marks.Keys.Except(invitations.Select(i => i.Id)).ToList();
        if (unknown.Count > 0)
            return new OperationResult().Add("", MeetingWords.AttendanceOfUninvited);
        foreach (var invitation in invitations)
            if (marks.TryGetValue(invitation.Id, out var mark))
                invitation.Attendance = mark;
        if (meeting.Status == MeetingStatus.Scheduled && meeting.StartUtc <= clock.GetUtcNow().UtcDateTime)
        {
            meeting.Status = MeetingStatus.Held;
            meeting.Version++;
        }
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(meetingId);
    }
}
