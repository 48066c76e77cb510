using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kpss.Meetings.UseCases.ViewParticipation;

[Authorize(Policy = KpssPolicies.KrajCoordinator)]
[NarrowToProcesses]
internal sealed class GroupParticipationModel(MeetingsDbContext db, Participation participation, KpssClock clock) : MeetingsPage
{
    public int GroupId { get; private set; }
    public string GroupName { get; private set; } = "";
    public ParticipationReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var name = await db.Groups.Where(g => g.Id == id).Select(g => g.Name).SingleOrDefaultAsync(ct);
        if (name is null) return NotFound();
        (GroupId, GroupName) = (id, name);
        Report = await participation.ForGroupAsync(id, PragueTime.Today(clock), ct);
        return Page();
    }
}
