using Microsoft.AspNetCore.Http;
using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Meetings.Api;

/// <summary>
/// The coordinators' JSON API for processes, groups, people, meetings, attendance and minutes of a kraj: one route
/// group (its policy, narrowing to the coordinator's processes and tag), and each use case maps its own endpoint beside
/// its input and handler (UseCases/).
/// </summary>
internal static class MeetingsApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var kraj = app.MapGroup("/api/kraje/{kraj}").RequireAuthorization(KpssPolicies.KrajCoordinator)
            .WithMetadata(new NarrowToProcessesAttribute()).WithTags("Jednání");

        UseCases.ManageProcesses.ListProcesses.Map(kraj);
        UseCases.CreateProcess.CreateProcess.Map(kraj);
        UseCases.CreateGroup.CreateGroup.Map(kraj);
        UseCases.ManageGroup.GetGroup.Map(kraj);
        UseCases.AddMember.AddMember.Map(kraj);
        UseCases.ImportMembers.ImportMembers.Map(kraj);
        UseCases.ViewParticipation.GetParticipation.Map(kraj);

        UseCases.CreateMeeting.CreateMeeting.Map(kraj);
        UseCases.ViewMeeting.GetMeeting.Map(kraj);
        UseCases.ScheduleMeeting.ScheduleMeeting.Map(kraj);
        UseCases.ChangeMeeting.ChangeMeeting.Map(kraj);
        UseCases.CancelMeeting.CancelMeeting.Map(kraj);
        UseCases.InviteGuests.InviteGuests.Map(kraj);
        UseCases.RecordAttendance.RecordAttendance.Map(kraj);
        UseCases.WriteMinutes.WriteMinutes.Map(kraj);
        UseCases.AdvanceMinutes.AdvanceMinutes.Map(kraj);
    }
}
