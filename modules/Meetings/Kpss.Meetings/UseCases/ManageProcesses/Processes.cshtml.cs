using Kpss.Meetings.UseCases.CreateProcess;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kpss.Meetings.UseCases.ManageProcesses;

[Authorize(Policy = KpssPolicies.KrajCoordinator)]
[NarrowToProcesses]
internal sealed class ProcessesModel(MeetingsDbContext db, UseCases.CreateProcess.CreateProcess createProcess, IKrajDirectory kraje, ProcessScope scope) : MeetingsPage
{
    public bool CanCreate => !scope.IsNarrowed;

    public sealed record Row(int Id, string Name, string AreaName, DateOnly PeriodFrom, DateOnly PeriodTo, int Groups);

    [BindProperty]
    public ProcessInput Input { get; set; } = new();

    public IReadOnlyList<Row> Processes { get; private set; } = [];
    public IReadOnlyList<OrpInfo> Orp { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await createProcess.CreateProcessAsync(KrajCode, Input, ct);
        if (!result.Ok)
        {
            Show(result);
            await LoadAsync(ct);
            return Page();
        }
        StatusMessage = MeetingWords.Done.ProcessCreated;
        return Redirect($"/{Kraj.Slug}/procesy/{result.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Orp = kraje.OrpOf(KrajCode);
        Processes = await db.Processes.OrderByDescending(p => p.PeriodFrom).ThenBy(p => p.Name)
            .Select(p => new Row(p.Id, p.Name, p.AreaName, p.PeriodFrom, p.PeriodTo, db.Groups.Count(g => g.ProcessId == p.Id)))
            .ToListAsync(ct);
    }
}
