using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kpss.Meetings.UseCases.WriteMinutes;

[Authorize(Policy = KpssPolicies.KrajCoordinator)]
[NarrowToProcesses]
internal sealed class MinutesModel(MeetingsDbContext db, WriteMinutes book) : MeetingsPage
{
    [BindProperty]
    public MinutesInput Form { get; set; } = new();

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public MinutesStatus To { get; set; }

    public Meeting Meeting { get; private set; } = null!;
    public Minutes? Minutes { get; private set; }
    public IReadOnlyList<string> Present { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Minutes is { } m) Form = MinutesInput.From(m);
        AddEmptyTaskRows();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct)
    {
        // The page keeps the version beside the form (the advance form sends it too).
        Form.Version = Version;
        return await AfterAsync(id, await book.SaveAsync(KrajCode, id, Form, ct), MeetingWords.Done.MinutesSaved, ct);
    }

    public async Task<IActionResult> OnPostAdvanceAsync(int id, [FromServices] UseCases.AdvanceMinutes.AdvanceMinutes advance, CancellationToken ct) =>
        await AfterAsync(id, await advance.AdvanceAsync(KrajCode, id, Version ?? 0, To, ct), MeetingWords.Done.MinutesNow(Labels.Of(To)), ct);

    private async Task<IActionResult> AfterAsync(int id, OperationResult result, string message, CancellationToken ct)
    {
        if (result.Ok)
        {
            StatusMessage = message;
            return Redirect($"/{Kraj.Slug}/jednani/{id}/zapis");
        }
        if (!await LoadAsync(id, ct)) return NotFound();
        AddEmptyTaskRows();
        Show(result);
        return Page();
    }

    private void AddEmptyTaskRows()
    {
        Form.Tasks ??= [];
        for (var i = 0; i < 3; i++) Form.Tasks.Add(new TaskInput(null, null, null, null, null));
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return false;
        Meeting = meeting;
        Minutes = await book.FindAsync(id, ct);
        Present = await db.Invitations.Where(i => i.MeetingId == id && i.Attendance == AttendanceMark.Present)
            .OrderBy(i => i.Name).Select(i => i.Name).ToListAsync(ct);
        return true;
    }
}
