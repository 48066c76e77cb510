using Kpss.Modules.Abstractions.Security;
using Kpss.Plans.Data;
using Kpss.Plans.Domain;
using Kpss.Plans.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Plans.Features.Plans;

/// <summary>The kraj's plans in preparation and in force, for its coordinators, and a new plan.</summary>
[Authorize(Policy = KpssPolicies.KrajCoordinator), NarrowToProcesses]
internal sealed class PlanListModel(PlansDbContext db, PlanBook book, PlanningLinks links, ProcessScope scope) : PlansPage
{
    public sealed class PlanForm
    {
        public PlanKind Kind { get; set; } = PlanKind.Sprss;
        public string? Title { get; set; }
        public int? FromYear { get; set; }
        public int? ToYear { get; set; }
        public string? Area { get; set; }
        public string? ApprovingBody { get; set; }
        public int? ParentPlanId { get; set; }
        public bool FromParent { get; set; } = true;
        public int? ProcessId { get; set; }
    }

    public IReadOnlyList<Kpss.Meetings.Contracts.PlanningProcessInfo> Processes { get; private set; } = [];

    public sealed record Row(int Id, PlanKind Kind, string Title, int FromYear, int ToYear, PlanState State, int? ParentPlanId);

    [BindProperty]
    public PlanForm Input { get; set; } = new();

    public IReadOnlyList<Row> Plans { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await book.CreateAsync(KrajCode,
            new PlanInput(Input.Kind, Input.Title, Input.FromYear, Input.ToYear, Input.Area, Input.ApprovingBody,
                Input.Kind == PlanKind.Akcni ? Input.ParentPlanId : null, Input.ProcessId, Input.FromParent), ct);
        if (!result.Ok)
        {
            Show(result);
            await LoadAsync(ct);
            return Page();
        }
        StatusMessage = "Návrh plánu je založen. Napište jeho kapitoly a strategickou část.";
        return Redirect($"/{Kraj.Slug}/plany/priprava/{result.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Plans = await db.Plans.AsNoTracking().OrderByDescending(p => p.FromYear).ThenBy(p => p.Kind).ThenBy(p => p.Id)
            .Select(p => new Row(p.Id, p.Kind, p.Title, p.FromYear, p.ToYear, p.State, p.ParentPlanId)).ToListAsync(ct);
        Processes = (await links.ProcessesAsync(KrajCode, ct)).Where(p => scope.Allowed is not { } allowed || allowed.Contains(p.Id)).ToList();
    }
}
