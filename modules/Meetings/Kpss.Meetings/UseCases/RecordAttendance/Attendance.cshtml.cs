using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kpss.Meetings.UseCases.RecordAttendance;

[Authorize(Policy = KpssPolicies.KrajCoordinator)]
[NarrowToProcesses]
internal sealed class AttendanceModel(MeetingsDbContext db, RecordAttendance attendance) : MeetingsPage
{
    [BindProperty]
    public Dictionary<int, AttendanceMark> Marks { get; set; } = [];

    public Meeting Meeting { get; private set; } = null!;
    public IReadOnlyList<Invitation> Invitations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var result = await attendance.RecordAttendanceAsync(KrajCode, id, Marks, ct);
        if (result.Ok)
        {
            StatusMessage = MeetingWords.Done.AttendanceSaved;
            return Redirect($"/{Kraj.Slug}/jednani/{id}");
        }
        if (!await LoadAsync(id, ct)) return NotFound();
        Show(result);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return false;
        Meeting = meeting;
        Invitations = await db.Invitations.Where(i => i.MeetingId == id).OrderBy(i => i.Name).ToListAsync(ct);
        return true;
    }
}
