using Kpss.Meetings.UseCases.CreateGroup;
using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kpss.Meetings.UseCases.ManageProcesses;

[Authorize(Policy = KpssPolicies.KrajCoordinator)]
[NarrowToProcesses]
internal sealed class ProcessModel(MeetingsDbContext db, UseCases.CreateGroup.CreateGroup createGroup) : MeetingsPage
{
    [BindProperty]
    public GroupInput Input { get; set; } = new() { Kind = GroupKind.WorkingGroup };

    public PlanningProcess Process { get; private set; } = null!;
    public IReadOnlyList<Group> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var result = await createGroup.CreateGroupAsync(KrajCode, id, Input, ct);
        if (!result.Ok)
        {
            Show(result);
            return Page();
        }
        StatusMessage = MeetingWords.Done.GroupCreated;
        return Redirect($"/{Kraj.Slug}/skupiny/{result.Id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var process = await db.Processes.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (process is null) return false;
        Process = process;
        Groups = await db.Groups.Where(g => g.ProcessId == id).OrderBy(g => g.Kind).ThenBy(g => g.Name).ToListAsync(ct);
        return true;
    }
}
