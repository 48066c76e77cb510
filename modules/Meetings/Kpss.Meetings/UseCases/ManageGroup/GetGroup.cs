using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Meetings.UseCases.ManageGroup;

internal sealed record MembershipDto(int Id, int PersonId, string Name, string? Email, TriadRole Role, MemberFunction Function, DateOnly From, DateOnly? To);

internal sealed record GroupDetailDto(int Id, string Name, GroupKind Kind, string? TargetGroup, int ProcessId, IReadOnlyList<MembershipDto> Members);

/// <summary>Read: a group and its members for the API (the Group page shows the same).</summary>
internal static class GetGroup
{
    public static void Map(RouteGroupBuilder kraj) =>
        kraj.MapGet("/skupiny/{groupId:int}", async (HttpContext http, int groupId, MeetingsDbContext db, CancellationToken ct) =>
            {
                var group = await db.Groups.SingleOrDefaultAsync(g => g.Id == groupId && g.KrajCode == http.KrajCode(), ct);
                if (group is null) return ApiAnswers.NotFound(MeetingWords.NoGroup);
                var members = await db.Memberships.Where(m => m.GroupId == groupId)
                    .Select(m => new MembershipDto(m.Id, m.PersonId, m.Person!.Name, m.Person.Email, m.Role, m.Function, m.From, m.To)).ToListAsync(ct);
                return Results.Ok(new GroupDetailDto(group.Id, group.Name, group.Kind, group.TargetGroup, group.ProcessId, members));
            })
            .Produces<GroupDetailDto>().AnswersNotFound().WithName("GetGroup").WithSummary("Skupina a její členové");
}
