using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Meetings.UseCases.ViewParticipation;

internal sealed record RoleCountDto(TriadRole? Role, int Invited, int Present);

internal sealed record MeetingParticipationDto(int MeetingId, string Title, DateTime StartUtc, IReadOnlyList<RoleCountDto> ByRole);

internal sealed record RoleBalanceDto(TriadRole Role, int Members);

internal sealed record ParticipationDto(IReadOnlyList<MeetingParticipationDto> Meetings, IReadOnlyList<RoleCountDto> Totals,
    IReadOnlyList<RoleBalanceDto> Balance, IReadOnlyList<TriadRole> MissingRoles);

/// <summary>Read: who came to a group's meetings, by role of the triad, for the API (the GroupParticipation page shows the same).</summary>
internal static class GetParticipation
{
    public static void Map(RouteGroupBuilder kraj) =>
        kraj.MapGet("/skupiny/{groupId:int}/ucast", async (HttpContext http, int groupId, MeetingsDbContext db, Participation participation, KpssClock clock, CancellationToken ct) =>
            {
                if (!await db.Groups.AnyAsync(g => g.Id == groupId && g.KrajCode == http.KrajCode(), ct)) return ApiAnswers.NotFound(MeetingWords.NoGroup);
                var report = await participation.ForGroupAsync(groupId, PragueTime.Today(clock), ct);
                static RoleCountDto Count(RoleCount c) => new(c.Role, c.Invited, c.Present);
                return Results.Ok(new ParticipationDto(
                    report.Meetings.Select(m => new MeetingParticipationDto(m.MeetingId, m.Title, m.StartUtc, m.ByRole.Select(Count).ToList())).ToList(),
                    report.Totals.Select(Count).ToList(),
                    report.Balance.Select(b => new RoleBalanceDto(b.Role, b.Members)).ToList(),
                    report.MissingRoles.ToList()));
            })
            .Produces<ParticipationDto>().AnswersNotFound().WithName("GroupParticipation").WithSummary("Účast na jednáních podle rolí");
}
