using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kpss.Meetings.UseCases.RecordAttendance;

/// <summary>The printable attendance sheet (prezenční listina): 25 people per A4 page, a signature column, spare rows.</summary>
[Authorize(Policy = KpssPolicies.KrajCoordinator)]
[NarrowToProcesses]
internal sealed class AttendanceSheetModel(MeetingsDbContext db) : MeetingsPage
{
    public sealed record Line(string Name, string? Detail);

    public Meeting Meeting { get; private set; } = null!;
    public string GroupName { get; private set; } = "";
    public IReadOnlyList<Line> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return NotFound();
        Meeting = meeting;
        GroupName = await db.Groups.Where(g => g.Id == meeting.GroupId).Select(g => g.Name).SingleAsync(ct);
        var invited = await (from i in db.Invitations
                             join p in db.People on i.PersonId equals p.Id into people
                             from p in people.DefaultIfEmpty()
                             where i.MeetingId == id && i.Answer != RsvpAnswer.Declined
                             select new { i.Name, p.Organisation, i.Role }).ToListAsync(ct);
        People = invited.OrderBy(x => x.Name, StringComparer.Create(Kpss.Modules.Abstractions.Time.PragueTime.Culture, false))
            .Select(x => new Line(x.Name, string.Join(", ", new[] { x.Organisation, x.Role is { } r ? Labels.Of(r) : null }.OfType<string>())))
            .ToList();
        return Page();
    }
}
