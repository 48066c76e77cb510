using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kpss.Meetings.UseCases.ViewMeeting;

[Authorize(Policy = KpssPolicies.KrajCoordinator)]
[NarrowToProcesses]
internal sealed class MeetingDetailModel(MeetingsDbContext db) : MeetingsPage
{
    [BindProperty(Name = "Meeting")]
    public MeetingInput Form { get; set; } = new();

    [BindProperty]
    public string? Emails { get; set; }

    /// <summary>The second step of a destructive action: "Ano, zrušit" sends it; the first step only asks.</summary>
    [BindProperty(Name = "potvrzeno")]
    public bool Confirmed { get; set; }

    /// <summary>The cancellation was asked for and waits for its confirmation.</summary>
    public bool ConfirmingCancel { get; private set; }

    public Meeting Meeting { get; private set; } = null!;
    public string GroupName { get; private set; } = "";
    public IReadOnlyList<Invitation> Invitations { get; private set; } = [];
    public DateTime? ReminderDue => MeetingReminders.DueUtc(Meeting);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Form = MeetingInput.From(Meeting).WithEmptyAgendaRows();
        return Page();
    }

    public async Task<IActionResult> OnPostScheduleAsync(int id, [FromServices] UseCases.ScheduleMeeting.ScheduleMeeting schedule, CancellationToken ct) =>
        await AfterAsync(id, await schedule.ScheduleAsync(KrajCode, id, SplitEmails(), ct),
            MeetingWords.Done.Scheduled, ct);

    public async Task<IActionResult> OnPostInviteAsync(int id, [FromServices] UseCases.InviteGuests.InviteGuests invite, CancellationToken ct) =>
        await AfterAsync(id, await invite.InviteAsync(KrajCode, id, SplitEmails(), ct), MeetingWords.Done.GuestsInvited, ct);

    public async Task<IActionResult> OnPostChangeAsync(int id, [FromServices] UseCases.ChangeMeeting.ChangeMeeting change, CancellationToken ct)
    {
        var result = await change.ChangeAsync(KrajCode, id, Form, ct);
        return await AfterAsync(id, result, MeetingWords.Done.MeetingSaved, ct, keepForm: true);
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, [FromServices] UseCases.CancelMeeting.CancelMeeting cancel, CancellationToken ct)
    {
        if (!Confirmed)
        {
            // Nothing changes yet: the page asks first (without JavaScript), keeping the version the user saw.
            var version = Form.Version;
            if (!await LoadAsync(id, ct)) return NotFound();
            Form = MeetingInput.From(Meeting).WithEmptyAgendaRows();
            Form.Version = version;
            ConfirmingCancel = true;
            return Page();
        }
        return await AfterAsync(id, await cancel.CancelAsync(KrajCode, id, Form.Version, ct), MeetingWords.Done.Cancelled, ct);
    }

    private List<string> SplitEmails() =>
        (Emails ?? "").Split(['\n', '\r', ',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private async Task<IActionResult> AfterAsync(int id, OperationResult result, string message, CancellationToken ct, bool keepForm = false)
    {
        if (result.Ok)
        {
            StatusMessage = message;
            return Redirect($"/{Kraj.Slug}/jednani/{id}");
        }
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!keepForm) Form = MeetingInput.From(Meeting);
        Form.WithEmptyAgendaRows();
        Show(result);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var meeting = await db.Meetings.Include(m => m.Agenda).AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return false;
        Meeting = meeting;
        GroupName = await db.Groups.Where(g => g.Id == meeting.GroupId).Select(g => g.Name).SingleAsync(ct);
        Invitations = await db.Invitations.AsNoTracking().Where(i => i.MeetingId == id).OrderBy(i => i.Name).ToListAsync(ct);
        return true;
    }
}
