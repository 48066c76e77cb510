using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Time;
using Kpss.Plans.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Kpss.Evaluation.UseCases.OpenRound;

namespace Kpss.Evaluation.UseCases.ListRounds;

/// <summary>The kraj's monitoring rounds, and a round opened for an approved plan's year.</summary>
[Authorize(Policy = KpssPolicies.KrajCoordinator), NarrowToProcesses]
internal sealed class RoundListModel(RoundReader reader, IPlans plans, OpenRound.OpenRound openRound, KpssClock clock) : EvaluationPage
{
    public IReadOnlyList<MonitoringRoundSummary> Rounds { get; private set; } = [];

    /// <summary>The plans a round can be opened for: approved SPRSS and community plans.</summary>
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];

    [BindProperty]
    public int? PlanId { get; set; }

    [BindProperty]
    public OpenRoundInput Input { get; set; } = new(null, null);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = PlanId is { } planId ? await openRound.OpenAsync(KrajCode, planId, Input, ct) : OperationResult.Invalid("PlanId", EvaluationWords.PlanNotChosen);
        if (!result.Ok)
        {
            Show(result);
            await LoadAsync(ct);
            return Page();
        }
        StatusMessage = EvaluationWords.Done.Opened;
        return Redirect($"/{Kraj.Slug}/hodnoceni/{result.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rounds = await reader.ListAsync(KrajCode, ct);
        Plans = (await plans.ListAsync(KrajCode, PragueTime.Today(clock), ct)).Where(p => p.Kind != PlanKind.Akcni && p.Editions.Count > 0).ToList();
    }
}
