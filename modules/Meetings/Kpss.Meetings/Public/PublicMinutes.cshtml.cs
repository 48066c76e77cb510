using Microsoft.AspNetCore.Mvc;

namespace Kpss.Meetings.Public;

/// <summary>Published minutes, for everyone. Minutes not yet published are not found here.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
internal sealed class PublicMinutesModel(MeetingsDbContext db) : MeetingsPage
{
    public Meeting Meeting { get; private set; } = null!;
    public Minutes Minutes { get; private set; } = null!;
    public string GroupName { get; private set; } = "";
    public IReadOnlyList<string> Present { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        var minutes = await db.Minutes.AsNoTracking().Include(m => m.Tasks)
            .SingleOrDefaultAsync(m => m.MeetingId == id && m.Status == MinutesStatus.Published, ct);
        if (meeting is null || minutes is null) return NotFound();
        (Meeting, Minutes) = (meeting, minutes);
        GroupName = await db.Groups.Where(g => g.Id == meeting.GroupId).Select(g => g.Name).SingleAsync(ct);
        Present = await db.Invitations.Where(i => i.MeetingId == id && i.Attendance == AttendanceMark.Present)
            .OrderBy(i => i.Name).Select(i => i.Name).ToListAsync(ct);
        return Page();
    }
}
