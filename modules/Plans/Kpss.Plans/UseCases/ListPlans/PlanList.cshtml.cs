using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

using Kpss.Plans.UseCases.CreatePlan;

namespace Kpss.Plans.UseCases.ListPlans;

/// <summary>The kraj's plans in preparation and in force, for its coordinators, and a new plan.</summary>
[Authorize(Policy = KpssPolicies.KrajCoordinator), NarrowToProcesses]
internal sealed class PlanListModel(PlansDbContext db, CreatePlan.CreatePlan createPlan, Kpss.Meetings.Contracts.IPlanningProcesses processes, ProcessScope scope) : PlansPage
{
    public IReadOnlyList<Kpss.Meetings.Contracts.PlanningProcessInfo> Processes { get; private set; } = [];

    public sealed record Row(int Id, PlanKind Kind, string Title, int FromYear, int ToYear, PlanState State, int? ParentPlanId);

    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public IReadOnlyList<Row> Plans { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // The form always sends the parent plan's select; only an action plan has one.
        if (Input.Kind != PlanKind.Akcni) Input.ParentPlanId = null;
        var result = await createPlan.CreateAsync(KrajCode, Input, ct);
        if (!result.Ok)
        {
            Show(result);
            await LoadAsync(ct);
            return Page();
        }
        StatusMessage = PlanWords.Done.PlanCreated;
        return Redirect($"/{Kraj.Slug}/plany/priprava/{result.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Plans = await db.Plans.AsNoTracking().OrderByDescending(p => p.FromYear).ThenBy(p => p.Kind).ThenBy(p => p.Id)
            .Select(p => new Row(p.Id, p.Kind, p.Title, p.FromYear, p.ToYear, p.State, p.ParentPlanId)).ToListAsync(ct);
        Processes = (await processes.ListAsync(KrajCode, ct)).Where(p => scope.Allowed is not { } allowed || allowed.Contains(p.Id)).ToList();
    }
}
