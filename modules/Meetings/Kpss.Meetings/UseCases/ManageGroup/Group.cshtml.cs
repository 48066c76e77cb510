using Kpss.Meetings.UseCases.AddMember;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Kpss.Meetings.UseCases.ManageGroup;

[Authorize(Policy = KpssPolicies.KrajCoordinator)]
[LargeBody(BodyLimits.Members)]
[NarrowToProcesses]
internal sealed class GroupModel(
    MeetingsDbContext db, UseCases.AddMember.AddMember addMember, UseCases.ImportMembers.ImportMembers importMembers, UseCases.CreateMeeting.CreateMeeting createMeeting, Participation participation, IPublicUrls urls, KpssClock clock)
    : MeetingsPage
{
    [BindProperty]
    public AddMemberInput Member { get; set; } = new() { Role = TriadRole.Poskytovatel };

    [BindProperty]
    public MeetingInput Meeting { get; set; } = new() { Kind = MeetingKind.WorkingGroup };

    [BindProperty]
    public string? CsvText { get; set; }

    [BindProperty]
    public IFormFile? CsvFile { get; set; }

    public Group Group { get; private set; } = null!;
    public string ProcessName { get; private set; } = "";
    public IReadOnlyList<Membership> Members { get; private set; } = [];
    public IReadOnlyList<Meeting> Meetings { get; private set; } = [];
    public ParticipationReport Report { get; private set; } = null!;
    public string FeedUrl => urls.Absolute($"/kalendar/{Group.CalendarToken}.ics");

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Meeting.WithEmptyAgendaRows();
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostMemberAsync(int id, CancellationToken ct)
    {
        var result = await addMember.AddMemberAsync(KrajCode, id, Member, ct);
        return await AfterAsync(id, result, MeetingWords.Done.MemberAdded(Member.Name), ct);
    }

    public async Task<IActionResult> OnPostImportAsync(int id, CancellationToken ct)
    {
        var csv = CsvText;
        if (CsvFile is { Length: > 0 })
        {
            using var reader = new StreamReader(CsvFile.OpenReadStream());
            csv = await reader.ReadToEndAsync(ct);
        }
        var (result, imported) = await importMembers.ImportMembersAsync(KrajCode, id, csv ?? "", ct);
        return await AfterAsync(id, result, MeetingWords.Done.MembersImported(imported), ct);
    }

    public async Task<IActionResult> OnPostMeetingAsync(int id, CancellationToken ct)
    {
        var result = await createMeeting.CreateAsync(KrajCode, id, Meeting, Organizers.Of(User), ct);
        if (result.Ok)
        {
            StatusMessage = MeetingWords.Done.MeetingCreated;
            return Redirect($"/{Kraj.Slug}/jednani/{result.Id}");
        }
        Meeting.WithEmptyAgendaRows();
        return await AfterAsync(id, result, "", ct);
    }

    private async Task<IActionResult> AfterAsync(int id, OperationResult result, string message, CancellationToken ct)
    {
        if (result.Ok)
        {
            StatusMessage = message;
            return Redirect($"/{Kraj.Slug}/skupiny/{id}");
        }
        if (!await LoadAsync(id, ct)) return NotFound();
        Meeting.WithEmptyAgendaRows();
        Show(result);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var group = await db.Groups.SingleOrDefaultAsync(g => g.Id == id, ct);
        if (group is null) return false;
        Group = group;
        ProcessName = await db.Processes.Where(p => p.Id == group.ProcessId).Select(p => p.Name).SingleAsync(ct);
        Members = await db.Memberships.Include(m => m.Person).Where(m => m.GroupId == id)
            .OrderBy(m => m.Person!.Name).ToListAsync(ct);
        Meetings = await db.Meetings.Where(m => m.GroupId == id).OrderByDescending(m => m.StartUtc).Take(100).ToListAsync(ct);
        Report = await participation.ForGroupAsync(id, PragueTime.Today(clock), ct);
        return true;
    }
}
