using Kpss.Meetings.UseCases.CreateProcess;
using Kpss.Meetings.Api;
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

    public sealed class ProcessForm
    {
        public string? Name { get; set; }
        public AreaKind AreaKind { get; set; } = AreaKind.Orp;
        public string? AreaName { get; set; }
        public int? OrpCsuCode { get; set; }
        public string? PeriodFrom { get; set; }
        public string? PeriodTo { get; set; }
        public string? ProjectRegistrationNumber { get; set; }
        public string? Implementer { get; set; }
        public string? Partner { get; set; }
    }

    public sealed record Row(int Id, string Name, string AreaName, DateOnly PeriodFrom, DateOnly PeriodTo, int Groups);

    [BindProperty]
    public ProcessForm Input { get; set; } = new();

    public IReadOnlyList<Row> Processes { get; private set; } = [];
    public IReadOnlyList<OrpInfo> Orp { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new OperationResult();
        var input = new ProcessInput(Input.Name, Input.AreaKind, Input.AreaName, Input.OrpCsuCode,
            Dates.Parse(Input.PeriodFrom, "PeriodFrom", "začátek období", errors), Dates.Parse(Input.PeriodTo, "PeriodTo", "konec období", errors),
            Input.ProjectRegistrationNumber, Input.Implementer, Input.Partner);
        var result = errors.Ok ? await createProcess.CreateProcessAsync(KrajCode, input, ct) : errors;
        if (!result.Ok)
        {
            Show(result);
            await LoadAsync(ct);
            return Page();
        }
        StatusMessage = "Proces je založen. Přidejte mu skupiny.";
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
