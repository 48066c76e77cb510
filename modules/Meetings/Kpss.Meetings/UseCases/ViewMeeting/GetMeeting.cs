using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Meetings.UseCases.ViewMeeting;

internal sealed record InvitationDto(int Id, int? PersonId, string Name, string? Email, TriadRole? Role, RsvpAnswer Answer, AttendanceMark Attendance);

internal sealed record AgendaLineDto(string Title, string? Presenter, int? Minutes);

internal sealed record MeetingDetailDto(
    int Id, int GroupId, MeetingKind Kind, string Title, DateTime StartUtc, DateTime EndUtc, string? Place, bool BarrierFree, string? OnlineUrl,
    MeetingStatus Status, string Uid, int Sequence, int Version, bool ReminderEnabled, int ReminderDaysBefore, TimeOnly ReminderTime,
    DateTime? ReminderDueUtc, IReadOnlyList<AgendaLineDto> Agenda, IReadOnlyList<InvitationDto> Invitations);

/// <summary>Read: a meeting, its invitees and their answers, for the API (the MeetingDetail page shows the same).</summary>
internal static class GetMeeting
{
    public static void Map(RouteGroupBuilder kraj) =>
        kraj.MapGet("/jednani/{meetingId:int}", async (HttpContext http, int meetingId, MeetingsDbContext db, CancellationToken ct) =>
            {
                var m = await db.Meetings.Include(x => x.Agenda).SingleOrDefaultAsync(x => x.Id == meetingId && x.KrajCode == http.KrajCode(), ct);
                if (m is null) return ApiAnswers.NotFound(MeetingWords.NoMeeting);
                var invitations = await db.Invitations.Where(i => i.MeetingId == meetingId).OrderBy(i => i.Name)
                    .Select(i => new InvitationDto(i.Id, i.PersonId, i.Name, i.Email, i.Role, i.Answer, i.Attendance)).ToListAsync(ct);
                return Results.Ok(new MeetingDetailDto(
                    m.Id, m.GroupId, m.Kind, m.Title, m.StartUtc, m.EndUtc, m.Place, m.BarrierFree, m.OnlineUrl, m.Status, m.Uid, m.Sequence,
                    m.Version, m.ReminderEnabled, m.ReminderDaysBefore, m.ReminderTime, m.ReminderEnabled ? MeetingReminders.DueUtc(m) : null,
                    m.Agenda.OrderBy(a => a.Order).Select(a => new AgendaLineDto(a.Title, a.Presenter, a.Minutes)).ToList(), invitations));
            })
            .Produces<MeetingDetailDto>().AnswersNotFound().WithName("GetMeeting").WithSummary("Jednání, pozvaní a jejich odpovědi");
}
